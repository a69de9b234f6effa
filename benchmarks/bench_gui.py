"""Benchmark of the window (UI issue).

1. Cold start of ``selfcheck`` (a subprocess, offscreen) with a 100-item
   assessment open, until the main window is idle (SELFCHECK_QUIT_WHEN_IDLE=1,
   SELFCHECK_OPEN_ASSESSMENT=ID), against a bare PySide6 QMainWindow start in the
   same run. Target: ≤ 2.5× the bare start.
2. With a generated 5,000-item pack: opening the workspace ≤ 0.5 s, one filter
   keystroke in the item search ≤ 50 ms (95th percentile), peak RSS ≤ 250 MB.

Run: ``make bench`` or ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py``.
Figures only; no test asserts on timings.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from packgen import write_generated_pack  # noqa: E402

from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402

RUNS = 9  # alternating runs of each; the median evens out this VM's noise
START_TARGET = 2.5
OPEN_TARGET_S = 0.5
KEY_TARGET_MS = 50.0
RSS_TARGET_MB = 250.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

PROFILE = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ADVISES,
                      people_affected=PeopleAffected.MANY,
                      data_sensitivity=DataSensitivity.PERSONAL)


def prepare(folder: Path, items: int, answered: int) -> tuple[Path, Path, int]:
    """A checklists folder with a generated pack and a data folder with one assessment."""
    checklists = folder / "checklists"
    write_generated_pack(checklists / "generated-pack" / "v1", items)
    data = folder / "data"
    os.environ["SELFCHECK_CHECKLISTS"] = str(checklists)
    with Collection.open(resolve_paths(data)) as collection:
        assessment_id = collection.new_assessment(
            pack_id="generated-pack", organisation="Benchmark Bureau",
            system_name=f"{items}-item system", sector="government", profile=PROFILE)
        applicable = collection.assessment(assessment_id).items
        answers = [Answer(item_id=item.id, status=Status.IMPLEMENTED, evidence="report")
                   for item in applicable[:answered]]
        collection.save_answers(assessment_id, answers)
    return checklists, data, assessment_id


def timed_run(args: list[str], env: dict[str, str], cwd: Path = REPO) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True, cwd=cwd)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{args[:3]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed


def cold_start() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="selfcheck-bench-start-") as tmp:
        checklists, data, assessment_id = prepare(Path(tmp), 100, 50)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SELFCHECK_QUIT_WHEN_IDLE="1",
                   SELFCHECK_OPEN_ASSESSMENT=str(assessment_id),
                   SELFCHECK_CHECKLISTS=str(checklists))
        env.pop("SELFCHECK_HOME", None)
        # An installed program runs from compiled bytecode (pip and the bundle both
        # compile it); without this, an environment that forbids writing .pyc files
        # would recompile every module of the program on every run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # The installed entry point, as `make run` and users start it.
        entry = Path(sys.executable).with_name("selfcheck")
        app_args = ([str(entry)] if entry.is_file() else [sys.executable, "-m", "selfcheck"]) + [
            "--data-dir", str(data)]
        bare_args = [sys.executable, "-c", BARE_WINDOW]
        timed_run(app_args, env)  # warm the file cache once
        timed_run(bare_args, env)
        app_times, bare_times = [], []
        for _ in range(RUNS):
            bare_times.append(timed_run(bare_args, env))
            app_times.append(timed_run(app_args, env))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    # Each app run is paired with the bare run just before it, so a slow spell of this
    # VM (its disk especially) affects both sides of a pair; the headline is the
    # median of the pairs' ratios.
    ratio = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    return {"app_s": app, "bare_s": bare, "ratio": ratio,
            "app_min_s": min(app_times), "bare_min_s": min(bare_times),
            "min_ratio": min(app_times) / min(bare_times), "load": os.getloadavg()[0]}


def large_pack() -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from selfcheck.ui.app import create_application, launch
    from selfcheck.ui.prompts import Prompts

    with tempfile.TemporaryDirectory(prefix="selfcheck-bench-5000-") as tmp:
        _checklists, data, assessment_id = prepare(Path(tmp), 5000, 2500)
        app = create_application(sys.argv[:1])
        session = launch(data, prompts=Prompts(), language="en")
        assert session is not None
        window = session.window
        window.resize(1440, 900)
        app.processEvents()

        start = time.perf_counter()
        assert window.open_assessment(assessment_id)
        app.processEvents()  # laid out and painted
        open_s = time.perf_counter() - start
        rows = window.workspace.item_list.model.rowCount()

        search = window.workspace.item_list.search
        search.setFocus()
        keystrokes: list[float] = []

        def key(action: object) -> None:
            begin = time.perf_counter()
            action()  # type: ignore[operator]
            QApplication.processEvents()
            keystrokes.append((time.perf_counter() - begin) * 1000)

        for _round in range(3):
            for char in "acc":
                key(lambda c=char: QTest.keyClick(search, c))
            for _ in range(3):
                key(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace))
            for text in ("风", "险"):
                key(lambda t=text: search.insert(t))
            for _ in range(2):
                key(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace))
            for char in "item 42":
                key(lambda c=char: QTest.keyClick(search, c))
            search.clear()
            app.processEvents()
        session.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ordered = sorted(keystrokes)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"items": rows, "open_s": open_s, "key_median_ms": statistics.median(keystrokes),
            "key_p95_ms": p95, "key_max_ms": ordered[-1], "keys": len(keystrokes),
            "peak_rss_mb": peak_mb}


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    start = cold_start()
    print("Cold start with a 100-item assessment open, until idle "
          f"(median of {RUNS}, offscreen):")
    print(f"  selfcheck           {start['app_s'] * 1000:7.0f} ms")
    print(f"  bare QMainWindow    {start['bare_s'] * 1000:7.0f} ms")
    print(f"  ratio (paired runs) {start['ratio']:7.2f}×   target ≤ {START_TARGET}×  "
          f"{verdict(start['ratio'] <= START_TARGET)}")
    print(f"  fastest runs        {start['app_min_s'] * 1000:7.0f} ms vs {start['bare_min_s'] * 1000:.0f} ms"
          f" = {start['min_ratio']:.2f}×  (load average {start['load']:.2f} on {os.cpu_count()} CPUs)")
    large = large_pack()
    print(f"Generated pack, {large['items']:.0f} items in the workspace (2,500 answered):")
    print(f"  open the workspace  {large['open_s'] * 1000:7.0f} ms   target ≤ "
          f"{OPEN_TARGET_S * 1000:.0f} ms  {verdict(large['open_s'] <= OPEN_TARGET_S)}")
    print(f"  filter keystroke    {large['key_median_ms']:7.1f} ms median, "
          f"{large['key_p95_ms']:.1f} ms p95, {large['key_max_ms']:.1f} ms max "
          f"({large['keys']:.0f} keys)   target ≤ {KEY_TARGET_MS:.0f} ms  "
          f"{verdict(large['key_p95_ms'] <= KEY_TARGET_MS)}")
    print(f"  peak RSS            {large['peak_rss_mb']:7.0f} MB   target ≤ "
          f"{RSS_TARGET_MB:.0f} MB  {verdict(large['peak_rss_mb'] <= RSS_TARGET_MB)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
