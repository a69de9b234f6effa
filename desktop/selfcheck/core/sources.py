"""The documents a pack derives from, and how its items cite them.

A pack declares its sources (id, titles, issuer, date, status, where to obtain the
text) and, for each, the form its parts take: named parts (e.g. 规范部署, §6.3(h)) and
or part templates (e.g. ``{n.}`` for clause numbers such as 8.1.4). Each citation of an
item names a declared source, a part in that form and/or a short anchor phrase, and the
basis its wording rests on: the primary text, a public summary or an interpretation.
No citation form is built into the program.

Older packs declare one ``source`` with a ``citation_prefix`` and cite it with plain
strings (``"AISGF-1.0 §6.3(h)"``); they stay valid as they are (:class:`LegacySource`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from selfcheck.core import glossary
from selfcheck.core.bilingual import Text, filled, flag, optional_text, records, string, strings
from selfcheck.core.immutable import immutable


class Basis(StrEnum):
    """What the wording of a citing item rests on."""

    PRIMARY = "primary"
    SUMMARY = "summary"
    INTERPRETATION = "interpretation"

    def label(self, lang: str) -> str:
        return glossary.label("basis", self, lang)

    @property
    def secondary(self) -> bool:
        """Whether the official text prevails over wording with this basis."""
        return self is not Basis.PRIMARY

#: Shown with every item whose wording rests on a summary or an interpretation.
SECONDARY_BASIS_NOTICE = Text(zh="依据公开解读整理，以正式文本为准",
                              en="based on public summaries; the official text prevails")


class SourceStatus(StrEnum):
    """The legal standing of a source document."""

    IN_FORCE = "in-force"
    DRAFT = "draft"
    TRIAL = "trial"
    SUPERSEDED = "superseded"

    def label(self, lang: str) -> str:
        return glossary.label("source_status", self, lang)

#: Placeholders of a part template and what each stands for.
PART_PLACEHOLDERS: dict[str, str] = {
    "{n}": r"[0-9]{1,3}",                            # a number: 5
    "{n.}": r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}",      # a clause number: 8.1.4
    "{a}": r"[a-z]",                                  # a lower-case letter: (h)
    "{A}": r"[A-Z]",                                  # an upper-case letter: A
}
_PLACEHOLDER_SPLIT = re.compile(r"(\{n\.\}|\{n\}|\{a\}|\{A\})")


def template_problem(template: str) -> str | None:
    """Why ``template`` is not a usable part template, or None if it is."""
    pieces = _PLACEHOLDER_SPLIT.split(template)
    literals = "".join(pieces[0::2])
    if "{" in literals or "}" in literals:
        return ("a part template may use only the placeholders {n}, {n.}, {a} and {A}; "
                "other braces are not allowed")
    if any(ord(c) < 32 for c in template):
        return "a part template may not contain control characters"
    return None


@lru_cache(maxsize=256)
def template_regex(template: str) -> re.Pattern[str]:
    """The compiled form of a part template (every placeholder is a bounded pattern, so
    matching takes linear time whatever the template)."""
    pieces = _PLACEHOLDER_SPLIT.split(template)
    return re.compile("".join(PART_PLACEHOLDERS[p] if i % 2 else re.escape(p)
                              for i, p in enumerate(pieces)))


@immutable(slots=True)
class SourcePart:
    """A named part of a source, e.g. 规范部署 or §6.3(h)."""

    id: str
    title: Text | None = None
    confirmed: bool = True  # the heading was checked against the primary text

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "confirmed": self.confirmed}
        if self.title is not None:
            data["title"] = self.title.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> SourcePart:
        return cls(id=filled(data["id"]), title=optional_text(data.get("title")),
                   confirmed=flag(data.get("confirmed", True)))


@immutable(slots=True)
class PackSource:
    """A document a pack declares as its source."""

    id: str
    short: Text            # how citations name it, e.g. 《指引》 / Guidelines
    title: Text
    issuer: Text
    date: str              # YYYY, YYYY-MM or YYYY-MM-DD
    status: SourceStatus
    obtain: Text           # where to obtain the text
    note: Text | None = None   # e.g. what of it was read, and how
    parts: tuple[SourcePart, ...] = ()
    part_templates: tuple[str, ...] = ()
    _part_index: dict[str, SourcePart] = field(init=False, repr=False, compare=False,
                                               hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_part_index", {p.id: p for p in self.parts})

    def find_part(self, part: str) -> SourcePart | None:
        return self._part_index.get(part)

    def accepts(self, part: str) -> bool:
        """Whether ``part`` is a part of this source in the form the pack declares."""
        if self.find_part(part) is not None:
            return True
        return any(template_regex(t).fullmatch(part) for t in self.part_templates)

    def form_text(self, lang: str = "en") -> str:
        """The declared form of parts, for messages in ``lang``."""
        named = [p.id for p in self.parts]
        if lang == "zh":
            shown = "、".join(named[:8]) + ("等" if len(named) > 8 else "")
            forms = ([f"{shown}之一"] if named else []) + [
                f"符合 {template} 的形式" for template in self.part_templates]
            return "，或".join(forms)
        shown = ", ".join(named[:8]) + (", …" if len(named) > 8 else "")
        forms = ([f"one of {shown}"] if named else []) + list(self.part_templates)
        return " or ".join(forms)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "short": self.short.to_dict(), "title": self.title.to_dict(),
            "issuer": self.issuer.to_dict(), "date": self.date, "status": self.status.value,
            "obtain": self.obtain.to_dict(), "parts": [p.to_dict() for p in self.parts],
            "part_templates": list(self.part_templates)}
        if self.note is not None:
            data["note"] = self.note.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> PackSource:
        return cls(id=filled(data["id"]), short=Text.from_trusted_dict(data["short"]),
                   title=Text.from_trusted_dict(data["title"]),
                   issuer=Text.from_trusted_dict(data["issuer"]), date=filled(data["date"]),
                   status=SourceStatus(data["status"]),
                   obtain=Text.from_trusted_dict(data["obtain"]),
                   note=optional_text(data.get("note")),
                   parts=tuple(SourcePart.from_trusted_dict(p)
                               for p in records(data.get("parts", []))),
                   part_templates=strings(data.get("part_templates", [])))


@immutable(slots=True)
class Cite:
    """One citation of an item: a part of a declared source and/or an anchor phrase."""

    source: str
    basis: Basis
    part: str | None = None
    anchor: str | None = None       # a short key phrase as found, e.g. 「辅助型」
    note: Text | None = None        # e.g. whose interpretation

    @property
    def code(self) -> str:
        """The machine form, e.g. ``GOVLLM-2025 规范部署`` or ``AISGF-1.0 §6.3(h)``."""
        if self.part is not None:
            return f"{self.source} {self.part}"
        return f"{self.source} 「{self.anchor}」"

    def label(self, source: PackSource | None, lang: str, *, named: bool = True) -> str:
        """The citation as a reader sees it, e.g. 《指引》规范部署「县级及以下…」,
        《人工智能安全治理框架》1.0版第6.3条（a） or
        ``Guidelines, Standardised deployment (规范部署) “县级及以下…”``; without the
        source's name when ``named`` is false (a further part of the same source)."""
        en = lang == "en"
        text = "" if not named else source.short.get(lang) if source is not None else self.source
        if self.part is not None:
            declared = source.find_part(self.part) if source is not None else None
            if en and declared is not None and declared.title is not None \
                    and declared.title.en != self.part:
                text += f", {declared.title.en} ({self.part})" if named else \
                    f"{declared.title.en} ({self.part})"
            elif not en and declared is not None and declared.title is not None:
                text = _joined(text, declared.title.zh)
            else:
                text = _joined(text, part_text(self.part, lang))
        if self.anchor is not None:
            text += f" “{self.anchor}”" if en else f"「{self.anchor}」"
        notes = [] if self.part is not None else ["part to confirm" if en else "所属部分待核实"]
        if self.note is not None:
            notes.append(self.note.get(lang))
        if notes:
            text += f" ({'; '.join(notes)})" if en else f"（{'；'.join(notes)}）"
        return text.strip()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "basis": self.basis.value}
        if self.part is not None:
            data["part"] = self.part
        if self.anchor is not None:
            data["anchor"] = self.anchor
        if self.note is not None:
            data["note"] = self.note.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Cite:
        part, anchor = data.get("part"), data.get("anchor")
        if part is None and anchor is None:
            raise ValueError("a citation needs a part or an anchor")
        return cls(source=filled(data["source"]), basis=Basis(data["basis"]),
                   part=None if part is None else filled(part),
                   anchor=None if anchor is None else filled(anchor),
                   note=optional_text(data.get("note")))


_SECTION = re.compile(r"§(?P<number>[0-9]+(?:\.[0-9]+)*)(?P<rest>(?:\([a-z]\))?)")


def part_text(part: str, lang: str) -> str:
    """A part as a reader of ``lang`` writes it: a section sign becomes 第…条 (a whole
    chapter 第…章) in Chinese (``§6.3(a)`` → ``第6.3条（a）``, ``§5`` → ``第5章``); other
    parts are shown as they are."""
    match = _SECTION.fullmatch(part)
    if lang == "en" or match is None:
        return part
    number, point = match["number"], match["rest"]
    point = f"（{point[1:-1]}）" if point else ""
    return f"第{number}{'条' if '.' in number else '章'}{point}"


def legacy_citation_labels(source: LegacySource, clauses: Sequence[str], lang: str) -> list[str]:
    """The plain clause strings of the first pack format as a reader sees them: the
    source's title once, then each section (《人工智能安全治理框架》1.0版 第6.3条（h）、第5章 /
    AI Safety Governance Framework, version 1.0, §6.3(h), §5); a clause of another
    source is shown as it is."""
    prefix = source.citation_prefix
    sections: list[str] = []
    others: list[str] = []
    whole = False
    for clause in clauses:
        if clause == prefix:
            whole = True
        elif clause.startswith(prefix + " "):
            sections.append(part_text(clause[len(prefix) + 1:].strip(), lang))
        else:
            others.append(clause)
    labels = []
    if sections or whole:
        title = source.title.get(lang)
        if not sections:
            labels.append(title)
        elif lang == "en":
            labels.append(", ".join([title, *sections]))
        else:
            labels.append(f"{title} {'、'.join(sections)}")
    return labels + others


def group_label(source: PackSource | None, cites: Sequence[Cite], lang: str) -> str:
    """Several citations of one source as one phrase: the source named once
    (《人工智能安全治理框架》1.0版第6.3条（a）、第5章 / AISGF-1.0 §6.3(a), §5)."""
    labels = [cite.label(source, lang, named=index == 0) for index, cite in enumerate(cites)]
    return (", " if lang == "en" else "、").join(labels)


def _joined(left: str, right: str) -> str:
    """Two parts of a citation, with a space unless one side is Chinese (``《指引》规范部署``,
    ``AISGF-1.0 §6.3(h)``)."""
    if left and right and ord(left[-1]) < _CJK_START and ord(right[0]) < _CJK_START:
        return f"{left} {right}"
    return left + right


_CJK_START = 0x2E80


@immutable(slots=True)
class LegacySource:
    """The one source of a pack in the first pack format, cited by plain strings that
    start with ``citation_prefix`` (e.g. ``"AISGF-1.0 §6.3(h)"``)."""

    title: Text
    publisher: Text
    published: str
    citation_prefix: str

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title.to_dict(), "publisher": self.publisher.to_dict(),
                "published": self.published, "citation_prefix": self.citation_prefix}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> LegacySource:
        return cls(title=Text.from_trusted_dict(data["title"]),
                   publisher=Text.from_trusted_dict(data["publisher"]),
                   published=string(data["published"]),
                   citation_prefix=string(data["citation_prefix"]))
