"""The rules that relate one part of a pack to another, checked after the schema.

Every problem is named with where it is (``items[3] (HO-01).cites[0].part``) and
what is wrong, in English and Chinese: ids used twice, items of unknown themes or
sectors, citations of undeclared sources or of parts not in the form a source
declares, first-format clauses that do not start with the pack's citation prefix,
profile questions with bad options, and conditions on unknown questions or options,
circular or contradictory conditions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from selfcheck.core.conditions import (
    Condition,
    ProfileQuestion,
    QuestionKind,
    Satisfiability,
    parse_condition,
    question_cycle,
    question_order_problem,
)
from selfcheck.core.errors import Problem
from selfcheck.core.packs.riskrules import model_factors, risk_model_problems
from selfcheck.core.sources import Basis, PackSource, template_problem


def pack_problems(data: Mapping[str, Any],
                  conditions: dict[int, Condition] | None = None) -> list[Problem]:
    """Every cross-reference problem of schema-valid pack ``data`` (its JSON form).

    The items' conditions read on the way are put in ``conditions`` (by item index), so
    that building the pack need not read them again."""
    problems: list[Problem] = []
    theme_ids = _theme_ids(data, problems)
    sources = _sources(data, problems)
    factors = model_factors(data, problems)
    option_ids, questions = _questions(data, problems, factors)
    checker = Satisfiability([*factors, *questions]) if questions is not None else None
    risk_model_problems(data, option_ids, checker, problems)
    legacy_prefix = data["source"]["citation_prefix"] if "source" in data else None
    pack_sectors = set(data["sectors"])
    seen: set[str] = set()
    for index, item in enumerate(data["items"]):
        where = f"items[{index}] ({item['id']})"
        if item["id"] in seen:
            problems.append(Problem(where, "the id is used twice", "检查项编号重复使用"))
        seen.add(item["id"])
        if item["theme"] not in theme_ids:
            problems.append(Problem(f"{where}.theme", f"unknown theme {item['theme']!r}",
                                    f"未定义的主题 {item['theme']!r}"))
        _sector_problems(item["sectors"], pack_sectors, where, problems)
        if legacy_prefix is not None:
            _clause_problems(item, legacy_prefix, where, problems)
        elif sources is not None:
            _cite_problems(item, sources, where, problems)
        if "applies_if" in item:
            condition = _applies_if(item["applies_if"], f"{where}.applies_if", option_ids,
                                    checker, problems)
            if condition is not None and conditions is not None:
                conditions[index] = condition
    return problems


def _theme_ids(data: Mapping[str, Any], problems: list[Problem]) -> set[str]:
    ids = [theme["id"] for theme in data["themes"]]
    if len(set(ids)) != len(ids):
        problems.append(Problem("themes", "two themes share an id", "两个主题使用了相同的编号"))
    if len(set(data["sectors"])) != len(data["sectors"]):
        problems.append(Problem("sectors", "a sector is listed twice", "领域重复列出"))
    return set(ids)


def _sector_problems(sectors: Sequence[str], pack_sectors: set[str], where: str,
                     problems: list[Problem]) -> None:
    if len(set(sectors)) != len(sectors):
        problems.append(Problem(f"{where}.sectors", "a sector is listed twice", "领域重复列出"))
    outside = [s for s in sectors if s not in pack_sectors]
    if outside:
        problems.append(Problem(f"{where}.sectors", f"{outside} not among the pack's sectors",
                                f"{outside} 不在本清单包的适用领域中"))


# -- sources and citations -----------------------------------------------------------


def _sources(data: Mapping[str, Any], problems: list[Problem]) -> dict[str, PackSource] | None:
    """The declared sources by id (None for a pack in the first format, or when both or
    neither form is given)."""
    has_legacy, declared = "source" in data, data.get("sources")
    if has_legacy and declared is not None:
        problems.append(Problem("sources", "give either source (first pack format) or "
                                "sources, not both", "source（第一版格式）与 sources 只能二选一"))
        return None
    if not has_legacy and declared is None:
        problems.append(Problem("sources", "the pack declares no sources",
                                "清单包未声明任何依据文件（sources）"))
        return None
    if declared is None:
        return None
    sources: dict[str, PackSource] = {}
    for index, raw in enumerate(declared):
        where = f"sources[{index}] ({raw['id']})"
        if raw["id"] in sources:
            problems.append(Problem(f"{where}.id", "two sources share an id",
                                    "两个依据文件使用了相同的编号"))
        if "  " in raw["id"]:
            problems.append(Problem(f"{where}.id", "a source id may not contain two spaces "
                                    "in a row", "依据文件编号不能包含连续空格"))
        if not raw["parts"] and not raw["part_templates"]:
            problems.append(Problem(where, "declare the source's parts or part_templates "
                                    "(the form its citations take)",
                                    "请声明该依据文件的 parts 或 part_templates（引用的格式）"))
        part_ids = [part["id"] for part in raw["parts"]]
        if len(set(part_ids)) != len(part_ids):
            problems.append(Problem(f"{where}.parts", "a part is declared twice",
                                    "同一部分重复声明"))
        for number, template in enumerate(raw["part_templates"]):
            problem = template_problem(template)
            if problem:
                problems.append(Problem(f"{where}.part_templates[{number}]", problem,
                                        "部分模板只能使用占位符 {n}、{n.}、{a} 和 {A}，"
                                        "不能含有其他花括号或控制字符"))
        sources[raw["id"]] = PackSource.from_trusted_dict(raw)
    return sources


def _clause_problems(item: Mapping[str, Any], prefix: str, where: str,
                     problems: list[Problem]) -> None:
    if "cites" in item or "clauses" not in item:
        problems.append(Problem(f"{where}.clauses", "a pack with one source (first format) "
                                "cites it with clauses, not cites",
                                "采用单一依据（第一版格式）的清单包应使用 clauses 引用，而不是 cites"))
        return
    clauses = item["clauses"]
    for clause in clauses:
        rest = clause.removeprefix(f"{prefix} ")
        if rest == clause or not rest.strip():
            problems.append(Problem(
                f"{where}.clauses", f"unknown clause {clause!r}; the pack's clauses start "
                f"with its citation prefix, e.g. '{prefix} §6.3(h)'",
                f"未知的条款 {clause!r}；本清单包的条款应以其引用前缀开头，例如“{prefix} §6.3(h)”"))
            return
    if len(set(clauses)) != len(clauses):
        problems.append(Problem(f"{where}.clauses", "a clause is listed twice", "条款重复列出"))


def _cite_problems(item: Mapping[str, Any], sources: Mapping[str, PackSource], where: str,
                   problems: list[Problem]) -> None:
    if "clauses" in item or "cites" not in item:
        problems.append(Problem(f"{where}.cites", "a pack that declares sources cites them "
                                "with cites (source, part, basis), not clauses",
                                "声明了依据文件（sources）的清单包应使用 cites（依据、部分、依据性质）引用，"
                                "而不是 clauses"))
        return
    seen: set[tuple[str, str | None, str | None]] = set()
    for number, cite in enumerate(item["cites"]):
        at = f"{where}.cites[{number}]"
        source = sources.get(cite["source"])
        if source is None:
            known = ", ".join(sources) or "none"
            problems.append(Problem(f"{at}.source", f"undeclared source {cite['source']!r}; "
                                    f"the pack declares: {known}",
                                    f"未声明的依据文件 {cite['source']!r}；本清单包声明的依据文件："
                                    f"{known}"))
            continue
        part, anchor = cite.get("part"), cite.get("anchor")
        if part is None and anchor is None:
            problems.append(Problem(at, "a citation needs a part, an anchor phrase, or both",
                                    "引用至少需要注明所属部分或关键词句之一"))
        elif part is not None and not source.accepts(part):
            problems.append(Problem(f"{at}.part", f"{part!r} is not a part of {source.id} "
                                    f"(expected {source.form_text()})",
                                    f"{part!r} 不是 {source.id} 中声明的部分（应为 "
                                    f"{source.form_text('zh')}）"))
        if cite["basis"] == Basis.INTERPRETATION and "note" not in cite:
            problems.append(Problem(f"{at}.note", "a citation resting on an interpretation "
                                    "needs a note saying whose interpretation it is",
                                    "依据解读的引用须在 note 中注明解读出处"))
        key = (cite["source"], part, anchor)
        if key in seen:
            problems.append(Problem(at, "the same citation is listed twice", "同一引用重复列出"))
        seen.add(key)


# -- profile questions and conditions ------------------------------------------------


def _questions(data: Mapping[str, Any], problems: list[Problem],
               factors: Sequence[ProfileQuestion]
               ) -> tuple[dict[str, tuple[str, ...]], list[ProfileQuestion] | None]:
    """The option ids of the risk factors and the pack's profile questions (conditions may
    read both), and the questions themselves or None when they have problems (item
    conditions are then read but not proven satisfiable)."""
    raw_questions = data.get("profile_questions") or []
    count = len(problems)
    ids: dict[str, tuple[str, ...]] = {factor.id: factor.option_ids() for factor in factors}
    for index, raw in enumerate(raw_questions):
        where = f"profile_questions[{index}] ({raw['id']})"
        if raw["id"] in ids:
            factor = any(f.id == raw["id"] for f in factors)
            problems.append(Problem(
                f"{where}.id", f"the id {raw['id']!r} is a risk factor's; give the question "
                "another id" if factor else "two profile questions share an id",
                f"编号 {raw['id']!r} 已是风险因素的编号，请为该问题另取编号" if factor
                else "两个画像问题使用了相同的编号"))
        ids[raw["id"]] = _option_ids(raw, where, problems)
    if len(problems) > count:
        return ids, None
    questions: list[ProfileQuestion] = []
    for index, raw in enumerate(raw_questions):
        built = {key: value for key, value in raw.items() if key != "asked_if"}
        if "asked_if" in raw:
            where = f"profile_questions[{index}] ({raw['id']}).asked_if"
            condition, found = parse_condition(raw["asked_if"], where, ids)
            problems.extend(found)
            if condition is not None:
                built["asked_if"] = condition.to_dict()
        questions.append(ProfileQuestion.from_trusted_dict(built))
    if len(problems) > count:
        return ids, None
    return ids, _question_order(questions, problems, factors)


def _option_ids(raw: Mapping[str, Any], where: str, problems: list[Problem]) -> tuple[str, ...]:
    options = raw.get("options")
    if raw["kind"] == QuestionKind.YES_NO:
        if options is not None:
            problems.append(Problem(f"{where}.options", "a yes-no question has the options "
                                    "yes and no; list no options", "是/否问题的选项固定为“是”和“否”，"
                                    "不要另列选项"))
        return ("yes", "no")
    ids = tuple(option["id"] for option in options or ())
    if len(ids) < 2:
        problems.append(Problem(f"{where}.options", "a choice needs at least two options",
                                "选择题至少需要两个选项"))
    if len(set(ids)) != len(ids):
        problems.append(Problem(f"{where}.options", "two options share an id",
                                "两个选项使用了相同的编号"))
    return ids


def _question_order(questions: list[ProfileQuestion], problems: list[Problem],
                    factors: Sequence[ProfileQuestion]) -> list[ProfileQuestion] | None:
    cycle = question_cycle(questions)
    if cycle is not None:
        first = next(i for i, q in enumerate(questions) if q.id == cycle[0])
        chain = " → ".join(cycle)
        problems.append(Problem(f"profile_questions[{first}] ({cycle[0]}).asked_if",
                                f"circular conditions: {chain}", f"条件循环引用：{chain}"))
        return None
    for index, question in enumerate(questions):
        order = question_order_problem(questions, index)
        if order is not None:
            problems.append(Problem(f"profile_questions[{index}] ({question.id}).asked_if",
                                    *order))
    if any(p.where.startswith("profile_questions") for p in problems):
        return None
    checker = Satisfiability([*factors, *questions])
    for index, question in enumerate(questions):
        if question.asked_if is not None and not _holds_somewhere(
                question.asked_if, checker, f"profile_questions[{index}] ({question.id})"
                ".asked_if", "the question would never be asked", "该问题永远不会被提出",
                problems):
            return None
    return questions


def _applies_if(raw: Any, where: str, option_ids: Mapping[str, tuple[str, ...]],
                checker: Satisfiability | None, problems: list[Problem]) -> Condition | None:
    condition, found = parse_condition(raw, where, option_ids)
    problems.extend(found)
    if condition is not None and checker is not None:
        _holds_somewhere(condition, checker, where, "the item would never apply",
                         "该检查项永远不会适用", problems)
    return condition


def _holds_somewhere(condition: Condition, checker: Satisfiability, where: str, en: str,
                     zh: str, problems: list[Problem]) -> bool:
    result = checker.check(condition)
    if result is None:
        problems.append(Problem(where, "the condition reads too many questions to check "
                                "(more than 4,096 combinations of answers)",
                                "条件涉及的画像问题过多，无法校验（答案组合超过 4096 种）"))
        return False
    if not result:
        problems.append(Problem(where, f"contradictory condition: it holds for no profile, so "
                                f"{en.removeprefix('the ')}", f"条件自相矛盾：任何画像都不满足，{zh}"))
        return False
    return True
