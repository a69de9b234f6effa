"""What every view needs: the open collection, settings, language, error reporting."""

from __future__ import annotations

from dataclasses import dataclass

from selfcheck.core.collection import Collection
from selfcheck.core.paths import AppPaths
from selfcheck.ui.errors import ErrorReporter
from selfcheck.ui.i18n import LanguageManager
from selfcheck.ui.prompts import Prompts
from selfcheck.ui.settings import Settings


@dataclass
class AppContext:
    """Shared by the views. ``collection`` is replaced when a backup is restored."""

    paths: AppPaths
    collection: Collection
    settings: Settings
    i18n: LanguageManager
    errors: ErrorReporter
    prompts: Prompts

    @property
    def lang(self) -> str:
        """The language of pack texts: "zh" or "en"."""
        return self.i18n.language
