"""Every modal question the window asks the user, in one injectable object.

The window never calls QMessageBox or QFileDialog directly: it asks its
:class:`Prompts`. Tests give the window a scripted subclass, so no modal
dialog ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


class Prompts:
    """Modal message boxes and file pickers (the real ones)."""

    def error(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, message,
                          QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    def confirm(self, parent: QWidget | None, title: str, message: str) -> bool:
        answer = QMessageBox.question(
            parent, title, message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, title: str, directory: str,
                  filters: str = "") -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, directory,
                                              filters or translate("Prompts", "All files (*)"))
        return path

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str = "") -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                              filters or translate("Prompts", "All files (*)"))
        return path
