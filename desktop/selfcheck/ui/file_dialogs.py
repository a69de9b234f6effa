"""The file pickers behind :class:`~selfcheck.ui.prompts.Prompts`: Qt's file dialog with
sizes and dates in the window's language and columns wide enough for them. Loaded when
the first file is picked."""

from __future__ import annotations

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
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

from selfcheck.core.files import size_text
from selfcheck.ui.prompts import closing

translate = QCoreApplication.translate

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
    if closing() or dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def open_file(parent: QWidget | None, title: str, directory: str, filters: str = "") -> str:
    """Ask for one existing file ("" when cancelled)."""
    dialog = file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def open_files(parent: QWidget | None, title: str, directory: str, filters: str = "") -> list[str]:
    """Ask for one or more existing files (an empty list when cancelled)."""
    dialog = file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if closing() or dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def open_folder(parent: QWidget | None, title: str, directory: str) -> str:
    """Ask for an existing folder, e.g. a USB stick ("" when cancelled)."""
    dialog = file_dialog(parent, title, directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str = "", *,
              confirm_overwrite: bool = True) -> str:
    """Ask for a file to write (see :meth:`~selfcheck.ui.prompts.Prompts.save_file`)."""
    dialog = file_dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _chosen(dialog)
