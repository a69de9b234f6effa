"""Every modal question the window asks the user, in one injectable object.

The window never calls QMessageBox or QFileDialog directly: it asks its
:class:`Prompts`. Tests give the window a scripted subclass, so no modal
dialog ever blocks a test run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QMessageBox,
    QTreeView,
    QWidget,
)

from selfcheck.core.files import size_text

translate = QCoreApplication.translate

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
        box = QMessageBox(QMessageBox.Icon.Critical, title, message,
                          QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        if not _closing:
            QMessageBox.information(parent, title, message)

    def confirm(self, parent: QWidget | None, title: str, message: str) -> bool:
        if _closing:
            return False
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
        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Close, parent)
        buttons = [box.addButton(text, QMessageBox.ButtonRole.ActionRole) for text in choices]
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, button in enumerate(buttons) if button is clicked), -1)

    def open_location(self, path: Path) -> bool:
        """Open a file or folder with the system's program for it (a local path only)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_file(self, parent: QWidget | None, title: str, directory: str,
                  filters: str = "") -> str:
        dialog = file_dialog(parent, title, directory, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return _chosen(dialog)

    def open_files(self, parent: QWidget | None, title: str, directory: str,
                   filters: str = "") -> list[str]:
        """Ask for one or more existing files (an empty list when cancelled)."""
        dialog = file_dialog(parent, title, directory, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if _closing or dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())

    def open_folder(self, parent: QWidget | None, title: str, directory: str) -> str:
        """Ask for an existing folder, e.g. a USB stick ("" when cancelled)."""
        dialog = file_dialog(parent, title, directory)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return _chosen(dialog)

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str = "", *, confirm_overwrite: bool = True) -> str:
        """Ask for a file to write. With ``confirm_overwrite=False`` the caller asks
        itself (naming the file, after checking that it may be replaced at all)."""
        dialog = file_dialog(parent, title, suggested, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
        return _chosen(dialog)


#: Room for the columns of the file list.
FILE_DIALOG_SIZE = QSize(920, 560)
#: The columns of the file list: name, size, type, date modified.
_NAME_COLUMN, _SIZE_COLUMN, _TYPE_COLUMN, _DATE_COLUMN = 0, 1, 2, 3


class FileListProxy(QIdentityProxyModel):
    """Qt's file list with sizes written as everywhere else in the window (``88 KB``) and
    dates in the window's language: Qt formats both with the system's locale, whatever
    language the window has."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.sourceModel()
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid()
                and isinstance(source, QFileSystemModel)
                and index.column() in (_SIZE_COLUMN, _DATE_COLUMN)):
            at = self.mapToSource(index)
            if index.column() == _SIZE_COLUMN:
                return "" if source.isDir(at) else size_text(source.size(at))
            return QLocale().toString(source.lastModified(at), QLocale.FormatType.ShortFormat)
        return super().data(index, role)


class FileDialog(QFileDialog):
    """The platform's file dialog where there is one, else Qt's own, opened in the
    detail view with sizes and dates in the window's language (:class:`FileListProxy`)
    and columns wide enough for them.

    Qt's own dialog sizes its columns for short English texts ("10/29/81 02:02PM"), which
    cut off a size like "88.4 KiB" or a Chinese date ("2026/12/31 23:59") in the CJK
    font; when it is shown, size and type fit their contents, the date column is as
    wide as a date of the window's locale, and the name column takes the rest.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tree = self.findChild(QTreeView, "treeView")  # only in Qt's own dialog
        if tree is None:
            return
        header = tree.header()
        metrics = tree.fontMetrics()
        sample = QDateTime(QDate(2026, 12, 31), QTime(23, 59))
        needed = metrics.horizontalAdvance(QLocale().toString(sample,
                                                              QLocale.FormatType.ShortFormat))
        header.resizeSection(_DATE_COLUMN, max(header.sectionSize(_DATE_COLUMN), needed + 24))
        header.resizeSection(_SIZE_COLUMN, max(header.sectionSize(_SIZE_COLUMN),
                                               metrics.horizontalAdvance("1023 MB") + 24))
        header.setSectionResizeMode(_TYPE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_NAME_COLUMN, QHeaderView.ResizeMode.Stretch)


def file_dialog(parent: QWidget | None, title: str, directory: str,
                filters: str = "") -> QFileDialog:
    """A file dialog starting in ``directory`` (or with that file chosen)."""
    dialog = FileDialog(parent, title, directory,
                        filters or translate("Prompts", "All files (*)"))
    dialog.setProxyModel(FileListProxy(dialog))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.resize(dialog.sizeHint().expandedTo(FILE_DIALOG_SIZE))
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if _closing or dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""
