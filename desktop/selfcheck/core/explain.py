"""The verdict in words: one formatter for the reasons of the verdict and of the critical
gaps, in Chinese and English, used by the PDF report, ``selfcheck assess show`` and the
window (which only renders the item ids as links, through the ``item`` hook).

The reasons themselves are data made by :mod:`selfcheck.core.scoring`
(:class:`~selfcheck.core.scoring.VerdictReason`, :class:`~selfcheck.core.scoring.GapReason`).
"""

from __future__ import annotations

from collections.abc import Callable

from selfcheck.core import glossary
from selfcheck.core.answers import Status
from selfcheck.core.model import Severity
from selfcheck.core.scoring import GapReason, ReasonCode, VerdictReason
from selfcheck.core.text import list_separator

#: Renders one piece of the sentence: an item id (``item``) or the words around it (``text``).
Render = Callable[[str], str]

#: (Chinese, English) sentence of each reason; ``{items}`` are the reason's item ids.
REASON_TEXTS: dict[ReasonCode, tuple[str, str]] = {
    ReasonCode.CRITICAL_GAPS: (
        "存在 {count} 项关键差距：{items}。关键差距不会被其他检查项的得分抵消。",
        "{count} critical gap{s}: {items}. A critical gap is never averaged away by other "
        "items."),
    ReasonCode.UNANSWERED: (
        "适用的 {total} 项检查项中有 {count} 项尚未作答。",
        "{count} of {total} applicable items are not answered yet."),
    ReasonCode.PENDING_REVIEW: (
        "有 {count} 项答复沿用自上一版检查清单，待复核：{items}。",
        "{count} answer{s} carried over from the previous pack version {need} re-review: "
        "{items}."),
    ReasonCode.BELOW_PASS_MARK: (
        "加权得分 {percent}% 低于合格线 {threshold}%。",
        "The weighted score {percent}% is below the pass mark of {threshold}%."),
    ReasonCode.HIGH_NOT_IMPLEMENTED: (
        "有 {count} 项严重程度为“{high}”的检查项未落实：{items}。",
        "{count} item{s} of high severity not implemented: {items}."),
    ReasonCode.ALL_MET: (
        "无关键差距，全部检查项均已作答，加权得分 {percent}%。",
        "No critical gap, every item answered, weighted score {percent}%."),
    ReasonCode.GRADE_RAISES_BAR: (
        "风险等级为“{grade}”：严重程度为“{raised}”的检查项按关键项计。",
        "Risk grade {grade}: {raised}-severity items count as critical."),
    ReasonCode.NO_EVIDENCE_RULE: (
        "风险等级为“{grade}”时，关键项答“{implemented}”但无任何证据的，视为关键差距。",
        "At risk grade {grade}, a critical item answered implemented without any evidence "
        "is a critical gap."),
}

#: (Chinese, English) of each gap reason; ``SHORTFALL`` names the severity and status.
GAP_TEXTS: dict[GapReason, tuple[str, str]] = {
    GapReason.CRITICAL_PARTIAL: ("关键项仅部分落实", "Critical item only partially implemented"),
    GapReason.CRITICAL_NOT_IMPLEMENTED: ("关键项未落实", "Critical item not implemented"),
    GapReason.CRITICAL_WITHOUT_EVIDENCE: (
        "关键项已落实但无任何证据（风险等级为“{very_high}”）",
        "Critical item implemented without any evidence (risk grade {very_high})"),
    GapReason.CRITICAL_UNANSWERED: ("关键项尚未作答", "Critical item not answered yet"),
    GapReason.SHORTFALL: ("严重程度为“{severity}”的检查项{status}",
                          "{severity}-severity item: {status}"),
}


def _same(text: str) -> str:
    return text


def _words(reason: VerdictReason, lang: str) -> dict[str, str]:
    """The values of ``reason`` as they are written in ``lang``."""
    words = {key: str(value) for key, value in reason.values.items()}
    if "percent" in reason.values:
        words["percent"] = f"{float(reason.values['percent']):.1f}"
    if "threshold" in reason.values:
        words["threshold"] = f"{float(reason.values['threshold']):.0f}"
    if "grade" in reason.values:
        # the grade's label in the pack's risk model; older records name only the code
        words["grade"] = str(reason.values.get(f"grade_{'en' if lang == 'en' else 'zh'}")
                             or glossary.label("risk_grade", str(reason.values["grade"]), lang))
    raised = str(reason.values.get("raised", Severity.HIGH.value)).split(",")
    labels = [glossary.label("severity", code, lang) for code in raised if code]
    words["raised"] = (" and ".join(label.lower() for label in labels) if lang == "en"
                       else "”“".join(labels))
    one = reason.values.get("count") == 1
    words["s"], words["need"] = ("", "needs") if one else ("s", "need")  # English number
    words["high"] = Severity.HIGH.label(lang)
    words["implemented"] = Status.IMPLEMENTED.label(lang)
    return words


def render(reason: VerdictReason, lang: str, *, item: Render = _same,
           text: Render = _same) -> str:
    """One reason of the verdict as a sentence in ``lang``.

    ``item`` renders each item id and ``text`` the words around them: the window passes
    a link maker and an HTML escape; plain text needs neither.
    """
    template = REASON_TEXTS[reason.code][1 if lang == "en" else 0]
    words = _words(reason, lang)
    before, marker, after = template.partition("{items}")
    sentence = text(before.format(**words))
    if marker:
        sentence += text(list_separator(lang)).join(item(i) for i in reason.items)
        sentence += text(after.format(**words))
    return sentence


def render_all(reasons: list[VerdictReason] | tuple[VerdictReason, ...], lang: str, *,
               item: Render = _same, text: Render = _same) -> list[str]:
    """Every reason of the verdict, in order."""
    return [render(reason, lang, item=item, text=text) for reason in reasons]


def gap_text(reason: GapReason, severity: Severity, status: Status, lang: str,
             grade: str | None = None) -> str:
    """Why an item is a critical gap (or lost weight), in ``lang``; ``grade`` is the label
    of the risk grade that asks for evidence (by default the default model's very high)."""
    template = GAP_TEXTS[reason][1 if lang == "en" else 0]
    status_text = status.label(lang)
    return template.format(
        very_high=grade or glossary.label("risk_grade", "very-high", lang),
        severity=severity.label(lang),
        status=status_text.lower() if lang == "en" else status_text)
