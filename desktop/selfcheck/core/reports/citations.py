"""How the reports name their sources (the checklist pack and an item's citations) and
the risk grade, in the reader's language (Chinese readers get the Chinese form, e.g.
《人工智能安全治理框架》1.0版第6.3条（a）、第5章, not ``AISGF-1.0 §6.3(a), §5``).

The words come from the pack's declared sources (:meth:`Pack.citation_labels`, carried
in :class:`ItemText`); this module is the one place that joins them for the PDF, the
Word draft and the workbooks. The internal ids (pack id, clause codes) appear only in
the verification data of a report.
"""

from __future__ import annotations

from selfcheck.core.reports.data import ItemText, ReportData
from selfcheck.core.reports.texts import t


def pack_name(data: ReportData, lang: str) -> str:
    """The checklist pack as a reader names it: its title, version and label
    ("…使用者安全检查清单 · 第 2 版 · 2.0 (2026-11)": the pack's own title first)."""
    pack = data.results.assessment.pack
    if lang == "en":
        return f"{data.pack_title_en} · version {pack.version} · {pack.label}"
    return f"{data.pack_title_zh} · 第 {pack.version} 版 · {pack.label}"


def source_title(data: ReportData, lang: str) -> str:
    """The public documents the pack derives from, e.g. 《人工智能安全治理框架》1.0版."""
    return data.source_title_en if lang == "en" else data.source_title_zh


def item_citations(item: ItemText, lang: str) -> str:
    """What an item cites, as one phrase (one part per source)."""
    return ("; " if lang == "en" else "；").join(item.cites(lang))


def risk_points(data: ReportData, lang: str) -> str:
    """The risk points in brackets: " (7 of 12 points)" / "（7/12 分）" (the model that
    gave them is named in the verification data)."""
    risk = data.results.risk
    points = t("points", lang, points=risk.points, max=risk.max_points or 12)
    return f" ({points})" if lang == "en" else f"（{points}）"


def risk_text(data: ReportData, lang: str) -> str:
    """The risk grade with its points, as every document prints it."""
    return data.results.risk.label(lang) + risk_points(data, lang)
