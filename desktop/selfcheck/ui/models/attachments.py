"""The evidence files of one item: a table model over the session's attachment list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from selfcheck.core.answers import Attachment
from selfcheck.core.files import size_text
from selfcheck.core.session import AssessmentSession, SessionChange
from selfcheck.ui import icons
from selfcheck.ui.models import Index

translate = QCoreApplication.translate


#: The attachment's id, on the file-name column.
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole


class AttachmentColumn:
    FILE = 0
    SIZE = 1
    SHA256 = 2
    COUNT = 3


class AttachmentListModel(QAbstractTableModel):
    """The files stored with one item's answer, read from the session (no copy kept
    apart from it) and renewed when the session reports a change of that item."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session: AssessmentSession | None = None
        self._item_id = ""
        self._files: tuple[Attachment, ...] = ()
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.StyleHint.Monospace)
        self._headers: tuple[str, ...] = ()
        self.retranslate()

    def show_item(self, session: AssessmentSession | None, item_id: str) -> None:
        """List the files of ``item_id`` in ``session`` (none for None)."""
        if session is not self._session:
            if self._session is not None:
                self._session.changed.disconnect(self._session_changed)
            if session is not None:
                session.changed.connect(self._session_changed)
            self._session = session
        self._item_id = item_id
        self._reload()

    def _session_changed(self, change: SessionChange) -> None:
        if self._item_id in change.items:
            self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        session = self._session
        self._files = session.attachments(self._item_id) if session and self._item_id else ()
        self.endResetModel()

    def attachment_at(self, row: int) -> Attachment | None:
        return self._files[row] if 0 <= row < len(self._files) else None

    def retranslate(self) -> None:
        """Take the column titles in the current language (views ask for them often)."""
        self._headers = (translate("ItemDetail", "File"), translate("ItemDetail", "Size"),
                         translate("ItemDetail", "SHA-256"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AttachmentColumn.COUNT - 1)

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else AttachmentColumn.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attachment = self._files[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (attachment.file_name, size_text(attachment.size),
                    attachment.sha256)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column != AttachmentColumn.SIZE:
            return attachment.file_name if column == AttachmentColumn.FILE else attachment.sha256
        if role == Qt.ItemDataRole.DecorationRole and column == AttachmentColumn.FILE:
            return icons.clip_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AttachmentColumn.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == AttachmentColumn.SHA256:
            return self._mono
        if role == ATTACHMENT_ID_ROLE and column == AttachmentColumn.FILE:
            return attachment.id
        return None
