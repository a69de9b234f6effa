"""``selfcheck assess questionnaire`` and ``selfcheck assess import FILE.xlsx``: several
people answering one assessment. (Part of the ``assess`` command group.)

The import shows, before anything is written, what each row would do: unchanged, a new
answer, or a conflict with the current answer (both shown), and the rows with problems.
New answers are applied unless left out with ``--skip``; a conflict keeps the current
answer unless taken with ``--take`` (or ``--accept all``). Nothing is written without a
confirmation (``--yes`` off a terminal) and nothing at all with ``--dry-run``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_force_flag,
    add_json_flag,
    ask_yes_no,
    assessment_id,
    emit_json,
    open_collection,
    out,
    tr,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.answers import Answer
from selfcheck.core.collection import MergeResult
from selfcheck.core.errors import UsageError
from selfcheck.core.questionnaire import Change, ImportPlan
from selfcheck.core.questionnaire.merge import answer_line
from selfcheck.core.text import colon, shown

PREVIEW_WIDTH = 200
TEXTS: dict[str, tuple[str, str]] = {
    "new": ("新答复", "new answer"),
    "conflict": ("冲突", "CONFLICT"),
    "here": ("本机", "here"),
    "workbook": ("工作簿", "workbook"),
    "row": ("第 {row} 行（{item}）", "row {row} ({item})"),
    "unchanged": ("未变化：{count} 项", "unchanged: {count} item(s)"),
    "from": ("{file}：由 {who} 填写", "{file}: filled in by {who}"),
    "nobody": ("（未写明）", "(not stated)"),
    "confirm": ("导入 {count} 项答复？", "Import {count} answer(s)?"),
}


def _t(key: str, lang: str, **values: object) -> str:
    zh, en = TEXTS[key]
    return (en if lang == "en" else zh).format(**values)


def add_commands(sub: Any) -> None:
    """Add ``questionnaire`` to the ``assess`` group (``import`` reads workbooks too)."""
    export = sub.add_parser(
        "questionnaire", help=tr("导出问卷工作簿（XLSX），供同事填写",
                                 "write a questionnaire workbook (XLSX) for colleagues to answer"),
        description=tr(
            "把自查的检查项（全部，或 --themes 指定主题的检查项）连同当前答复写入工作簿，由同事"
            "填写；填好后用 selfcheck assess import ID FILE.xlsx 导入。",
            "Write the items of an assessment (all, or those of --themes) with their current "
            "answers to a workbook a colleague fills in; import it back with "
            "'selfcheck assess import ID FILE.xlsx'."))
    export.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx",
                        help=tr("要写入的工作簿", "the workbook to write"))
    export.add_argument("--themes", metavar="THEME[,THEME…]",
                        help=tr("只包括这些主题的检查项（编号见 assess show --json）",
                                "only the items of these themes (ids as in 'assess show --json')"))
    export.add_argument("--lang", choices=["zh", "en"], default="zh",
                        help=tr("工作簿的语言（默认 zh）", "language of the workbook (default zh)"))
    add_force_flag(export, "FILE.xlsx")
    add_json_flag(export)
    export.set_defaults(handler=cmd_questionnaire)


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``assess import`` for a questionnaire workbook."""
    parser.add_argument("--accept", choices=["new", "all", "none"], default="new",
                        help=tr("工作簿：采用新答复（默认）、同时采用有冲突的答复，或只采用 --take "
                                "指定的答复",
                                "workbook: apply the new answers (default), also the "
                                "conflicting ones, or none but those named with --take"))
    parser.add_argument("--take", action="append", default=[], metavar="ITEM[,ITEM…]",
                        help=tr("工作簿：这些有冲突的检查项采用工作簿中的答复",
                                "workbook: take the workbook's answer for these conflicting items"))
    parser.add_argument("--skip", action="append", default=[], metavar="ITEM[,ITEM…]",
                        help=tr("工作簿：不导入这些新答复", "workbook: leave out these new answers"))
    parser.add_argument("--supplied-by", metavar="NAME",
                        help=tr("工作簿：填写人（默认取工作簿中写明的）",
                                "workbook: who filled it in (default: as written in it)"))
    parser.add_argument("--supplied-role", metavar="ROLE",
                        help=tr("工作簿：填写人的部门或职务（默认取工作簿中写明的）",
                                "workbook: their department or role (default: as written in it)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=tr("工作簿：只显示导入将做什么", "workbook: only show what importing would do"))
    parser.add_argument("--yes", action="store_true",
                        help=tr("工作簿：不询问确认", "workbook: do not ask to confirm"))


def cmd_questionnaire(args: argparse.Namespace) -> int:
    themes = _ids(args.themes) if args.themes else None
    with open_collection(args) as collection:
        result = collection.questionnaires.export(args.id, args.output, themes=themes,
                                                  lang=args.lang, overwrite=args.force)
    if args.json:
        emit_json({"file": str(result.path), "size": result.size, "items": result.items})
    else:
        out(tr(f"已写入问卷 {result.path}，共 {result.items} 个检查项",
               f"Questionnaire with {result.items} item(s) written to {result.path}"))
    return 0


def _ids(values: str | list[str]) -> set[str]:
    parts = [values] if isinstance(values, str) else values
    return {item.strip() for part in parts for item in part.split(",") if item.strip()}


def chosen(plan: ImportPlan, args: argparse.Namespace) -> set[str]:
    """The items to apply: by ``--accept``, plus ``--take``, less ``--skip``."""
    take, skip = _ids(args.take), _ids(args.skip)
    conflicts = {entry.item_id for entry in plan.of(Change.CONFLICT)}
    new = plan.default_accepted()
    wrong = sorted((take - conflicts) | (skip - new))
    if wrong:
        raise UsageError(f"--take names conflicting items and --skip new answers of the "
                         f"workbook; not such: {', '.join(wrong)}",
                         zh=f"--take 只能指定有冲突的检查项，--skip 只能指定新答复；不符合的："
                         f"{'、'.join(wrong)}")
    accepted = {"new": new, "all": new | conflicts, "none": set()}[args.accept]
    return (accepted | take) - skip


def cmd_import_workbook(args: argparse.Namespace) -> int:
    lang = default_language()
    with open_collection(args) as collection:
        plan = collection.questionnaires.preview(args.id, args.file)
        accepted = chosen(plan, args)
        if not args.json:
            for line in preview_lines(plan, lang):
                out(line)
        result: MergeResult | None = None
        if accepted and not args.dry_run and (
                args.yes or ask_yes_no(_t("confirm", "zh", count=len(accepted)),
                                       _t("confirm", "en", count=len(accepted)))):
            result = collection.questionnaires.apply(
                plan, sorted(accepted),
                supplied_by=plan.supplied_by if args.supplied_by is None else args.supplied_by,
                supplied_role=(plan.supplied_role if args.supplied_role is None
                               else args.supplied_role))
    if args.json:
        emit_json(_plan_json(plan, accepted, result))
    elif result is not None:
        out(tr(f"已向自查 {args.id} 导入 {len(result.applied)} 项答复；"
               f"{len(result.conflicts_kept)} 项冲突保留了本机的答复；"
               f"{result.problems} 行有问题，未导入。",
               f"Imported {len(result.applied)} answer(s) into assessment {args.id}; "
               f"{len(result.conflicts_kept)} conflict(s) kept the current answer; "
               f"{result.problems} row(s) with problems left out."))
    else:
        out(tr("未导入任何答复。", "Nothing was imported."))
    return 0


def preview_lines(plan: ImportPlan, lang: str) -> list[str]:
    """What importing would do, one line per changed item and per problem."""
    sep = colon(lang)
    who = " ".join(filter(None, (plan.supplied_by, plan.supplied_role))) or _t("nobody", lang)
    lines = [_t("from", lang, file=shown(plan.file_name), who=shown(who))]
    for entry in plan.of(Change.NEW):
        lines.append(f"  {entry.item_id}  {_t('new', lang)}{sep}{_line(entry.incoming, lang)}")
    for entry in plan.of(Change.CONFLICT):
        lines.append(f"  {entry.item_id}  {_t('conflict', lang)}")
        lines.append(f"      {_t('here', lang)}{sep}{_line(entry.current, lang)}")
        lines.append(f"      {_t('workbook', lang)}{sep}{_line(entry.incoming, lang)}")
    for problem in plan.problems:
        lines.append(f"  {_t('row', lang, row=problem.row, item=shown(problem.item_id) or '-')}"
                     f"{sep}{problem.localized(lang)}")
    lines.append("  " + _t("unchanged", lang, count=len(plan.of(Change.UNCHANGED))))
    return lines


def _line(answer: Answer | None, lang: str) -> str:
    return shown(answer_line(answer, lang), PREVIEW_WIDTH)


def _plan_json(plan: ImportPlan, accepted: set[str], result: MergeResult | None) -> dict[str, Any]:
    def answer(value: Answer | None) -> dict[str, Any] | None:
        from selfcheck.core.answers import answer_to_dict

        return answer_to_dict(value) if value is not None else None

    return {
        "file": plan.file_name, "sha256": plan.file_sha256, "supplied_by": plan.supplied_by,
        "supplied_role": plan.supplied_role, "counts": plan.counts(),
        "entries": [{"item": e.item_id, "row": e.row, "change": e.change.value,
                     "workbook": answer(e.incoming), "current": answer(e.current)}
                    for e in plan.entries if e.change is not Change.UNCHANGED],
        "problems": [{"row": p.row, "item": p.item_id, "message": p.message,
                      "message_zh": p.message_zh} for p in plan.problems],
        "accepted": sorted(accepted),
        "applied": list(result.applied) if result else [],
    }
