"""The one place in the window that shows errors to the user and logs them.

Expected errors (:class:`~selfcheck.core.errors.SelfCheckError`) are shown
with their one-line message. Anything unexpected is logged with its traceback
to a rotating file in the log directory and shown as a plain dialog; the
window keeps running (``sys.excepthook`` is routed here).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from selfcheck.core.errors import SelfCheckError
from selfcheck.ui.prompts import Prompts

translate = QCoreApplication.translate

log = logging.getLogger("selfcheck.ui")

LOG_FILE = "selfcheck.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


def setup_logging(log_dir: Path) -> Path | None:
    """Log to a rotating file in ``log_dir``; returns its path (None if it cannot be written)."""
    root = logging.getLogger("selfcheck")
    for handler in list(root.handlers):
        if getattr(handler, "_selfcheck_ui", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE
        handler = RotatingLogHandler(path, LOG_MAX_BYTES, LOG_BACKUPS)
    except OSError:
        return None
    handler._selfcheck_ui = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class RotatingLogHandler(logging.FileHandler):
    """Appends to ``path``; once it reaches ``max_bytes`` it becomes ``path.1`` (and so on,
    keeping ``backups`` old files). The standard library's RotatingFileHandler does the
    same but its module imports the socket and pickle machinery, which slowed the start.

    When the log cannot be renamed (on Windows, another program may hold it open), the
    handler keeps appending and does not try again this session: no record is dropped
    and no old log is lost."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.path, self.max_bytes, self.backups = path, max_bytes, max(1, backups)
        self._can_rotate = True
        if path.exists() and path.stat().st_size >= max_bytes:
            self._rotate()
        super().__init__(path, encoding="utf-8")

    def _backup(self, number: int) -> Path:
        return self.path.with_name(f"{self.path.name}.{number}")

    def _rotate(self) -> None:
        aside = self.path.with_name(self.path.name + ".rotating")
        try:
            # the current log first: when it cannot be moved, nothing else has moved yet
            os.replace(self.path, aside)
        except OSError:
            self._can_rotate = False
            return
        try:
            for number in range(self.backups - 1, 0, -1):
                if self._backup(number).exists():
                    os.replace(self._backup(number), self._backup(number + 1))
            os.replace(aside, self._backup(1))
        except OSError:
            self._can_rotate = False
            with contextlib.suppress(OSError):
                os.replace(aside, self.path)  # back where it was; appending goes on

    def emit(self, record: logging.LogRecord) -> None:
        if self._can_rotate and self.stream is not None and self.stream.tell() >= self.max_bytes:
            self.stream.close()
            self.stream = None  # FileHandler.emit opens the (new) file again
            self._rotate()
        super().emit(record)


class ErrorReporter:
    """Shows an error as a dialog with a plain message, and logs it."""

    def __init__(self, prompts: Prompts, lang: Callable[[], str] = lambda: "en") -> None:
        self.prompts = prompts
        self.lang = lang
        self._showing = False

    def _parent(self, parent: QWidget | None) -> QWidget | None:
        return parent or QApplication.activeWindow()

    def report(self, error: BaseException | str, parent: QWidget | None = None,
               title: str = "") -> None:
        """Show ``error``: a SelfCheckError's message, or a plain text."""
        if isinstance(error, SelfCheckError):
            message = error.localized(self.lang())
            log.warning("%s: %s", type(error).__name__, message)
        elif isinstance(error, BaseException):
            self.unexpected(type(error), error, error.__traceback__, parent)
            return
        else:
            message = error
            log.warning("%s", message)
        self._show(parent, title or translate("ErrorReporter", "Cannot do that"), message)

    def unexpected(self, kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None, parent: QWidget | None = None) -> None:
        """An error nobody expected: log the traceback, tell the user plainly."""
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        message = translate("ErrorReporter", "Something went wrong inside the program. Your saved answers are safe. "
                      "The details were written to the log file.")
        self._show(parent, translate("ErrorReporter", "Unexpected error"), f"{message}\n\n{kind.__name__}: {error}",
                   details)

    def _show(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        if self._showing:  # an error while an error dialog is open: log only
            return
        self._showing = True
        try:
            self.prompts.error(self._parent(parent), title, message, details)
        finally:
            self._showing = False

    def install_excepthook(self) -> None:
        """Route uncaught exceptions (also those raised in Qt slots) to :meth:`unexpected`."""

        def hook(kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, error, tb)
                return
            self.unexpected(kind, error, tb)

        sys.excepthook = hook
