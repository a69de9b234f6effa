"""Fixtures that drive the real window offscreen, with scripted (never modal) prompts."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TRANSLATIONS = REPO / "resources" / "translations"


def _build_translations() -> None:
    """Build the .qm files from the .ts sources when missing or older (as `make` does)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if lrelease.exists():
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=False)


_build_translations()


@dataclass
class ScriptedPrompts:
    """Stands in for message boxes and file pickers; records what the window showed."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    confirm_answer: bool = True
    open_paths: list[str] = field(default_factory=list)
    #: Answers to multi-file pickers, one list of paths per question.
    open_path_lists: list[list[str]] = field(default_factory=list)
    save_paths: list[str] = field(default_factory=list)
    #: Answers to folder pickers.
    open_folders: list[str] = field(default_factory=list)
    #: Answers to :meth:`choose` (an index; -1 for Close), and the choices offered.
    choice_answers: list[int] = field(default_factory=list)
    choices: list[list[str]] = field(default_factory=list)
    #: Files and folders the window asked the system to open (nothing is opened).
    opened: list[Path] = field(default_factory=list)

    def error(self, parent: object, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message))

    def info(self, parent: object, title: str, message: str) -> None:
        self.infos.append((title, message))

    def confirm(self, parent: object, title: str, message: str) -> bool:
        self.confirms.append(message)
        return self.confirm_answer

    def choose(self, parent: object, title: str, message: str, choices: list[str]) -> int:
        self.infos.append((title, message))
        self.choices.append(list(choices))
        return self.choice_answers.pop(0) if self.choice_answers else -1

    def open_location(self, path: Path) -> bool:
        self.opened.append(path)
        return True

    def open_file(self, parent: object, title: str, directory: str, filters: str = "") -> str:
        return self.open_paths.pop(0) if self.open_paths else ""

    def open_files(self, parent: object, title: str, directory: str,
                   filters: str = "") -> list[str]:
        return self.open_path_lists.pop(0) if self.open_path_lists else []

    def open_folder(self, parent: object, title: str, directory: str) -> str:
        return self.open_folders.pop(0) if self.open_folders else ""

    def save_file(self, parent: object, title: str, suggested: str, filters: str = "", *,
                  confirm_overwrite: bool = True) -> str:
        return self.save_paths.pop(0) if self.save_paths else ""


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def wait_tasks(qtbot: Any) -> Callable[[], None]:
    """``wait_tasks()`` returns once every background task has reported back (at most a
    minute: signing and verifying a report take a few seconds on a slow machine)."""
    from selfcheck.ui.tasks import pending_tasks

    def wait() -> None:
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=60000)

    return wait


@pytest.fixture
def launch_window(qapp: object, data_dir: Path, prompts: ScriptedPrompts) -> Iterator[object]:
    """``launch_window(lang)`` opens the real window on the test's data folder."""
    from selfcheck.ui.app import launch

    sessions: list[object] = []

    def start(lang: str = "en") -> object:
        session = launch(data_dir, prompts=prompts, language=lang)  # type: ignore[arg-type]
        assert session is not None, prompts.errors
        session.window.resize(1400, 900)
        sessions.append(session)
        return session

    yield start
    from selfcheck.ui.tasks import pending_tasks, wait_for_workers

    for session in sessions:
        if pending_tasks():
            wait_for_workers(10000)
        with contextlib.suppress(Exception):
            session.close()  # type: ignore[attr-defined]
    sys.excepthook = sys.__excepthook__
