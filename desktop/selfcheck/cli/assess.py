"""``selfcheck assess new|profile|list|answer|import|show|upgrade``: the assessments."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from selfcheck.cli import questionnaires
from selfcheck.cli.common import (
    add_group,
    add_json_flag,
    add_lang_flag,
    assessment_id,
    bounded_int,
    emit_json,
    open_collection,
    out,
    output_language,
    tr,
)
from selfcheck.cli.profile_args import add_profile_flags, profile_answers, profile_pairs
from selfcheck.cli.textout import (
    choices_help,
    default_language,
    display_width,
    label,
    pack_name,
    pad,
)
from selfcheck.core import explain, glossary
from selfcheck.core.answers import Status, parse_status
from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.core.collection import Assessment
from selfcheck.core.errors import UsageError
from selfcheck.core.model import Sector
from selfcheck.core.scoring import Score
from selfcheck.core.text import clause_separator, colon, count_separator, in_brackets, list_separator, shown


def register(commands: Any) -> None:
    sub = add_group(commands, "assess", tr("创建、作答、查看和升级自查",
                                           "create, answer, show and upgrade assessments"))
    _add_new(sub)

    profile = sub.add_parser("profile", help=tr(
        "修改自查的画像问题答案；不再适用的检查项保留其答复",
        "change the profile answers of an assessment; items that stop applying keep "
        "their answers"))
    profile.add_argument("id", type=assessment_id, metavar="ID",
                         help=tr("自查编号", "assessment id"))
    add_profile_flags(profile)
    add_json_flag(profile)
    profile.set_defaults(handler=cmd_profile)

    listing = sub.add_parser("list", help=tr("列出自查", "list assessments"))
    listing.add_argument("--all", action="store_true",
                         help=tr("包括已归档的自查", "include archived ones"))
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)

    answer = sub.add_parser("answer", help=tr("回答一个检查项", "answer one item"))
    answer.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    answer.add_argument("item", metavar="ITEM", help=tr("检查项编号，例如 HO-01", "item id, e.g. HO-01"))
    answer.add_argument("status", metavar="STATUS", help=tr("状态", "status") + colon(default_language())
                        + choices_help(glossary.STATUSES))
    answer.add_argument("--justification", metavar="TEXT", help=tr("理由说明", "justification"))
    answer.add_argument("--evidence", metavar="TEXT", help=tr("证据说明", "evidence references"))
    add_json_flag(answer)
    answer.set_defaults(handler=cmd_answer)

    imp = sub.add_parser(
        "import", help=tr("导入答复：JSON 回答文件（全部导入或全部不导入），或填好的问卷工作簿"
                          "（逐项预览）",
                          "import answers: a JSON answers file (all or none) or a returned "
                          "questionnaire workbook (previewed item by item)"),
        description=tr(
            "ANSWERS.json：回答文件（格式见 docs/answers-format.md），全部导入或全部不导入。"
            "FILE.xlsx：同事填写的问卷（由 assess questionnaire 导出）：先逐行显示导入将做什么"
            "（未变、新答复、与现有答复冲突、有问题），再保存接受的答复，每条审计日志记录由谁提供。",
            "ANSWERS.json: an answers file (format: docs/answers-format.md), imported all or "
            "none. FILE.xlsx: a questionnaire from 'assess questionnaire' filled in by a "
            "colleague: what each row would do is shown first (unchanged, new answer, "
            "conflict with the current answer, problem), then the accepted answers are saved, "
            "each audited with who supplied it."))
    imp.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    imp.add_argument("file", type=Path, metavar="ANSWERS.json|FILE.xlsx",
                     help=tr("回答文件或问卷工作簿", "answers file or questionnaire workbook"))
    questionnaires.add_import_options(imp)
    add_json_flag(imp)
    imp.set_defaults(handler=cmd_import)
    questionnaires.add_commands(sub)

    show = sub.add_parser("show", help=tr("查看自查的得分、结论和差距",
                                          "scores, verdict and gaps of an assessment"))
    show.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    add_lang_flag(show, "输出语言（默认随系统语言）",
                  "language of the text report (default: from the locale)")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)

    _add_sign_off(sub)

    upgrade = sub.add_parser("upgrade", help=tr(
        "将自查的答复沿用到检查清单的新版本", "carry an assessment's answers over to a newer pack version"))
    upgrade.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    upgrade.add_argument("--to", type=bounded_int("检查清单版本", "pack version"), metavar="VERSION",
                         help=tr("目标版本（默认：已安装的最新版本）",
                                 "pack version (default: the newest installed)"))
    upgrade.add_argument("--dry-run", action="store_true",
                         help=tr("只显示将会发生的变化，不做修改", "only show what would happen"))
    add_profile_flags(upgrade, risk=False)
    add_json_flag(upgrade)
    upgrade.set_defaults(handler=cmd_upgrade)


def _add_new(sub: Any) -> None:
    new = sub.add_parser("new", help=tr("新建自查，输出其编号", "create an assessment; prints its id"))
    new.add_argument("--pack", required=True, metavar="PACK_ID",
                     help=tr("检查清单编号（见 selfcheck packs list）",
                             "pack id (see: selfcheck packs list)"))
    new.add_argument("--pack-version", type=bounded_int("检查清单版本", "pack version"), metavar="N",
                     help=tr("检查清单版本（默认：已安装的最新版本）",
                             "pack version (default: the newest installed)"))
    new.add_argument("--org", required=True, metavar="ORG", help=tr("单位名称", "organisation"))
    new.add_argument("--system", required=True, metavar="NAME",
                     help=tr("人工智能系统名称", "name of the AI system"))
    new.add_argument("--description", default="", metavar="TEXT",
                     help=tr("系统用途说明", "what the AI system does"))
    new.add_argument("--sector", required=True, choices=[s.value for s in Sector],
                     help=tr("领域", "sector") + colon(default_language())
                     + choices_help(glossary.SECTORS))
    new.add_argument("--assessor", default="", metavar="NAME",
                     help=tr("自查人", "who carries out the assessment"))
    add_profile_flags(new)
    add_json_flag(new)
    new.set_defaults(handler=cmd_new)


#: The sign-off roles: option prefix, the role in Chinese and in English.
SIGN_OFF_ROLES = (("prepared", "编制人", "prepared"), ("reviewed", "审核人", "reviewed"),
                  ("approved", "批准人", "approved"))


def _add_sign_off(sub: Any) -> None:
    sign_off = sub.add_parser(
        "signoff", help=tr("查看或登记自查的编制人、审核人和批准人",
                           "show or record who prepared, reviewed and approved an assessment"),
        description=tr("报告签署栏（编制/审核/批准）中印出的姓名、职务和日期。不加选项时显示；"
                       "某个选项给出 \"\" 时清除该项。",
                       "The names, roles and dates printed in the report's sign-off block "
                       "(prepared, reviewed, approved). Without options, shows them; an option "
                       "given as \"\" clears it."))
    sign_off.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    for role, zh, en in SIGN_OFF_ROLES:
        sign_off.add_argument(f"--{role}-by", metavar="NAME",
                              help=tr(f"{zh}姓名", f"who {en} it"))
        sign_off.add_argument(f"--{role}-role", metavar="ROLE",
                              help=tr(f"{zh}职务", "their role"))
        sign_off.add_argument(f"--{role}-on", metavar="YYYY-MM-DD",
                              help=tr(f"{zh}签署日期", "the date"))
    add_json_flag(sign_off)
    sign_off.set_defaults(handler=cmd_sign_off)


def cmd_sign_off(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        current = collection.assessment(args.id).sign_off
        people = {}
        for role, _zh, _en in SIGN_OFF_ROLES:
            person: Signatory = getattr(current, role)
            name, title, day = (getattr(args, f"{role}_{key}") for key in ("by", "role", "on"))
            people[role] = Signatory(
                person.name if name is None else name, person.role if title is None else title,
                person.date if day is None else (parse_day(day) if day.strip() else None))
        updated = SignOff(**people)
        if updated != current:
            collection.set_sign_off(args.id, updated)
    if args.json:
        emit_json({role: {"name": getattr(updated, role).name,
                          "role": getattr(updated, role).role,
                          "date": day.isoformat() if (day := getattr(updated, role).date) else None}
                   for role, _zh, _en in SIGN_OFF_ROLES})
        return 0
    lang = default_language()
    for role, zh, en in SIGN_OFF_ROLES:
        person = getattr(updated, role)
        name = tr(zh, f"{en:>9}", lang)
        out(f"{name}{colon(lang)}{shown(person.name) or '-'}  {shown(person.role) or '-'}  "
            f"{person.date.isoformat() if person.date else '-'}")
    return 0


def parse_day(text: str) -> dt.date:
    """A date given on the command line (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"invalid date {text!r}; use the form YYYY-MM-DD",
                         zh=f"日期 {text!r} 格式无效，请按“年-月-日”填写，例如 2027-03-31") from None


def cmd_new(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        new_id = collection.new_assessment(
            pack_id=args.pack, pack_version=args.pack_version, organisation=args.org,
            system_name=args.system, system_description=args.description, sector=args.sector,
            assessor=args.assessor, profile_answers=profile_answers(args))
        risk = collection.assessment(new_id).risk
    if args.json:
        emit_json({"id": new_id, "risk_grade": risk.grade.code, "risk_model": risk.model_id,
                   "risk_reasons": [r.en for r in risk.reasons]})
    else:
        out(str(new_id))
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        change = collection.change_profile(args.id, profile_answers=profile_answers(args))
    if args.json:
        emit_json({"id": args.id, **change.to_dict()})
        return 0
    lang = default_language()
    if change.is_empty:
        out(tr(f"自查 {args.id}：画像未变。", f"Assessment {args.id}: the profile is unchanged."))
        return 0
    out(tr(f"自查 {args.id}：画像已修改；风险等级 {change.grade_before.label(lang)} → "
           f"{change.grade_after.label(lang)}。",
           f"Assessment {args.id}: profile changed; risk grade {change.grade_before.label(lang)} "
           f"→ {change.grade_after.label(lang)}."))
    sep = list_separator(lang)
    if change.now_applying:
        out(tr(f"  现在适用：{sep.join(change.now_applying)}",
               f"  Now applying: {sep.join(change.now_applying)}"))
    if change.no_longer_applying:
        out(tr(f"  不再适用（答复予以保留）：{sep.join(change.no_longer_applying)}",
               f"  No longer applying (their answers are kept): "
               f"{sep.join(change.no_longer_applying)}"))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        overviews = collection.overviews(include_archived=args.all)
    if args.json:
        emit_json([{
            "id": o.record.id, "organisation": o.record.organisation,
            "system_name": o.record.system_name, "sector": o.record.sector,
            "pack_id": o.record.pack_id, "pack_version": o.record.pack_version,
            "risk_grade": o.grade.code, "progress_percent": round(o.score.overall.progress, 1),
            "verdict": o.score.verdict.value, "updated_at": o.record.updated_at,
            "archived": o.record.archived,
        } for o in overviews])
        return 0
    if not overviews:
        out(tr("还没有自查。新建自查：selfcheck assess new …",
               "No assessments yet. Create one with: selfcheck assess new ..."))
    lang = default_language()
    sep = clause_separator(lang)
    for o in overviews:
        record = o.record
        pack = (f"《{o.pack_title}》第 {record.pack_version} 版" if lang == "zh"
                else f"{record.pack_id} v{record.pack_version}")
        details = sep.join((Sector(record.sector).label(lang), pack,
                            f"{label('grade', lang)} {o.grade.label(lang)}"))
        progress = f"{o.score.overall.progress:.0f}%"
        state = tr(f"已答 {progress}{count_separator(lang)}{o.score.verdict.label(lang)}",
                   f"{progress} answered, {o.score.verdict.label(lang)}")
        archived = tr("  ［已归档］", "  [archived]") if record.archived else ""
        out(f"{record.id:>4}  {record.organisation} / {record.system_name}"
            f"{in_brackets(details, lang)}  {state}{archived}")
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    status = parse_status(args.status)
    with open_collection(args) as collection:
        saved = collection.set_answer(args.id, args.item, status,
                                      justification=args.justification, evidence=args.evidence)
        verdict = collection.score(args.id).verdict
    if args.json:
        emit_json({"id": args.id, "item": saved.item_id, "status": saved.status.value,
                   "verdict": verdict.value})
    else:
        out(tr(f"{shown(saved.item_id)}：{saved.status.label('zh')}（已保存；当前结论："
               f"{verdict.label('zh')}）",
               f"{shown(saved.item_id)}: {saved.status.value} (saved; verdict now "
               f"{verdict.value})"))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() == ".xlsx":
        return questionnaires.cmd_import_workbook(args)
    with open_collection(args) as collection:
        result = collection.import_answers(args.id, args.file)
    if args.json:
        emit_json({"id": args.id, "saved": result.saved, "unchanged": result.unchanged})
    else:
        out(tr(f"已向自查 {args.id} 导入 {result.saved} 条答复（{result.unchanged} 条未变）。",
               f"Imported {_count(result.saved, 'answer')} into assessment {args.id} "
               f"({result.unchanged} unchanged)."))
    return 0


def _count(number: int, noun: str) -> str:
    """"1 answer", "3 answers"."""
    return f"{number} {noun}" + ("" if number == 1 else "s")


def cmd_show(args: argparse.Namespace) -> int:
    lang = output_language(args)
    with open_collection(args) as collection:
        results = collection.reports.results(args.id)
        assessment = collection.assessment(args.id)
        score = collection.score(args.id)
        kept = set(collection.answers(args.id))
    if args.json:
        emit_json(results)
        return 0
    for line in show_lines(assessment, score, lang, kept):
        out(line)
    return 0


def show_lines(assessment: Assessment, score: Score, lang: str,
               kept: set[str] | None = None) -> list[str]:
    """The text report of ``assess show`` in ``lang``; ``kept`` are the items with a stored
    answer (listed when they no longer apply)."""
    record, pack = assessment.record, assessment.pack
    sep = colon(lang)
    overall = score.overall
    lines = [
        f"{label('assessment', lang)} {record.id}{sep}{record.organisation} / {record.system_name}",
        "  " + clause_separator(lang).join((
            f"{label('sector', lang)}{sep}{assessment.sector.label(lang)}",
            f"{label('pack', lang)}{sep}{pack_name(pack, lang)}"
            + (in_brackets(pack.status.label(lang), lang)
               if pack.status is not None and pack.trial else ""),
            f"{label('grade', lang)}{sep}{assessment.grade.label(lang)}"
            + in_brackets(pack.effective_risk_model.title.get(lang), lang))),
    ]
    if record.superseded_by is not None:
        lines.append("  " + label("superseded", lang).format(id=record.superseded_by))
    lines += [f"    - {reason.get(lang)}" for reason in assessment.risk.reasons]
    for question in pack.asked_questions(assessment.profile_answers):
        option = question.option(assessment.profile_answers.get(question.id, ""))
        lines.append(f"    {question.text.get(lang)} {option.label.get(lang) if option else '—'}")
    lines.append(f"  {label('verdict', lang)}{sep}{score.verdict.label(lang)}")
    lines += [f"    - {sentence}" for sentence in explain.render_all(score.reasons, lang)]
    counts = count_separator(lang).join(
        f"{status.label(lang)} {overall.count(status)}" for status in Status
        if status is not Status.UNANSWERED)
    lines.append(f"  {label('overall', lang)}{sep}{label('weighted', lang)} {overall.percent:.1f}%"
                 f"{clause_separator(lang)}{label('answered', lang)} {overall.answered}/"
                 f"{overall.total}{in_brackets(counts, lang)}")
    lines.append(f"  {label('themes', lang)}{sep}")
    titles = {theme_id: pack.theme(theme_id).title.get(lang) for theme_id in score.themes}
    width = max(display_width(t) for t in titles.values()) + 2
    for theme_id, tally in score.themes.items():
        lines.append(f"    {pad(titles[theme_id], width)}{tally.percent:5.1f}%  "
                     f"{label('answered', lang)} {tally.answered}/{tally.total}")

    def listed(key: str, ids: list[str]) -> None:
        if ids:
            lines.append(f"  {label(key, lang)}{sep}{list_separator(lang).join(ids)}")

    if score.critical_gaps:
        lines.append(f"  {label('gaps', lang)}{sep}")
        for gap in score.critical_gaps:
            why = explain.gap_text(gap.reason, gap.severity, gap.status, lang,
                                   assessment.grade.label(lang))
            lines.append(f"    {gap.item_id}  {pack.item(gap.item_id).question.get(lang)}"
                         f"{in_brackets(why, lang)}")
    listed("critical_open", score.critical_unanswered)
    listed("review", score.pending_review)
    drivers = [d for d in score.drivers if d.status is not Status.UNANSWERED][:5]
    if drivers:
        lines.append(f"  {label('drivers', lang)}{sep}")
        for d in drivers:
            lost = f"{label('lost', lang)} {d.lost_weight:g}"
            lines.append(f"    {d.item_id}  {d.severity.label(lang)}{count_separator(lang)}"
                         f"{d.status.label(lang)}{in_brackets(lost, lang)}")
    listed("remediation", score.remediation_missing)
    listed("not_applying", [item.id for item in assessment.items_not_applying
                            if item.id in (kept or set())])
    return lines


def _upgrade_data(args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    """What the upgrade did (or, with --dry-run, would do) and the pack's Chinese title."""
    with open_collection(args) as collection:
        title = collection.assessment(args.id).pack.title.zh
        answers = profile_pairs(args.profile)
        if not args.dry_run:
            return collection.upgrade(args.id, args.to, profile_answers=answers).to_dict(), title
        plan = collection.plan_upgrade(args.id, args.to, profile_answers=answers)
        return {"assessment": args.id, "pack_id": plan.pack_id,
                "from_version": plan.from_version, "to_version": plan.to_version,
                "counts": plan.counts, "needs_review": list(plan.needs_review),
                "dropped": list(plan.dropped), "new": list(plan.new), "dry_run": True}, title


def cmd_upgrade(args: argparse.Namespace) -> int:
    data, title = _upgrade_data(args)
    if args.json:
        emit_json(data)
        return 0
    counts, old, lang = data["counts"], args.id, default_language()
    versions = tr(f"《{title}》第 {data['from_version']} 版升级到第 {data['to_version']} 版",
                  f"{data['pack_id']} v{data['from_version']} to v{data['to_version']}")
    if args.dry_run:
        out(tr(f"将自查 {old} 从{versions}：将沿用 {counts['carried']} 条答复，其中 "
               f"{counts['needs_review']} 条待复核；{counts['dropped']} 条留在历史记录中；"
               f"新增 {counts['new']} 个检查项。",
               f"Upgrading assessment {old} from {versions} would carry "
               f"{_count(counts['carried'], 'answer')}, flag {counts['needs_review']} for "
               f"re-review, leave {counts['dropped']} in the history and add "
               f"{_count(counts['new'], 'new item')}."))
    else:
        new = data["new_assessment"]
        out(tr(f"自查 {old} 已升级为自查 {new}（{versions}）：",
               f"Assessment {old} upgraded to assessment {new} ({versions}):"))
        out(tr(f"  {counts['carried']} 条答复原样沿用",
               f"  {_count(counts['carried'], 'answer')} carried over unchanged"))
        review = counts["needs_review"]
        out(tr(f"  {review} 条答复已沿用，但待复核（问题或适用领域有变化）",
               f"  {_count(review, 'answer')} carried over but {'needs' if review == 1 else 'need'}"
               " re-review (the question or its sectors changed)"))
        out(tr(f"  {counts['dropped']} 条已撤销检查项的答复保留在自查 {old} 中，只读",
               f"  {_count(counts['dropped'], 'answer')} of retired items kept read-only in "
               f"assessment {old}"))
        out(tr(f"  {counts['new']} 个新检查项待回答", f"  {_count(counts['new'], 'new item')} to answer"))
    for key, zh, en in (("needs_review", "待复核", "Re-review"), ("dropped", "已撤销", "Retired"),
                        ("new", "新增", "New")):
        if data[key]:
            out(f"  {tr(zh, en)}{colon(lang)}{list_separator(lang).join(data[key])}")
    return 0
