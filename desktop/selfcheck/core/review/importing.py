"""Importing a batch of files into the register: find, check in parallel, register.

:func:`import_files` finds the files, has each one read, hashed and verified
(:func:`~selfcheck.core.review.worker.check_file`) in a pool of worker processes —
verification is CPU-bound — and hands every check to ``register``, which stores an
authentic report and says what became of the file. A file that cannot be read,
is not authentic, or takes longer than ``timeout`` to check is rejected with its
reason and the batch goes on (a stuck worker is replaced). Progress is reported
after every file; ``cancelled`` is asked between files, and the files registered
before a cancel stay registered.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from selfcheck.core.immutable import immutable
from selfcheck.core.review.files import find_report_files
from selfcheck.core.review.worker import (
    CheckSettings,
    FileCheck,
    check_file,
    check_in_worker,
    load_trust,
    start_worker,
    worker_ready,
)

log = logging.getLogger(__name__)

#: Batches this small are checked in the calling process (starting workers costs more).
SMALL_BATCH = 3
#: A file whose check takes longer than this is refused and its worker replaced.
FILE_TIMEOUT_S = 120.0
#: Workers that cannot answer within this long after starting are given up on, and the
#: files are checked in this process instead.
STARTUP_TIMEOUT_S = 60.0
_POLL_S = 0.1
#: Checked files are stored in batches of at most this many (one durable commit each),
#: or sooner when the oldest has waited :data:`BATCH_WAIT_S`.
BATCH = 32
BATCH_WAIT_S = 0.5


class OutcomeKind(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@immutable
class ImportOutcome:
    """What became of one file. ``report_id`` names the registered report (the new one,
    or for a duplicate the one already there)."""

    path: str
    kind: OutcomeKind
    reason: str = ""
    reason_zh: str = ""
    report_id: int | None = None
    organisation: str = ""
    system_name: str = ""
    version: int = 0

    def localized_reason(self, lang: str) -> str:
        return self.reason_zh if lang == "zh" and self.reason_zh else self.reason


@immutable
class ImportProgress:
    """How far an import has come (``total`` is 0 while files are still being found)."""

    done: int
    total: int
    added: int
    duplicates: int
    rejected: int
    current: str = ""

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total if self.total else 0


@dataclass
class ImportSummary:
    """Every file's outcome, in the order they were finished."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    #: Files in the folders that were not checked (not *.pdf).
    skipped: int = 0
    cancelled: bool = False
    #: Files found but not checked because the import was cancelled.
    not_checked: int = 0

    def of_kind(self, kind: OutcomeKind) -> list[ImportOutcome]:
        return [outcome for outcome in self.outcomes if outcome.kind is kind]

    @property
    def added(self) -> list[ImportOutcome]:
        return self.of_kind(OutcomeKind.ADDED)

    @property
    def duplicates(self) -> list[ImportOutcome]:
        return self.of_kind(OutcomeKind.DUPLICATE)

    @property
    def rejected(self) -> list[ImportOutcome]:
        return self.of_kind(OutcomeKind.REJECTED)

    def progress(self, total: int, current: str = "", waiting: int = 0) -> ImportProgress:
        """How far the import is; ``waiting`` files are checked but not yet stored."""
        return ImportProgress(len(self.outcomes) + waiting, total, len(self.added),
                              len(self.duplicates), len(self.rejected), current)


#: Stores a batch of checked files (authentic reports in one transaction) and says what
#: became of each, in order.
Register = Callable[[Sequence[FileCheck]], list[ImportOutcome]]
ProgressFn = Callable[[ImportProgress], None]


def default_workers() -> int:
    """One worker per CPU core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def import_files(paths: Iterable[Path], settings: CheckSettings, register: Register, *,
                 progress: ProgressFn | None = None,
                 cancelled: Callable[[], bool] = lambda: False,
                 workers: int | None = None, timeout: float = FILE_TIMEOUT_S) -> ImportSummary:
    """Find, check and register the report files in ``paths`` (files and folders)."""
    summary = ImportSummary()
    report = progress or (lambda _: None)
    report(summary.progress(0))
    found = find_report_files(paths, cancelled=cancelled)
    summary.skipped = found.skipped
    total = len(found.files) + len(found.refused)
    for refusal in found.refused:
        summary.outcomes.append(ImportOutcome(refusal.path, OutcomeKind.REJECTED,
                                              refusal.reason, refusal.reason_zh))
    report(summary.progress(total))

    batch: list[FileCheck] = []
    since = [time.monotonic()]

    def store() -> None:
        if batch:
            summary.outcomes.extend(register(list(batch)))
            batch.clear()
        since[0] = time.monotonic()

    def finished(check: FileCheck) -> None:
        if not batch:
            since[0] = time.monotonic()
        batch.append(check)
        if len(batch) >= BATCH or time.monotonic() - since[0] >= BATCH_WAIT_S:
            store()
        report(summary.progress(total, check.path, len(batch)))

    files = [str(path) for path in found.files]
    count = workers or default_workers()
    if cancelled():
        left = files
    elif len(files) <= SMALL_BATCH or count == 1:
        left = _check_here(files, settings, finished, cancelled)
    else:
        left = _check_in_pool(files, settings, finished, cancelled, count, timeout)
    store()  # what was checked is registered, also after a cancel
    report(summary.progress(total))
    summary.cancelled = bool(left) or cancelled()
    summary.not_checked = len(left)
    return summary


def _check_here(files: Sequence[str], settings: CheckSettings,
                finished: Callable[[FileCheck], None], cancelled: Callable[[], bool]) -> list[str]:
    """Check the files one after the other in this process; returns those not checked."""
    trust = load_trust(settings)
    for index, path in enumerate(files):
        if cancelled():
            return list(files[index:])
        finished(check_file(path, settings, trust))
    return []


def _check_in_pool(files: Sequence[str], settings: CheckSettings,
                   finished: Callable[[FileCheck], None], cancelled: Callable[[], bool],
                   workers: int, timeout: float) -> list[str]:
    """Check the files in worker processes, one file per worker at a time (so that a
    file's time is measured from when its worker took it); returns those not checked."""
    pending: deque[str] = deque(files)
    context = multiprocessing.get_context("spawn")  # never fork a process with threads
    answers: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
    while pending:
        pool = _started_pool(context, min(workers, len(pending)), settings)
        if pool is None:
            return _check_here(list(pending), settings, finished, cancelled)
        try:
            stuck = _drive(pool, pending, answers, finished, cancelled, workers, timeout)
        finally:
            pool.terminate()
            pool.join()
        if stuck is None:
            break
        for path in stuck:
            finished(FileCheck(path, reason=f"checking took longer than {timeout:.0f} s; "
                               "the file was given up", reason_zh=f"核验超过 {timeout:.0f} 秒仍未完成，已放弃该文件"))
    return list(pending)


def _started_pool(context: Any, size: int, settings: CheckSettings) -> Any:
    """A pool of ``size`` workers that has answered, or None when they cannot start
    (e.g. the program's main module cannot be imported again in a new process)."""
    pool = context.Pool(size, initializer=start_worker, initargs=(settings,))
    try:
        pool.apply_async(worker_ready).get(timeout=STARTUP_TIMEOUT_S)
    except Exception as exc:  # any failure to start means: check here instead
        log.warning("verification workers did not start (%s: %s); checking in this process",
                    type(exc).__name__, exc)
        pool.terminate()
        pool.join()
        return None
    return pool


def _drive(pool: Any, pending: deque[str], answers: queue.SimpleQueue[tuple[str, Any]],
           finished: Callable[[FileCheck], None], cancelled: Callable[[], bool],
           workers: int, timeout: float) -> list[str] | None:
    """Feed ``pool`` from ``pending`` until done or cancelled (None), or until files are
    stuck: those are returned, and the files in flight with them go back to ``pending``."""
    started: dict[str, float] = {}

    def feed() -> None:
        while pending and len(started) < workers:
            path = pending.popleft()
            started[path] = time.monotonic()
            pool.apply_async(check_in_worker, (path,),
                             callback=lambda check, path=path: answers.put((path, check)),
                             error_callback=lambda exc, path=path: answers.put((path, exc)))

    while pending or started:
        if cancelled():
            pending.extendleft(reversed(list(started)))
            return None
        feed()
        try:
            path, answer = answers.get(timeout=_POLL_S)
        except queue.Empty:
            now = time.monotonic()
            stuck = [p for p, at in started.items() if now - at > timeout]
            if stuck:
                pending.extendleft(reversed([p for p in started if p not in stuck]))
                return stuck
            continue
        if started.pop(path, None) is None:
            continue  # an answer from a pool given up on earlier
        feed()  # the worker gets its next file before this one is registered
        if isinstance(answer, FileCheck):
            finished(answer)
        else:
            why = f"{type(answer).__name__}: {answer}"
            finished(FileCheck(path, reason=f"the file could not be checked ({why})",
                               reason_zh=f"无法核验该文件（{why}）"))
    return None
