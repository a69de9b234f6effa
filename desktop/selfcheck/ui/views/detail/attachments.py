"""The evidence files of the item shown: the list (a view of the session's attachment
list), and attaching, saving a copy of and removing a file, the file work off the GUI
thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.answers import Attachment
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.session import AssessmentSession
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import remember_folder, start_file, start_folder
from selfcheck.ui.models.attachments import AttachmentColumn, AttachmentListModel
from selfcheck.ui.style import item_view, set_role
from selfcheck.ui.tasks import run_collection_task

translate = QCoreApplication.translate


class AttachmentsPanel(QWidget):
    """The files stored with the answer shown, with their buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._session: AssessmentSession | None = None
        self._item_id = ""
        self._read_only = False
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.model = AttachmentListModel(self)
        self.files = QTableView()
        self.files.setObjectName("attachments")
        self.files.setModel(self.model)
        item_view(self.files)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().setVisible(False)
        self.files.setShowGrid(False)
        self.files.setWordWrap(False)
        self.files.setTabKeyNavigation(False)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(AttachmentColumn.FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttachmentColumn.SIZE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttachmentColumn.SHA256, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.files.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachButton")
        self.save_copy_button = QPushButton()
        self.remove_file_button = QPushButton()
        self.file_progress = QLabel()
        set_role(self.file_progress, "mutedLabel")

        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.save_copy_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files)
        layout.addLayout(buttons)

        self.attach_button.clicked.connect(lambda: self.attach_file())
        self.save_copy_button.clicked.connect(self._save_copy)
        self.remove_file_button.clicked.connect(self._remove_file)
        self.files.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def retranslate(self) -> None:
        self.files_label.setText(translate(
            "ItemDetail", "Attached evidence files (stored in the database with their SHA-256)"))
        self.model.retranslate()
        self.files.setAccessibleName(translate("ItemDetail", "Attached evidence files"))
        self.attach_button.setText(translate("ItemDetail", "Attach file…"))
        self.save_copy_button.setText(translate("ItemDetail", "Save a copy…"))
        self.remove_file_button.setText(translate("ItemDetail", "Remove"))

    def show_item(self, session: AssessmentSession | None, item_id: str) -> None:
        """List the files of ``item_id`` in ``session``."""
        self._session, self._item_id = session, item_id
        self._read_only = session is None or session.read_only
        self.model.show_item(session, item_id)

    def _update_buttons(self) -> None:
        chosen = self.files.selectionModel().hasSelection()
        self.save_copy_button.setEnabled(chosen)
        self.remove_file_button.setEnabled(chosen and not self._read_only)

    def selected_attachment(self) -> Attachment | None:
        rows = self.files.selectionModel().selectedRows()
        return self.model.attachment_at(rows[0].row()) if rows else None

    # -- the file work ---------------------------------------------------------

    def attach_file(self, path: str | None = None) -> None:
        """Ask for a file (or take ``path``) and store it with the answer, off the GUI thread."""
        session, item_id = self._session, self._item_id
        if session is None or not item_id or self._read_only:
            return
        if not path:
            path = self.ctx.prompts.open_file(self, translate("ItemDetail", "Attach an evidence file"),
                                              start_folder(self.ctx.settings))
        if not path:
            return
        chosen = Path(path)
        remember_folder(self.ctx.settings, chosen)
        self.attach_button.setEnabled(False)
        self.file_progress.setText(translate("ItemDetail", "Storing %1…").replace("%1", chosen.name))

        def done(attachment: Attachment) -> None:
            self.attach_button.setEnabled(True)
            self.file_progress.setText("")
            session.add_attachment(attachment)  # the item's views follow the session

        def failed(error: BaseException) -> None:
            self.attach_button.setEnabled(True)
            self.file_progress.setText("")
            self.ctx.errors.report(error, self, translate("ItemDetail", "The file was not attached"))

        run_collection_task(lambda progress: session.store_file(item_id, chosen),
                            on_finished=done, on_failed=failed)

    def _save_copy(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        start = start_file(self.ctx.settings, attachment.file_name)
        target = self.ctx.prompts.save_file(
            self, translate("ItemDetail", "Save a copy of the evidence file"), start)
        if not target:
            return
        collection = self.ctx.collection

        def work(progress: object) -> str:
            _name, content = collection.attachment_content(attachment.id)
            try:
                Path(target).write_bytes(content)
            except OSError as exc:
                raise SelfCheckError(f"{target}: cannot be written ({exc.strerror})",
                                     zh=f"{target}：无法写入（{exc.strerror}）") from None
            return target

        run_collection_task(work, on_finished=lambda _: self.file_progress.setText(
            translate("ItemDetail", "Copy saved")), on_failed=lambda e: self.ctx.errors.report(e, self))

    def _remove_file(self) -> None:
        attachment = self.selected_attachment()
        session = self._session
        if attachment is None or session is None:
            return
        if not self.ctx.prompts.confirm(
                self, translate("ItemDetail", "Remove evidence file"),
                translate("ItemDetail", "Remove “%1” from this answer? The removal is recorded "
                          "in the audit log.").replace("%1", attachment.file_name)):
            return
        try:
            session.remove_attachment(self._item_id, attachment.id)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
