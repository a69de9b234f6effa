"""The question of an item with its badges, the clauses it cites, what good looks like
and examples of evidence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from selfcheck.core.citation import cite
from selfcheck.core.model import Item, Source, Text
from selfcheck.core.text import escape_html
from selfcheck.ui.models.items import SEVERITY_COLORS
from selfcheck.ui.style import set_badge_color, set_role

translate = QCoreApplication.translate


class QuestionPanel(QWidget):
    """The top of the detail pane: what the item asks and how to answer it well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[Item, Text, bool, Source] | None = None
        self.id_label = QLabel()
        set_role(self.id_label, "itemIdBadge")
        self.severity_label = QLabel()
        set_role(self.severity_label, "severityBadge")
        self.critical_label = QLabel()
        set_role(self.critical_label, "criticalBadge")
        self.theme_label = QLabel()
        set_role(self.theme_label, "mutedLabel")
        self.theme_label.setWordWrap(True)
        self.question = QLabel()
        set_role(self.question, "questionLabel")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clause_label = QLabel()
        set_role(self.clause_label, "mutedLabel")
        self.clause_label.setWordWrap(True)
        self.guidance_title = QLabel()
        set_role(self.guidance_title, "sectionLabel")
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.examples_title = QLabel()
        set_role(self.examples_title, "sectionLabel")
        self.examples = QLabel()
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        badges.addWidget(self.id_label)
        badges.addWidget(self.severity_label)
        badges.addWidget(self.critical_label)
        badges.addStretch(1)
        layout.addLayout(badges)
        for label in (self.theme_label, self.question, self.clause_label, self.guidance_title,
                      self.guidance, self.examples_title, self.examples):
            layout.addWidget(label)

    def show_item(self, item: Item, theme_title: Text, critical: bool, source: Source,
                  lang: str) -> None:
        """Show ``item`` (of the theme ``theme_title``; ``critical`` at this risk grade;
        its clauses cite ``source``)."""
        self._shown = (item, theme_title, critical, source)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.guidance_title.setText(translate("ItemDetail", "What good looks like"))
        self.examples_title.setText(translate("ItemDetail", "Evidence examples"))
        if self._shown is None:
            return
        item, theme_title, critical, source = self._shown
        self.id_label.setText(item.id)
        self.severity_label.setText(translate("ItemDetail", "Severity: %1").replace(
            "%1", item.severity.label(lang)))
        set_badge_color(self.severity_label, SEVERITY_COLORS[item.severity])
        self.critical_label.setVisible(critical)
        self.critical_label.setText(translate("ItemDetail", "Counts as critical"))
        self.critical_label.setToolTip(translate(
            "ItemDetail",
            "A partial or missing answer to this item is a critical gap at this risk grade."))
        self.theme_label.setText(theme_title.get(lang))
        self.question.setText(item.question.get(lang))
        self.clause_label.setText(translate("ItemDetail", "Cites: %1").replace(
            "%1", cite(source, item.clauses, lang)))
        self.guidance.setText(item.guidance.get(lang))
        bullets = "".join(f"<li>{escape_html(e)}</li>" for e in item.evidence_examples.get(lang))
        self.examples.setText(f"<ul style='margin-left:-20px'>{bullets}</ul>")
