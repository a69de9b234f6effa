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
from dataclasses import dataclass, replace
from typing import Any

from selfcheck import __version__
from selfcheck.core.assessment import Assessment
from selfcheck.core.errors import UsageError
from selfcheck.core.model import Severity
from selfcheck.core.reports.results import AnswerEntry, ReportSection, Results, results_to_dict

LANGUAGES = ("zh", "en")
DEFAULT_MARKINGS = {"zh": "内部", "en": "INTERNAL"}
MAX_MARKING_LENGTH = 40
REPORT_SECTION_FORMAT = "selfcheck-report/1"
RESULTS_FILE_NAME = "results.json"


@dataclass(frozen=True)
class ThemeText:
    id: str
    title_zh: str
    title_en: str

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_zh


@dataclass(frozen=True)
class ItemText:
    """The pack text of one applicable item."""

    id: str
    theme: str
    question_zh: str
    question_en: str
    severity: Severity
    clauses: tuple[str, ...]
    evidence_expected: bool

    def question(self, lang: str) -> str:
        return self.question_en if lang == "en" else self.question_zh


@dataclass(frozen=True)
class ReportData:
    """The content of a report: the results plus the pack texts they refer to.

    ``results`` are :func:`selfcheck.core.reports.results.build_results`'s typed
    results; ``items`` are the applicable items in pack order; ``marking`` is the
    handling mark printed on every page (e.g. 内部 / 公开).
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

    def theme(self, theme_id: str) -> ThemeText:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        return ThemeText(theme_id, theme_id, theme_id)

    def answers_by_item(self) -> dict[str, AnswerEntry]:
        return self.results.answers_by_item()


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UsageError(f"unknown report language {lang!r}; use zh or en",
                         zh=f"未知的报告语言 {lang!r}，请使用 zh 或 en")
    return lang


def clean_marking(marking: str) -> str:
    """Validate the handling mark: one line, 1–40 characters."""
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


def report_data(assessment: Assessment, results: Results, *, marking: str,
                now: dt.datetime | None = None) -> ReportData:
    """Everything a report shows: ``results`` (see :mod:`selfcheck.core.reports.results`)
    with the pack texts of ``assessment``."""
    marking = clean_marking(marking)
    pack = assessment.pack
    items = tuple(
        ItemText(id=i.id, theme=i.theme, question_zh=i.question.zh, question_en=i.question.en,
                 severity=i.severity, clauses=tuple(i.clauses),
                 evidence_expected=i.evidence_expected)
        for i in assessment.items
    )
    used = {i.theme for i in items}
    themes = tuple(ThemeText(t.id, t.title.zh, t.title.en) for t in pack.themes if t.id in used)
    generated = (now or dt.datetime.now(dt.UTC)).astimezone()
    return ReportData(
        results=results, pack_title_zh=pack.title.zh, pack_title_en=pack.title.en,
        source_title_zh=pack.source.title.zh, source_title_en=pack.source.title.en,
        themes=themes, items=items, marking=marking, generated_at=generated)


def results_document(data: ReportData, lang: str) -> dict[str, Any]:
    """The ``results.json`` document of a report: the results plus a ``report`` section."""
    section = ReportSection(
        format=REPORT_SECTION_FORMAT, language=check_language(lang), marking=data.marking,
        generated_at=data.generated_at.isoformat(timespec="seconds"),
        program_version=data.program_version)
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
