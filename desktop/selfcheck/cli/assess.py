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
    assessment_id,
    bounded_int,
    emit_json,
    open_collection,
    out,
)
from selfcheck.cli.profile_args import add_profile_flags, profile_answers, profile_pairs
from selfcheck.cli.textout import default_language, display_width, label, pad
from selfcheck.core import explain
from selfcheck.core.answers import Status, parse_status
from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.core.collection import Assessment
from selfcheck.core.errors import UsageError
from selfcheck.core.model import Sector
from selfcheck.core.scoring import Score
from selfcheck.core.text import colon, count_separator, list_separator


def register(commands: Any) -> None:
    sub = add_group(commands, "assess", "create, answer, show and upgrade assessments")
    _add_new(sub)

    profile = sub.add_parser("profile", help="change the profile answers of an assessment; "
                             "items that stop applying keep their answers")
    profile.add_argument("id", type=assessment_id, metavar="ID")
    add_profile_flags(profile)
    add_json_flag(profile)
    profile.set_defaults(handler=cmd_profile)

    listing = sub.add_parser("list", help="list assessments")
    listing.add_argument("--all", action="store_true", help="include archived ones")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)

    answer = sub.add_parser("answer", help="answer one item")
    answer.add_argument("id", type=assessment_id, metavar="ID")
    answer.add_argument("item", metavar="ITEM")
    answer.add_argument("status", metavar="STATUS",
                        help="implemented | partial | not-implemented | not-applicable | unanswered")
    answer.add_argument("--justification", metavar="TEXT")
    answer.add_argument("--evidence", metavar="TEXT")
    add_json_flag(answer)
    answer.set_defaults(handler=cmd_answer)

    imp = sub.add_parser(
        "import", help="import answers: a JSON answers file (all or none) or a returned "
        "questionnaire workbook (previewed item by item)",
        description="ANSWERS.json: an answers file, imported all or none. FILE.xlsx: a "
        "questionnaire from 'assess questionnaire' filled in by a colleague: what each row "
        "would do is shown first (unchanged, new answer, conflict with the current answer, "
        "problem), then the accepted answers are saved, each audited with who supplied it.")
    imp.add_argument("id", type=assessment_id, metavar="ID")
    imp.add_argument("file", type=Path, metavar="ANSWERS.json|FILE.xlsx")
    questionnaires.add_import_options(imp)
    add_json_flag(imp)
    imp.set_defaults(handler=cmd_import)
    questionnaires.add_commands(sub)

    show = sub.add_parser("show", help="scores, verdict and gaps of an assessment")
    show.add_argument("id", type=assessment_id, metavar="ID")
    show.add_argument("--lang", choices=["zh", "en"],
                      help="language of the text report (default: from the locale)")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)

    _add_sign_off(sub)

    upgrade = sub.add_parser(
        "upgrade", help="carry an assessment's answers over to a newer pack version")
    upgrade.add_argument("id", type=assessment_id, metavar="ID")
    upgrade.add_argument("--to", type=bounded_int("pack version"), metavar="VERSION",
                         help="pack version (default: the newest installed)")
    upgrade.add_argument("--dry-run", action="store_true", help="only show what would happen")
    add_profile_flags(upgrade, risk=False)
    add_json_flag(upgrade)
    upgrade.set_defaults(handler=cmd_upgrade)


def _add_new(sub: Any) -> None:
    new = sub.add_parser("new", help="create an assessment; prints its id")
    new.add_argument("--pack", required=True, metavar="PACK_ID")
    new.add_argument("--pack-version", type=bounded_int("pack version"), metavar="N",
                     help="pack version (default: the newest installed)")
    new.add_argument("--org", required=True, help="organisation")
    new.add_argument("--system", required=True, help="name of the AI system")
    new.add_argument("--description", default="", help="what the AI system does")
    new.add_argument("--sector", required=True, choices=[s.value for s in Sector])
    new.add_argument("--assessor", default="", help="who carries out the assessment")
    add_profile_flags(new)
    add_json_flag(new)
    new.set_defaults(handler=cmd_new)


SIGN_OFF_ROLES = (("prepared", "prepared (编制; the assessor)"), ("reviewed", "reviewed (审核)"),
                  ("approved", "approved (批准)"))


def _add_sign_off(sub: Any) -> None:
    sign_off = sub.add_parser(
        "signoff", help="show or record who prepared, reviewed and approved an assessment",
        description="The names, roles and dates printed in the report's sign-off block "
        "(编制/审核/批准). Without options, shows them; an option given as \"\" clears it.")
    sign_off.add_argument("id", type=assessment_id, metavar="ID")
    for role, what in SIGN_OFF_ROLES:
        sign_off.add_argument(f"--{role}-by", metavar="NAME", help=f"who {what} it")
        sign_off.add_argument(f"--{role}-role", metavar="ROLE", help="their role (职务)")
        sign_off.add_argument(f"--{role}-on", metavar="YYYY-MM-DD", help="the date")
    add_json_flag(sign_off)
    sign_off.set_defaults(handler=cmd_sign_off)


def cmd_sign_off(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        current = collection.assessment(args.id).sign_off
        people = {}
        for role, _what in SIGN_OFF_ROLES:
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
                   for role, _what in SIGN_OFF_ROLES})
        return 0
    for role, _what in SIGN_OFF_ROLES:
        person = getattr(updated, role)
        out(f"{role:>9}: {person.name or '-'}  {person.role or '-'}  "
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
    if change.is_empty:
        out(f"Assessment {args.id}: the profile is unchanged.")
        return 0
    out(f"Assessment {args.id}: profile changed; risk grade {change.grade_before.code} → "
        f"{change.grade_after.code}.")
    if change.now_applying:
        out(f"  Now applying: {', '.join(change.now_applying)}")
    if change.no_longer_applying:
        out(f"  No longer applying (their answers are kept): "
            f"{', '.join(change.no_longer_applying)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        rows = [{
            "id": o.record.id, "organisation": o.record.organisation,
            "system_name": o.record.system_name, "sector": o.record.sector,
            "pack_id": o.record.pack_id, "pack_version": o.record.pack_version,
            "risk_grade": o.grade.code, "progress_percent": round(o.score.overall.progress, 1),
            "verdict": o.score.verdict.value, "updated_at": o.record.updated_at,
            "archived": o.record.archived,
        } for o in collection.overviews(include_archived=args.all)]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        out("No assessments yet. Create one with: selfcheck assess new ...")
    for r in rows:
        archived = "  [archived]" if r["archived"] else ""
        out(f"{r['id']:>4}  {r['organisation']} / {r['system_name']}  ({r['sector']}, "
            f"{r['pack_id']} v{r['pack_version']}, grade {r['risk_grade']})  "
            f"{r['progress_percent']:.0f}% answered, {r['verdict']}{archived}")
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
        out(f"{saved.item_id}: {saved.status.value} (saved; verdict now {verdict.value})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() == ".xlsx":
        return questionnaires.cmd_import_workbook(args)
    with open_collection(args) as collection:
        result = collection.import_answers(args.id, args.file)
    if args.json:
        emit_json({"id": args.id, "saved": result.saved, "unchanged": result.unchanged})
    else:
        out(f"Imported {result.saved} answer(s) into assessment {args.id} "
            f"({result.unchanged} unchanged).")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lang = args.lang or default_language()
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
        f"  {label('sector', lang)}{sep}{assessment.sector.label(lang)}"
        f"; {label('pack', lang)} {pack.pack_id} v{pack.version} · {pack.label}"
        + (f" ({pack.status.label(lang)})" if pack.status is not None and pack.trial else "")
        + f"; {label('grade', lang)}{sep}{assessment.grade.label(lang)}"
        f" ({assessment.risk.model_id})",
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
    lines.append(f"  {label('overall', lang)}{sep}{label('weighted', lang)} {overall.percent:.1f}%; "
                 f"{label('answered', lang)} {overall.answered}/{overall.total} ({counts})")
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
            lines.append(f"    {gap.item_id}  {pack.item(gap.item_id).question.get(lang)}  "
                         f"[{why}]")
    listed("critical_open", score.critical_unanswered)
    listed("review", score.pending_review)
    drivers = [d for d in score.drivers if d.status is not Status.UNANSWERED][:5]
    if drivers:
        lines.append(f"  {label('drivers', lang)}{sep}")
        for d in drivers:
            lines.append(f"    {d.item_id}  {d.severity.label(lang)}, {d.status.label(lang)} "
                         f"({label('lost', lang)} {d.lost_weight:g})")
    listed("remediation", score.remediation_missing)
    listed("not_applying", [item.id for item in assessment.items_not_applying
                            if item.id in (kept or set())])
    return lines


def cmd_upgrade(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        if args.dry_run:
            plan = collection.plan_upgrade(args.id, args.to,
                                           profile_answers=profile_pairs(args.profile))
            data: dict[str, Any] = {
                "assessment": args.id, "pack_id": plan.pack_id,
                "from_version": plan.from_version, "to_version": plan.to_version,
                "counts": plan.counts, "needs_review": list(plan.needs_review),
                "dropped": list(plan.dropped), "new": list(plan.new), "dry_run": True}
        else:
            data = collection.upgrade(args.id, args.to,
                                      profile_answers=profile_pairs(args.profile)).to_dict()
    if args.json:
        emit_json(data)
        return 0
    counts = data["counts"]
    if args.dry_run:
        out(f"Upgrading assessment {args.id} from {data['pack_id']} v{data['from_version']} "
            f"to v{data['to_version']} would carry {counts['carried']} answer(s), flag "
            f"{counts['needs_review']} for re-review, leave {counts['dropped']} in the history "
            f"and add {counts['new']} new item(s).")
    else:
        out(f"Assessment {args.id} upgraded to assessment {data['new_assessment']} "
            f"({data['pack_id']} v{data['from_version']} → v{data['to_version']}):")
        out(f"  {counts['carried']} answer(s) carried over unchanged")
        out(f"  {counts['needs_review']} answer(s) carried over but need re-review "
            "(the question or its sectors changed)")
        out(f"  {counts['dropped']} answer(s) of retired items kept read-only in assessment "
            f"{args.id}")
        out(f"  {counts['new']} new item(s) to answer")
    if data["needs_review"]:
        out("  Re-review: " + ", ".join(data["needs_review"]))
    if data["dropped"]:
        out("  Retired: " + ", ".join(data["dropped"]))
    if data["new"]:
        out("  New: " + ", ".join(data["new"]))
    return 0
