"""Typed access to the window's settings (QSettings in an INI file in the config dir)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """The user's window settings; stored beside the data, never in the repository."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self.path = config_dir / "selfcheck-ui.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # -- plain values ----------------------------------------------------------

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def language(self) -> str:
        """"zh", "en", or "" for the system's language."""
        value = self._str("ui/language")
        return value if value in ("zh", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def last_directory(self) -> str:
        return self._str("ui/last_directory")

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._qs.setValue("ui/last_directory", value)

    @property
    def show_archived(self) -> bool:
        return self._str("list/show_archived", "false") == "true"

    @show_archived.setter
    def show_archived(self, value: bool) -> None:
        self._qs.setValue("list/show_archived", "true" if value else "false")

    @property
    def identity_path(self) -> str:
        """The signer identity file (.p12) chosen for exports (never its passphrase)."""
        return self._str("signing/identity_path")

    @identity_path.setter
    def identity_path(self, value: str) -> None:
        self._qs.setValue("signing/identity_path", value)

    # -- geometry and layout ---------------------------------------------------

    def geometry(self, name: str) -> QByteArray | None:
        return self._bytes(f"geometry/{name}")

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"geometry/{name}", value)

    # -- drafts kept here by earlier versions ----------------------------------

    def legacy_drafts(self) -> dict[str, str]:
        """Unsaved drafts as earlier versions kept them here: assessment uid → JSON text.
        Drafts now live in the database; :func:`selfcheck.ui.app.adopt_legacy_drafts`
        moves these there once."""
        self._qs.beginGroup(LEGACY_DRAFTS_GROUP)
        try:
            texts = {uid: _joined(self._qs.value(uid)) for uid in self._qs.childKeys()}
        finally:
            self._qs.endGroup()
        return {uid: text for uid, text in texts.items() if text}

    def forget_legacy_drafts(self) -> None:
        """Remove the earlier versions' drafts (once they are in the database)."""
        self._qs.remove(LEGACY_DRAFTS_GROUP)
        self._qs.sync()


#: Where versions before drafts were kept in the database kept them.
LEGACY_DRAFTS_GROUP = "drafts"


def _joined(value: object) -> str:
    """A stored text; an INI value with unquoted commas comes back as a list of its parts."""
    if isinstance(value, list):
        return ", ".join(str(part) for part in value)
    return "" if value is None else str(value)
