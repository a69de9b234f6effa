"""Where file dialogs open: the folder used last, else the user's Documents (or home)
folder; never the process's working directory (often the program's own folder)."""

from __future__ import annotations

from pathlib import Path

from selfcheck.ui.settings import Settings


def default_folder() -> Path:
    """The user's Documents folder when there is one, else the home folder."""
    from PySide6.QtCore import QStandardPaths  # loaded when a file is first picked

    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(settings: Settings) -> str:
    """The folder a file dialog opens in."""
    last = settings.last_directory
    if last and Path(last).is_dir():
        return last
    return str(default_folder())


def start_file(settings: Settings, name: str) -> str:
    """A file name suggested in the folder a save dialog opens in."""
    return str(Path(start_folder(settings)) / name)


def remember_folder(settings: Settings, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or a chosen folder) for the next dialog."""
    path = Path(chosen)
    settings.last_directory = str(path if path.is_dir() else path.parent)
