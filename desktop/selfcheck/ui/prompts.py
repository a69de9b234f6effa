"""Every modal question the window asks the user, in one injectable object.

The window never calls QMessageBox or QFileDialog directly: it asks its
:class:`Prompts`. Tests give the window a scripted subclass, so no modal
dialog ever blocks a test run. The dialogs' Qt classes are loaded when first
used (the file pickers from :mod:`selfcheck.ui.file_dialogs`), not as the
window starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

#: Set once the program is closing (Ctrl+C in its terminal): no new modal question is
#: asked then, so nothing can hold up the close.
_closing = False


def set_closing() -> None:
    """The program is closing: from now on no prompt is shown (each gives its "no")."""
    global _closing
    _closing = True


def closing() -> bool:
    return _closing


class Prompts:
    """Modal message boxes and file pickers (the real ones). While the program is closing
    they show nothing: a message is dropped (errors are logged by their reporter), a
    question is answered no and a file picker is cancelled."""

    def error(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        if _closing:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, title, message,
                          QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        if not _closing:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(parent, title, message)

    def confirm(self, parent: QWidget | None, title: str, message: str) -> bool:
        if _closing:
            return False
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent, title, message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget | None, title: str, message: str,
               choices: Sequence[str]) -> int:
        """A message with a button per choice and Close; the index chosen, -1 for Close."""
        if _closing:
            return -1
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Close, parent)
        buttons = [box.addButton(text, QMessageBox.ButtonRole.ActionRole) for text in choices]
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, button in enumerate(buttons) if button is clicked), -1)

    def open_location(self, path: Path) -> bool:
        """Open a file or folder with the system's program for it (a local path only)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_file(self, parent: QWidget | None, title: str, directory: str,
                  filters: str = "") -> str:
        from selfcheck.ui import file_dialogs

        return file_dialogs.open_file(parent, title, directory, filters)

    def open_files(self, parent: QWidget | None, title: str, directory: str,
                   filters: str = "") -> list[str]:
        """Ask for one or more existing files (an empty list when cancelled)."""
        from selfcheck.ui import file_dialogs

        return file_dialogs.open_files(parent, title, directory, filters)

    def open_folder(self, parent: QWidget | None, title: str, directory: str) -> str:
        """Ask for an existing folder, e.g. a USB stick ("" when cancelled)."""
        from selfcheck.ui import file_dialogs

        return file_dialogs.open_folder(parent, title, directory)

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str = "", *, confirm_overwrite: bool = True) -> str:
        """Ask for a file to write. With ``confirm_overwrite=False`` the caller asks
        itself (naming the file, after checking that it may be replaced at all)."""
        from selfcheck.ui import file_dialogs

        return file_dialogs.save_file(parent, title, suggested, filters,
                                      confirm_overwrite=confirm_overwrite)
