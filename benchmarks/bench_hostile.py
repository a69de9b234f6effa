"""Benchmark of hostile input and the database's health (issue 12).

1. ``selfcheck verify`` of a 200 MiB file that starts with ``%PDF-1.7`` and ends with
   ``%%EOF``, and of crafted files that pyHanko's parser reads a byte at a time: seconds
   and peak memory of the whole command, each in a process of its own. Target: refused
   within 2 s, memory bounded (before: 91 s and 2 GB for the 200 MiB file).
2. The largest report the program writes: the built-in pack with every answer's
   justification and evidence at the 20,000-character limit (random Chinese text, which
   compresses as little as real text) — the figure behind the 32 MiB report limit.
   ``--items 200`` also measures a generated 200-item pack (takes a minute).
3. ``PRAGMA quick_check`` at open on a realistic database (30 assessments, evidence
   files): what it costs when it runs and when the unchanged file lets it be skipped.
4. Evidence stored once: the database's growth when a 25 MB file is attached and the
   assessment duplicated and upgraded (before: 26 → 52 MB and more).

Run: ``.venv/bin/python benchmarks/bench_hostile.py`` (``make bench`` runs it too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "benchmarks"))

from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402
from selfcheck.core.text import NAME_MAX, TEXT_MAX  # noqa: E402

MB = 1024 * 1024
PROFILE = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ACTS_WITH_APPROVAL,
                      people_affected=PeopleAffected.MANY,
                      data_sensitivity=DataSensitivity.PERSONAL)


def timed_command(*args: str) -> tuple[float, float, str]:
    """Seconds, peak memory (MB) and the first output line of ``selfcheck ARGS`` run in a
    fresh process."""
    script = ("import resource, sys, time; from selfcheck.cli.main import main; "
              "start = time.perf_counter(); code = main(sys.argv[1:]); "
              "print(f'@@ {time.perf_counter() - start:.3f} "
              "{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}', "
              "file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO / "desktop")})
    marker = [line for line in done.stderr.splitlines() if line.startswith("@@ ")][-1]
    seconds, memory = (float(value) for value in marker.split()[1:])
    return seconds, memory, (done.stdout.strip().splitlines() or [""])[0]


def hostile_files(folder: Path) -> dict[str, Path]:
    files = {}
    big = folder / "200MiB.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.seek(200 * MB - 6)
        handle.write(b"%%EOF\n")
    files["200 MiB, %PDF-1.7 … %%EOF"] = big
    crafted = {
        "30 MB of white space, PDF ending": b"%PDF-1.7\n" + b"\0" * (30 * MB)
        + b"\nstartxref\n9\n%%EOF\n",
        "30 MB name in the catalogue": b"%PDF-1.7\n1 0 obj\n<< /X /" + b"a" * (30 * MB)
        + b" >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n"
        b"<< /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n",
        "15 million-element array": b"%PDF-1.7\n1 0 obj\n<< /X [" + b"1 " * (15 * MB)
        + b"] >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n"
        b"<< /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n",
    }
    for name, data in crafted.items():
        files[name] = folder / f"{len(files)}.pdf"
        files[name].write_bytes(data)
    return files


def bench_verify(folder: Path) -> None:
    print("1. selfcheck verify of hostile files (own process each; target ≤ 2 s, bounded "
          "memory)")
    baseline = timed_command("--data-dir", str(folder / "data"), "--version")
    print(f"   {'python + selfcheck import, --version':44}{baseline[0]:6.2f} s {baseline[1]:6.0f} MB")
    for name, path in hostile_files(folder).items():
        seconds, memory, line = timed_command("--data-dir", str(folder / "data"), "verify",
                                              str(path))
        print(f"   {name:44}{seconds:6.2f} s {memory:6.0f} MB  {line.split('— ')[-1][:70]}")
        path.unlink()


def _fill(collection: Collection, assessment_id: int, text: str) -> int:
    items = collection.assessment(assessment_id).items
    due = dt.date.today() + dt.timedelta(days=90)
    collection.save_answers(assessment_id, [Answer(
        item_id=item.id, status=Status.PARTIAL, justification=text, evidence=text,
        remediation_owner="信" * NAME_MAX, remediation_due=due) for item in items])
    return len(items)


def bench_largest_report(folder: Path, items: int | None) -> None:
    print("2. The largest report (every text at its limit, random Chinese text)")
    if items:
        from bench_report import PACK_ID, write_pack

        write_pack(folder / "packs" / PACK_ID / "v1", items)
        os.environ["SELFCHECK_CHECKLISTS"] = str(folder / "packs")
    with Collection.open(resolve_paths(folder / "report-data")) as collection:
        pack_id = collection.packs.records()[0].pack_id
        assessment_id = collection.new_assessment(
            pack_id=pack_id, organisation="某" * NAME_MAX, system_name="系" * NAME_MAX,
            sector="government", assessor="李" * NAME_MAX, system_description="述" * 4000,
            profile=PROFILE)
        random.seed(12)
        pool = sorted({ch for item in collection.assessment(assessment_id).items
                       for ch in item.question.zh})
        count = _fill(collection, assessment_id, "".join(random.choices(pool, k=TEXT_MAX)))
        for lang in ("zh", "en"):
            start = time.perf_counter()
            result = collection.reports.export(assessment_id, folder / f"max-{lang}.pdf",
                                               identity=None, passphrase=None, lang=lang,
                                               marking="内部")
            print(f"   {count} items, {lang}: {result.size / MB:5.1f} MB "
                  f"(export {time.perf_counter() - start:.1f} s); limit 32 MiB")
    os.environ.pop("SELFCHECK_CHECKLISTS", None)


def bench_quick_check(folder: Path) -> None:
    print("3. PRAGMA quick_check at open (realistic database)")
    paths = resolve_paths(folder / "check-data")
    with Collection.open(paths) as collection:
        for number in range(30):
            assessment_id = collection.new_assessment(
                pack_id="aisgf-key-sector", organisation=f"单位 {number}", system_name="系统",
                sector="government", profile=PROFILE)
            _fill(collection, assessment_id, "制度已起草但尚未覆盖全部场景，计划下一季度完成修订。")
            evidence = folder / f"evidence-{number}.bin"
            evidence.write_bytes(os.urandom(MB + number))
            collection.attach_file(assessment_id, "HO-01", evidence)
    size = paths.database.stat().st_size / MB
    stamp = paths.database.with_name(paths.database.name + "-checked")
    for label, drop_stamp in (("file unchanged since the last clean check (skipped)", False),
                              ("file changed: the check runs", True)):
        times = []
        for _ in range(5):
            if drop_stamp:
                stamp.unlink(missing_ok=True)
            start = time.perf_counter()
            Collection.open(paths, install_builtin=False).close()
            times.append(time.perf_counter() - start)
        print(f"   {size:.0f} MB database, {label}: open {sorted(times)[2] * 1000:.0f} ms")


def bench_attachment_growth(folder: Path) -> None:
    print("4. Evidence stored once (25 MB file, then duplicate and upgrade)")
    paths = resolve_paths(folder / "blob-data")
    evidence = folder / "scan.pdf"
    evidence.write_bytes(os.urandom(25 * MB))
    with Collection.open(paths) as collection:
        assessment_id = collection.new_assessment(
            pack_id="aisgf-key-sector", pack_version=1, organisation="单位", system_name="系统",
            sector="government", profile=PROFILE)
        collection.attach_file(assessment_id, "HO-01", evidence)
    sizes = [paths.database.stat().st_size]
    with Collection.open(paths) as collection:
        collection.duplicate(assessment_id)
        collection.upgrade(assessment_id, 2)
    sizes.append(paths.database.stat().st_size)
    print(f"   after attaching: {sizes[0] / MB:.1f} MB; after duplicating and upgrading: "
          f"{sizes[1] / MB:.1f} MB (three assessments, one copy of the file)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, help="also a generated pack of this many items")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as temp:
        folder = Path(temp)
        bench_verify(folder)
        bench_largest_report(folder, None)
        if args.items:
            bench_largest_report(folder / "generated", args.items)
        bench_quick_check(folder)
        bench_attachment_growth(folder)
    print(f"machine load average: {os.getloadavg()[0]:.2f} (2 cores shared)"
          if hasattr(os, "getloadavg") else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
