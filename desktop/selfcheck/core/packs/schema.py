"""The pydantic schema of checklist packs: validation of untrusted pack sources.

Imported only when a pack from outside the program's database is validated
(a source folder, a .ckpack file, a changed built-in pack), because building
pydantic's machinery is the slowest part of starting the program. The result
is turned into the plain dataclasses of :mod:`selfcheck.core.models`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from selfcheck.core.model import CLAUSE_PATTERN, ITEM_ID_PATTERN, PACK_ID_PATTERN, Sector, Severity

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class TextSchema(BaseModel):
    """A bilingual text: Simplified Chinese and English."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zh: NonEmpty
    en: NonEmpty



class TextListSchema(BaseModel):
    """A bilingual list of short texts (e.g. evidence examples)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zh: list[NonEmpty] = Field(min_length=1)
    en: list[NonEmpty] = Field(min_length=1)



class ThemeSchema(BaseModel):
    """A group of items, e.g. "human oversight"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{1,40}$")]
    title: TextSchema
    description: TextSchema
    priority: bool = Field(
        default=False, description="One of the themes the users named first."
    )


class ItemSchema(BaseModel):
    """One checkable question of a pack."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, StringConstraints(pattern=ITEM_ID_PATTERN)]
    theme: str
    question: TextSchema
    guidance: TextSchema = Field(description="What good looks like.")
    evidence_examples: TextListSchema
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



class SourceSchema(BaseModel):
    """The public document a pack derives from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: TextSchema
    publisher: TextSchema
    published: NonEmpty
    citation_prefix: NonEmpty


class PackSchema(BaseModel):
    """A versioned checklist pack."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pack_id: Annotated[str, StringConstraints(pattern=PACK_ID_PATTERN)]
    version: int = Field(ge=1)
    label: NonEmpty
    title: TextSchema
    description: TextSchema
    source: SourceSchema
    sectors: list[Sector] = Field(min_length=1)
    themes: list[ThemeSchema] = Field(min_length=1)
    items: list[ItemSchema] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> PackSchema:
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
