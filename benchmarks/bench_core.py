"""Benchmark of the core (foundation issue).

1. Answer-save latency: ``Collection.save_answer`` (validation, one durable
   transaction with the answer and its hash-chained audit entry) against a bare
   sqlite3 INSERT + COMMIT with the same pragmas (WAL, synchronous=FULL) on the
   same disk, measured in the same run. Target: median ≤ 3× the floor.
2. Load + validate a generated 5,000-item pack from its source folder.
   Target: ≤ 1 s.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_core.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "benchmarks"))

from packgen import write_generated_pack  # noqa: E402

from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.packs.source import load_pack_dir  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402

SAVES = 300


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bare_sqlite_floor(folder: Path) -> list[float]:
    """INSERT + COMMIT of a comparable row with the store's pragmas."""
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE answers (assessment_id INTEGER, item_id TEXT, status TEXT,"
                 " justification TEXT, updated_at TEXT, PRIMARY KEY (assessment_id, item_id))")
    timings = []
    for n in range(SAVES):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO answers VALUES (1, ?, 'partial', ?, ?)",
                     (f"HO-{n % 50:02d}", f"justification {n}", dt.datetime.now().isoformat()))
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - start)
    conn.close()
    return timings


def store_saves(folder: Path) -> list[float]:
    with Collection.open(resolve_paths(folder / "store")) as collection:
        profile = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ADVISES,
                              people_affected=PeopleAffected.MANY,
                              data_sensitivity=DataSensitivity.PERSONAL)
        assessment_id = collection.new_assessment(
            pack_id="aisgf-key-sector", organisation="Bench", system_name="Bench",
            sector="government", profile=profile)
        items = [i.id for i in collection.assessment(assessment_id).items]
        timings = []
        for n in range(SAVES):
            answer = Answer(item_id=items[n % len(items)], status=Status.PARTIAL,
                            justification=f"justification {n}")
            start = time.perf_counter()
            collection.save_answer(assessment_id, answer)
            timings.append(time.perf_counter() - start)
    return timings


def pack_load(folder: Path) -> float:
    source = write_generated_pack(folder / "pack5000", 5000)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        pack = load_pack_dir(source)
        runs.append(time.perf_counter() - start)
    assert len(pack.items) == 5000
    return statistics.median(runs)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="selfcheck-bench-", dir=REPO) as temp:
        folder = Path(temp)
        # Interleave to share the machine's noise between both sides.
        floor, ours = [], []
        for _ in range(3):
            floor += bare_sqlite_floor(folder)
            ours += store_saves(folder)
            (folder / "bare.sqlite3").unlink()
            for leftover in folder.glob("bare.sqlite3-*"):
                leftover.unlink()
            for leftover in (folder / "store").glob("*"):
                if leftover.is_file():
                    leftover.unlink()
        load_seconds = pack_load(folder)
    floor_median, our_median = statistics.median(floor), statistics.median(ours)
    ratio = our_median / floor_median
    results = {
        "answer_save_ms": {"median": our_median * 1e3, "p95": percentile(ours, 0.95) * 1e3},
        "bare_sqlite_insert_commit_ms": {"median": floor_median * 1e3,
                                         "p95": percentile(floor, 0.95) * 1e3},
        "answer_save_ratio_median": ratio,
        "pack_5000_load_validate_s": load_seconds,
    }
    print("Core benchmark (same run, same disk)")
    print(f"  answer save       median {our_median * 1e3:7.3f} ms   p95 "
          f"{percentile(ours, 0.95) * 1e3:7.3f} ms   ({len(ours)} saves)")
    print(f"  bare sqlite3 floor median {floor_median * 1e3:7.3f} ms   p95 "
          f"{percentile(floor, 0.95) * 1e3:7.3f} ms")
    print(f"  ratio (median)    {ratio:5.2f}×   target ≤ 3×   "
          f"{'OK' if ratio <= 3 else 'OVER TARGET'}")
    print(f"  5,000-item pack load + validate {load_seconds * 1e3:7.1f} ms   target ≤ 1000 ms   "
          f"{'OK' if load_seconds <= 1 else 'OVER TARGET'}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
