"""Running slow work off the GUI thread: one typed helper, two executors.

* ``run_task(work, on_finished=..., on_failed=..., on_progress=...)`` runs
  ``work(progress)`` on the global QThreadPool: CPU and file work that does not touch
  the database (rendering, signing, verifying files, reading a pack file). Several
  such tasks may run at once.
* ``run_collection_task(...)`` (same arguments) runs the work on the one-thread
  collection executor: anything that reads or writes the :class:`Collection` (and so
  SQLite). These tasks run one at a time, in the order they were started, so a read
  started after a save sees the save, and a long render never holds up a save.
  Work that needs both does its collection part there and hands the rest to
  ``run_task`` (the export: ``prepare_export`` then ``PreparedExport.run``).

``work`` returns a value of type ``T``; ``on_finished`` receives that value, typed.
``progress(percent, step)`` (a :class:`~selfcheck.core.progress.ProgressStep`) may be
called from the worker. Results, failures and progress come back through the queued
signals of one hub object on the GUI thread, so the callbacks always run there and may
touch widgets; the worker itself never does (nor does it own any QObject).
``work`` should capture plain data (paths, the collection), not widgets.

A failure with no ``on_failed`` is not dropped: it goes to the failure reporter the
window installs with :func:`set_failure_reporter` (its :class:`ErrorReporter`, which
shows and logs it) or, with no window, to the log.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from selfcheck.core.immutable import immutable
from selfcheck.core.progress import Progress, ProgressStep

T = TypeVar("T")

FailureReporter = Callable[[BaseException], None]

log = logging.getLogger("selfcheck.ui.tasks")


@immutable
class _Callbacks:
    """What to call when a task finishes, fails or reports progress."""

    on_finished: Callable[[Any], None] | None
    on_failed: FailureReporter | None
    on_progress: Callable[[int, ProgressStep], None] | None


class _Hub(QObject):
    """Carries every task's outcome to the GUI thread. One object for all tasks, made on
    the GUI thread and never deleted, so no worker ever holds the last reference to a
    QObject of the GUI thread (deleting it there would be unsafe)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, object)

    def __init__(self) -> None:
        super().__init__()
        queued = Qt.ConnectionType.QueuedConnection
        self.finished.connect(self._finished, queued)
        self.failed.connect(self._failed, queued)
        self.progress.connect(self._progress, queued)

    @Slot(int, object)
    def _finished(self, task: int, result: object) -> None:
        callbacks = _ACTIVE.pop(task)
        if callbacks.on_finished is not None:
            callbacks.on_finished(result)

    @Slot(int, object)
    def _failed(self, task: int, error: BaseException) -> None:
        callbacks = _ACTIVE.pop(task)
        (callbacks.on_failed or report_failure)(error)

    @Slot(int, int, object)
    def _progress(self, task: int, percent: int, step: ProgressStep) -> None:
        callbacks = _ACTIVE.get(task)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(percent, step)


class _Runnable(QRunnable):
    def __init__(self, task: int, work: Callable[[Progress], object], hub: _Hub) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work
        self._hub = hub

    def run(self) -> None:
        task, hub = self._task, self._hub

        def progress(percent: int, step: ProgressStep) -> None:
            hub.progress.emit(task, percent, step)

        try:
            result = self._work(progress)
        except BaseException as exc:  # handed to the GUI thread, never lost
            hub.failed.emit(task, exc)
        else:
            hub.finished.emit(task, result)


#: The callbacks of tasks that have not reported back yet, by task number.
_ACTIVE: dict[int, _Callbacks] = {}
_numbers = itertools.count(1)
_hub: _Hub | None = None
_collection_pool: QThreadPool | None = None
_failure_reporter: FailureReporter | None = None


def collection_pool() -> QThreadPool:
    """The one-thread pool that runs collection work in order."""
    global _collection_pool
    if _collection_pool is None:
        _collection_pool = QThreadPool()
        _collection_pool.setMaxThreadCount(1)
        _collection_pool.setObjectName("selfcheck-collection")
    return _collection_pool


def set_failure_reporter(reporter: FailureReporter | None) -> None:
    """Where failures of tasks without ``on_failed`` go (the window's error reporter)."""
    global _failure_reporter
    _failure_reporter = reporter


def report_failure(error: BaseException) -> None:
    """The default ``on_failed``: the installed reporter, or the log when there is none."""
    if _failure_reporter is not None:
        _failure_reporter(error)
    else:
        log.error("a background task failed with no one to tell",
                  exc_info=(type(error), error, error.__traceback__))


def _start(pool: QThreadPool, work: Callable[[Progress], T],
           on_finished: Callable[[T], None] | None, on_failed: FailureReporter | None,
           on_progress: Callable[[int, ProgressStep], None] | None) -> None:
    global _hub
    if _hub is None:
        _hub = _Hub()
    task = next(_numbers)
    _ACTIVE[task] = _Callbacks(on_finished, on_failed, on_progress)
    pool.start(_Runnable(task, work, _hub))


def run_task(work: Callable[[Progress], T], *,
             on_finished: Callable[[T], None] | None = None,
             on_failed: FailureReporter | None = None,
             on_progress: Callable[[int, ProgressStep], None] | None = None) -> None:
    """Run ``work(progress)`` (no database access) on the global thread pool; the
    callbacks run on the GUI thread. A failure without ``on_failed`` is reported."""
    _start(QThreadPool.globalInstance(), work, on_finished, on_failed, on_progress)


def run_collection_task(work: Callable[[Progress], T], *,
                        on_finished: Callable[[T], None] | None = None,
                        on_failed: FailureReporter | None = None,
                        on_progress: Callable[[int, ProgressStep], None] | None = None
                        ) -> None:
    """Like :func:`run_task` for work that uses the collection: one at a time, in order."""
    _start(collection_pool(), work, on_finished, on_failed, on_progress)


def pending_tasks() -> int:
    """How many tasks have not reported back yet (used by tests and on close)."""
    return len(_ACTIVE)


def wait_for_workers(timeout_ms: int = -1) -> bool:
    """Block until both executors are idle (on close, before the process ends); the
    tasks' callbacks run later, from the event loop. False if ``timeout_ms`` ran out."""
    idle = collection_pool().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and idle
