"""Help → About: version, installed pack versions and where the data is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from selfcheck import PRODUCT_NAME_EN, PRODUCT_NAME_ZH, __version__
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.packs.describe import origin_text
from selfcheck.core.text import escape_html
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.wording import pack_name


class AboutDialog(FollowsLanguage, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("aboutDialog")
        self.icon = QLabel()
        self.icon.setPixmap(icons.app_icon().pixmap(64, 64))
        self.text = QLabel()
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About"))
        lang = self.ctx.lang
        name = PRODUCT_NAME_ZH if lang == "zh" else PRODUCT_NAME_EN
        other = PRODUCT_NAME_EN if lang == "zh" else PRODUCT_NAME_ZH
        packs = []
        try:
            for record in self.ctx.collection.packs.records():
                pack = self.ctx.collection.packs.get(record.pack_id, record.version)
                packs.append(f"<li>{escape_html(pack_name(pack, lang))} · "
                             f"{escape_html(record.label)} — "
                             f"{escape_html(origin_text(record.origin, record.signer_key_id, lang))}, "
                             f"SHA-256 {record.content_hash}</li>")
        except SelfCheckError as exc:
            packs.append(f"<li>{escape_html(exc.localized(lang))}</li>")
        paths = self.ctx.paths
        rows = [
            f"<h2>{escape_html(name)}</h2><p>{escape_html(other)}</p>",
            "<p>" + self.tr("Version %1 (Qt %2)").replace("%1", __version__)
            .replace("%2", qVersion()) + "</p>",
            "<p>" + self.tr("Offline self-assessment of AI use against AISGF-1.0 §6.3.") + "</p>",
            "<p><b>" + self.tr("Installed checklist packs:") + "</b></p><ul>"
            + "".join(packs) + "</ul>",
            "<p><b>" + self.tr("Data folder:") + f"</b> {escape_html(str(paths.data_dir))}"
            + (" " + self.tr("(portable)") if paths.portable else "") + "<br>"
            + "<b>" + self.tr("Database:") + f"</b> {escape_html(str(paths.database))}<br>"
            + "<b>" + self.tr("Log files:") + f"</b> {escape_html(str(paths.log_dir))}<br>"
            + "<b>" + self.tr("Settings:") + f"</b> {escape_html(str(self.ctx.settings.path))}</p>",
            "<p>" + self.tr("Chinese text is shown with the bundled font WenQuanYi Micro Hei "
                            "(Apache 2.0 / GPLv3 with font exception).") + "</p>",
        ]
        self.text.setText("".join(rows))
