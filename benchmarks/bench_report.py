"""Benchmark of signed PDF reports (report-signing issue).

For a 200-item assessment (a generated pack, every item answered, some with evidence
files), in the Chinese and the English report:

1. render only (reportlab, CJK font subset);
2. render + attach results.json + sign (pyHanko, certification signature with the
   CJK stamp); the signing part is the difference to 1. Target: signing adds at most
   1.0× the render time. Also shown: the full export as the user runs it (render,
   sign, the exporter's own verification of the signed bytes, atomic write);
3. verify the signed report (strict verification, results.json comparison).
   Target: ≤ 100 ms;
4. the size of the signed file. Target: ≤ 400 KB.

Medians of several runs after one warm-up run (imports, font registration).

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_report.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "benchmarks"))

from packgen import BUILTIN, generated_items  # noqa: E402

from selfcheck.core import pki  # noqa: E402
from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.reports.data import results_json_bytes  # noqa: E402
from selfcheck.core.reports.pdf import render_report  # noqa: E402
from selfcheck.core.reports.signing import build_report_file, sign_report_pdf  # noqa: E402
from selfcheck.core.reports.verify import verify_bytes  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402

ITEMS = 200
RUNS = 5
VERIFY_RUNS = 9
PASS = "benchmark passphrase"
PACK_ID = "bench-report"


def write_pack(folder: Path, count: int) -> None:
    """A generated pack whose ``count`` items all apply to the government sector."""
    meta = json.loads((BUILTIN / "pack.json").read_text("utf-8"))
    meta.update(pack_id=PACK_ID, version=1, label=f"generated {count}")
    items = generated_items(count)
    for item in items:
        item["sectors"] = list(meta["sectors"])
    folder.mkdir(parents=True)
    (folder / "pack.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    (folder / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")


def timed(function: Callable[[], object], runs: int) -> tuple[float, list[float], object]:
    """Median seconds over ``runs`` calls (after one warm-up call) and the last result."""
    result = function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times, result


def fill(collection: Collection, assessment: int, folder: Path) -> None:
    items = collection.assessment(assessment).items
    cycle = [Status.IMPLEMENTED, Status.IMPLEMENTED, Status.PARTIAL, Status.IMPLEMENTED,
             Status.NOT_IMPLEMENTED, Status.IMPLEMENTED, Status.NOT_APPLICABLE]
    due = dt.date.today() + dt.timedelta(days=90)
    answers = []
    for n, item in enumerate(items):
        status = cycle[n % len(cycle)]
        answers.append(Answer(
            item_id=item.id, status=status,
            justification="" if status is Status.IMPLEMENTED else
            "制度已起草但尚未覆盖全部场景，计划下一季度完成修订并组织复核。",
            evidence="《风险评估报告》2026版第3章；审批单 AR-2026-017"
            if status is Status.IMPLEMENTED else "",
            remediation_owner="信息化办公室" if status.wants_remediation else "",
            remediation_due=due if status.wants_remediation else None))
    collection.save_answers(assessment, answers)
    for n, item in enumerate(items[::10]):
        evidence = folder / f"evidence-{n}.txt"
        evidence.write_text(f"evidence {n}\n")
        collection.attach_file(assessment, item.id, evidence)


def verdict(value: float, target: float, unit: str = "") -> str:
    return f"{'meets' if value <= target else 'MISSES'} the target (≤ {target:g}{unit})"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-report-") as temp:
        root = Path(temp)
        write_pack(root / "packs" / PACK_ID / "v1", ITEMS)
        os.environ["SELFCHECK_CHECKLISTS"] = str(root / "packs")
        the_ca = pki.init_ca(root / "ca", name="Bench Root", organisation="基准测试局",
                             passphrase=PASS)
        pki.issue_identity(root / "ca", PASS, name="基准签名人", output=root / "signer.p12",
                           passphrase=PASS)
        identity = pki.load_identity(root / "signer.p12", PASS)
        with Collection.open(resolve_paths(root / "data")) as collection:
            assessment = collection.new_assessment(
                pack_id=PACK_ID, organisation="某市大数据管理局", system_name="政务热线智能分派系统",
                sector="government", assessor="李四",
                profile=RiskProfile(criticality=Criticality.HIGH,
                                    autonomy=Autonomy.ACTS_WITH_APPROVAL,
                                    people_affected=PeopleAffected.MANY,
                                    data_sensitivity=DataSensitivity.PERSONAL))
            fill(collection, assessment, root)
            start = time.perf_counter()
            data = collection.reports.data(assessment, marking="内部")
            gather = time.perf_counter() - start
        print(f"Report benchmark: {len(data.items)} items, {RUNS} runs each "
              f"(verify {VERIFY_RUNS}), medians; gathering the data took {gather * 1000:.0f} ms")
        print(f"{'':4}{'render':>10}{'+sign':>10}{'sign adds':>12}{'export':>10}"
              f"{'verify':>10}{'size':>10}")
        rows = []
        for lang in ("zh", "en"):
            results_json = results_json_bytes(data, lang)
            render, _, pdf = timed(lambda lang=lang: render_report(data, lang, signed=True), RUNS)
            assert isinstance(pdf, bytes)

            def render_and_sign(lang: str = lang, results_json: bytes = results_json) -> bytes:
                return sign_report_pdf(render_report(data, lang, signed=True), results_json,
                                       identity)

            both, _, signed = timed(render_and_sign, RUNS)
            assert isinstance(signed, bytes)
            out = root / f"report-{lang}.pdf"
            export, _, _ = timed(lambda out=out, lang=lang: build_report_file(
                data, out, lang=lang, identity=identity, overwrite=True), RUNS)
            check, _, result = timed(lambda signed=signed: verify_bytes(
                signed, [the_ca.certificate]), VERIFY_RUNS)
            assert getattr(result, "authentic", False), getattr(result, "reasons", None)
            size = out.stat().st_size
            rows.append((lang, render, both, export, check, size))
            print(f"{lang:4}{render * 1000:>8.0f}ms{both * 1000:>8.0f}ms"
                  f"{(both - render) / render:>11.2f}×{export * 1000:>8.0f}ms"
                  f"{check * 1000:>8.0f}ms{size / 1024:>8.0f}KB")
        print()
        for lang, render, both, export, check, size in rows:
            ratio = (both - render) / render
            print(f"[{lang}] signing adds {ratio:.2f}× the render time: {verdict(ratio, 1.0, '×')}")
            print(f"[{lang}] verify {check * 1000:.0f} ms: {verdict(check * 1000, 100, ' ms')}")
            print(f"[{lang}] file {size / 1024:.0f} KB: {verdict(size / 1024, 400, ' KB')}")
            print(f"[{lang}] full export as run by the user (render, sign, self-check, write): "
                  f"{export * 1000:.0f} ms")
        print(f"machine load average: {os.getloadavg()[0]:.2f} (2 cores shared)"
              if hasattr(os, "getloadavg") else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
