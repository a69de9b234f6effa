"""Cold start of the window: this tree against an earlier commit, in one run.

The architecture issue asks that the cold-start ratio is not worse than before the
restructuring; this puts both programs and a bare PySide6 window in the same run,
alternating (bare, earlier, now) so that a slow spell of this VM falls on all three.

Each program is started as users start it from source (``python -m selfcheck``, with its
own ``desktop/`` on the path) with the built-in pack's assessment open (72 items, half
answered), offscreen, until the main window is idle (SELFCHECK_QUIT_WHEN_IDLE=1). The
earlier commit is checked out with ``git worktree`` into a temporary folder and makes
its own data folder (its database schema is older).

Both programs show the same language: the window is measured in Chinese and in English
(``LANG``), each language on its own. Left to the environment they would not: under
``LANG=C.UTF-8`` the earlier commit opened in English and the program now, Chinese first,
opens in Chinese, and a window of Chinese text costs more to lay out than one of Latin
text, whichever program draws it.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_start_compare.py [REV]``
(REV defaults to db0a5e1, the last commit before the architecture work). Figures only.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_gui import BARE_WINDOW, timed_run  # noqa: E402

RUNS = 9
DEFAULT_REV = "db0a5e1"

#: Run with a tree's own ``desktop/`` first on the path: one assessment of the built-in
#: pack, half its items answered; prints the assessment's id.
PREPARE = """
import sys
from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile
profile = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ADVISES,
                      people_affected=PeopleAffected.MANY,
                      data_sensitivity=DataSensitivity.PERSONAL)
with Collection.open(resolve_paths(sys.argv[1])) as collection:
    aid = collection.new_assessment(pack_id="aisgf-key-sector", organisation="Benchmark Bureau",
                                    system_name="Triage", sector="government", profile=profile)
    items = collection.assessment(aid).items
    for item in items[: len(items) // 2]:
        collection.save_answer(aid, Answer(item_id=item.id, status=Status.IMPLEMENTED,
                                           evidence="report"))
print(aid)
"""


#: The window's language for each measurement, given to both programs as the system's.
LANGUAGES = {"zh": "zh_CN.UTF-8", "en": "en_US.UTF-8"}


def tree_env(tree: Path, data: Path | None = None, assessment: str = "",
             lang: str = "zh") -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree / "desktop"), QT_QPA_PLATFORM="offscreen",
               SELFCHECK_QUIT_WHEN_IDLE="1", LANG=LANGUAGES[lang])
    for name in ("SELFCHECK_HOME", "SELFCHECK_CHECKLISTS", "PYTHONDONTWRITEBYTECODE",
                 "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    if assessment:
        env["SELFCHECK_OPEN_ASSESSMENT"] = assessment
    return env


def prepare(tree: Path, data: Path) -> str:
    result = subprocess.run([sys.executable, "-c", PREPARE, str(data)], env=tree_env(tree),
                            capture_output=True, text=True, cwd=tree, check=False)
    if result.returncode != 0:
        raise SystemExit(f"preparing {tree} failed:\n{result.stderr[-2000:]}")
    return result.stdout.strip().splitlines()[-1]


def measure(old_tree: Path, tmp: Path) -> dict[str, dict[str, list[float]]]:
    """Seconds per run, by language, then "bare", "earlier" and "now"."""
    runs: dict[str, tuple[Path, Path, str]] = {}
    for name, tree in (("earlier", old_tree), ("now", REPO)):
        data = tmp / f"data-{name}"
        runs[name] = (tree, data, prepare(tree, data))
    times: dict[str, dict[str, list[float]]] = {}
    for lang in LANGUAGES:
        programs = {"bare": ([sys.executable, "-c", BARE_WINDOW], tree_env(REPO, lang=lang), REPO)}
        for name, (tree, data, assessment) in runs.items():
            programs[name] = ([sys.executable, "-m", "selfcheck", "--data-dir", str(data)],
                              tree_env(tree, data, assessment, lang), tree)
        for args, env, tree in programs.values():  # warm the file cache once
            timed_run(args, env, tree)
        times[lang] = {name: [] for name in programs}
        for _ in range(RUNS):
            for name, (args, env, tree) in programs.items():
                times[lang][name].append(timed_run(args, env, tree))
    return times


def report(lang: str, rev: str, times: dict[str, list[float]]) -> None:
    """The figures of one language: each program, its ratio to the bare window, and now
    against earlier (all medians of paired runs)."""
    print(f"  window in {'Chinese' if lang == 'zh' else 'English'} (LANG={LANGUAGES[lang]}):")
    print(f"    bare QMainWindow  {statistics.median(times['bare']) * 1000:7.0f} ms")
    for name, label in (("earlier", f"selfcheck at {rev}"), ("now", "selfcheck now")):
        ratio = statistics.median(a / b for a, b in zip(times[name], times["bare"], strict=True))
        print(f"    {label:<22}{statistics.median(times[name]) * 1000:7.0f} ms   "
              f"{ratio:5.2f}× the bare window (paired runs)")
    change = statistics.median(n / e for n, e in zip(times["now"], times["earlier"], strict=True))
    print(f"    now / earlier     {change:7.2f}×  (paired runs; ≤ 1.00 means not worse)")


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_REV
    with tempfile.TemporaryDirectory(prefix="selfcheck-bench-compare-") as tmp:
        old_tree = Path(tmp) / "earlier"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(old_tree), rev],
                       cwd=REPO, check=True)
        try:
            times = measure(old_tree, Path(tmp))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_tree)], cwd=REPO,
                           check=False)
    print(f"Cold start with an assessment of the built-in pack open, until idle "
          f"(median of {RUNS} alternating runs per language, offscreen, load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs):")
    for lang in LANGUAGES:
        report(lang, rev, times[lang])
    return 0


if __name__ == "__main__":
    start = time.perf_counter()
    code = main()
    print(f"({time.perf_counter() - start:.0f} s)")
    raise SystemExit(code)
