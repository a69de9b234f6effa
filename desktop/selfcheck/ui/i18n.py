"""Language switching: Qt translators for the window and Qt's own dialogs.

Two languages: Simplified Chinese ("zh") and English ("en"). The window's
source strings are English; ``selfcheck_zh_CN.qm`` translates them. Qt's own
``qtbase_zh_CN.qm`` translates standard dialogs. Installing or removing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget, and each
view re-translates itself in ``retranslate()``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from selfcheck.core.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh", "en")
CJK_FAMILY = "WenQuanYi Micro Hei"
_QM_NAMES = {"zh": "selfcheck_zh_CN", "en": "selfcheck_en"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """"zh" when the system locale is Chinese, otherwise "en"."""
    locale = QLocale.system()
    languages = [locale.language(), *(QLocale(name).language() for name in locale.uiLanguages())]
    return "zh" if QLocale.Language.Chinese in languages else "en"


class LanguageManager(QObject):
    """Holds the current language and swaps the translators."""

    languageChanged = Signal(str)

    def __init__(self, app: QApplication, base_font: QFont | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._lang = ""
        self._translators: list[QTranslator] = []
        self._base_font = QFont(base_font or app.font())

    @property
    def language(self) -> str:
        return self._lang or "en"

    def set_language(self, lang: str) -> None:
        """Switch to ``lang`` ("zh" or "en"); every open view re-translates."""
        if lang not in LANGUAGES:
            lang = "en"
        if lang == self._lang:
            return
        had_translators = bool(self._translators)
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self._lang = lang
        self._apply_font(lang)
        app_qm = translations_dir() / f"{_QM_NAMES[lang]}.qm"
        self._load(app_qm)
        if lang == "zh":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(Path(qt_dir) / "qtbase_zh_CN.qm")
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh" \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        QLocale.setDefault(locale)
        # Deliver the LanguageChange events Qt posted now, so every view is translated
        # when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if not had_translators and not self._translators:
            # No translator came or went, so Qt sends no LanguageChange: send it ourselves
            # so that pack texts still switch language.
            for widget in self._app.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.languageChanged.emit(lang)

    def _load(self, path: Path) -> None:
        translator = QTranslator(self)
        if path.is_file() and translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        elif path.suffix == ".qm" and path.parent == translations_dir():
            log.warning("translation %s is missing (run 'make translations')", path.name)

    def _apply_font(self, lang: str) -> None:
        """Chinese text in the bundled CJK font; Latin text in the system font with it as fallback."""
        font = QFont(self._base_font)
        base = self._base_font.family()
        families = [CJK_FAMILY, base] if lang == "zh" else [base, CJK_FAMILY]
        font.setFamilies(families)
        self._app.setFont(font)
