"""Benchmark of the office formats and the official PDF (official-document issue), in one
run so the figures are comparable:

1. the XLSX export (整改台账 and all answers) of a 5,000-item assessment, as the user
   runs it (gather the data, build the workbook, write it). Target: ≤ 2 s;
2. rendering the PDF report of a 200-item assessment (zh and en; the same assessment as
   bench_report.py). Target: not slower than before the office work (commit 19294d8,
   before the sign-off block, the verification data and clean table splitting). The
   old code is extracted with ``git archive`` into a temporary folder and both versions
   render through benchmarks/render_driver.py in subprocesses, taking turns
   (new, old, new, old), so both figures come from this one run;
3. for information: the Word draft of the 200 items, and the questionnaire workbook of
   the 5,000 items written and read back for the import preview.

Medians of several runs after one warm-up run.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_office.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_report import filled_assessment, write_pack  # noqa: E402

from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.reports.docx import render_draft  # noqa: E402
from selfcheck.core.reports.xlsx import render_workbook  # noqa: E402

SIZES = {"bench-large": 5000, "bench-report": 200}
#: the last commit before the official-document and office-format work
OLD_COMMIT = "19294d8"
#: turns of (this version, the old one) rendering the 200-item report
RENDER_TURNS = 2
RUNS = 5
LARGE_RUNS = 3


def timed(function: Callable[[], object], runs: int) -> float:
    """Median seconds over ``runs`` calls after one warm-up call."""
    return timed_both(function, runs)[0]


def timed_both(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds over ``runs`` calls after one warm-up call (on
    a machine shared with other work the CPU time says what an idle machine would take)."""
    function()
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def old_tree(folder: Path) -> Path | None:
    """The repository at OLD_COMMIT extracted into ``folder`` (None without git or the
    commit, e.g. in a source archive)."""
    folder.mkdir(parents=True)
    try:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", OLD_COMMIT],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return folder


def render_in(tree: Path) -> dict[str, dict[str, float]]:
    """Median render figures of the 200-item report with the code of ``tree``."""
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "render_driver.py"),
                          str(tree), str(RUNS)], check=True, capture_output=True, text=True)
    figures: dict[str, dict[str, float]] = json.loads(out.stdout)["figures"]
    return figures


def compare_renders(root: Path) -> None:
    """Print this version's and OLD_COMMIT's render times, measured in turns."""
    old = old_tree(root / "old")
    if old is None:
        print(f"  PDF render, 200 items, at {OLD_COMMIT}: not measured (no git checkout)")
        return
    turns = [(render_in(REPO), render_in(old)) for _ in range(RENDER_TURNS)]
    for lang in ("zh", "en"):
        for turn, (new, before) in enumerate(turns, start=1):
            now, then = new[lang], before[lang]
            print(f"  PDF render, 200 items, {lang}, turn {turn}: now {now['wall'] * 1000:.0f} ms "
                  f"wall / {now['cpu'] * 1000:.0f} ms CPU ({now['pages']:.0f} pages); at "
                  f"{OLD_COMMIT} {then['wall'] * 1000:.0f} ms wall / {then['cpu'] * 1000:.0f} ms "
                  f"CPU ({then['pages']:.0f} pages); CPU ratio {now['cpu'] / then['cpu']:.2f}")


def main() -> int:
    if hasattr(os, "getloadavg"):
        print(f"load average at the start: {os.getloadavg()[0]:.2f} (1 min)")
    with tempfile.TemporaryDirectory(prefix="bench-office-") as temp:
        root = Path(temp)
        for pack_id, count in SIZES.items():
            write_pack(root / "packs" / pack_id / "v1", count, pack_id)
        os.environ["SELFCHECK_CHECKLISTS"] = str(root / "packs")
        with Collection.open(resolve_paths(root / "data")) as collection:
            large = filled_assessment(collection, "bench-large", root / "evidence-large")
            small = filled_assessment(collection, "bench-report", root / "evidence")
            out = root / "register.xlsx"
            export, export_cpu = timed_both(lambda: collection.reports.export(
                large, out, identity=None, passphrase=None, lang="zh", marking="内部",
                overwrite=True), LARGE_RUNS)
            large_data = collection.reports.data(large, marking="内部")
            build = timed(lambda: render_workbook(large_data, "zh"), LARGE_RUNS)
            small_data = collection.reports.data(small, marking="内部")
            questionnaire = root / "questionnaire.xlsx"
            write_q = timed(lambda: collection.questionnaires.export(
                large, questionnaire, themes=None, lang="zh", overwrite=True), LARGE_RUNS)
            read_q = timed(lambda: collection.questionnaires.preview(large, questionnaire),
                           LARGE_RUNS)
            draft = timed(lambda: render_draft(small_data, "zh"), RUNS)
        print(f"Office formats and the official PDF: medians of {LARGE_RUNS} runs (5,000 items) "
              f"and {RUNS} runs (200 items), one warm-up each")
        print(f"  XLSX export, 5,000 items, as the user runs it: {export * 1000:.0f} ms wall, "
              f"{export_cpu * 1000:.0f} ms CPU ({'meets' if export <= 2 else 'MISSES'} the "
              f"target ≤ 2000 ms in wall time, {'meets' if export_cpu <= 2 else 'MISSES'} it "
              f"in CPU time); building the workbook alone {build * 1000:.0f} ms; file "
              f"{out.stat().st_size / 1024:.0f} KB")
        compare_renders(root)
        print(f"  Word draft, 200 items: {draft * 1000:.0f} ms")
        print(f"  questionnaire, 5,000 items: written {write_q * 1000:.0f} ms, read back and "
              f"previewed {read_q * 1000:.0f} ms")
        if hasattr(os, "getloadavg"):
            one, five, _ = os.getloadavg()
            print(f"  machine load average: {one:.2f} (1 min), {five:.2f} (5 min); 2 cores shared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
