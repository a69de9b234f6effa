"""Benchmark of the offline bundle (bundle issue).

1. Build time of the bundle from a clean PyInstaller work folder (``make bundle``'s
   work: translations, PyInstaller, licences, checksums, archive).
2. Size: the unpacked folder (target ≤ 180 MB) and the archive.
3. Cold start to the idle main window, the bundle against the same start from source
   (``python -m selfcheck``) in the same run, alternating, on the same data folder:
   time from process start until the window reports idle (the UI's
   SELFCHECK_QUIT_WHEN_IDLE prints SELFCHECK_TIMINGS then). Target: bundle ≤ 1.5×
   source. The bundle runs in a clean environment (PATH=/usr/bin:/bin).
4. Smoke-test time: tests/test_bundle.py and tests/test_no_network.py on this bundle.
   Target: build + smoke < 6 min on 2 cores.

Run: ``.venv/bin/python benchmarks/bench_bundle.py [--bundle DIR] [--runs N] [--no-smoke]``
(``--bundle`` skips the build and measures a bundle built before). Results are also
written to benchmarks/results/bench_bundle.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "build" / "tools"))

import bundle as bundle_tool  # noqa: E402
import bundle_config as cfg  # noqa: E402

WORK = REPO / "build" / "work" / "bench-bundle"
SIZE_TARGET = 180 * 1000**2
START_RATIO_TARGET = 1.5
BUILD_SMOKE_TARGET_S = 6 * 60


def time_to_idle(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall seconds from spawn to the SELFCHECK_TIMINGS line, and the app's own to_idle_s."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    wall, inner = -1.0, -1.0
    for line in process.stdout:
        if line.startswith("SELFCHECK_TIMINGS"):
            wall = time.perf_counter() - started
            inner = float(json.loads(line.split(" ", 1)[1])["to_idle_s"])
    if process.wait(timeout=120) != 0 or wall < 0:
        raise SystemExit(f"{command[0]} did not reach the idle window (exit {process.returncode})")
    return wall, inner


def compare_starts(bundle: Path, runs: int) -> dict[str, object]:
    """Alternate bundle and source starts on one prepared data folder each."""
    with tempfile.TemporaryDirectory(prefix="selfcheck-bench-bundle-") as temp:
        root = Path(temp)
        base = {"HOME": str(root), "QT_QPA_PLATFORM": "offscreen", "SELFCHECK_QUIT_WHEN_IDLE": "1"}
        frozen_env = {**base, "PATH": "/usr/bin:/bin", "SELFCHECK_HOME": str(root / "frozen-data")}
        source_env = {**os.environ, **base, "SELFCHECK_HOME": str(root / "source-data")}
        source_env.pop("PYTHONPATH", None)
        frozen = [str(bundle / cfg.exe_name(cfg.GUI_NAME))]
        source = [sys.executable, "-m", "selfcheck"]
        first_frozen = time_to_idle(frozen, frozen_env, root)[0]  # creates the database, installs the pack
        first_source = time_to_idle(source, source_env, root)[0]
        timings: dict[str, list[float]] = {"bundle": [], "source": [], "bundle_inner": [], "source_inner": []}
        for _ in range(runs):
            wall, inner = time_to_idle(frozen, frozen_env, root)
            timings["bundle"].append(wall)
            timings["bundle_inner"].append(inner)
            wall, inner = time_to_idle(source, source_env, root)
            timings["source"].append(wall)
            timings["source_inner"].append(inner)
    medians = {name: statistics.median(values) for name, values in timings.items()}
    return {
        "runs": runs,
        "first_start_s": {"bundle": round(first_frozen, 3), "source": round(first_source, 3)},
        "median_s": {name: round(value, 3) for name, value in medians.items()},
        "min_s": {name: round(min(values), 3) for name, values in timings.items()},
        "ratio": round(medians["bundle"] / medians["source"], 2),
    }


def run_smoke(bundle: Path) -> dict[str, object]:
    """The bundle and no-network tests against this bundle; their wall time."""
    env = {**os.environ, "SELFCHECK_BUNDLE_DIR": str(bundle), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/test_bundle.py", "tests/test_no_network.py"],
                            cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    return {"seconds": round(seconds, 1), "exit": result.returncode, "summary": last}


def load() -> str:
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="measure this bundle folder (no build)")
    parser.add_argument("--runs", type=int, default=7, help="starts of each kind (default 7)")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke-test timing")
    args = parser.parse_args(argv)
    figures: dict[str, object] = {"machine_load_before": load(), "cpus": os.cpu_count()}
    if args.bundle:
        bundle = args.bundle.resolve()
    else:
        if WORK.exists():
            shutil.rmtree(WORK)
        print("Building the bundle from a clean work folder …", flush=True)
        built = bundle_tool.build(WORK / "dist", WORK / "pyinstaller", clean=True)
        bundle = Path(str(built["bundle"]))
        figures["build_s"] = built["total_seconds"]
        figures["pyinstaller_s"] = built["pyinstaller_seconds"]
    figures["unpacked_bytes"] = bundle_tool.tree_size(bundle)
    archive = bundle.parent / f"{bundle.name}{cfg.archive_suffix()}"
    figures["archive_bytes"] = archive.stat().st_size if archive.is_file() else None
    print("Timing starts to the idle window …", flush=True)
    figures["start"] = compare_starts(bundle, args.runs)
    if not args.no_smoke:
        print("Running the bundle smoke and no-network tests …", flush=True)
        figures["smoke"] = run_smoke(bundle)
    figures["machine_load_after"] = load()

    mb = 1000**2
    start = figures["start"]
    assert isinstance(start, dict)
    print(f"\nBundle {bundle.name}")
    if "build_s" in figures:
        print(f"  build (clean)       {figures['build_s']} s (PyInstaller {figures['pyinstaller_s']} s)")
    size = int(str(figures["unpacked_bytes"]))
    print(f"  unpacked            {size / mb:.1f} MB ({size / 1024**2:.1f} MiB)   target ≤ {SIZE_TARGET / mb:.0f} MB"
          f"  {'ok' if size <= SIZE_TARGET else 'OVER'}")
    if figures["archive_bytes"]:
        print(f"  archive             {int(str(figures['archive_bytes'])) / mb:.1f} MB")
    med, low = start["median_s"], start["min_s"]
    print(f"  start to idle       bundle {med['bundle']} s (min {low['bundle']}), source {med['source']} s "
          f"(min {low['source']}); median of {start['runs']}")
    print(f"    inside the app    bundle {med['bundle_inner']} s, source {med['source_inner']} s "
          "(from the program's first import)")
    print(f"    first start       bundle {start['first_start_s']['bundle']} s, source "
          f"{start['first_start_s']['source']} s (new data folder)")
    print(f"  ratio               {start['ratio']}×   target ≤ {START_RATIO_TARGET}×  "
          f"{'ok' if start['ratio'] <= START_RATIO_TARGET else 'OVER'}")
    if "smoke" in figures:
        smoke = figures["smoke"]
        assert isinstance(smoke, dict)
        print(f"  smoke tests         {smoke['seconds']} s ({smoke['summary']})")
        if "build_s" in figures:
            total = float(str(figures["build_s"])) + float(smoke["seconds"])
            print(f"  build + smoke       {total:.0f} s   target < {BUILD_SMOKE_TARGET_S} s  "
                  f"{'ok' if total < BUILD_SMOKE_TARGET_S else 'OVER'}")
    print(f"  load average        before {figures['machine_load_before']}, after {figures['machine_load_after']}"
          f" ({figures['cpus']} CPUs)")
    results = REPO / "benchmarks" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "bench_bundle.json").write_text(json.dumps(figures, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
