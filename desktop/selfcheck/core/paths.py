"""Where the program keeps its data, logs and settings, and where its bundled files are.

Order of precedence for the data directory:
1. an explicit ``--data-dir`` (``explicit``),
2. the ``SELFCHECK_HOME`` environment variable,
3. portable mode: a file named ``selfcheck-portable`` next to the program
   (the frozen executable, or the repository root when run from source)
   puts data, logs and settings in ``data/`` beside it,
4. the platform's per-user directories (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from selfcheck.core.errors import StoreError
from selfcheck.core.immutable import immutable

APP_NAME = "ai-selfcheck"
HOME_ENV = "SELFCHECK_HOME"
#: A folder of checklist packs that replaces the built-in ones (tests, pack authors).
CHECKLISTS_ENV = "SELFCHECK_CHECKLISTS"
PORTABLE_MARKER = "selfcheck-portable"
DATABASE_FILE = "selfcheck.sqlite3"


def program_root() -> Path:
    """The folder the program runs from: the bundle folder, or the repository root."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[3]


def executable_dir() -> Path:
    """The folder holding the executable (for the portable marker)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return program_root()


def checklists_dir() -> Path:
    """The bundled checklist pack sources."""
    override = os.environ.get(CHECKLISTS_ENV)
    return Path(override) if override else program_root() / "checklists"


def resources_dir() -> Path:
    """The bundled fonts, icons and translations."""
    return program_root() / "resources"


def docs_dir() -> Path:
    """The user documentation: ``docs/`` beside the executable in a bundle, the
    repository's ``docs/`` when run from source."""
    return (executable_dir() if getattr(sys, "frozen", False) else program_root()) / "docs"


#: The user guide's file in each language (Help → User guide).
USER_GUIDE = {"zh": "guide.zh-CN.md", "en": "guide.md"}


def user_guide(lang: str) -> Path:
    """The user guide in ``lang`` ("zh" or "en"; Chinese for any other)."""
    return docs_dir() / USER_GUIDE["en" if lang == "en" else "zh"]


@immutable
class AppPaths:
    """The directories one run of the program uses."""

    data_dir: Path
    log_dir: Path
    config_dir: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def trust_dir(self) -> Path:
        return self.data_dir / "trust"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "selfcheck.lock"

    def ensure(self) -> None:
        """Create the directories if they do not exist yet."""
        for folder in (self.data_dir, self.log_dir, self.config_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                raise StoreError(f"{folder}: the folder cannot be created ({reason}); is the "
                                 "medium write-protected?",
                                 zh=f"{folder}：无法创建文件夹（{reason}），存储介质是否写保护？"
                                 ) from None


def resolve_paths(explicit: str | os.PathLike[str] | None = None) -> AppPaths:
    """Work out the directories for this run (see the module docstring)."""
    chosen = explicit if explicit else os.environ.get(HOME_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs", config_dir=root / "settings")
    marker = executable_dir() / PORTABLE_MARKER
    if marker.is_file():
        root = executable_dir() / "data"
        return AppPaths(root, root / "logs", root / "settings", portable=True)
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
