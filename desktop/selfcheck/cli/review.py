"""``selfcheck review ...``: the reviewer's register of received signed reports.

``import`` verifies files and folders strictly and registers the authentic reports;
``list``, ``show``, ``gaps`` (``--matrix``), ``history`` and ``compare`` read the
register; ``export`` writes it and its views to .xlsx or .csv; ``remove`` takes a
report out of the register (audited; the file stays). Every command has ``--json``;
the text output is Chinese or English by the locale (or ``--lang``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_force_flag,
    add_group,
    add_json_flag,
    add_lang_flag,
    add_trust_flag,
    bounded_int,
    emit_json,
    extra_roots,
    open_collection,
    out,
    output_language,
    tr,
)
from selfcheck.cli.textout import pad
from selfcheck.core.collection.review import EXPORT_VIEWS
from selfcheck.core.reports.results import results_to_dict
from selfcheck.core.review import Comparison, ImportProgress, ImportSummary, OutcomeKind, PackTexts, RegisterEntry
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.search import Query
from selfcheck.core.review.tables import local_time
from selfcheck.core.text import colon, in_brackets, list_separator, shown

report_id = bounded_int("报告编号", "report number")


def register(commands: Any) -> None:
    sub = add_group(
        commands, "review", tr("收到的签名报告登记簿（导入、列表、视图、导出）",
                               "the register of received signed reports (import, list, views, "
                               "export)"),
        description=tr("核验人员登记各单位报送的签名报告：每个文件都按本机的报告根证书严格核验；"
                       "可信的报告连同核验所得的信息和自查结果登记保存，同一自查的各个版本依次排列。",
                       "A reviewer's register of the signed reports units send: each file is "
                       "verified strictly against this machine's report root certificates; "
                       "authentic reports are kept with their verified facts and results, "
                       "versions per assessment."))
    _add_commands(sub)


def _common(parser: argparse.ArgumentParser) -> None:
    add_lang_flag(parser, "文字输出的语言（默认随系统语言）",
                  "language of the text output (default: from the locale)")
    add_json_flag(parser)


_ID_HELP = ("登记簿中的报告编号", "the report's number in the register")


def _add_commands(sub: Any) -> None:
    imp = sub.add_parser("import", help=tr("核验文件和文件夹，并登记可信的报告",
                                           "verify files and folders and register the authentic "
                                           "reports"))
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                     help=tr("报告文件或含报告的文件夹", "report files or folders holding them"))
    add_trust_flag(imp, "本次导入另外信任此根证书（可重复）",
                   "also trust this root certificate for this import (repeatable)")
    imp.add_argument("--workers", type=bounded_int("进程数", "number of workers", 1, 64),
                     metavar="N", help=tr("核验进程数（默认：每个处理器核心一个）",
                                          "verification processes (default: one per CPU core)"))
    _common(imp)
    imp.set_defaults(handler=cmd_import)

    listing = sub.add_parser("list", help=tr("列出登记簿", "list the register"))
    listing.add_argument("--all-versions", action="store_true",
                         help=tr("列出所有版本，而不只是每项自查的最新版本",
                                 "every version, not only the newest of each assessment"))
    listing.add_argument("--search", metavar="TEXT", default="",
                         help=tr("只列出含有每个词的行（中文或英文）",
                                 "only rows containing every word (Chinese or English)"))
    listing.add_argument("--with-notes", action="store_true",
                         help=tr("只列出有提示的行", "only rows with notes"))
    _common(listing)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help=tr("查看一份已登记的报告", "one registered report"))
    show.add_argument("id", type=report_id, metavar="ID", help=tr(*_ID_HELP))
    show.add_argument("--with-results", action="store_true",
                      help=tr("与 --json 合用：附上 results.json", "with --json: include results.json"))
    _common(show)
    show.set_defaults(handler=cmd_show)

    gaps = sub.add_parser("gaps", help=tr("最常见的关键差距（加 --matrix 时为单位 × 主题表）",
                                          "the most frequent critical gaps (or, with --matrix, "
                                          "organisation × theme)"))
    gaps.add_argument("--matrix", action="store_true",
                      help=tr("单位 × 主题表", "the organisation × theme table"))
    _common(gaps)
    gaps.set_defaults(handler=cmd_gaps)

    history = sub.add_parser("history", help=tr("一份报告所属自查的全部版本",
                                                "every version of the assessment of a report"))
    history.add_argument("id", type=report_id, metavar="ID", help=tr(*_ID_HELP))
    _common(history)
    history.set_defaults(handler=cmd_history)

    compare = sub.add_parser("compare", help=tr("逐项比较两份报告（旧 → 新）",
                                                "two reports item by item (older → newer)"))
    compare.add_argument("first", type=report_id, metavar="ID",
                         help=tr("较早的报告", "the older report"))
    compare.add_argument("second", type=report_id, metavar="ID",
                         help=tr("较新的报告", "the newer report"))
    compare.add_argument("--all", action="store_true",
                         help=tr("也列出未变化的检查项", "also list unchanged items"))
    _common(compare)
    compare.set_defaults(handler=cmd_compare)

    export = sub.add_parser("export", help=tr("将登记簿或某一视图写入 .xlsx 或 .csv 文件",
                                              "write the register or a view to .xlsx or .csv"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help=tr("要写入的文件", "the file to write"))
    export.add_argument("--view", choices=list(EXPORT_VIEWS), default="all",
                        help=tr("写入的内容（默认 all：登记簿、矩阵和差距；.csv 只含一张表）",
                                "what to write (default all: register, matrix and gaps; "
                                ".csv holds one table)"))
    export.add_argument("--report", type=report_id, action="append", default=[], metavar="ID",
                        help=tr("--view history 的那份报告，或 --view compare 的两份报告",
                                "the report of --view history, the two of --view compare"))
    add_force_flag(export)
    _common(export)
    export.set_defaults(handler=cmd_export)

    remove = sub.add_parser("remove", help=tr("将报告移出登记簿（文件保留）",
                                              "take a report out of the register (the file stays)"))
    remove.add_argument("id", type=report_id, metavar="ID", help=tr(*_ID_HELP))
    _common(remove)
    remove.set_defaults(handler=cmd_remove)


# -- import ------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace) -> int:
    lang = output_language(args)
    extra = extra_roots(args)
    show_progress = not args.json and sys.stderr.isatty()

    def progress(step: ImportProgress) -> None:
        if show_progress and step.total:
            sys.stderr.write(f"\r{step.done}/{step.total}")
            sys.stderr.flush()

    with open_collection(args) as collection:
        summary = collection.review.import_paths(args.paths, extra_roots=extra,
                                                 progress=progress, workers=args.workers)
    if show_progress:
        sys.stderr.write("\r")
    if args.json:
        emit_json(_import_dict(summary))
    else:
        _print_import(summary, lang)
    return 1 if summary.rejected or summary.cancelled else 0


def _import_dict(summary: ImportSummary) -> dict[str, Any]:
    def outcome(o: Any) -> dict[str, Any]:
        return {"file": o.path, "outcome": o.kind.value, "report": o.report_id,
                "organisation": o.organisation or None, "system_name": o.system_name or None,
                "version": o.version or None, "reason": o.reason or None,
                "reason_zh": o.reason_zh or None}
    return {"files": [outcome(o) for o in summary.outcomes],
            "added": len(summary.added), "duplicates": len(summary.duplicates),
            "rejected": len(summary.rejected), "skipped": summary.skipped,
            "cancelled": summary.cancelled, "not_checked": summary.not_checked}


def _print_import(summary: ImportSummary, lang: str) -> None:
    words = {OutcomeKind.ADDED: tr("已登记", "ADDED", lang),
             OutcomeKind.DUPLICATE: tr("已存在", "DUPLICATE", lang),
             OutcomeKind.REJECTED: tr("不予登记", "REJECTED", lang)}
    for o in summary.outcomes:
        line = f"{words[o.kind]}  {shown(o.path)}"
        if o.report_id is not None:
            line += f"  → #{o.report_id} {shown(o.organisation)} / {shown(o.system_name)}"
            line += tr(f"（第 {o.version} 版）", f" (version {o.version})", lang)
        if o.kind is OutcomeKind.REJECTED:
            line += f" — {shown(o.localized_reason(lang), 300)}"
        out(line)
    counts = (len(summary.added), len(summary.duplicates), len(summary.rejected), summary.skipped)
    out(tr("新登记 {} 份，已存在 {} 份，不予登记 {} 份；文件夹中跳过非 PDF 文件 {} 个",
            "{} added, {} already registered, {} rejected; {} non-PDF files in folders skipped", lang)
        .format(*counts))


# -- reading the register -------------------------------------------------------------

def entry_dict(entry: RegisterEntry) -> dict[str, Any]:
    """A register row for --json: its stored fields, its version and its notes."""
    row = entry.row._asdict()
    row.pop("verify_notes")
    row["latest"] = entry.latest
    row["notes"] = [{"kind": n.kind.value, "en": n.en, "zh": n.zh} for n in entry.notes]
    return row


def _entry_lines(entry: RegisterEntry, lang: str) -> list[str]:
    row = entry.row
    verdict = label("verdict", row.verdict, lang)
    head = (f"#{row.id}  {shown(row.organisation)} / {shown(row.system_name)}  "
            + tr(f"第 {row.version}/{row.versions} 版", f"version {row.version}/{row.versions}", lang))
    facts = (f"    {verdict}  {row.percent:.1f}%  "
             + tr(f"关键差距 {row.critical_gaps}  待复核 {row.pending_review}  "
                   f"风险等级 {label('grade', row.risk_grade, lang)}",
                   f"critical gaps {row.critical_gaps}  pending re-review {row.pending_review}  "
                   f"risk grade {label('grade', row.risk_grade, lang)}", lang))
    sep = colon(lang)
    signer = (f"    {column('signer', lang)}{sep}{shown(row.signer)}  "
              f"{column('signed_at', lang)}{sep}{local_time(row.signing_time)}  "
              f"{column('received_at', lang)}{sep}{local_time(row.received_at)}")
    lines = [head, facts, signer]
    lines += [f"    {tr('提示', 'note', lang)}{sep}{shown(n.text(lang), 300)}" for n in entry.notes]
    return lines


def cmd_list(args: argparse.Namespace) -> int:
    lang = output_language(args)
    query = Query.parse(args.search)
    with open_collection(args) as collection:
        entries = collection.review.entries(latest_only=not args.all_versions)
    entries = [e for e in entries if query.matches(e.search) and (e.notes or not args.with_notes)]
    if args.json:
        emit_json([entry_dict(e) for e in entries])
        return 0
    if not entries:
        out(tr("登记簿中没有符合条件的报告。", "No report in the register matches.", lang))
    for entry in entries:
        for line in _entry_lines(entry, lang):
            out(line)
    return 0


def _theme_row(texts: PackTexts, theme: str, percent: float, lang: str) -> str:
    """The start of a theme's line (indented title, percentage), aligned in every view."""
    return f"    {pad(shown(texts.theme(theme, lang)), 36)} {percent:5.1f}%  "


def cmd_show(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        entry = collection.review.entry(args.id)
        results = collection.review.results(args.id)
        texts = collection.review.pack_texts()
    score = results.score
    if args.json:
        data = entry_dict(entry)
        data["critical_gap_items"] = [{"item": g.item, "theme": g.theme,
                                       "severity": g.severity.value, "status": g.status.value}
                                      for g in score.critical_gaps]
        data["themes"] = [{"theme": theme, "items": t.items, "answered": t.answered,
                           "percent": t.percent} for theme, t in score.themes.items()]
        if args.with_results:
            data["results"] = results_to_dict(results)
        emit_json(data)
        return 0
    for line in _entry_lines(entry, lang):
        out(line)
    row = entry.row
    sep = colon(lang)
    version = tr(f" 第 {row.pack_version} 版", f" v{row.pack_version}", lang)
    out(f"    {column('pack', lang)}{sep}{shown(row.pack_id)}{version}"
        f"{in_brackets(f'sha256 {row.pack_sha256[:16]}…', lang)}  {column('file', lang)}{sep}"
        f"{shown(row.source_path)}")
    out(f"    {column('sha256', lang)}{sep}{row.file_sha256}")
    for gap in score.critical_gaps:
        out(f"    {tr('关键差距', 'critical gap', lang)}{sep}{gap.item} "
            f"{label('status', gap.status.value, lang)} — {shown(texts.question(gap.item, lang))}")
    for theme, tally in score.themes.items():
        out(_theme_row(texts, theme, tally.percent, lang) + f"{tally.answered}/{tally.items}")
    return 0


# -- views across reports ---------------------------------------------------------------

def cmd_gaps(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        texts = collection.review.pack_texts()
        if args.matrix:
            return _print_matrix(collection.review.gap_matrix(texts), texts, args.json, lang)
        gaps = collection.review.frequent_gaps()
    if args.json:
        emit_json([{"item": g.item, "theme": g.theme, "severity": g.severity, "count": g.count,
                    "reports": list(g.reports), "organisations": list(g.organisations)}
                   for g in gaps])
        return 0
    if not gaps:
        out(tr("各单位最新报告中没有关键差距。", "No critical gap in the newest reports.", lang))
    for gap in gaps:
        out(f"{gap.item}  {label('severity', gap.severity, lang)}  "
            + tr(f"{gap.count} 份报告，{len(gap.organisations)} 个单位",
                  f"{gap.count} report{'s' * (gap.count != 1)}, {len(gap.organisations)} "
                  f"unit{'s' * (len(gap.organisations) != 1)}", lang)
            + f" — {shown(texts.question(gap.item, lang))}")
        reports = list_separator(lang).join(f"#{r}" for r in gap.reports)
        out(f"    {list_separator(lang).join(shown(o) for o in gap.organisations)}"
            f"{in_brackets(reports, lang)}")
    return 0


def _print_matrix(matrix: Any, texts: Any, as_json: bool, lang: str) -> int:
    def cell_dict(cell: Any) -> dict[str, Any]:
        return {"percent": cell.percent, "status": cell.status, "items": cell.items,
                "answered": cell.answered, "gaps": list(cell.gaps), "reports": list(cell.reports)}

    if as_json:
        emit_json({"organisations": list(matrix.organisations), "themes": list(matrix.themes),
                   "rows": [{"organisation": org, "overall": cell_dict(matrix.overall[org]),
                             "themes": {theme: cell_dict(cell) for theme in matrix.themes
                                        if (cell := matrix.cell(org, theme)) is not None}}
                            for org in matrix.organisations]})
        return 0
    for org in matrix.organisations:
        overall = matrix.overall[org]
        out(f"{shown(org)}  {overall.percent:.1f}% {label('cell', overall.status, lang)}")
        for theme in matrix.themes:
            cell = matrix.cell(org, theme)
            if cell is not None:
                gaps = in_brackets(list_separator(lang).join(cell.gaps), lang) if cell.gaps else ""
                out(_theme_row(texts, theme, cell.percent, lang)
                    + f"{label('cell', cell.status, lang)}{gaps}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        steps = collection.review.history(args.id)
    if args.json:
        emit_json([{"report": s.row.id, "version": s.row.version, "signing_time": s.row.signing_time,
                    "risk_grade": s.row.risk_grade, "verdict": s.row.verdict,
                    "percent": s.row.percent, "score_change": s.score_change,
                    "gaps": list(s.gaps), "opened": list(s.opened), "closed": list(s.closed)}
                   for s in steps])
        return 0
    first = steps[0].row
    out(f"{shown(first.organisation)} / {shown(first.system_name)}")
    for step in steps:
        row = step.row
        change = f" ({step.score_change:+.1f})" if step.score_change is not None else ""
        out(f"  #{row.id} " + tr(f"第 {row.version} 版", f"v{row.version}", lang)
            + f"  {local_time(row.signing_time)}  {label('verdict', row.verdict, lang)}  "
            f"{row.percent:.1f}%{change}  {label('grade', row.risk_grade, lang)}")
        if step.opened:
            out(f"      {column('opened', lang)}{colon(lang)}"
                f"{list_separator(lang).join(step.opened)}")
        if step.closed:
            out(f"      {column('closed', lang)}{colon(lang)}"
                f"{list_separator(lang).join(step.closed)}")
    return 0


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    return {"older": comparison.older.id, "newer": comparison.newer.id,
            "same_assessment": comparison.same_assessment, "counts": comparison.counts(),
            "gaps_opened": list(comparison.gaps_opened),
            "gaps_closed": list(comparison.gaps_closed),
            "changes": [{"item": c.item, "before": c.before.value if c.before else None,
                         "after": c.after.value if c.after else None, "change": c.kind}
                        for c in comparison.changes]}


def cmd_compare(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        comparison = collection.review.compare(args.first, args.second)
        texts = collection.review.pack_texts()
    if args.json:
        emit_json(comparison_dict(comparison))
        return 0
    older, newer = comparison.older, comparison.newer
    out(tr(f"#{older.id}（{local_time(older.signing_time)}）→ #{newer.id}"
            f"（{local_time(newer.signing_time)}）",
            f"#{older.id} ({local_time(older.signing_time)}) → #{newer.id} "
            f"({local_time(newer.signing_time)})", lang))
    if not comparison.same_assessment:
        out(tr("注意：两份报告不属于同一自查（标识不同）。",
                "Note: the two reports are of different assessments (different uid).", lang))
    counts = comparison.counts()
    out("  ".join(f"{label('change', kind, lang)} {count}" for kind, count in counts.items()))
    for change in comparison.changes:
        if change.kind == "unchanged" and not args.all:
            continue
        before = label("status", change.before.value, lang) if change.before else "—"
        after = label("status", change.after.value, lang) if change.after else "—"
        out(f"  {pad(label('change', change.kind, lang), 14)} {change.item}  {before} → {after}"
            f"  {shown(texts.question(change.item, lang), 80)}")
    return 0


# -- changing and exporting ---------------------------------------------------------------

def cmd_export(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        written = collection.review.export(args.output, args.view, lang, overwrite=args.force,
                                           report_ids=args.report)
    if args.json:
        emit_json({"file": str(written), "view": args.view, "language": lang})
    else:
        out(tr(f"已写入 {written}", f"Written to {written}", lang))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        row = collection.review.remove(args.id)
    if args.json:
        emit_json({"removed": args.id, "file_sha256": row.file_sha256,
                   "organisation": row.organisation, "system_name": row.system_name,
                   "source_path": row.source_path})
    else:
        out(tr(f"已从登记簿移除 #{row.id}（{shown(row.organisation)} / "
                f"{shown(row.system_name)}）；原文件未改动：{shown(row.source_path)}",
                f"Removed #{row.id} ({shown(row.organisation)} / {shown(row.system_name)}) "
                f"from the register; the file was not touched: {shown(row.source_path)}", lang))
    return 0
