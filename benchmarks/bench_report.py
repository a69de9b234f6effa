"""Benchmark of signed PDF reports (report-signing issue).

For a 200-item assessment (a generated pack, every item answered, some with evidence
files), in the Chinese and the English report:

1. render only (reportlab, CJK font subset);
2. render + attach results.json + sign (pyHanko, certification signature with the
   CJK stamp), with ECDSA P-256 and with SM2/SM3 in the same run; the signing part is
   the difference to 1. Target: signing adds at most 1.0× the render time. Also
   shown: the full export as the user runs it (render, sign, the exporter's own
   verification of the signed bytes, atomic write);
3. verify the signed report (strict verification, results.json comparison).
   Target: ≤ 100 ms;
4. the size of the signed file. Target: ≤ 400 KB.

Medians of several runs after one warm-up run (imports, font registration). Last, the
bare signature and verification of each algorithm (SM2: pure-Python gmalg; ECDSA:
OpenSSL through pyca/cryptography).

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
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "benchmarks"))

from packgen import BUILTIN, generated_items  # noqa: E402

from selfcheck.core import pki  # noqa: E402
from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.pki.algorithms import issued_by, label  # noqa: E402
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


def write_pack(folder: Path, count: int, pack_id: str = PACK_ID) -> None:
    """A generated pack whose ``count`` items all apply to the government sector."""
    meta = json.loads((BUILTIN / "pack.json").read_text("utf-8"))
    meta.update(pack_id=pack_id, version=1, label=f"generated {count}")
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


def make_identity(root: Path, algorithm: str) -> tuple[Any, Any]:
    """A CA and a signer identity of ``algorithm`` (SM2 or ECDSA P-256)."""
    suffix = ".pem" if algorithm == pki.SM2 else ".p12"
    the_ca = pki.init_ca(root / f"ca-{algorithm}", name="Bench Root", organisation="基准测试局",
                         passphrase=PASS, algorithm=algorithm)
    pki.issue_identity(root / f"ca-{algorithm}", PASS, name="基准签名人",
                       output=root / f"signer{suffix}", passphrase=PASS)
    return the_ca, pki.load_identity(root / f"signer{suffix}", PASS)


def primitives(identity: Any, the_ca: Any) -> tuple[float, float]:
    """Median ms of one bare signature and one bare verification (signature and the
    signer certificate's signature by the root) with the identity's algorithm."""
    data = b"\x31" + bytes(range(200))
    if identity.algorithm == pki.SM2:
        key = identity.private_key
        sign, _, signature = timed(lambda: key.sign(data), RUNS)
        public = key.public

        def check() -> bool:
            return public.verify(signature, data) and issued_by(identity.certificate,
                                                                the_ca.certificate)
    else:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        key = identity.private_key
        sign, _, signature = timed(lambda: key.sign(data, ec.ECDSA(hashes.SHA256())), RUNS)

        def check() -> bool:
            key.public_key().verify(signature, data, ec.ECDSA(hashes.SHA256()))
            return issued_by(identity.certificate, the_ca.certificate)
    def cold_check() -> bool:
        issued_by.cache_clear()
        return check()

    verify_time, _, ok = timed(cold_check, VERIFY_RUNS)
    assert ok
    return sign * 1000, verify_time * 1000


def filled_assessment(collection: Collection, pack_id: str, folder: Path) -> int:
    """An assessment of ``pack_id`` (a high-risk government system) answered by :func:`fill`,
    its evidence files in ``folder``."""
    assessment = collection.new_assessment(
        pack_id=pack_id, organisation="某市大数据管理局", system_name="政务热线智能分派系统",
        sector="government", assessor="李四",
        profile=RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ACTS_WITH_APPROVAL,
                            people_affected=PeopleAffected.MANY,
                            data_sensitivity=DataSensitivity.PERSONAL))
    folder.mkdir(parents=True, exist_ok=True)
    fill(collection, assessment, folder)
    return assessment


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-report-") as temp:
        root = Path(temp)
        write_pack(root / "packs" / PACK_ID / "v1", ITEMS)
        os.environ["SELFCHECK_CHECKLISTS"] = str(root / "packs")
        signers = {algorithm: make_identity(root, algorithm) for algorithm in (pki.ECDSA_P256, pki.SM2)}
        with Collection.open(resolve_paths(root / "data")) as collection:
            assessment = filled_assessment(collection, PACK_ID, root)
            start = time.perf_counter()
            data = collection.reports.data(assessment, marking="内部")
            gather = time.perf_counter() - start
        print(f"Report benchmark: {len(data.items)} items, {RUNS} runs each "
              f"(verify {VERIFY_RUNS}), medians; gathering the data took {gather * 1000:.0f} ms")
        print(f"{'':16}{'render':>10}{'+sign':>10}{'sign adds':>12}{'export':>10}"
              f"{'verify':>10}{'size':>10}")
        rows = []
        for algorithm, (the_ca, identity) in signers.items():
            for lang in ("zh", "en"):
                rows.append((algorithm, lang, *measure(data, lang, identity, the_ca, root)))
        print()
        for algorithm, lang, render, both, export, check, size in rows:
            ratio = (both - render) / render
            name = f"[{algorithm} {lang}]"
            print(f"{name} signing adds {ratio:.2f}× the render time: {verdict(ratio, 1.0, '×')}")
            print(f"{name} verify {check * 1000:.0f} ms: {verdict(check * 1000, 100, ' ms')}")
            print(f"{name} file {size / 1024:.0f} KB: {verdict(size / 1024, 400, ' KB')}")
            print(f"{name} full export as run by the user (render, sign, self-check, write): "
                  f"{export * 1000:.0f} ms")
        print()
        for algorithm, (the_ca, identity) in signers.items():
            sign_ms, verify_ms = primitives(identity, the_ca)
            print(f"[{algorithm}] bare signature {sign_ms:.1f} ms; bare verification "
                  f"(signature + certificate signature) {verify_ms:.1f} ms")
        print(f"machine load average: {os.getloadavg()[0]:.2f} (2 cores shared)"
              if hasattr(os, "getloadavg") else "")
    return 0


def measure(data: Any, lang: str, identity: Any, the_ca: Any,
            root: Path) -> tuple[float, float, float, float, int]:
    """Render, render+sign, export, verify (seconds) and size (bytes) for one language."""
    results_json = results_json_bytes(data, lang)
    render, _, pdf = timed(lambda: render_report(data, lang, signed=True), RUNS)
    assert isinstance(pdf, bytes)

    def render_and_sign() -> bytes:
        return sign_report_pdf(render_report(data, lang, signed=True), results_json, identity)

    both, _, signed = timed(render_and_sign, RUNS)
    assert isinstance(signed, bytes)
    out = root / f"report-{identity.algorithm}-{lang}.pdf"
    export, _, _ = timed(lambda: build_report_file(
        data, out, lang=lang, identity=identity, overwrite=True), RUNS)
    def cold_verify() -> object:
        issued_by.cache_clear()  # each run checks the certificate signature afresh
        return verify_bytes(signed, [the_ca.certificate])

    check, _, result = timed(cold_verify, VERIFY_RUNS)
    assert getattr(result, "authentic", False), getattr(result, "reasons", None)
    assert getattr(result, "algorithm", None) == label(identity.algorithm)
    size = out.stat().st_size
    print(f"{identity.algorithm + ' ' + lang:16}{render * 1000:>8.0f}ms{both * 1000:>8.0f}ms"
          f"{(both - render) / render:>11.2f}×{export * 1000:>8.0f}ms"
          f"{check * 1000:>8.0f}ms{size / 1024:>8.0f}KB")
    return render, both, export, check, size


if __name__ == "__main__":
    sys.exit(main())
