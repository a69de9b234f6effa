"""What the register reads from a verified report's ``results.json``, in typed form.

:func:`report_facts` is the one place that reads the results document's fields:
the rest of the register works on :class:`ReportFacts`. (When the typed results
parser of :mod:`selfcheck.core.reports` exists, this adapter gives way to it.)

The document is authentic when it gets here, but its signer may still have used a
tool of its own: every field is checked for type, range and allowed values, and
anything else is refused with :class:`ResultsShapeError`, worded in both languages.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from selfcheck.core.answers import Status
from selfcheck.core.model import Severity
from selfcheck.core.records import ReviewThemeRecord
from selfcheck.core.risk import RiskGrade
from selfcheck.core.scoring import Verdict

#: Longer texts are no names, ids or labels this program writes.
MAX_FIELD = 1000
MAX_ITEMS = 100_000


class ResultsShapeError(ValueError):
    """``results.json`` lacks a field the register needs, or a field is malformed."""

    def __init__(self, where: str) -> None:
        super().__init__(f"results.json: {where} is missing or malformed")
        self.where = where

    @property
    def zh(self) -> str:
        return f"results.json 中的 {self.where} 缺失或格式错误"


@dataclass(frozen=True, slots=True)
class GapFacts:
    item: str
    theme: str
    severity: Severity
    status: Status


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """The facts of one report the register stores, lists and compares."""

    uid: str
    organisation: str
    system_name: str
    sector: str
    assessor: str
    risk_grade: RiskGrade
    verdict: Verdict
    percent: float
    items: int
    answered: int
    critical_gaps: tuple[GapFacts, ...]
    pending_review: tuple[str, ...]
    critical_unanswered: tuple[str, ...]
    themes: tuple[ReviewThemeRecord, ...]
    #: Item id → answer status, in the order of the report.
    statuses: Mapping[str, Status]
    pack_id: str
    pack_version: int
    pack_label: str
    pack_sha256: str
    generated_at: str
    language: str

    @property
    def unanswered(self) -> int:
        return self.items - self.answered


def _get(data: Any, path: str) -> Any:
    value = data
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            raise ResultsShapeError(path)
        value = value[key]
    return value


def _text(data: Any, path: str, *, empty: bool = False, where: str = "") -> str:
    """A one-line text of at most MAX_FIELD characters (``where`` names it in errors)."""
    try:
        value = _get(data, path)
    except ResultsShapeError:
        raise ResultsShapeError(where or path) from None
    if not isinstance(value, str) or len(value) > MAX_FIELD or (not empty and not value.strip()) \
            or any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ResultsShapeError(where or path)
    return value


def _int(value: Any, path: str, high: int = MAX_ITEMS) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise ResultsShapeError(path)
    return value


def _number(value: Any, path: str, high: float = 1e9) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or not 0 <= value <= high:
        raise ResultsShapeError(path)
    return float(value)


def _choice(kind: Any, value: Any, path: str) -> Any:
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise ResultsShapeError(path) from None


def _list(data: Any, path: str) -> list[Any]:
    value = _get(data, path)
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ResultsShapeError(path)
    return value


def _ids(data: Any, path: str) -> tuple[str, ...]:
    values = _list(data, path)
    if not all(isinstance(v, str) and 0 < len(v) <= 64 for v in values):
        raise ResultsShapeError(path)
    return tuple(values)


def _themes(data: Any) -> tuple[ReviewThemeRecord, ...]:
    themes = _get(data, "score.themes")
    if not isinstance(themes, Mapping):
        raise ResultsShapeError("score.themes")
    found = []
    for theme, tally in themes.items():
        where = f"score.themes.{theme}"
        if not isinstance(theme, str) or not 0 < len(theme) <= 64 or not isinstance(tally, Mapping):
            raise ResultsShapeError("score.themes")
        found.append(ReviewThemeRecord(
            theme, _int(tally.get("items"), f"{where}.items"),
            _int(tally.get("answered"), f"{where}.answered"),
            _number(tally.get("percent"), f"{where}.percent", 100.0),
            _number(tally.get("weighted_earned"), f"{where}.weighted_earned"),
            _number(tally.get("weighted_possible"), f"{where}.weighted_possible")))
    return tuple(found)


def _gaps(data: Any) -> tuple[GapFacts, ...]:
    gaps = []
    for index, gap in enumerate(_list(data, "score.critical_gaps")):
        where = f"score.critical_gaps[{index}]"
        gaps.append(GapFacts(
            _text(gap, "item", where=f"{where}.item"), _text(gap, "theme", where=f"{where}.theme"),
            _choice(Severity, _get(gap, "severity"), f"{where}.severity"),
            _choice(Status, _get(gap, "status"), f"{where}.status")))
    return tuple(gaps)


def _statuses(data: Any) -> dict[str, Status]:
    statuses: dict[str, Status] = {}
    for index, answer in enumerate(_list(data, "answers")):
        where = f"answers[{index}]"
        item = _text(answer, "item", where=f"{where}.item")
        if item in statuses:
            raise ResultsShapeError(f"{where}.item")
        statuses[item] = _choice(Status, _get(answer, "status"), f"{where}.status")
    return statuses


def report_facts(results: Mapping[str, Any]) -> ReportFacts:
    """The typed facts of a results document (raises :class:`ResultsShapeError`)."""
    head = _get(results, "assessment")
    overall = _get(results, "score.overall")
    items = _int(_get(overall, "items"), "score.overall.items")
    answered = _int(_get(overall, "answered"), "score.overall.answered")
    if answered > items:
        raise ResultsShapeError("score.overall.answered")
    report = results.get("report")
    return ReportFacts(
        uid=_text(head, "uid", where="assessment.uid"),
        organisation=_text(head, "organisation", where="assessment.organisation"),
        system_name=_text(head, "system_name", where="assessment.system_name"),
        sector=_text(head, "sector", where="assessment.sector"),
        assessor=_text(head, "assessor", empty=True, where="assessment.assessor"),
        risk_grade=_grade(_get(results, "risk.grade")),
        verdict=_choice(Verdict, _get(results, "score.verdict"), "score.verdict"),
        percent=_number(_get(overall, "percent"), "score.overall.percent", 100.0),
        items=items, answered=answered, critical_gaps=_gaps(results),
        pending_review=_ids(results, "score.pending_review"),
        critical_unanswered=_ids(results, "score.critical_unanswered"),
        themes=_themes(results), statuses=_statuses(results),
        pack_id=_text(head, "pack.pack_id", where="assessment.pack.pack_id"),
        pack_version=_int(_get(head, "pack.version"), "assessment.pack.version", 10**9),
        pack_label=_text(head, "pack.label", empty=True, where="assessment.pack.label"),
        pack_sha256=_text(head, "pack.content_sha256", where="assessment.pack.content_sha256"),
        generated_at=_text(report, "generated_at", empty=True, where="report.generated_at")
        if report is not None else "",
        language=_text(report, "language", empty=True, where="report.language")
        if report is not None else "")


def _grade(code: Any) -> RiskGrade:
    for grade in RiskGrade:
        if grade.code == code:
            return grade
    raise ResultsShapeError("risk.grade")
