"""Wordings several views share: a pack by its title and version (never by its id),
and fingerprints in groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from selfcheck.core.model import Pack

translate = QCoreApplication.translate


def pack_version_text(title: str, version: int) -> str:
    """A pack version as users know it: its title and version number."""
    return translate("Wording", "%1 · version %2").replace("%1", title).replace(
        "%2", str(version))


def pack_name(pack: Pack, lang: str) -> str:
    """``pack`` by its title in ``lang`` and its version."""
    return pack_version_text(pack.title.get(lang), pack.version)


def grouped(hex_text: str, size: int = 8) -> str:
    """A long hexadecimal fingerprint in groups, so that it wraps and reads well."""
    return " ".join(hex_text[n:n + size] for n in range(0, len(hex_text), size))
