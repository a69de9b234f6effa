"""The register's views as plain tables in one language, for the exports (and the
command line's text output)."""

from __future__ import annotations

from collections.abc import Sequence

from selfcheck.core.review.analysis import Comparison, FrequentGap, GapMatrix, HistoryStep
from selfcheck.core.review.entries import PackTexts, RegisterEntry
from selfcheck.core.review.export import Cell, Table
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.register import parse_utc

#: Cell colours of the organisation × theme table (light, readable when printed).
CELL_FILLS = {"gap": "F4CCCC", "incomplete": "E0E0E0", "partial": "FCE5CD", "met": "D9EAD3"}


def local_time(text: str) -> str:
    """A stored UTC time as "YYYY-MM-DD HH:MM" in this computer's zone."""
    moment = parse_utc(text)
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else text


def percent_text(value: float) -> str:
    return f"{value:.1f}%"


def register_table(entries: Sequence[RegisterEntry], lang: str) -> Table:
    keys = ("id", "organisation", "system", "sector", "grade", "verdict", "score", "gaps",
            "pending", "pack", "version", "signer", "signer_org", "signed_at", "received_at",
            "notes", "file", "sha256", "uid")
    rows: list[tuple[Cell, ...]] = []
    for entry in entries:
        row = entry.row
        rows.append((
            row.id, row.organisation, row.system_name, label("sector", row.sector, lang),
            label("grade", row.risk_grade, lang), label("verdict", row.verdict, lang),
            row.percent, row.critical_gaps, row.pending_review,
            f"{row.pack_id} v{row.pack_version}", f"{row.version}/{row.versions}", row.signer,
            row.signer_organisation, local_time(row.signing_time), local_time(row.received_at),
            "\n".join(note.text(lang) for note in entry.notes), row.file_name, row.file_sha256,
            row.assessment_uid))
    widths = (6, 28, 28, 16, 10, 12, 10, 10, 10, 22, 10, 24, 24, 17, 17, 50, 30, 20, 20)
    return Table("登记簿" if lang == "zh" else "Register", [column(k, lang) for k in keys], rows,
                 widths=widths)


def matrix_table(matrix: GapMatrix, texts: PackTexts, lang: str) -> Table:
    overall = "总体" if lang == "zh" else "Overall"
    headers = [column("organisation", lang), overall,
               *(texts.theme(theme, lang) for theme in matrix.themes)]
    rows: list[tuple[Cell, ...]] = []
    fills: dict[tuple[int, int], str] = {}
    for row_index, organisation in enumerate(matrix.organisations):
        cells = [matrix.overall[organisation], *(matrix.cell(organisation, t) for t in matrix.themes)]
        values: list[Cell] = [organisation]
        for column_index, cell in enumerate(cells, start=1):
            if cell is None:
                values.append(None)
                continue
            values.append(f"{percent_text(cell.percent)} {label('cell', cell.status, lang)}"
                          + (f" ({', '.join(cell.gaps)})" if cell.gaps else ""))
            fills[(row_index, column_index)] = CELL_FILLS[cell.status]
        rows.append(tuple(values))
    title = "单位×主题" if lang == "zh" else "Organisation x theme"
    return Table(title, headers, rows, fills, widths=(28, *([22] * (len(headers) - 1))))


def gaps_table(gaps: Sequence[FrequentGap], texts: PackTexts, lang: str) -> Table:
    keys = ("item", "theme", "severity", "reports", "units", "units_list")
    question = "问题" if lang == "zh" else "Question"
    rows: list[tuple[Cell, ...]] = [
        (gap.item, question_text, texts.theme(gap.theme, lang),
         label("severity", gap.severity, lang), gap.count, len(gap.organisations),
         "、".join(gap.organisations) if lang == "zh" else "; ".join(gap.organisations))
        for gap in gaps for question_text in (texts.question(gap.item, lang),)]
    headers = [column("item", lang), question, *(column(k, lang) for k in keys[1:])]
    title = "常见关键差距" if lang == "zh" else "Frequent critical gaps"
    return Table(title, headers, rows, widths=(10, 50, 24, 10, 10, 10, 50))


def history_table(steps: Sequence[HistoryStep], lang: str) -> Table:
    keys = ("version", "id", "signed_at", "grade", "verdict", "score", "change_score", "gaps",
            "opened", "closed")
    rows: list[tuple[Cell, ...]] = [
        (f"{s.row.version}/{s.row.versions}", s.row.id, local_time(s.row.signing_time),
         label("grade", s.row.risk_grade, lang), label("verdict", s.row.verdict, lang),
         s.row.percent, s.score_change, len(s.gaps), ", ".join(s.opened), ", ".join(s.closed))
        for s in steps]
    title = "历次版本" if lang == "zh" else "History"
    return Table(title, [column(k, lang) for k in keys], rows,
                 widths=(10, 8, 17, 10, 12, 10, 10, 10, 40, 40))


def comparison_table(comparison: Comparison, texts: PackTexts, lang: str) -> Table:
    question = "问题" if lang == "zh" else "Question"
    headers = [column("item", lang), question, column("theme", lang), column("before", lang),
               column("after", lang), column("change", lang)]
    rows: list[tuple[Cell, ...]] = []
    for change in comparison.changes:
        rows.append((
            change.item, texts.question(change.item, lang),
            texts.theme(texts.theme_of.get(change.item, ""), lang),
            label("status", change.before.value, lang) if change.before else "",
            label("status", change.after.value, lang) if change.after else "",
            label("change", change.kind, lang)))
    fills = {(index, 5): {"improved": "D9EAD3", "regressed": "F4CCCC"}[change.kind]
             for index, change in enumerate(comparison.changes)
             if change.kind in ("improved", "regressed")}
    title = "逐项比较" if lang == "zh" else "Comparison"
    return Table(title, headers, rows, fills, widths=(10, 60, 24, 16, 16, 14))
