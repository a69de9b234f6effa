"""Everything a report shows, gathered from the collection in one quick step.

``Collection.reports.data`` reads the database (call it on the thread that owns the
collection) and :func:`report_data` joins the typed results with the pack texts; the
result is immutable plain data, so rendering and signing can run on a worker thread
without touching the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from typing import Any

from selfcheck import __version__
from selfcheck.core.answers import Status
from selfcheck.core.assessment import Assessment
from selfcheck.core.errors import UsageError
from selfcheck.core.immutable import immutable
from selfcheck.core.model import SEVERITY_WEIGHT, Item, Pack, Severity
from selfcheck.core.reports.results import AnswerEntry, ReportSection, Results, results_to_dict
from selfcheck.core.scoring import CREDIT

LANGUAGES = ("zh", "en")
DEFAULT_MARKINGS = {"zh": "内部", "en": "INTERNAL"}
MAX_MARKING_LENGTH = 40
MAX_DISTRIBUTION_LENGTH = 200
REPORT_SECTION_FORMAT = "selfcheck-report/1"
RESULTS_FILE_NAME = "results.json"


@immutable
class ThemeText:
    """A theme's id and title in both languages."""

    id: str
    title_zh: str
    title_en: str

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_zh


@immutable
class ItemText:
    """The pack text of one applicable item."""

    id: str
    theme: str
    question_zh: str
    question_en: str
    severity: Severity
    clauses: tuple[str, ...]
    evidence_expected: bool
    cites_zh: tuple[str, ...] = ()
    cites_en: tuple[str, ...] = ()
    secondary_basis: bool = False  # some wording rests on a summary or interpretation
    guidance_zh: str = ""
    guidance_en: str = ""

    def question(self, lang: str) -> str:
        return self.question_en if lang == "en" else self.question_zh

    def cites(self, lang: str) -> tuple[str, ...]:
        """What the item cites, as the reader sees it in ``lang``."""
        return (self.cites_en if lang == "en" else self.cites_zh) or self.clauses

    def guidance(self, lang: str) -> str:
        """What good looks like (the pack's guidance for the item)."""
        return self.guidance_en if lang == "en" else self.guidance_zh


@immutable
class Finding:
    """An item to remediate: answered partially or not implemented, or a critical gap."""

    item: str
    critical_gap: bool


@immutable
class ReportData:
    """The content of a report: the results plus the pack texts they refer to.

    ``results`` are :func:`selfcheck.core.reports.results.build_results`'s typed
    results; ``items`` are the applicable items in pack order; ``marking`` is the
    handling mark printed on every page (标识, e.g. 内部 / 公开) and ``distribution``
    who the report goes to (发放范围, may be empty).
    """

    results: Results
    pack_title_zh: str
    pack_title_en: str
    source_title_zh: str
    source_title_en: str
    themes: tuple[ThemeText, ...]
    items: tuple[ItemText, ...]
    marking: str
    generated_at: dt.datetime
    program_version: str = __version__
    #: Items that no longer apply with the profile answers but have a kept answer.
    not_applying: tuple[ItemText, ...] = ()
    #: The pack's profile questions asked and their answers, zh / en.
    profile_zh: tuple[str, ...] = ()
    profile_en: tuple[str, ...] = ()
    pack_trial: bool = False
    distribution: str = ""
    #: The title of the risk model that gave the grade, zh / en.
    risk_model_zh: str = ""
    risk_model_en: str = ""

    def profile_lines(self, lang: str) -> tuple[str, ...]:
        return self.profile_en if lang == "en" else self.profile_zh

    def risk_model(self, lang: str) -> str:
        return self.risk_model_en if lang == "en" else self.risk_model_zh

    def theme(self, theme_id: str) -> ThemeText:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        return ThemeText(theme_id, theme_id, theme_id)

    def answers_by_item(self) -> dict[str, AnswerEntry]:
        return self.results.answers_by_item()

    def findings(self) -> list[Finding]:
        """The items to remediate, critical gaps first (in the score's order), then the
        others by the weight they lose, heaviest first (pack order among equals)."""
        gaps = [gap.item for gap in self.results.score.critical_gaps]
        answers = self.answers_by_item()
        others: list[tuple[float, int, str]] = []
        for position, item in enumerate(self.items):
            answer = answers.get(item.id)
            status = answer.status if answer else Status.UNANSWERED
            if item.id in gaps or not status.wants_remediation:
                continue
            lost = SEVERITY_WEIGHT[item.severity] * (1 - CREDIT[status])
            others.append((-lost, position, item.id))
        others.sort()
        return ([Finding(item, True) for item in gaps]
                + [Finding(item_id, False) for _, _, item_id in others])


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UsageError(f"unknown report language {lang!r}; use zh or en",
                         zh=f"未知的报告语言 {lang!r}，请使用 zh 或 en")
    return lang


def clean_marking(marking: str) -> str:
    """Validate the handling mark (标识): one line, 1–40 characters."""
    text = " ".join(marking.split())
    if not text:
        raise UsageError("the marking may not be empty (e.g. 内部 or 公开)",
                         zh="标识不能为空（例如“内部”或“公开”）")
    if len(text) > MAX_MARKING_LENGTH:
        raise UsageError(f"the marking is longer than {MAX_MARKING_LENGTH} characters",
                         zh=f"标识超过 {MAX_MARKING_LENGTH} 个字符")
    if any(ord(c) < 32 for c in text):
        raise UsageError("the marking may not contain control characters",
                         zh="标识不能含有控制字符")
    return text


def clean_distribution(distribution: str) -> str:
    """Validate the distribution (发放范围): one line of at most 200 characters, or empty."""
    text = " ".join(distribution.split())
    if len(text) > MAX_DISTRIBUTION_LENGTH:
        raise UsageError(f"the distribution is longer than {MAX_DISTRIBUTION_LENGTH} characters",
                         zh=f"发放范围超过 {MAX_DISTRIBUTION_LENGTH} 个字符")
    if any(ord(c) < 32 for c in text):
        raise UsageError("the distribution may not contain control characters",
                         zh="发放范围不能含有控制字符")
    return text


def report_data(assessment: Assessment, results: Results, *, marking: str,
                distribution: str = "", now: dt.datetime | None = None) -> ReportData:
    """Everything a report shows: ``results`` (see :mod:`selfcheck.core.reports.results`)
    with the pack texts of ``assessment``."""
    marking = clean_marking(marking)
    distribution = clean_distribution(distribution)
    pack = assessment.pack
    items = tuple(_item_text(pack, i) for i in assessment.items)
    kept = {answer.item for answer in results.answers_not_applying or ()}
    not_applying = tuple(_item_text(pack, i) for i in assessment.items_not_applying
                         if i.id in kept)
    used = {i.theme for i in items + not_applying}
    themes = tuple(ThemeText(t.id, t.title.zh, t.title.en) for t in pack.themes if t.id in used)
    generated = (now or dt.datetime.now(dt.UTC)).astimezone()
    return ReportData(
        results=results, pack_title_zh=pack.title.zh, pack_title_en=pack.title.en,
        source_title_zh="；".join(pack.source_titles("zh")),
        source_title_en="; ".join(pack.source_titles("en")),
        themes=themes, items=items, marking=marking, generated_at=generated,
        not_applying=not_applying, profile_zh=_profile_lines(assessment, "zh"),
        profile_en=_profile_lines(assessment, "en"), pack_trial=pack.trial,
        distribution=distribution, risk_model_zh=pack.effective_risk_model.title.zh,
        risk_model_en=pack.effective_risk_model.title.en)


def _item_text(pack: Pack, item: Item) -> ItemText:
    return ItemText(id=item.id, theme=item.theme, question_zh=item.question.zh,
                    question_en=item.question.en, severity=item.severity,
                    clauses=tuple(item.citations), evidence_expected=item.evidence_expected,
                    cites_zh=tuple(pack.citation_labels(item, "zh")),
                    cites_en=tuple(pack.citation_labels(item, "en")),
                    secondary_basis=item.secondary_basis, guidance_zh=item.guidance.zh,
                    guidance_en=item.guidance.en)


def _profile_lines(assessment: Assessment, lang: str) -> tuple[str, ...]:
    """"question  answer" for each profile question asked."""
    answers = assessment.profile_answers
    lines = []
    for question in assessment.pack.asked_questions(answers):
        option = question.option(answers.get(question.id, ""))
        answer = option.label.get(lang) if option else "—"
        lines.append(f"{question.text.get(lang)}{' ' if lang == 'en' else '　'}{answer}")
    return tuple(lines)


def results_document(data: ReportData, lang: str) -> dict[str, Any]:
    """The ``results.json`` document of a report: the results plus a ``report`` section."""
    section = ReportSection(
        format=REPORT_SECTION_FORMAT, language=check_language(lang), marking=data.marking,
        generated_at=data.generated_at.isoformat(timespec="seconds"),
        program_version=data.program_version, distribution=data.distribution or None)
    return results_to_dict(replace(data.results, report=section))


def document_bytes(document: dict[str, Any]) -> bytes:
    """A results document as the bytes of ``results.json`` (deterministic)."""
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def results_json_bytes(data: ReportData, lang: str) -> bytes:
    """The exact bytes of ``results.json`` (deterministic for the same data and language)."""
    return document_bytes(results_document(data, lang))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
