"""How the reports name their sources: the checklist pack and an item's citations, in
the reader's language (Chinese readers get the Chinese form, e.g.
《人工智能安全治理框架》1.0版 第6.3条(a)、第5条, not ``AISGF-1.0 §6.3(a), §5``).

This is the one place that turns pack metadata into these words; the PDF, the Word
draft and the workbooks all call it. (When packs declare their sources and citations
as data, only this module changes.) The internal ids (pack id, clause codes) appear
only in the verification data of a report.
"""

from __future__ import annotations

import re

from selfcheck.core.reports.data import ItemText, ReportData

_CLAUSE = re.compile(r"^§(?P<number>\d+(?:\.\d+)*)(?P<point>\([a-z]\))?$")


def pack_name(data: ReportData, lang: str) -> str:
    """The checklist pack as a reader names it: its title, version and label
    ("…使用者安全检查清单 · 第 2 版 · 2.0 (2026-11)": the pack's own title first)."""
    pack = data.results.assessment.pack
    if lang == "en":
        return f"{data.pack_title_en} · version {pack.version} · {pack.label}"
    return f"{data.pack_title_zh} · 第 {pack.version} 版 · {pack.label}"


def source_title(data: ReportData, lang: str) -> str:
    """The public document the pack derives from, e.g. 《人工智能安全治理框架》1.0版."""
    return data.source_title_en if lang == "en" else data.source_title_zh


def clause_text(clause: str, data: ReportData, lang: str) -> str:
    """One clause without the source's code: "§6.3(a)" / "第6.3条(a)" (an unusual
    form is shown as it is, without the code)."""
    prefix = data.citation_prefix
    local = clause[len(prefix):].strip() if prefix and clause.startswith(prefix) else clause
    match = _CLAUSE.match(local)
    if lang == "en" or match is None:
        return local
    return f"第{match['number']}条{match['point'] or ''}"


def item_citations(item: ItemText, data: ReportData, lang: str) -> str:
    """What an item cites, as one phrase: "《人工智能安全治理框架》1.0版 第6.3条(a)、第5条"
    / "AI Safety Governance Framework, version 1.0, §6.3(a), §5"."""
    clauses = [clause_text(clause, data, lang) for clause in item.clauses]
    if lang == "en":
        return ", ".join([source_title(data, lang), *clauses])
    return f"{source_title(data, lang)} {'、'.join(clauses)}"
