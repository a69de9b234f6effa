"""A start-up probe for benchmarks and the bundle's smoke tests; users never meet it.

``SELFCHECK_QUIT_WHEN_IDLE=1`` makes the window open the assessment
``SELFCHECK_OPEN_ASSESSMENT`` (an id; optional), print one line
``SELFCHECK_TIMINGS {"open_assessment_s": …, "to_idle_s": …}`` once the event loop
is idle, and quit. ``to_idle_s`` counts from the start of :func:`~selfcheck.ui.app.run_gui`.
``run_gui`` imports this module only when the variable is set, so the normal start
carries none of it. Used by benchmarks/bench_gui.py, benchmarks/bench_bundle.py and
tests/test_bundle.py.
"""

from __future__ import annotations

import json
import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from selfcheck.ui.main_window import MainWindow

PROBE_ENV = "SELFCHECK_QUIT_WHEN_IDLE"
OPEN_ASSESSMENT_ENV = "SELFCHECK_OPEN_ASSESSMENT"


def requested() -> bool:
    """Whether this run is a probe run."""
    return os.environ.get(PROBE_ENV) == "1"


def quit_when_idle(app: QApplication, window: MainWindow, started: float) -> None:
    """Once the event loop runs: open the wanted assessment, then print the timings and
    quit when the loop is idle again."""

    def open_then_report() -> None:
        opened_at = time.perf_counter()
        wanted = os.environ.get(OPEN_ASSESSMENT_ENV)
        if wanted:
            window.open_assessment(int(wanted))
        timings = {"open_assessment_s": time.perf_counter() - opened_at}

        def done() -> None:
            timings["to_idle_s"] = time.perf_counter() - started
            print("SELFCHECK_TIMINGS " + json.dumps(timings), flush=True)
            app.quit()

        QTimer.singleShot(0, done)

    QTimer.singleShot(0, open_then_report)
