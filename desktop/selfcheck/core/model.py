"""The checklist pack model: packs, themes and items.

These are plain frozen dataclasses, cheap to import and to build. They hold
only content that has been validated: untrusted pack sources go through the
pydantic schema in :mod:`selfcheck.core.packschema` (see
:func:`selfcheck.core.packs.validate_pack_data`), and packs read back from the
local database are checked against the SHA-256 recorded when they were
installed before :meth:`Pack.from_trusted_dict` builds them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from selfcheck.core import glossary

CLAUSE_PATTERN = re.compile(r"^AISGF-1\.0 §(?:6\.3\([a-i]\)|3\.2|4\.2|5)$")
ITEM_ID_PATTERN = r"^[A-Z]{2,5}-\d{2,4}$"
PACK_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$"


class Severity(StrEnum):
    """How much an item matters; drives scoring weight and critical gaps."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    def label(self, lang: str) -> str:
        return glossary.label("severity", self, lang)


SEVERITY_WEIGHT: dict[Severity, int] = {
    Severity.CRITICAL: 4,
    Severity.HIGH: 3,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
}


class Sector(StrEnum):
    """The key sectors of AISGF-1.0 §6.3."""

    GOVERNMENT = "government"
    CII = "cii"
    PUBLIC_SAFETY = "public-safety"

    def label(self, lang: str) -> str:
        return glossary.label("sector", self, lang)


@dataclass(frozen=True, slots=True)
class Text:
    """A bilingual text: Simplified Chinese and English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("zh" or "en"); Chinese for anything else but "en"."""
        return self.en if lang == "en" else self.zh

    def to_dict(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Text:
        return cls(zh=_filled(data["zh"]), en=_filled(data["en"]))


@dataclass(frozen=True, slots=True)
class TextList:
    """A bilingual list of short texts (e.g. evidence examples)."""

    zh: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, lang: str) -> list[str]:
        return list(self.en if lang == "en" else self.zh)

    def to_dict(self) -> dict[str, list[str]]:
        return {"zh": list(self.zh), "en": list(self.en)}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> TextList:
        return cls(zh=_texts(data["zh"]), en=_texts(data["en"]))


@dataclass(frozen=True, slots=True)
class Theme:
    """A group of items, e.g. "human oversight"."""

    id: str
    title: Text
    description: Text
    priority: bool = False  # one of the themes the users named first

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title.to_dict(),
                "description": self.description.to_dict(), "priority": self.priority}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Theme:
        return cls(id=_text(data["id"]), title=Text.from_trusted_dict(data["title"]),
                   description=Text.from_trusted_dict(data["description"]),
                   priority=_flag(data["priority"]))


@dataclass(frozen=True, slots=True)
class Item:
    """One checkable question of a pack."""

    id: str
    theme: str
    question: Text
    guidance: Text  # what good looks like
    evidence_examples: TextList
    clauses: tuple[str, ...]
    severity: Severity
    sectors: tuple[Sector, ...]
    evidence_expected: bool = True

    def applies_to(self, sector: Sector) -> bool:
        return sector in self.sectors

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "theme": self.theme, "question": self.question.to_dict(),
                "guidance": self.guidance.to_dict(),
                "evidence_examples": self.evidence_examples.to_dict(),
                "clauses": list(self.clauses), "severity": self.severity.value,
                "sectors": [s.value for s in self.sectors],
                "evidence_expected": self.evidence_expected}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Item:
        return cls(id=_text(data["id"]), theme=_text(data["theme"]),
                   question=Text.from_trusted_dict(data["question"]),
                   guidance=Text.from_trusted_dict(data["guidance"]),
                   evidence_examples=TextList.from_trusted_dict(data["evidence_examples"]),
                   clauses=_texts(data["clauses"]),
                   severity=Severity(data["severity"]),
                   sectors=tuple(Sector(s) for s in data["sectors"]),
                   evidence_expected=_flag(data["evidence_expected"]))


@dataclass(frozen=True, slots=True)
class Source:
    """The public document a pack derives from."""

    title: Text
    publisher: Text
    published: str
    citation_prefix: str

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title.to_dict(), "publisher": self.publisher.to_dict(),
                "published": self.published, "citation_prefix": self.citation_prefix}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(title=Text.from_trusted_dict(data["title"]),
                   publisher=Text.from_trusted_dict(data["publisher"]),
                   published=_text(data["published"]),
                   citation_prefix=_text(data["citation_prefix"]))


@dataclass(frozen=True, slots=True)
class Pack:
    """A versioned checklist pack."""

    pack_id: str
    version: int
    label: str
    title: Text
    description: Text
    source: Source
    sectors: tuple[Sector, ...]
    themes: tuple[Theme, ...]
    items: tuple[Item, ...]
    _item_index: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_item_index", {item.id: i for i, item in enumerate(self.items)})

    def item(self, item_id: str) -> Item:
        return self.items[self._item_index[item_id]]

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def name(self, lang: str) -> str:
        """The pack as a reader names it, by title: 《…》第 2 版 / "…, version 2"."""
        if lang == "en":
            return f"{self.title.en}, version {self.version}"
        return f"《{self.title.zh}》第 {self.version} 版"

    def items_for(self, sector: Sector) -> list[Item]:
        """The items that apply to an assessment in ``sector``, in pack order."""
        return [item for item in self.items if item.applies_to(sector)]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the pack; its canonical JSON is what the content hash covers."""
        return {"pack_id": self.pack_id, "version": self.version, "label": self.label,
                "title": self.title.to_dict(), "description": self.description.to_dict(),
                "source": self.source.to_dict(), "sectors": [s.value for s in self.sectors],
                "themes": [t.to_dict() for t in self.themes],
                "items": [i.to_dict() for i in self.items]}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Pack:
        """Build a pack from the JSON form of a pack that was validated before.

        Checks types and the cheap consistency rules the program relies on (ids unique,
        every item's theme present, sectors within the pack's, nothing empty), so that
        damaged data raises ``TypeError``, ``KeyError`` or ``ValueError`` (callers then run
        the full validation to word the problem)."""
        version = data["version"]
        if type(version) is not int:
            raise TypeError("version must be an integer")
        pack = cls(pack_id=_text(data["pack_id"]), version=version, label=_filled(data["label"]),
                   title=Text.from_trusted_dict(data["title"]),
                   description=Text.from_trusted_dict(data["description"]),
                   source=Source.from_trusted_dict(data["source"]),
                   sectors=tuple(Sector(s) for s in data["sectors"]),
                   themes=tuple(Theme.from_trusted_dict(t) for t in data["themes"]),
                   items=tuple(Item.from_trusted_dict(i) for i in data["items"]))
        pack._check_consistency()
        return pack

    def _check_consistency(self) -> None:
        if not (self.sectors and self.themes and self.items):
            raise ValueError("a pack needs sectors, themes and items")
        theme_ids = {theme.id for theme in self.themes}
        if len(theme_ids) != len(self.themes) or len(self._item_index) != len(self.items):
            raise ValueError("an id is used twice")
        sectors = set(self.sectors)
        for item in self.items:
            if item.theme not in theme_ids:
                raise ValueError(f"{item.id}: unknown theme {item.theme!r}")
            if not item.sectors or not sectors.issuperset(item.sectors) or not item.clauses:
                raise ValueError(f"{item.id}: sectors or clauses missing or outside the pack")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, found {type(value).__name__}")
    return value


def _filled(value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise ValueError("an empty text")
    return text


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, found {type(value).__name__}")
    return tuple(_text(v) for v in value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {type(value).__name__}")
    return value
