"""One helper to run slow work (files, PDF, crypto) off the GUI thread.

``run_task(work, on_finished=..., on_failed=...)`` runs ``work(progress)`` on
the global QThreadPool. ``progress(percent, text)`` may be called from the
worker. Results, errors and progress come back through typed Qt signals with a
queued connection, so the callbacks always run on the GUI thread and may touch
widgets; the worker itself never does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

ProgressFn = Callable[[int, str], None]


class TaskSignals(QObject):
    """The signals of one task; lives on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class _Relay(QObject):
    """Receives a task's signals on the GUI thread and calls the callbacks."""

    def __init__(self, on_finished: Callable[[Any], None] | None,
                 on_failed: Callable[[BaseException], None] | None,
                 on_progress: Callable[[int, str], None] | None) -> None:
        super().__init__()
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._on_progress = on_progress

    @Slot(object)
    def finished(self, result: object) -> None:
        _ACTIVE.discard(self)
        if self._on_finished is not None:
            self._on_finished(result)

    @Slot(object)
    def failed(self, error: object) -> None:
        _ACTIVE.discard(self)
        if self._on_failed is not None:
            assert isinstance(error, BaseException)
            self._on_failed(error)

    @Slot(int, str)
    def progress(self, percent: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(percent, text)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressFn], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        signals = self._signals

        def progress(percent: int, text: str = "") -> None:
            signals.progress.emit(percent, text)

        try:
            result = self._work(progress)
        except BaseException as exc:  # handed to the GUI thread, never lost
            signals.failed.emit(exc)
        else:
            signals.finished.emit(result)


#: Relays of running tasks, kept alive until their task has reported.
_ACTIVE: set[_Relay] = set()


def run_task(work: Callable[[ProgressFn], Any], *,
             on_finished: Callable[[Any], None] | None = None,
             on_failed: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, str], None] | None = None) -> TaskSignals:
    """Run ``work(progress)`` on the thread pool; callbacks run on the GUI thread."""
    signals = TaskSignals()
    relay = _Relay(on_finished, on_failed, on_progress)
    queued = Qt.ConnectionType.QueuedConnection
    signals.finished.connect(relay.finished, queued)
    signals.failed.connect(relay.failed, queued)
    signals.progress.connect(relay.progress, queued)
    relay._signals = signals  # type: ignore[attr-defined]  # keep the signals alive too
    _ACTIVE.add(relay)
    QThreadPool.globalInstance().start(_Runnable(work, signals))
    return signals


def pending_tasks() -> int:
    """How many tasks have not reported back yet (used by tests and on close)."""
    return len(_ACTIVE)
