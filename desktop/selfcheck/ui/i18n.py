"""Language switching: Qt translators for the window and Qt's own dialogs.

Two languages: Simplified Chinese ("zh") and English ("en"). The window's
source strings are English; ``selfcheck_zh_CN.qm`` translates them. Qt's own
``qtbase_zh_CN.qm`` (from ``QLibraryInfo.TranslationsPath``) translates standard
dialogs; the few strings it lacks in this Qt version (:data:`QT_CATALOGUE_GAPS`)
are translated in our own catalogue. Both translators are installed before any
window or dialog exists and swapped on every language switch. Installing or
removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget,
and each view re-translates itself in ``retranslate()``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from selfcheck.core.bilingual import environment_locale, language_of_locale
from selfcheck.core.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh", "en")
CJK_FAMILY = "WenQuanYi Micro Hei"
_QM_NAMES = {"zh": "selfcheck_zh_CN", "en": "selfcheck_en"}
QT_QM_NAME = "qtbase_zh_CN.qm"

#: Strings of Qt's own file dialog that Qt 6.11's qtbase_zh_CN.qm does not translate
#: (its catalogue has "Look in:" and "Files of type:", but the dialog asks for the
#: forms with a mnemonic; the file-type names come from QAbstractFileIconProvider,
#: which the catalogue lacks). They are listed here so that lupdate keeps them in
#: selfcheck_zh_CN.ts; our translator answers when Qt's has no translation.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    # asked for with the disambiguation "All other platforms"; Qt falls back to this
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues (qtbase_*.qm) are."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The language of a first start (no choice saved under View → Language): English
    only for an English locale, Chinese otherwise (also C/POSIX or none) — the command
    line's rule from the same source (on macOS, where the variables are rarely set,
    the system's locale)."""
    name = environment_locale() or (QLocale.system().name() if sys.platform == "darwin" else "")
    return language_of_locale(name)


#: The translators this module installed in the application, whichever manager did it:
#: a later window in the same process (tests, screenshots) must not inherit an earlier
#: one's language.
_INSTALLED: list[QTranslator] = []


class FollowsLanguage:
    """Mixin for widgets: calls ``retranslate()`` when the application's language changes
    (list it before the Qt base class: ``class View(FollowsLanguage, QWidget)``)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt base class's


class LanguageManager(QObject):
    """Holds the current language and swaps the translators."""

    languageChanged = Signal(str)

    def __init__(self, app: QApplication, base_font: QFont | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._lang = ""
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
        had_translators = bool(_INSTALLED)
        while _INSTALLED:
            translator = _INSTALLED.pop()
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._lang = lang
        self._apply_font(lang)
        app_qm = translations_dir() / f"{_QM_NAMES[lang]}.qm"
        self._load(app_qm)
        if lang == "zh":
            # installed last, so asked first; our catalogue answers for its gaps
            self._load(qt_translations_dir() / QT_QM_NAME)
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh" \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        QLocale.setDefault(locale)
        # Deliver the LanguageChange events Qt posted now, so every view is translated
        # when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if not had_translators and not _INSTALLED:
            # No translator came or went, so Qt sends no LanguageChange: send it ourselves
            # so that pack texts still switch language.
            for widget in self._app.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.languageChanged.emit(lang)

    def _load(self, path: Path) -> None:
        translator = QTranslator(self._app)
        if path.is_file() and translator.load(str(path)):
            self._app.installTranslator(translator)
            _INSTALLED.append(translator)
        elif path.parent == translations_dir():
            log.warning("translation %s is missing (run 'make translations')", path.name)
        else:
            log.warning("Qt's translation %s could not be loaded; Qt's own dialogs stay "
                        "in English", path)

    def _apply_font(self, lang: str) -> None:
        """Chinese text in the bundled CJK font; Latin text in the system font with it as fallback."""
        font = QFont(self._base_font)
        base = self._base_font.family()
        families = [CJK_FAMILY, base] if lang == "zh" else [base, CJK_FAMILY]
        font.setFamilies(families)
        self._app.setFont(font)
