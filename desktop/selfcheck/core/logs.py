"""The log file of the program: a rotating file in the log directory, for the window and
the command line. Details of unexpected errors (tracebacks) go there, never to the screen
or the terminal."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

LOG_FILE = "selfcheck.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
    handler.setFormatter(logging.Formatter(_FORMAT))
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




class _LogFileOnDemand(logging.Handler):
    """Writes to the rotating log file in ``log_dir``, created at the first record: a
    command that logs nothing leaves no log folder behind. If the file cannot be written,
    records are dropped (a command line must not fail or print for want of a log)."""

    def __init__(self, log_dir: Path) -> None:
        super().__init__(logging.INFO)
        self.log_dir = log_dir
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._failed:
            try:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                self._file = RotatingLogHandler(self.log_dir / LOG_FILE, LOG_MAX_BYTES,
                                                LOG_BACKUPS)
            except OSError:
                self._failed = True
                return
            self._file.setFormatter(logging.Formatter(_FORMAT))
        if self._file is not None:
            self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_command_line_logging(log_dir: Path) -> None:
    """Send every log record of the command line — its own and the libraries' (pyHanko
    logs a traceback when it rejects a certificate), and Python warnings — to the log file
    in ``log_dir``, so that nothing but the command's own output reaches the terminal.
    Calling it again replaces the earlier set-up."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _LogFileOnDemand):
            root.removeHandler(handler)
            handler.close()
    root.addHandler(_LogFileOnDemand(log_dir))
    logging.getLogger("selfcheck").setLevel(logging.INFO)
    logging.captureWarnings(True)
    # a failure inside logging itself is not reported on stderr with a traceback either
    logging.raiseExceptions = False
