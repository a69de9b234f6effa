"""A preview of a report with Qt's PDF module: every page, fit to the width, scrollable.

The document is loaded from the very bytes that were verified (a QBuffer in memory),
so the preview never shows a file that changed on the USB stick after the check.
QPdfDocument reports its progress through ``statusChanged``; a file pdfium cannot
open shows a plain "cannot preview" message instead. A report that failed
verification is still shown, under a red banner.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from selfcheck.core.reports.verify import Cause, VerificationResult
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.models.verified_reports import ReportRow
from selfcheck.ui.style import set_role

translate = QCoreApplication.translate


def banner_text(cause: Cause) -> str:
    """What the banner over a rejected file says: the kind of failure in plain words
    ("may have been altered" only when the file changed after signing)."""
    texts = {
        Cause.UNREADABLE: translate("ReportPreview", "This file could not be read, so it "
                                    "was not checked."),
        Cause.NOT_PDF: translate("ReportPreview", "This file is not a PDF report; nothing in "
                                 "it was checked."),
        Cause.DAMAGED: translate("ReportPreview", "This PDF is damaged or incomplete and "
                                 "cannot be checked. Ask for the report again."),
        Cause.UNSIGNED: translate("ReportPreview", "This PDF is not signed: nothing shows who "
                                  "issued it or whether it was changed. Do not treat it as a "
                                  "signed report."),
        Cause.NO_ROOTS: translate("ReportPreview", "No trusted root certificate is set up on "
                                  "this computer, so the signer cannot be checked. Add the "
                                  "organisation's root certificate under “Trusted roots”; "
                                  "the report is then checked again."),
        Cause.UNTRUSTED: translate("ReportPreview", "The signer is not trusted on this "
                                   "computer (the details say why). Do not rely on what this "
                                   "report shows."),
        Cause.ALTERED: translate("ReportPreview", "This file was changed after it was signed — "
                                 "its content may have been altered. Do not rely on what it "
                                 "shows."),
    }
    return texts.get(cause, translate("ReportPreview", "The signature of this file is not "
                                      "valid (the details say why). Do not rely on what it "
                                      "shows."))


def banner_role(cause: Cause) -> str:
    """A setup problem of this computer (no root) is a hint; anything else is a warning."""
    return "openQuestionsHint" if cause is Cause.NO_ROOTS else "rejectedBanner"


class ReportPreview(FollowsLanguage, QWidget):
    """The pages of the selected report, with a banner when it failed verification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._key: tuple[int, int] | None = None  # (row key, generation) shown
        self._entry: ReportRow | None = None

        self.banner = QLabel()
        set_role(self.banner, "rejectedBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.title = QLabel()
        set_role(self.title, "sectionLabel")
        self.page_label = QLabel()
        set_role(self.page_label, "mutedLabel")
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.message = QLabel()
        set_role(self.message, "emptyLabel")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        head = QHBoxLayout()
        head.setContentsMargins(4, 2, 4, 2)
        head.addWidget(self.title, 1)
        head.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self.document.statusChanged.connect(self._status_changed)
        self.document.pageCountChanged.connect(self._update_page_label)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.retranslate()
        self.show_row(None)


    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self._refresh_texts()

    # -- showing a row ----------------------------------------------------------

    @property
    def status(self) -> QPdfDocument.Status:
        return self.document.status()

    def show_row(self, entry: ReportRow | None) -> None:
        """Preview ``entry`` (None: nothing selected). Reloads only when it changed."""
        key = (entry.key, entry.generation) if entry is not None else None
        loaded = entry is not None and entry.data is not None
        if key == self._key and loaded == (self._buffer is not None):
            self._entry = entry
            self._refresh_texts()
            return
        self._entry = entry
        self._key = key
        self._unload()
        if entry is not None and entry.data is not None:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(entry.data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer
            self.document.load(buffer)
            self._status_changed(self.document.status())
        self._refresh_texts()

    def _unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.view.pageNavigator().jump(0, QPointF(0, 0))
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        entry = self._entry
        result = entry.result if entry is not None else None
        self.title.setText(entry.path.name if entry is not None else self.tr("Preview"))
        self._show_banner(result)
        status = self.document.status()
        ready = status == QPdfDocument.Status.Ready and self._buffer is not None
        self.stack.setCurrentWidget(self.view if ready else self.message)
        if ready:
            self.message.setText("")
        elif entry is None:
            self.message.setText(self.tr("Choose a report in the list to see its pages."))
        elif result is None:
            self.message.setText(self.tr("Checking…"))
        elif entry.data is None:
            self.message.setText(self.tr("This file cannot be previewed: it could not be read."))
        elif status == QPdfDocument.Status.Loading:
            self.message.setText(self.tr("Loading the preview…"))
        else:
            self.message.setText(self.tr("This file cannot be previewed: it is not a PDF "
                                         "document that can be displayed."))
        self.message.setAccessibleName(self.message.text())
        self._update_page_label()

    def _show_banner(self, result: VerificationResult | None) -> None:
        rejected = result is not None and not result.authentic
        self.banner.setVisible(rejected)
        if result is None or not rejected:
            return
        role = banner_role(result.cause)
        if self.banner.objectName() != role:
            set_role(self.banner, role)
        self.banner.setText(banner_text(result.cause))
        self.banner.setAccessibleName(self.banner.text())

    def _update_page_label(self, *_: object) -> None:
        count = self.document.pageCount()
        if self.document.status() != QPdfDocument.Status.Ready or count <= 0:
            self.page_label.setText("")
            return
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(current))
                                .replace("%2", str(count)))
