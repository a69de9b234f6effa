"""The banner over an answer carried over from an older pack version whose item changed:
what changed in the item (the question's wording, marked word by word; the sectors),
what the answer was, and a button to confirm it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from selfcheck.core import glossary
from selfcheck.core.answers import Answer
from selfcheck.core.model import Item
from selfcheck.core.text import list_separator
from selfcheck.ui.style import set_role

translate = QCoreApplication.translate


class ReviewBanner(QFrame):
    """Shown while an answer awaits re-review after an upgrade."""

    #: "Mark as reviewed" was pressed.
    reviewed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "reviewBanner")
        self._previous = ""
        self._item: Item | None = None
        self._lang = "zh"
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_text.setMinimumWidth(10)
        self.wording_caption = QLabel()
        set_role(self.wording_caption, "sectionLabel")
        self.wording = QLabel()
        self.wording.setObjectName("wordingDiff")
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.RichText)
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sectors = QLabel()
        self.sectors.setWordWrap(True)
        self.review_previous = QLabel()
        self.review_previous.setWordWrap(True)
        set_role(self.review_previous, "mutedLabel")
        self.review_done = QPushButton()
        self.review_done.setObjectName("reviewedButton")
        self.review_done.clicked.connect(self.reviewed)
        layout = QVBoxLayout(self)
        for label in (self.review_text, self.wording_caption, self.wording, self.sectors,
                      self.review_previous):
            layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.review_done)
        layout.addLayout(row)

    def show_answer(self, answer: Answer | None, lang: str, item: Item | None = None) -> None:
        """Show the banner when ``answer`` (to ``item``) awaits re-review; hide it otherwise."""
        self._lang = lang
        self._previous = answer.previous if answer is not None else ""
        if item is not None:
            self._item = item
        self.setVisible(answer is not None and answer.needs_review)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.review_done.setText(translate("ItemDetail", "Mark as reviewed"))
        parsed = None
        if self._previous:  # the upgrade rules load only when an answer carries one
            from selfcheck.core.upgrade import parse_previous

            parsed = parse_previous(self._previous)
        version = parsed.pack_version if parsed is not None else 0
        self.review_text.setText(translate(
            "ItemDetail",
            "This item changed since pack version %1, where you answered it. Check the "
            "answer below and confirm it, or change it.").replace("%1", str(version))
            if version else translate(
                "ItemDetail", "This item changed in the new pack version. Check the answer "
                "below and confirm it, or change it."))
        item = self._item
        old = parsed.question.get(lang) if parsed is not None and parsed.question else ""
        new = item.question.get(lang) if item is not None else ""
        reworded = bool(old and new and old != new)
        self.wording_caption.setText(translate("ItemDetail", "What changed in the question:"))
        if reworded:
            from selfcheck.ui.textdiff import wording_diff_html  # difflib: only for a reworded item

            self.wording.setText(wording_diff_html(old, new))
        else:
            self.wording.setText("")
        self.wording_caption.setVisible(reworded)
        self.wording.setVisible(reworded)
        old_sectors = parsed.sectors if parsed is not None else ()
        new_sectors = tuple(s.value for s in item.sectors) if item is not None else ()
        moved = bool(old_sectors) and sorted(old_sectors) != sorted(new_sectors)
        self.sectors.setText(translate("ItemDetail", "Sectors: %1 → %2").replace(
            "%1", _sector_list(old_sectors, lang)).replace("%2", _sector_list(new_sectors, lang))
            if moved else "")
        self.sectors.setVisible(moved)
        previous = describe_previous(self._previous, lang)
        self.review_previous.setText(translate("ItemDetail", "Previous answer: %1").replace(
            "%1", previous or translate("ItemDetail", "(none recorded)")))


def _sector_list(codes: tuple[str, ...], lang: str) -> str:
    return list_separator(lang).join(glossary.label("sector", code, lang) for code in codes)


def describe_previous(previous: str, lang: str) -> str:
    """The stored previous answer in words (its status, texts and files)."""
    if not previous:
        return ""
    from selfcheck.core.upgrade import parse_previous

    parsed = parse_previous(previous)
    if parsed is None:
        return previous
    parts = [parsed.status.label(lang)]
    for text in (parsed.justification, parsed.evidence):
        if text.strip():
            parts.append(text.strip())
    if parsed.attachments:
        parts.append(", ".join(parsed.attachments))
    return " — ".join(parts)
