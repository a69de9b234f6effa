"""The remediation due date: typed (YYYY-MM-DD or the window locale's form) or picked from
a calendar that opens at today, cleared only with its button.

An empty field means "not set" (said by the placeholder, never written into the field).
What was typed is read when the field is left or Enter is pressed: a date is shown
again as YYYY-MM-DD; anything else stays in the field as typed, with an inline message,
and the due date last accepted is what the answer keeps until the text is a date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.ui import icons
from selfcheck.ui.style import mark_invalid
from selfcheck.ui.widgets import ProblemLabel

if TYPE_CHECKING:  # the calendar is built, and its classes loaded, when first opened
    from PySide6.QtWidgets import QCalendarWidget

translate = QCoreApplication.translate

#: Year, month and day in that order, with any of - / . or 年 月 日 between them.
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
LAST_DATE = dt.date(2100, 12, 31)


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def parse_date_text(text: str, locales: tuple[QLocale, ...] = ()) -> dt.date | None:
    """The date ``text`` names: YYYY-MM-DD (also with / . or 年月日) or a four-digit-year
    date in the short or long form of one of ``locales``; None if it names none."""
    text = text.strip()
    match = _YEAR_FIRST.match(text)
    if match is not None:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    for locale in locales:
        for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
            pattern = locale.dateFormat(form)
            if "yyyy" not in pattern and "yy" in pattern:
                pattern = pattern.replace("yy", "yyyy")  # four digits, never a guessed century
            found = locale.toDate(text, pattern)
            if found.isValid():
                return dt.date(found.year(), found.month(), found.day())
    return None


class DueDateEdit(QWidget):
    """A due date field with a calendar button, a clear button and its own inline message."""

    #: A date was accepted, chosen or cleared (save now).
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._invalid = False
        self.edit = QLineEdit()
        self.edit.setObjectName("remediationDue")
        self.edit.setClearButtonEnabled(False)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("dueCalendarButton")
        self.calendar_button.setIcon(icons.calendar_icon())
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar: QCalendarWidget | None = None
        self.calendar_menu = QMenu(self.calendar_button)  # the calendar joins it when first opened
        self.calendar_button.setMenu(self.calendar_menu)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearDueButton")
        self.message = ProblemLabel()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

        self.edit.editingFinished.connect(self._typed)
        self.calendar_menu.aboutToShow.connect(self.prepare_calendar)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(translate("ItemDetail", "not set (YYYY-MM-DD)"))
        self.edit.setAccessibleName(translate("ItemDetail", "Remediation due date"))
        self.edit.setToolTip(translate(
            "ItemDetail", "Type the date as YYYY-MM-DD (e.g. 2027-03-31) or pick it from "
            "the calendar."))
        self.calendar_button.setText(translate("ItemDetail", "Calendar"))
        self.calendar_button.setToolTip(translate("ItemDetail", "Pick the date from a calendar"))
        self.calendar_button.setAccessibleName(translate("ItemDetail", "Pick the due date"))
        if self._calendar is not None:
            self._name_calendar(self._calendar)
        self.clear_button.setText(translate("ItemDetail", "Clear"))
        self.clear_button.setAccessibleName(translate("ItemDetail", "Clear the due date"))
        self._show_message()

    # -- the value ---------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The due date accepted last (None: not set)."""
        return self._date

    @property
    def invalid(self) -> bool:
        """Whether the field holds text that is no date."""
        return self._invalid

    def set_date(self, date: dt.date | None) -> None:
        """Show ``date`` (None: not set), without announcing a change."""
        self._date = date
        self._invalid = False
        self.edit.setText(date.isoformat() if date else "")
        self._show_message()

    def read_text(self) -> bool:
        """Take what is typed in the field; True when the due date changed."""
        text = self.edit.text().strip()
        if not text:
            date: dt.date | None = None
        else:
            date = parse_date_text(text, (QLocale(), QLocale.system()))
            if date is None or date > LAST_DATE:
                self._invalid = True
                self._show_message()
                return False
        self._invalid = False
        changed = date != self._date
        self._date = date
        self.edit.setText(date.isoformat() if date else "")
        self._show_message()
        return changed

    def clear(self) -> None:
        """Remove the due date (the clear button)."""
        self.set_date(None)
        self.committed.emit()

    def _typed(self) -> None:
        changed = self.read_text()
        if changed:
            self.committed.emit()

    # -- the calendar --------------------------------------------------------------

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar in the button's menu, built the first time it is needed (most
        answers never open it, and every window start would pay for it)."""
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget, QWidgetAction

            self._calendar = QCalendarWidget()
            self._calendar.setObjectName("dueCalendar")
            self._calendar.setGridVisible(True)
            self._name_calendar(self._calendar)
            holder = QWidgetAction(self.calendar_menu)
            holder.setDefaultWidget(self._calendar)
            self.calendar_menu.addAction(holder)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._calendar

    @staticmethod
    def _name_calendar(calendar: QCalendarWidget) -> None:
        calendar.setAccessibleName(translate("ItemDetail", "Calendar"))

    def prepare_calendar(self) -> None:
        """Open the calendar at the due date, or at today when none is set."""
        today = dt.date.today()
        shown = self._date or today
        self.calendar.setMinimumDate(_qdate(min(today, shown)))
        self.calendar.setMaximumDate(_qdate(LAST_DATE))
        self.calendar.setSelectedDate(_qdate(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)

    def _picked(self, date: QDate) -> None:
        self.calendar_menu.hide()
        self.set_date(dt.date(date.year(), date.month(), date.day()))
        self.committed.emit()

    # -- the message ---------------------------------------------------------------

    def _show_message(self) -> None:
        self.message.setText(translate(
            "ItemDetail", "“%1” is not a valid date. Type it as YYYY-MM-DD (e.g. 2027-03-31) "
            "or pick it from the calendar; until then the due date is not changed.")
            .replace("%1", self.edit.text().strip()[:40]) if self._invalid else "")
        self.message.setVisible(self._invalid)
        mark_invalid(self.edit, self._invalid)
