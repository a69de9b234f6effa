"""The banner over an answer carried over from an older pack version whose item changed:
what the answer was, and a button to confirm it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from selfcheck.core.answers import Answer
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
        self._lang = "zh"
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_text.setMinimumWidth(10)
        self.review_previous = QLabel()
        self.review_previous.setWordWrap(True)
        set_role(self.review_previous, "mutedLabel")
        self.review_done = QPushButton()
        self.review_done.setObjectName("reviewedButton")
        self.review_done.clicked.connect(self.reviewed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_text)
        layout.addWidget(self.review_previous)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.review_done)
        layout.addLayout(row)

    def show_answer(self, answer: Answer | None, lang: str) -> None:
        """Show the banner when ``answer`` awaits re-review; hide it otherwise."""
        self._lang = lang
        self._previous = answer.previous if answer is not None else ""
        self.setVisible(answer is not None and answer.needs_review)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.review_done.setText(translate("ItemDetail", "Mark as reviewed"))
        self.review_text.setText(translate(
            "ItemDetail",
            "This item changed in the new pack version. Check the answer below and confirm "
            "it, or change it."))
        previous = describe_previous(self._previous, lang)
        self.review_previous.setText(translate("ItemDetail", "Previous answer: %1").replace(
            "%1", previous or translate("ItemDetail", "(none recorded)")))


def describe_previous(previous: str, lang: str) -> str:
    """The stored previous answer (and old wording) in words."""
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
    text = " — ".join(parts)
    if parsed.question is not None:
        old = parsed.question.get(lang)
        text += "\n" + (f"v{parsed.pack_version}: " if parsed.pack_version else "") + old
    return text
