"""Profile questions a pack asks, and the conditions that make items apply.

A pack may ask profile questions (yes/no or a choice) when an assessment is created,
e.g. "Is a generative model used?". An item with ``applies_if`` applies only when the
answers match; a question with ``asked_if`` is asked only when earlier answers match.
A question that is not asked has no answer: a condition on it does not hold.

Conditions in JSON::

    {"question": "genai", "is": "yes"}
    {"question": "level", "in": ["county", "township"]}
    {"all": [...]}   {"any": [...]}   {"not": {...}}

:func:`parse_condition` reads a condition from untrusted data with every problem
named; :func:`check_questions` and :func:`satisfiable` find circular and
contradictory conditions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from enum import StrEnum
from typing import Any, ClassVar

from selfcheck.core.bilingual import Text, filled, optional_text, records, string
from selfcheck.core.errors import Problem, UsageError
from selfcheck.core.immutable import immutable

Answers = Mapping[str, str]

MAX_CONDITION_DEPTH = 6
MAX_CONDITION_NODES = 64
#: At most this many combinations of answers are tried to prove a condition can hold.
MAX_COMBINATIONS = 4096


class QuestionKind(StrEnum):
    YES_NO = "yes-no"
    CHOICE = "choice"


@immutable(slots=True)
class ProfileOption:
    """One answer a profile question offers."""

    id: str
    label: Text

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label.to_dict()}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> ProfileOption:
        return cls(id=filled(data["id"]), label=Text.from_trusted_dict(data["label"]))


YES_NO_OPTIONS = (ProfileOption("yes", Text(zh="是", en="Yes")),
                  ProfileOption("no", Text(zh="否", en="No")))


# -- conditions ----------------------------------------------------------------------


class Condition:
    """A rule over profile answers."""

    __slots__ = ()

    def holds(self, answers: Answers) -> bool:
        raise NotImplementedError

    def partial(self, answers: Answers, pending: AbstractSet[str]) -> bool | None:
        """Whether it holds with the questions in ``pending`` not answered yet: True or
        False when their answers cannot change that, None when they can."""
        raise NotImplementedError

    def questions(self) -> Iterator[str]:
        """The question ids this condition reads."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def text(self) -> str:
        """A short readable form, e.g. ``genai = yes and not (level in {county, township})``."""
        raise NotImplementedError


@immutable(slots=True)
class AnswerIs(Condition):
    """The question was asked and answered with one of ``options``."""

    question: str
    options: tuple[str, ...]

    def holds(self, answers: Answers) -> bool:
        return answers.get(self.question) in self.options

    def partial(self, answers: Answers, pending: AbstractSet[str]) -> bool | None:
        return None if self.question in pending else answers.get(self.question) in self.options

    def questions(self) -> Iterator[str]:
        yield self.question

    def to_dict(self) -> dict[str, Any]:
        if len(self.options) == 1:
            return {"question": self.question, "is": self.options[0]}
        return {"question": self.question, "in": list(self.options)}

    def text(self) -> str:
        if len(self.options) == 1:
            return f"{self.question} = {self.options[0]}"
        return f"{self.question} in {{{', '.join(self.options)}}}"


@immutable(slots=True)
class _Joined(Condition):
    """Parts joined by "all" or "any": the logic :class:`AllOf` and :class:`AnyOf` share."""

    parts: tuple[Condition, ...]
    #: The verdict of one part that decides the whole: False for "all", True for "any".
    decisive: ClassVar[bool]
    key: ClassVar[str]
    joiner: ClassVar[str]

    def holds(self, answers: Answers) -> bool:
        if any(part.holds(answers) is self.decisive for part in self.parts):
            return self.decisive
        return not self.decisive

    def partial(self, answers: Answers, pending: AbstractSet[str]) -> bool | None:
        result: bool | None = not self.decisive
        for part in self.parts:
            verdict = part.partial(answers, pending)
            if verdict is self.decisive:
                return self.decisive
            if verdict is None:
                result = None
        return result

    def questions(self) -> Iterator[str]:
        for part in self.parts:
            yield from part.questions()

    def to_dict(self) -> dict[str, Any]:
        return {self.key: [part.to_dict() for part in self.parts]}

    def text(self) -> str:
        return self.joiner.join(_grouped(part) for part in self.parts)


@immutable(slots=True)
class AllOf(_Joined):
    """Holds when every part holds."""

    decisive = False
    key = "all"
    joiner = " and "


@immutable(slots=True)
class AnyOf(_Joined):
    """Holds when at least one part holds."""

    decisive = True
    key = "any"
    joiner = " or "


@immutable(slots=True)
class NotThis(Condition):
    """Holds when its part does not."""

    part: Condition

    def holds(self, answers: Answers) -> bool:
        return not self.part.holds(answers)

    def partial(self, answers: Answers, pending: AbstractSet[str]) -> bool | None:
        verdict = self.part.partial(answers, pending)
        return None if verdict is None else not verdict

    def questions(self) -> Iterator[str]:
        yield from self.part.questions()

    def to_dict(self) -> dict[str, Any]:
        return {"not": self.part.to_dict()}

    def text(self) -> str:
        return f"not {_grouped(self.part)}"


def _grouped(condition: Condition) -> str:
    """A part of a larger condition, in brackets unless it is a single answer."""
    return condition.text() if isinstance(condition, AnswerIs) else f"({condition.text()})"


def condition_from_trusted(data: Any) -> Condition:
    """A condition from JSON validated before (TypeError/KeyError/ValueError if damaged);
    a condition already built (by validation) is taken as it is."""
    if isinstance(data, Condition):
        return data
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise ValueError("not a condition")
    if "question" in data:
        if "is" in data:
            return AnswerIs(string(data["question"]), (string(data["is"]),))
        return AnswerIs(string(data["question"]),
                        tuple(string(o) for o in data["in"]))
    (key, value), = data.items()
    if key == "not":
        return NotThis(condition_from_trusted(value))
    parts = tuple(condition_from_trusted(part) for part in value)
    if not parts:
        raise ValueError("an empty condition")
    if key == "all":
        return AllOf(parts)
    if key == "any":
        return AnyOf(parts)
    raise ValueError(f"unknown condition {key!r}")


# -- profile questions ---------------------------------------------------------------


@immutable(slots=True)
class ProfileQuestion:
    """A question of the profile; yes/no questions have the options yes and no."""

    id: str
    text: Text
    kind: QuestionKind
    options: tuple[ProfileOption, ...]
    help: Text | None = None
    asked_if: Condition | None = None

    def option(self, option_id: str) -> ProfileOption | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    def option_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)

    def is_asked(self, answers: Answers) -> bool:
        return self.asked_if is None or self.asked_if.holds(answers)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "text": self.text.to_dict(),
                                "kind": self.kind.value}
        if self.kind is QuestionKind.CHOICE:
            data["options"] = [option.to_dict() for option in self.options]
        if self.help is not None:
            data["help"] = self.help.to_dict()
        if self.asked_if is not None:
            data["asked_if"] = self.asked_if.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> ProfileQuestion:
        kind = QuestionKind(data["kind"])
        options = (YES_NO_OPTIONS if kind is QuestionKind.YES_NO else
                   tuple(ProfileOption.from_trusted_dict(o) for o in records(data["options"])))
        asked_if = data.get("asked_if")
        return cls(id=filled(data["id"]), text=Text.from_trusted_dict(data["text"]), kind=kind,
                   options=options, help=optional_text(data.get("help")),
                   asked_if=None if asked_if is None else condition_from_trusted(asked_if))


def asked_questions(questions: Sequence[ProfileQuestion],
                    answers: Answers) -> list[ProfileQuestion]:
    """The questions asked with ``answers``, in pack order."""
    return [q for q in questions if q.is_asked(answers)]


def checked_answers(questions: Sequence[ProfileQuestion], given: Mapping[str, str]) -> dict[str, str]:
    """The answers to ``questions`` in ``given``, checked: every question asked with the
    other answers is answered with one of its options; nothing else is given."""
    known = {q.id for q in questions}
    unknown = sorted(set(given) - known)
    if unknown:
        asked = ", ".join(q.id for q in questions) or "none"
        raise UsageError(f"unknown profile question(s): {', '.join(unknown)}; this pack asks: "
                         f"{asked}",
                         zh=f"未知的画像问题：{'、'.join(unknown)}；本清单包的画像问题：{asked}")
    answers: dict[str, str] = {}
    for question in questions:
        value = given.get(question.id)
        options = ", ".join(question.option_ids())
        if not question.is_asked(answers):
            if value is not None:
                raise UsageError(f"profile question {question.id!r} is not asked with the "
                                 "other answers; leave it out",
                                 zh=f"根据其他答案，画像问题 {question.id!r} 无需回答，请删去")
            continue
        if value is None:
            raise UsageError(f"answer the profile question {question.id!r} "
                             f"({question.text.en}): one of {options}",
                             zh=f"请回答画像问题 {question.id!r}（{question.text.zh}），可选：{options}")
        if question.option(value) is None:
            raise UsageError(f"profile question {question.id!r} has no option {value!r}; use "
                             f"one of {options}",
                             zh=f"画像问题 {question.id!r} 没有选项 {value!r}，可选：{options}")
        answers[question.id] = value
    return answers


def merged_answers(questions: Sequence[ProfileQuestion], earlier: Mapping[str, str],
                   given: Mapping[str, str]) -> dict[str, str]:
    """``earlier`` answers changed by ``given`` ones, without the earlier answers to
    questions no longer asked (check the result with :func:`checked_answers`)."""
    answers: dict[str, str] = {}
    for question in questions:
        if question.id in given:
            answers[question.id] = given[question.id]
        elif question.id in earlier and question.is_asked(answers):
            answers[question.id] = earlier[question.id]
    answers.update({key: value for key, value in given.items() if key not in answers})
    return answers


def carried_answers(questions: Sequence[ProfileQuestion], earlier: Mapping[str, str]) -> dict[str, str]:
    """The ``earlier`` answers that still answer ``questions`` (e.g. after an upgrade to a
    pack version whose questions changed): known questions, asked, with a known option."""
    answers: dict[str, str] = {}
    for question in questions:
        value = earlier.get(question.id)
        if value is not None and question.is_asked(answers) and question.option(value):
            answers[question.id] = value
    return answers


# -- reading untrusted conditions ----------------------------------------------------


class _Reader:
    """Reads one untrusted condition, collecting problems."""

    def __init__(self, where: str, questions: Mapping[str, tuple[str, ...]]) -> None:
        self.where = where
        self.questions = questions
        self.problems: list[Problem] = []
        self.nodes = 0

    def problem(self, path: str, en: str, zh: str) -> None:
        self.problems.append(Problem(f"{self.where}{path}", en, zh))

    def read(self, data: Any, path: str, depth: int) -> Condition | None:
        self.nodes += 1
        if depth > MAX_CONDITION_DEPTH or self.nodes > MAX_CONDITION_NODES:
            self.problem(path, f"the condition is nested deeper than {MAX_CONDITION_DEPTH} "
                         f"levels or has more than {MAX_CONDITION_NODES} parts",
                         f"条件嵌套超过 {MAX_CONDITION_DEPTH} 层或超过 {MAX_CONDITION_NODES} 个部分")
            return None
        if isinstance(data, dict) and "question" in data:
            return self.answer_is(data, path)
        if isinstance(data, dict) and len(data) == 1:
            (key, value), = data.items()
            if key == "not":
                part = self.read(value, f"{path}.not", depth + 1)
                return None if part is None else NotThis(part)
            if key in ("all", "any"):
                return self.group(key, value, f"{path}.{key}", depth)
        self.problem(path, 'a condition is {"question": …, "is": …} or {"question": …, "in": '
                     '[…]}, or {"all": […]}, {"any": […]} or {"not": {…}}',
                     '条件的写法应为 {"question": …, "is": …}、{"question": …, "in": […]}、'
                     '{"all": […]}、{"any": […]} 或 {"not": {…}}')
        return None

    def group(self, key: str, value: Any, path: str, depth: int) -> Condition | None:
        if not isinstance(value, list) or not value:
            self.problem(path, f'"{key}" needs a list of at least one condition',
                         f"“{key}”需要至少包含一个条件的列表")
            return None
        parts = [self.read(part, f"{path}[{i}]", depth + 1) for i, part in enumerate(value)]
        if any(part is None for part in parts):
            return None
        checked = tuple(p for p in parts if p is not None)
        return AllOf(checked) if key == "all" else AnyOf(checked)

    def answer_is(self, data: dict[str, Any], path: str) -> Condition | None:
        question = data.get("question")
        field = "is" if "is" in data else "in"
        if not isinstance(question, str) or len(data) != 2 or field not in data:
            self.problem(path, 'a condition on an answer has "question" and either "is" (one '
                         'option) or "in" (a list of options)',
                         '针对答案的条件应包含“question”以及“is”（一个选项）或“in”（选项列表）之一')
            return None
        raw = [data["is"]] if field == "is" else data["in"]
        if not isinstance(raw, list) or not raw or not all(isinstance(o, str) for o in raw):
            self.problem(f"{path}.in", '"in" needs a list of at least one option',
                         "“in”需要至少包含一个选项的列表")
            return None
        if question not in self.questions:
            self.problem(f"{path}.question", f"unknown question {question!r}",
                         f"未定义的画像问题 {question!r}")
            return None
        known = self.questions[question]
        for option in raw:
            if option not in known:
                self.problem(f"{path}.{field}",
                             f"question {question!r} has no option {option!r} (its options: "
                             f"{', '.join(known)})",
                             f"画像问题 {question!r} 没有选项 {option!r}（可用选项：{'、'.join(known)}）")
                return None
        if len(set(raw)) != len(raw):
            self.problem(f"{path}.{field}", "an option is listed twice", "选项重复列出")
            return None
        return AnswerIs(question, tuple(raw))


def parse_condition(data: Any, where: str,
                    questions: Mapping[str, tuple[str, ...]]) -> tuple[Condition | None,
                                                                         list[Problem]]:
    """Read an untrusted condition against the known ``questions`` (id → option ids)."""
    reader = _Reader(where, questions)
    condition = reader.read(data, "", 0)
    return (condition if not reader.problems else None), reader.problems


# -- circular and contradictory conditions -------------------------------------------


def question_order_problem(questions: Sequence[ProfileQuestion],
                           index: int) -> tuple[str, str] | None:
    """Why question ``index``'s ``asked_if`` is refused for reading a question listed
    after it (en, zh), or None; a cycle is named by :func:`question_cycle` first."""
    question = questions[index]
    if question.asked_if is None:
        return None
    later = {q.id for q in questions[index:]}
    for read in question.asked_if.questions():
        if read in later:
            return (f"asked_if reads question {read!r}, which is not listed before "
                    f"{question.id!r}; list the questions in the order they are asked",
                    f"asked_if 引用的画像问题 {read!r} 未排在 {question.id!r} 之前；"
                    "请按提问顺序排列画像问题")
    return None


def question_cycle(questions: Sequence[ProfileQuestion]) -> list[str] | None:
    """A cycle of ``asked_if`` references (e.g. ``[a, b, a]``), or None."""
    reads = {q.id: sorted(set(q.asked_if.questions())) if q.asked_if else [] for q in questions}
    state: dict[str, int] = {}  # 1 visiting, 2 done
    trail: list[str] = []

    def visit(qid: str) -> list[str] | None:
        state[qid] = 1
        trail.append(qid)
        for dep in reads.get(qid, []):
            if state.get(dep) == 1:
                return [*trail[trail.index(dep):], dep]
            if dep not in state and (found := visit(dep)):
                return found
        trail.pop()
        state[qid] = 2
        return None

    for question in questions:
        if question.id not in state and (cycle := visit(question.id)):
            return cycle
    return None


class Satisfiability:
    """Whether conditions can hold for some profile; assumes each question's ``asked_if``
    reads only questions listed before it (see :func:`question_order_problem`).

    Tries every combination of answers to the questions a condition reads (and those
    deciding whether they are asked); results are cached per condition."""

    def __init__(self, questions: Sequence[ProfileQuestion]) -> None:
        self.by_id = {q.id: q for q in questions}
        self.order = {q.id: i for i, q in enumerate(questions)}
        self.cache: dict[Condition, bool | None] = {}

    def closure(self, condition: Condition) -> list[ProfileQuestion]:
        """The questions the condition depends on, in pack order."""
        seen: set[str] = set()
        pending = list(condition.questions())
        while pending:
            qid = pending.pop()
            if qid in seen or qid not in self.by_id:
                continue
            seen.add(qid)
            asked_if = self.by_id[qid].asked_if
            if asked_if is not None:
                pending.extend(asked_if.questions())
        return sorted((self.by_id[q] for q in seen), key=lambda q: self.order[q.id])

    def check(self, condition: Condition) -> bool | None:
        """True if some profile satisfies it, False if none, None if too many to try."""
        if condition not in self.cache:  # conditions are frozen: equal ones hash equal
            self.cache[condition] = self._search(condition)
        return self.cache[condition]

    def _search(self, condition: Condition) -> bool | None:
        questions = self.closure(condition)
        combinations = 1
        for question in questions:
            combinations *= len(question.options) + (1 if question.asked_if else 0)
            if combinations > MAX_COMBINATIONS:
                return None
        return _satisfiable(condition, questions, 0, {}, {q.id for q in questions})


def _satisfiable(condition: Condition, questions: Sequence[ProfileQuestion], index: int,
                 answers: dict[str, str], pending: set[str]) -> bool:
    """Whether some answers to ``questions[index:]`` make ``condition`` hold (trying the
    options in turn, and giving up on a branch as soon as the condition cannot hold)."""
    verdict = condition.partial(answers, pending)
    if verdict is not None:
        return verdict
    question = questions[index]
    pending.discard(question.id)
    try:
        if not question.is_asked(answers):
            return _satisfiable(condition, questions, index + 1, answers, pending)
        for option in question.options:
            answers[question.id] = option.id
            found = _satisfiable(condition, questions, index + 1, answers, pending)
            del answers[question.id]
            if found:
                return True
        return False
    finally:
        pending.add(question.id)


def _profiles(questions: Sequence[ProfileQuestion], index: int,
              answers: dict[str, str]) -> Iterator[dict[str, str]]:
    """Every consistent set of answers to ``questions`` (a question not asked stays out)."""
    if index == len(questions):
        yield answers
        return
    question = questions[index]
    if not question.is_asked(answers):
        yield from _profiles(questions, index + 1, answers)
        return
    for option in question.options:
        answers[question.id] = option.id
        yield from _profiles(questions, index + 1, answers)
        del answers[question.id]


def all_combinations(questions: Sequence[ProfileQuestion]) -> Iterator[dict[str, str]]:
    """Every consistent profile over ``questions`` (for tests and small packs)."""
    for answers in _profiles(questions, 0, {}):
        yield dict(answers)

