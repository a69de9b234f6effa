"""The one place in the window that shows errors to the user and logs them.

Expected errors (:class:`~selfcheck.core.errors.SelfCheckError`) are shown
with their one-line message. Anything unexpected is logged with its traceback
to a rotating file in the log directory and shown as a plain dialog; the
window keeps running (``sys.excepthook`` is routed here).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.logs import LOG_FILE, RotatingLogHandler, setup_logging
from selfcheck.ui.prompts import Prompts

translate = QCoreApplication.translate

log = logging.getLogger("selfcheck.ui")

__all__ = ["LOG_FILE", "ErrorReporter", "RotatingLogHandler", "setup_logging"]


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
