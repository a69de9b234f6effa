"""The checklist pack model: packs, themes and items, validated with pydantic."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

CLAUSE_PATTERN = re.compile(r"^AISGF-1\.0 §(?:6\.3\([a-i]\)|3\.2|4\.2|5)$")
ITEM_ID_PATTERN = r"^[A-Z]{2,5}-\d{2,4}$"
PACK_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$"

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class Severity(StrEnum):
    """How much an item matters; drives scoring weight and critical gaps."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    def label(self, lang: str) -> str:
        zh, en = SEVERITY_LABELS[self]
        return en if lang == "en" else zh


SEVERITY_LABELS: dict[Severity, tuple[str, str]] = {
    Severity.CRITICAL: ("关键", "Critical"),
    Severity.HIGH: ("高", "High"),
    Severity.MEDIUM: ("中", "Medium"),
    Severity.LOW: ("低", "Low"),
}


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
        zh, en = SECTOR_LABELS[self]
        return en if lang == "en" else zh


SECTOR_LABELS: dict[Sector, tuple[str, str]] = {
    Sector.GOVERNMENT: ("政府部门", "Government department"),
    Sector.CII: ("关键信息基础设施", "Critical information infrastructure"),
    Sector.PUBLIC_SAFETY: (
        "直接影响公共安全和公民生命健康安全的领域",
        "Public safety and citizens' life and health",
    ),
}


class Text(BaseModel):
    """A bilingual text: Simplified Chinese and English."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zh: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("zh" or "en"); Chinese for anything else but "en"."""
        return self.en if lang == "en" else self.zh


class TextList(BaseModel):
    """A bilingual list of short texts (e.g. evidence examples)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zh: list[NonEmpty] = Field(min_length=1)
    en: list[NonEmpty] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return list(self.en if lang == "en" else self.zh)


class Theme(BaseModel):
    """A group of items, e.g. "human oversight"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{1,40}$")]
    title: Text
    description: Text
    priority: bool = Field(
        default=False, description="One of the themes the users named first."
    )


class Item(BaseModel):
    """One checkable question of a pack."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, StringConstraints(pattern=ITEM_ID_PATTERN)]
    theme: str
    question: Text
    guidance: Text = Field(description="What good looks like.")
    evidence_examples: TextList
    clauses: list[str] = Field(min_length=1)
    severity: Severity
    sectors: list[Sector] = Field(min_length=1)
    evidence_expected: bool = True

    @field_validator("clauses")
    @classmethod
    def _known_clauses(cls, clauses: list[str]) -> list[str]:
        for clause in clauses:
            if not CLAUSE_PATTERN.match(clause):
                raise ValueError(
                    f"unknown clause {clause!r}; expected e.g. 'AISGF-1.0 §6.3(h)'"
                )
        if len(set(clauses)) != len(clauses):
            raise ValueError("a clause is listed twice")
        return clauses

    @field_validator("sectors")
    @classmethod
    def _unique_sectors(cls, sectors: list[Sector]) -> list[Sector]:
        if len(set(sectors)) != len(sectors):
            raise ValueError("a sector is listed twice")
        return sectors

    def applies_to(self, sector: Sector) -> bool:
        return sector in self.sectors


class Source(BaseModel):
    """The public document a pack derives from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: Text
    publisher: Text
    published: NonEmpty
    citation_prefix: NonEmpty


class Pack(BaseModel):
    """A versioned checklist pack."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pack_id: Annotated[str, StringConstraints(pattern=PACK_ID_PATTERN)]
    version: int = Field(ge=1)
    label: NonEmpty
    title: Text
    description: Text
    source: Source
    sectors: list[Sector] = Field(min_length=1)
    themes: list[Theme] = Field(min_length=1)
    items: list[Item] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Pack:
        theme_ids = [t.id for t in self.themes]
        if len(set(theme_ids)) != len(theme_ids):
            raise ValueError("two themes share an id")
        seen: set[str] = set()
        for index, item in enumerate(self.items):
            if item.id in seen:
                raise ValueError(f"items[{index}] ({item.id}): the id is used twice")
            seen.add(item.id)
            if item.theme not in theme_ids:
                raise ValueError(f"items[{index}] ({item.id}).theme: unknown theme {item.theme!r}")
            outside = [s.value for s in item.sectors if s not in self.sectors]
            if outside:
                raise ValueError(
                    f"items[{index}] ({item.id}).sectors: {outside} not among the pack's sectors"
                )
        return self

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def items_for(self, sector: Sector) -> list[Item]:
        """The items that apply to an assessment in ``sector``, in pack order."""
        return [item for item in self.items if item.applies_to(sector)]
