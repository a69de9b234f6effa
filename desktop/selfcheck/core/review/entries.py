"""The register as its readers see it: rows with their notes and search text, and the
names of themes and items from the packs installed here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from selfcheck.core.immutable import immutable
from selfcheck.core.model import Pack, Text, pack_name
from selfcheck.core.records import ReviewReportRecord
from selfcheck.core.review.notes import InstalledPacks, RowNote, row_notes
from selfcheck.core.review.search import search_text


@immutable(slots=True)
class RegisterEntry:
    """One registered report: its row, its notes and its search text."""

    row: ReviewReportRecord
    notes: tuple[RowNote, ...]
    search: str
    pack_title: Text | None = None  # None: the pack is not installed here

    def pack_name(self, lang: str) -> str:
        """The report's pack by its title (《…》第 3 版), or by its id when not installed here."""
        if self.pack_title is None:
            return f"{self.row.pack_id} v{self.row.pack_version}"
        return pack_name(self.pack_title, self.row.pack_version, lang)

    @property
    def latest(self) -> bool:
        """Whether this is the newest version of its assessment in the register."""
        return self.row.version == self.row.versions


def register_entries(rows: Sequence[ReviewReportRecord],
                     packs: InstalledPacks) -> list[RegisterEntry]:
    entries = []
    for row in rows:
        notes = row_notes(row, packs)
        entries.append(RegisterEntry(row, notes, search_text(row, notes),
                                     packs.titles.get(row.pack_id)))
    return entries


class PackTexts:
    """Theme titles and item questions from the installed packs (the newest version
    that has them), for showing ids from reports by name; ids stay as they are when
    no installed pack knows them."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.themes: dict[str, Text] = {}
        self.questions: dict[str, Text] = {}
        self.theme_of: dict[str, str] = {}
        self.order: list[str] = []
        for pack in sorted(packs, key=lambda p: (p.pack_id, p.version)):
            for theme in pack.themes:
                self.themes[theme.id] = theme.title
                if theme.id not in self.order:
                    self.order.append(theme.id)
            for item in pack.items:
                self.questions[item.id] = item.question
                self.theme_of[item.id] = item.theme

    def theme(self, theme_id: str, lang: str) -> str:
        text = self.themes.get(theme_id)
        return text.get(lang) if text is not None else theme_id

    def question(self, item_id: str, lang: str) -> str:
        text = self.questions.get(item_id)
        return text.get(lang) if text is not None else ""
