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

from selfcheck.cli.common import add_group, add_json_flag, bounded_int, emit_json, open_collection, out
from selfcheck.cli.textout import default_language, pad
from selfcheck.core.collection.review import EXPORT_VIEWS
from selfcheck.core.pki.roots import load_root_certificate
from selfcheck.core.reports.data import LANGUAGES
from selfcheck.core.reports.results import results_to_dict
from selfcheck.core.review import Comparison, ImportProgress, ImportSummary, OutcomeKind, RegisterEntry
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.search import Query
from selfcheck.core.review.tables import local_time
from selfcheck.core.text import shown

report_id = bounded_int("report number")


def register(commands: Any) -> None:
    sub = add_group(
        commands, "review", "the register of received signed reports (import, list, views, export)",
        description="A reviewer's register of the signed reports units send: each file is "
        "verified strictly against this machine's report root certificates; authentic reports "
        "are kept with their verified facts and results, versions per assessment.")
    _add_commands(sub)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=list(LANGUAGES), default=None,
                        help="language of the text output (default: from the locale)")
    add_json_flag(parser)


def _add_commands(sub: Any) -> None:
    imp = sub.add_parser("import", help="verify files and folders and register the authentic reports")
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    imp.add_argument("--trust", type=Path, action="append", default=[], metavar="ROOT.pem",
                     help="also trust this root certificate for this import (repeatable)")
    imp.add_argument("--workers", type=bounded_int("number of workers", 1, 64),
                     help="verification processes (default: one per CPU core)")
    _common(imp)
    imp.set_defaults(handler=cmd_import)

    listing = sub.add_parser("list", help="list the register")
    listing.add_argument("--all-versions", action="store_true",
                         help="every version, not only the newest of each assessment")
    listing.add_argument("--search", metavar="TEXT", default="",
                         help="only rows containing every word (Chinese or English)")
    listing.add_argument("--with-notes", action="store_true", help="only rows with notes")
    _common(listing)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="one registered report")
    show.add_argument("id", type=report_id, metavar="ID")
    show.add_argument("--with-results", action="store_true", help="with --json: include results.json")
    _common(show)
    show.set_defaults(handler=cmd_show)

    gaps = sub.add_parser("gaps", help="the most frequent critical gaps (or, with --matrix, "
                          "organisation × theme)")
    gaps.add_argument("--matrix", action="store_true", help="the organisation × theme table")
    _common(gaps)
    gaps.set_defaults(handler=cmd_gaps)

    history = sub.add_parser("history", help="every version of the assessment of a report")
    history.add_argument("id", type=report_id, metavar="ID")
    _common(history)
    history.set_defaults(handler=cmd_history)

    compare = sub.add_parser("compare", help="two reports item by item (older → newer)")
    compare.add_argument("first", type=report_id, metavar="ID")
    compare.add_argument("second", type=report_id, metavar="ID")
    compare.add_argument("--all", action="store_true", help="also list unchanged items")
    _common(compare)
    compare.set_defaults(handler=cmd_compare)

    export = sub.add_parser("export", help="write the register or a view to .xlsx or .csv")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--view", choices=list(EXPORT_VIEWS), default="all",
                        help="what to write (default all: register, matrix and gaps; "
                        ".csv holds one table)")
    export.add_argument("--report", type=report_id, action="append", default=[], metavar="ID",
                        help="the report of --view history, the two of --view compare")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    _common(export)
    export.set_defaults(handler=cmd_export)

    remove = sub.add_parser("remove", help="take a report out of the register (the file stays)")
    remove.add_argument("id", type=report_id, metavar="ID")
    _common(remove)
    remove.set_defaults(handler=cmd_remove)


def _lang(args: argparse.Namespace) -> str:
    return str(args.lang or default_language())


def _zh(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


# -- import ------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace) -> int:
    lang = _lang(args)
    extra = [load_root_certificate(path) for path in args.trust]
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
    words = {OutcomeKind.ADDED: _zh(lang, "已登记", "ADDED"),
             OutcomeKind.DUPLICATE: _zh(lang, "已存在", "DUPLICATE"),
             OutcomeKind.REJECTED: _zh(lang, "不予登记", "REJECTED")}
    for o in summary.outcomes:
        line = f"{words[o.kind]}  {shown(o.path)}"
        if o.report_id is not None:
            line += f"  → #{o.report_id} {shown(o.organisation)} / {shown(o.system_name)}"
            line += _zh(lang, f"（第 {o.version} 版）", f" (version {o.version})")
        if o.kind is OutcomeKind.REJECTED:
            line += f" — {shown(o.localized_reason(lang), 300)}"
        out(line)
    counts = (len(summary.added), len(summary.duplicates), len(summary.rejected), summary.skipped)
    out(_zh(lang, "新登记 {} 份，已存在 {} 份，不予登记 {} 份；文件夹中跳过非 PDF 文件 {} 个",
            "{} added, {} already registered, {} rejected; {} non-PDF files in folders skipped")
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
            + _zh(lang, f"第 {row.version}/{row.versions} 版", f"version {row.version}/{row.versions}"))
    facts = (f"    {verdict}  {row.percent:.1f}%  "
             + _zh(lang, f"关键差距 {row.critical_gaps}  待复核 {row.pending_review}  "
                   f"风险等级 {label('grade', row.risk_grade, lang)}",
                   f"critical gaps {row.critical_gaps}  pending re-review {row.pending_review}  "
                   f"risk grade {label('grade', row.risk_grade, lang)}"))
    signer = (f"    {column('signer', lang)}: {shown(row.signer)}  "
              f"{column('signed_at', lang)}: {local_time(row.signing_time)}  "
              f"{column('received_at', lang)}: {local_time(row.received_at)}")
    lines = [head, facts, signer]
    lines += [f"    {_zh(lang, '提示', 'note')}: {shown(n.text(lang), 300)}" for n in entry.notes]
    return lines


def cmd_list(args: argparse.Namespace) -> int:
    lang = _lang(args)
    query = Query.parse(args.search)
    with open_collection(args) as collection:
        entries = collection.review.entries(latest_only=not args.all_versions)
    entries = [e for e in entries if query.matches(e.search) and (e.notes or not args.with_notes)]
    if args.json:
        emit_json([entry_dict(e) for e in entries])
        return 0
    if not entries:
        out(_zh(lang, "登记簿中没有符合条件的报告。", "No report in the register matches."))
    for entry in entries:
        for line in _entry_lines(entry, lang):
            out(line)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lang = _lang(args)
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
    out(f"    {column('pack', lang)}: {shown(row.pack_id)} v{row.pack_version} "
        f"(sha256 {row.pack_sha256[:16]}…)  {column('file', lang)}: {shown(row.source_path)}")
    out(f"    {column('sha256', lang)}: {row.file_sha256}")
    for gap in score.critical_gaps:
        out(f"    {_zh(lang, '关键差距', 'critical gap')}: {gap.item} "
            f"{label('status', gap.status.value, lang)} — {shown(texts.question(gap.item, lang))}")
    for theme, tally in score.themes.items():
        out(f"    {pad(shown(texts.theme(theme, lang)), 36)} {tally.percent:5.1f}%  "
            f"{tally.answered}/{tally.items}")
    return 0


# -- views across reports ---------------------------------------------------------------

def cmd_gaps(args: argparse.Namespace) -> int:
    lang = _lang(args)
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
        out(_zh(lang, "各单位最新报告中没有关键差距。", "No critical gap in the newest reports."))
    for gap in gaps:
        out(f"{gap.item}  {label('severity', gap.severity, lang)}  "
            + _zh(lang, f"{gap.count} 份报告，{len(gap.organisations)} 个单位",
                  f"{gap.count} report(s), {len(gap.organisations)} unit(s)")
            + f" — {shown(texts.question(gap.item, lang))}")
        out(f"    {'、'.join(shown(o) for o in gap.organisations)}  "
            f"[{', '.join(f'#{r}' for r in gap.reports)}]")
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
                gaps = f" ({', '.join(cell.gaps)})" if cell.gaps else ""
                out(f"    {pad(shown(texts.theme(theme, lang)), 36)} {cell.percent:5.1f}%  "
                    f"{label('cell', cell.status, lang)}{gaps}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    lang = _lang(args)
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
        out(f"  #{row.id} " + _zh(lang, f"第 {row.version} 版", f"v{row.version}")
            + f"  {local_time(row.signing_time)}  {label('verdict', row.verdict, lang)}  "
            f"{row.percent:.1f}%{change}  {label('grade', row.risk_grade, lang)}")
        if step.opened:
            out(f"      {column('opened', lang)}: {', '.join(step.opened)}")
        if step.closed:
            out(f"      {column('closed', lang)}: {', '.join(step.closed)}")
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
    lang = _lang(args)
    with open_collection(args) as collection:
        comparison = collection.review.compare(args.first, args.second)
        texts = collection.review.pack_texts()
    if args.json:
        emit_json(comparison_dict(comparison))
        return 0
    older, newer = comparison.older, comparison.newer
    out(_zh(lang, f"#{older.id}（{local_time(older.signing_time)}）→ #{newer.id}"
            f"（{local_time(newer.signing_time)}）",
            f"#{older.id} ({local_time(older.signing_time)}) → #{newer.id} "
            f"({local_time(newer.signing_time)})"))
    if not comparison.same_assessment:
        out(_zh(lang, "注意：两份报告不属于同一自查（标识不同）。",
                "Note: the two reports are of different assessments (different uid)."))
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
    lang = _lang(args)
    with open_collection(args) as collection:
        written = collection.review.export(args.output, args.view, lang, overwrite=args.force,
                                           report_ids=args.report)
    if args.json:
        emit_json({"file": str(written), "view": args.view, "language": lang})
    else:
        out(_zh(lang, f"已写入 {written}", f"Written to {written}"))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    lang = _lang(args)
    with open_collection(args) as collection:
        row = collection.review.remove(args.id)
    if args.json:
        emit_json({"removed": args.id, "file_sha256": row.file_sha256,
                   "organisation": row.organisation, "system_name": row.system_name,
                   "source_path": row.source_path})
    else:
        out(_zh(lang, f"已从登记簿移除 #{row.id}（{shown(row.organisation)} / "
                f"{shown(row.system_name)}）；原文件未改动：{shown(row.source_path)}",
                f"Removed #{row.id} ({shown(row.organisation)} / {shown(row.system_name)}) "
                f"from the register; the file was not touched: {shown(row.source_path)}"))
    return 0
