"""Benchmark of the reviewer's register (review-desk issue): figures only.

1,000 signed reports of the built-in pack (250 organisations × 2 AI systems × 2
versions, answers varying per assessment, Chinese and English, several signers) are
generated once and cached under ``build/work/bench-review/<key>/``; the key covers
every input (the pack's content hash, the program version, the count and
:data:`GENERATOR`). Then, in a fresh process:

1. the floor: one report read and verified in this process, median × 1,000;
2. ``collection.review.import_paths`` of the whole folder into an empty register
   (strict verification in one worker per core). Target ≤ 60 s on this 2-core machine;
3. reading the register (``collection.review.entries()``) and opening the register
   window until it is drawn (offscreen). Target ≤ 0.5 s;
4. filter keystrokes in the register's search field (typing Chinese and English
   queries, each key applied and the table redrawn). Target p95 ≤ 50 ms;
5. peak memory (RSS) of the program's process, and of the largest worker process.
   Target ≤ 300 MB.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_review.py``
(``--count N`` for a smaller corpus while trying things).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))

#: Bump when the generated corpus should change.
GENERATOR = "review-corpus-1"
#: The signature algorithm of the corpus: the program's default (what reviewers receive).
ALGORITHM = "sm2"
PASS = "benchmark passphrase"
PACK_ID = "aisgf-key-sector"
CITIES = ["甲市", "乙市", "丙市", "丁市", "戊市", "己市", "庚市", "辛市", "壬市", "癸市"]
BODIES = ["交通运输局", "应急管理局", "水务集团", "卫生健康委员会", "公安局", "大数据管理局",
          "生态环境局", "供电公司", "人力资源和社会保障局", "市场监督管理局", "教育局", "民政局",
          "自然资源局", "住房和城乡建设局", "燃气集团", "地铁集团", "气象局", "税务局",
          "医疗保障局", "农业农村局", "文化和旅游局", "退役军人事务局", "审计局", "统计局",
          "信访局"]
SYSTEMS = ["市民热线智能问答助手", "公文智能校对", "视频监控智能分析", "工单自动分派",
           "风险预警模型", "智能客服机器人", "设备故障预测", "图像识别辅助审核"]


def corpus_key(count: int) -> str:
    from selfcheck import __version__
    from selfcheck.core.packs.source import load_pack_dir, pack_content_hash
    from selfcheck.core.paths import checklists_dir

    folders = sorted(checklists_dir().glob(f"{PACK_ID}/v*/pack.json"))
    pack = load_pack_dir(folders[-1].parent)
    inputs = {"generator": GENERATOR, "count": count, "program": __version__,
              "pack": pack_content_hash(pack), "algorithm": ALGORITHM}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()[:16]


# -- generating the corpus ---------------------------------------------------------------

def _answers(collection: Any, assessment: int, rng: random.Random, better: bool) -> None:
    from selfcheck.core.answers import Answer, Status

    items = collection.assessment(assessment).items
    weights = [6, 2, 1, 1] if not better else [9, 1, 0.3, 1]
    statuses = [Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.NOT_APPLICABLE]
    answers = []
    for item in items:
        status = rng.choices(statuses, weights)[0]
        answers.append(Answer(
            item_id=item.id, status=status,
            justification="" if status is Status.IMPLEMENTED else "正在整改，计划下季度完成。",
            evidence="制度文件 2026-03" if status is Status.IMPLEMENTED else "",
            remediation_owner="信息科" if status.wants_remediation else ""))
    collection.save_answers(assessment, answers)


def _plan(base: Path, count: int) -> tuple[list[tuple[Any, str, str, Path]], Path]:
    """Assessments answered twice; returns (report data, language, identity, output) jobs."""
    from selfcheck.core import pki
    from selfcheck.core.collection import Collection
    from selfcheck.core.paths import resolve_paths
    from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile

    root = pki.init_ca(base / "ca", name="基准测试 报告签名根证书", organisation="基准测试中心",
                       passphrase=PASS, algorithm=ALGORITHM)
    suffix = ".p12" if ALGORITHM == pki.ECDSA_P256 else ".pem"
    rng = random.Random(20261130)
    first: list[tuple[Any, str, str, Path]] = []
    second: list[tuple[Any, str, str, Path]] = []
    reports = base / "reports"
    with Collection.open(resolve_paths(base / "units")) as collection:
        for n in range(count // 2):
            organisation = f"{CITIES[(n // 2) % len(CITIES)]}{BODIES[(n // 20) % len(BODIES)]}"
            identity = base / "ids" / f"{n // 2}{suffix}"
            if not identity.exists():
                identity.parent.mkdir(exist_ok=True)
                signer_org = organisation if n % 40 else "基准测试中心"
                pki.issue_identity(base / "ca", PASS, name=f"签名人{n // 2}", output=identity,
                                   passphrase=PASS, organisation=signer_org)
            profile = RiskProfile(criticality=rng.choice(list(Criticality)),
                                  autonomy=rng.choice(list(Autonomy)),
                                  people_affected=rng.choice(list(PeopleAffected)),
                                  data_sensitivity=rng.choice(list(DataSensitivity)))
            assessment = collection.new_assessment(
                pack_id=PACK_ID, organisation=organisation, system_name=SYSTEMS[n % len(SYSTEMS)],
                sector="government", profile=profile, assessor=f"自查人{n}")
            lang = "zh" if n % 3 else "en"
            _answers(collection, assessment, rng, better=False)
            first.append((collection.reports.data(assessment, marking="内部"), lang,
                          str(identity), reports / f"{n:04d}-v1.pdf"))
            _answers(collection, assessment, rng, better=True)
            second.append((collection.reports.data(assessment, marking="内部"), lang,
                           str(identity), reports / f"{n:04d}-v2.pdf"))
    reports.mkdir()
    return first + second, root.cert_path


_IDENTITIES: dict[str, Any] = {}


def _sign_one(job: tuple[Any, str, str, Path]) -> int:
    from selfcheck.core.pki.ca import load_identity
    from selfcheck.core.reports.data import results_json_bytes
    from selfcheck.core.reports.pdf import render_report
    from selfcheck.core.reports.signing import sign_report_pdf

    data, lang, identity_path, output = job
    if identity_path not in _IDENTITIES:
        _IDENTITIES[identity_path] = load_identity(Path(identity_path), PASS)
    signed = sign_report_pdf(render_report(data, lang, signed=True),
                             results_json_bytes(data, lang), _IDENTITIES[identity_path])
    output.write_bytes(signed)
    return len(signed)


def ensure_corpus(count: int) -> Path:
    """The cached corpus folder (generated when missing): reports/ and ca/root-ca.pem."""
    folder = REPO / "build" / "work" / "bench-review" / corpus_key(count)
    if (folder / "complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    jobs, _ = _plan(folder, count)
    print(f"generating {len(jobs)} signed reports into {folder} …", flush=True)
    with get_context("spawn").Pool(os.cpu_count() or 2) as pool:
        for done, _size in enumerate(pool.imap(_sign_one, jobs, chunksize=4), start=1):
            if done % 100 == 0:
                print(f"  {done} ({time.perf_counter() - start:.0f} s)", flush=True)
    shutil.rmtree(folder / "units")
    (folder / "complete").write_text(dt.datetime.now(dt.UTC).isoformat())
    print(f"generated in {time.perf_counter() - start:.0f} s", flush=True)
    return folder


# -- measuring (in a fresh process) ---------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _spin(seconds: float) -> int:
    """Busy CPU work for about ``seconds`` (counts loop turns)."""
    end, turns = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        turns += 1
    return turns


def cpu_available(workers: int) -> float:
    """How much more work ``workers`` busy processes do than one, right now (the machine
    is shared: the import cannot be faster than this allows)."""
    alone = _spin(1.0)
    with get_context("spawn").Pool(workers) as pool:
        pool.map(_spin, [0.05] * workers)  # started
        together = sum(pool.map(_spin, [1.0] * workers))
    return together / alone


def measure_verify_floor(reports: list[Path], root_pem: Path, count: int) -> float:
    from selfcheck.core.pki.roots import load_root_certificate
    from selfcheck.core.reports.verify import verify_bytes

    roots = [load_root_certificate(root_pem)]
    times = []
    for path in reports[:: max(1, len(reports) // 30)][:30]:
        start = time.perf_counter()
        result = verify_bytes(path.read_bytes(), roots, name=str(path))
        times.append(time.perf_counter() - start)
        if not result.authentic:
            raise SystemExit(f"{path}: {result.reason}")
    return statistics.median(times) * count


def measure_gui(data_dir: Path) -> tuple[float, list[float], int]:
    """Open the register window (until drawn) and type into its search field."""
    from PySide6.QtWidgets import QApplication

    from selfcheck.ui.app import launch

    session = launch(data_dir, language="zh")
    if session is None:
        raise SystemExit("the window did not open")
    QApplication.processEvents()
    start = time.perf_counter()
    review = session.window.open_register()
    QApplication.processEvents()
    review.repaint()
    opened = time.perf_counter() - start
    search = review.register.search
    keystrokes: list[float] = []
    for query in ("甲市交通运输局", "not met", "签名证书", "李 v2", "乙市水务集团 符合"):
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            search.setText(query[:end])  # the filter runs, the table is laid out again
            QApplication.processEvents()  # ... and drawn
            keystrokes.append(time.perf_counter() - start)
        search.clear()
        QApplication.processEvents()
    shown = review.register.model.rowCount()
    session.close()
    return opened, keystrokes, shown


def measure(folder: Path, count: int) -> int:
    from selfcheck.core.collection import Collection
    from selfcheck.core.paths import resolve_paths

    reports = sorted((folder / "reports").glob("*.pdf"))
    root_pem = folder / "ca" / "root-ca.pem"
    floor = measure_verify_floor(reports, root_pem, len(reports))
    workers = os.cpu_count() or 1
    available = cpu_available(workers)
    with tempfile.TemporaryDirectory(prefix="bench-review-") as temp:
        data_dir = Path(temp) / "desk"
        with Collection.open(resolve_paths(data_dir)) as desk:
            desk.report_roots.add(root_pem)
            start = time.perf_counter()
            summary = desk.review.import_paths([folder / "reports"])
            imported = time.perf_counter() - start
            reads = []
            for _ in range(5):
                start = time.perf_counter()
                entries = desk.review.entries()
                reads.append(time.perf_counter() - start)
        opened, keystrokes, shown = measure_gui(data_dir)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    largest_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    p95 = percentile(keystrokes, 0.95)
    print(f"Register benchmark: {len(reports)} signed reports ({count} asked), "
          f"{len(summary.added)} registered, {len(summary.rejected)} rejected, "
          f"{len(entries)} rows, window showed {shown}")
    print(f"  verify one report in this process × {len(reports)} (floor): {floor:6.1f} s")
    print(f"  {workers} busy processes got {available:.2f}× the CPU of one at this moment "
          f"(the machine is shared; floor ÷ that: {floor / available:.1f} s)")
    print(f"  import + verify, {workers} worker processes:        {imported:6.1f} s  "
          f"(target ≤ 60 s) {_verdict(imported <= 60)}")
    print(f"  read the register (entries(), median of 5):     {statistics.median(reads) * 1000:6.0f} ms")
    print(f"  open the register window until drawn:           {opened * 1000:6.0f} ms  "
          f"(target ≤ 500 ms) {_verdict(opened <= 0.5)}")
    print(f"  filter keystroke, {len(keystrokes)} keys: median {statistics.median(keystrokes) * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {max(keystrokes) * 1000:.1f} ms  (target p95 ≤ 50 ms) "
          f"{_verdict(p95 <= 0.05)}")
    print(f"  peak memory: this process {own:.0f} MB, largest worker {largest_worker:.0f} MB  "
          f"(target ≤ 300 MB) {_verdict(own <= 300)}")
    if hasattr(os, "getloadavg"):
        print(f"  machine load average: {os.getloadavg()[0]:.2f} (2 cores shared)")
    return 0


def _verdict(ok: bool) -> str:
    return "meets the target" if ok else "MISSES the target"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.measure is not None:
        return measure(args.measure, args.count)
    folder = ensure_corpus(args.count)
    # measured in a fresh process: its peak memory is the program's, not the generator's
    return subprocess.run([sys.executable, __file__, "--count", str(args.count),
                           "--measure", str(folder)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
