"""The checklist pack model: packs, themes and items.

These are plain frozen dataclasses, cheap to import and to build. They hold
only content that has been validated: untrusted pack sources go through the
pydantic schema in :mod:`selfcheck.core.packs.schema` and the rules in
:mod:`selfcheck.core.packs.rules` (see
:func:`selfcheck.core.packs.source.validate_pack_data`), and packs read back from the
local database are checked against the SHA-256 recorded when they were
installed before :meth:`Pack.from_trusted_dict` builds them.

A pack in the first format has one ``source`` and items citing it by plain strings
(``clauses``); a pack in the current format declares ``sources`` and its items
``cites``. The JSON form of a pack (:meth:`Pack.to_dict`, whose canonical text the
content hash covers) holds only the keys the pack uses, so packs in the first format
keep their published hashes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum
from typing import Any

from selfcheck.core import glossary
from selfcheck.core.bilingual import Text as Text  # re-exported: the model's texts
from selfcheck.core.bilingual import TextList as TextList
from selfcheck.core.bilingual import filled, flag, records, string, strings
from selfcheck.core.conditions import (
    Answers,
    Condition,
    ProfileQuestion,
    asked_questions,
    condition_from_trusted,
)
from selfcheck.core.immutable import immutable
from selfcheck.core.riskmodel import RiskModel, default_risk_model, factor_questions
from selfcheck.core.sources import Cite, LegacySource, PackSource, group_label, legacy_citation_labels

#: The source of a pack in the first format (kept under its old name).
Source = LegacySource

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


@immutable(slots=True)
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
        return cls(id=string(data["id"]), title=Text.from_trusted_dict(data["title"]),
                   description=Text.from_trusted_dict(data["description"]),
                   priority=flag(data["priority"]))


@immutable(slots=True)
class Item:
    """One checkable question of a pack.

    It cites its sources either by ``clauses`` (first format: plain strings) or by
    ``cites`` (declared sources, with the basis of its wording). With ``applies_if`` it
    applies only to assessments whose profile answers match."""

    id: str
    theme: str
    question: Text
    guidance: Text  # what good looks like
    evidence_examples: TextList
    clauses: tuple[str, ...]
    severity: Severity
    sectors: tuple[Sector, ...]
    evidence_expected: bool = True
    cites: tuple[Cite, ...] = ()
    applies_if: Condition | None = None

    def applies_to(self, sector: Sector) -> bool:
        """Whether the item is in scope for ``sector`` (profile conditions aside)."""
        return sector in self.sectors

    def applies(self, sector: Sector, answers: Answers) -> bool:
        """Whether the item applies to an assessment in ``sector`` with profile ``answers``."""
        return sector in self.sectors and (self.applies_if is None
                                           or self.applies_if.holds(answers))

    @property
    def citations(self) -> tuple[str, ...]:
        """What the item cites, in machine form (e.g. ``AISGF-1.0 §6.3(h)``)."""
        return tuple(cite.code for cite in self.cites) if self.cites else self.clauses

    @property
    def secondary_basis(self) -> bool:
        """Whether some of its wording rests on a summary or an interpretation."""
        return any(cite.basis.secondary for cite in self.cites)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "theme": self.theme, "question": self.question.to_dict(),
            "guidance": self.guidance.to_dict(),
            "evidence_examples": self.evidence_examples.to_dict(),
            "severity": self.severity.value, "sectors": [s.value for s in self.sectors],
            "evidence_expected": self.evidence_expected}
        if self.cites:
            data["cites"] = [cite.to_dict() for cite in self.cites]
        else:
            data["clauses"] = list(self.clauses)
        if self.applies_if is not None:
            data["applies_if"] = self.applies_if.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Item:
        applies_if = data.get("applies_if")
        clauses = data.get("clauses")
        return cls(id=string(data["id"]), theme=string(data["theme"]),
                   question=Text.from_trusted_dict(data["question"]),
                   guidance=Text.from_trusted_dict(data["guidance"]),
                   evidence_examples=TextList.from_trusted_dict(data["evidence_examples"]),
                   clauses=() if clauses is None else strings(clauses),
                   severity=Severity(data["severity"]),
                   sectors=tuple(Sector(s) for s in data["sectors"]),
                   evidence_expected=flag(data["evidence_expected"]),
                   cites=tuple(Cite.from_trusted_dict(c) for c in records(data.get("cites") or [])),
                   applies_if=None if applies_if is None else condition_from_trusted(applies_if))


class PackStatus(StrEnum):
    """Whether a pack is a trial (its content not yet checked against every official text)
    or released."""

    TRIAL = "trial"
    RELEASED = "released"

    def label(self, lang: str) -> str:
        return glossary.label("pack_status", self, lang)



def pack_name(title: Text, version: int, lang: str) -> str:
    """A pack version as a reader names it, by its title: 《…》第 2 版 / "…, version 2"."""
    if lang == "en":
        return f"{title.en}, version {version}"
    return f"《{title.zh}》第 {version} 版"

@immutable(slots=True)
class Pack:
    """A versioned checklist pack.

    ``source`` is set for packs in the first format, ``sources`` for the others."""

    pack_id: str
    version: int
    label: str
    title: Text
    description: Text
    source: LegacySource | None
    sectors: tuple[Sector, ...]
    themes: tuple[Theme, ...]
    items: tuple[Item, ...]
    sources: tuple[PackSource, ...] = ()
    status: PackStatus | None = None
    profile_questions: tuple[ProfileQuestion, ...] = ()
    risk_model: RiskModel | None = None
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
        return pack_name(self.title, self.version, lang)

    def find_source(self, source_id: str) -> PackSource | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    @property
    def trial(self) -> bool:
        return self.status is PackStatus.TRIAL

    @property
    def effective_risk_model(self) -> RiskModel:
        """The pack's own risk model, or the default model for a pack that has none."""
        return self.risk_model if self.risk_model is not None else default_risk_model()

    def source_titles(self, lang: str) -> list[str]:
        """The titles of the documents the pack derives from."""
        if self.source is not None:
            return [self.source.title.get(lang)]
        return [source.title.get(lang) for source in self.sources]

    def citation_labels(self, item: Item, lang: str) -> list[str]:
        """What ``item`` cites, as a reader sees it: one phrase per source, the source
        named once (《指引》规范部署「辅助型」; 《人工智能安全治理框架》1.0版第6.3条（a）、第5章)."""
        if not item.cites:
            return self._legacy_citation_labels(item, lang)
        by_source: dict[str, list[Cite]] = {}
        for cite in item.cites:
            by_source.setdefault(cite.source, []).append(cite)
        return [group_label(self.find_source(source), cites, lang)
                for source, cites in by_source.items()]

    def _legacy_citation_labels(self, item: Item, lang: str) -> list[str]:
        """The plain clause strings of the first pack format, in the reader's form."""
        if self.source is None:
            return list(item.clauses)
        return legacy_citation_labels(self.source, item.clauses, lang)

    def asked_questions(self, answers: Answers) -> list[ProfileQuestion]:
        """The pack's profile questions asked with ``answers``, in order."""
        return asked_questions(self.profile_questions, answers)

    @property
    def all_questions(self) -> tuple[ProfileQuestion, ...]:
        """Everything an assessment's profile answers: the risk model's factors (as
        questions), then the pack's own profile questions."""
        return (*factor_questions(self.effective_risk_model), *self.profile_questions)

    def items_for(self, sector: Sector, answers: Answers | None = None) -> list[Item]:
        """The items that apply to an assessment in ``sector`` with profile ``answers``
        (conditions are ignored when ``answers`` is None), in pack order."""
        if answers is None:
            return [item for item in self.items if item.applies_to(sector)]
        return [item for item in self.items if item.applies(sector, answers)]

    def items_not_applying(self, sector: Sector, answers: Answers) -> list[Item]:
        """Items of ``sector`` whose conditions do not hold with ``answers``."""
        return [item for item in self.items
                if item.applies_to(sector) and not item.applies(sector, answers)]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the pack; its canonical JSON is what the content hash covers.

        Only the keys the pack uses are present, so a pack in the first format has the
        same form (and hash) as before sources, conditions and statuses existed."""
        data: dict[str, Any] = {
            "pack_id": self.pack_id, "version": self.version, "label": self.label,
            "title": self.title.to_dict(), "description": self.description.to_dict(),
            "sectors": [s.value for s in self.sectors],
            "themes": [t.to_dict() for t in self.themes],
            "items": [i.to_dict() for i in self.items]}
        if self.source is not None:
            data["source"] = self.source.to_dict()
        if self.sources:
            data["sources"] = [source.to_dict() for source in self.sources]
        if self.status is not None:
            data["status"] = self.status.value
        if self.profile_questions:
            data["profile_questions"] = [q.to_dict() for q in self.profile_questions]
        if self.risk_model is not None:
            data["risk_model"] = self.risk_model.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Pack:
        """Build a pack from the JSON form of a pack that was validated before.

        Checks types and the cheap consistency rules the program relies on (ids unique,
        every item's theme present, sectors within the pack's, citations of declared
        sources, nothing empty), so that damaged data raises ``TypeError``, ``KeyError``
        or ``ValueError`` (callers then run the full validation to word the problem)."""
        version = data["version"]
        if type(version) is not int:
            raise TypeError("version must be an integer")
        source, status, model = data.get("source"), data.get("status"), data.get("risk_model")
        pack = cls(pack_id=string(data["pack_id"]), version=version, label=filled(data["label"]),
                   title=Text.from_trusted_dict(data["title"]),
                   description=Text.from_trusted_dict(data["description"]),
                   source=None if source is None else LegacySource.from_trusted_dict(source),
                   sectors=tuple(Sector(s) for s in data["sectors"]),
                   themes=tuple(Theme.from_trusted_dict(t) for t in data["themes"]),
                   items=tuple(Item.from_trusted_dict(i) for i in data["items"]),
                   sources=tuple(PackSource.from_trusted_dict(s)
                                 for s in records(data.get("sources") or [])),
                   status=None if status is None else PackStatus(status),
                   profile_questions=tuple(ProfileQuestion.from_trusted_dict(q) for q in
                                           records(data.get("profile_questions") or [])),
                   risk_model=None if model is None else RiskModel.from_trusted_dict(model))
        pack._check_consistency()
        return pack

    def _check_consistency(self) -> None:
        if not (self.sectors and self.themes and self.items):
            raise ValueError("a pack needs sectors, themes and items")
        if (self.source is None) == (not self.sources):
            raise ValueError("a pack has either one source or a list of sources")
        theme_ids = {theme.id for theme in self.themes}
        if len(theme_ids) != len(self.themes) or len(self._item_index) != len(self.items):
            raise ValueError("an id is used twice")
        sectors = set(self.sectors)
        source_ids = {source.id for source in self.sources}
        if {q.id for q in self.profile_questions} & set(self.effective_risk_model.factor_ids):
            raise ValueError("a profile question has a risk factor's id")
        for item in self.items:
            if item.theme not in theme_ids:
                raise ValueError(f"{item.id}: unknown theme {item.theme!r}")
            if not item.sectors or not sectors.issuperset(item.sectors):
                raise ValueError(f"{item.id}: sectors missing or outside the pack")
            cited = {cite.source for cite in item.cites}
            if (not item.cites if self.sources else (not item.clauses or item.cites)) \
                    or not cited <= source_ids:
                raise ValueError(f"{item.id}: citations missing or of an undeclared source")
