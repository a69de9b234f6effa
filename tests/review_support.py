"""Signed reports for the register's tests: a few units' reports, built once per session.

Three assessments of the small test pack, signed under a throw-away PKI:

* A, 某市交通运输局 / 市民热线智能问答助手: version 1 (two critical gaps) and version 2
  (gaps closed, one item worse, one item now applicable), signed by that bureau's own
  signer identity;
* B, 某区应急管理局 / 灾情信息自动汇总系统: one critical gap, signed by an identity of
  another organisation (测试局), which the register notes;
* C, 某市交通运输局 / 公文智能校对: everything implemented.

The "inbox" folder holds what a reviewer receives on a USB stick: A v1, A v2, B, C, a
tampered copy of B, an unsigned report, a second copy of A v1 under another name, a
text file and a macOS "._" twin (neither is a report).
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from selfcheck.core import pki
from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki.roots import load_root_certificate

from .conftest import MINI_PACKS, make_profile
from .report_support import CA_PASS, ID_PASS, make_pki

MINI = "mini-pack"
WHY = {Status.PARTIAL: "部分落实，整改中。", Status.NOT_IMPLEMENTED: "尚未落实，已列入计划。",
       Status.NOT_APPLICABLE: "本系统不涉及。"}
OK, P, N, NA = Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.NOT_APPLICABLE

A_V1 = {"HO-01": N, "HO-02": P, "HO-03": OK, "MF-01": P, "MF-02": NA, "DA-01": OK}
A_V2 = {"HO-01": OK, "HO-02": OK, "HO-03": OK, "MF-01": OK, "MF-02": OK, "DA-01": P}
B_ANSWERS = {"HO-01": P, "HO-02": OK, "HO-03": OK, "MF-01": OK, "MF-02": OK, "DA-01": OK}
C_ANSWERS = dict.fromkeys(A_V1, OK)


@dataclass(frozen=True)
class Corpus:
    base: Path
    root_pem: Path
    a_v1: Path
    a_v2: Path
    b: Path
    c: Path
    tampered: Path
    unsigned: Path
    duplicate: Path
    inbox: Path


def answer(collection: Collection, assessment_id: int, statuses: dict[str, Status]) -> None:
    collection.save_answers(assessment_id, [
        Answer(item_id=item, status=status, justification=WHY.get(status, ""),
               evidence="制度文件 2026-01" if status is OK else "",
               remediation_owner="信息科" if status in (P, N) else "")
        for item, status in statuses.items()])


def _assessment(collection: Collection, organisation: str, system: str) -> int:
    return collection.new_assessment(pack_id=MINI, organisation=organisation,
                                     system_name=system, sector="government",
                                     profile=make_profile(), assessor="王芳")


def build_corpus(base: Path) -> Corpus:
    """Everything above under ``base`` (a few seconds)."""
    the_pki = make_pki(base / "pki")
    bureau = pki.issue_identity(the_pki.ca_dir, CA_PASS, name="李明", output=base / "bureau.p12",
                                passphrase=ID_PASS, organisation="某市交通运输局")
    reports = base / "signed"
    reports.mkdir()
    previous = os.environ.get("SELFCHECK_CHECKLISTS")
    os.environ["SELFCHECK_CHECKLISTS"] = str(MINI_PACKS)
    try:
        with Collection.open(resolve_paths(base / "unit-data")) as unit:
            def export(assessment_id: int, name: str, identity: Path | None) -> Path:
                return unit.reports.export(assessment_id, reports / name, identity=identity,
                                           passphrase=ID_PASS if identity else None,
                                           lang="zh", marking="内部").path

            a = _assessment(unit, "某市交通运输局", "市民热线智能问答助手")
            answer(unit, a, A_V1)
            a_v1 = export(a, "A-v1.pdf", bureau.path)
            unsigned = export(a, "A-unsigned.pdf", None)
            time.sleep(1.1)  # signing times have whole seconds: v2 is signed later
            answer(unit, a, A_V2)
            a_v2 = export(a, "A-v2.pdf", bureau.path)
            b = _assessment(unit, "某区应急管理局", "灾情信息自动汇总系统")
            answer(unit, b, B_ANSWERS)
            b_pdf = export(b, "B.pdf", the_pki.identity)
            c = _assessment(unit, "某市交通运输局", "公文智能校对")
            answer(unit, c, C_ANSWERS)
            c_pdf = export(c, "C.pdf", bureau.path)
    finally:
        if previous is None:
            os.environ.pop("SELFCHECK_CHECKLISTS", None)
        else:
            os.environ["SELFCHECK_CHECKLISTS"] = previous
    tampered = reports / "B-tampered.pdf"
    data = bytearray(b_pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    duplicate = reports / "A-v1-copy.pdf"
    shutil.copyfile(a_v1, duplicate)
    inbox = base / "inbox"
    (inbox / "单位A").mkdir(parents=True)
    (inbox / "其他").mkdir()
    for source, target in ((a_v1, "单位A/A-v1.pdf"), (a_v2, "单位A/A-v2.pdf"),
                           (b_pdf, "B.pdf"), (c_pdf, "C.pdf"), (tampered, "其他/B-tampered.pdf"),
                           (unsigned, "其他/A-unsigned.pdf"), (duplicate, "其他/A-v1-copy.pdf")):
        shutil.copyfile(source, inbox / target)
    (inbox / "说明.txt").write_text("not a report\n", encoding="utf-8")
    (inbox / "._B.pdf").write_bytes(b"\x00\x05\x16\x07")
    load_root_certificate(the_pki.root_pem)  # a usable root
    return Corpus(base, the_pki.root_pem, a_v1, a_v2, b_pdf, c_pdf, tampered, unsigned,
                  duplicate, inbox)


_CORPUS: list[Corpus] = []


def corpus(base_temp: Path) -> Corpus:
    """The session's corpus (built the first time it is asked for)."""
    if not _CORPUS:
        _CORPUS.append(build_corpus(base_temp / "review-corpus"))
    return _CORPUS[0]


def reviewer(data_dir: Path, root_pem: Path) -> Collection:
    """A reviewer's collection (the small test pack installed) that trusts ``root_pem``."""
    collection = Collection.open(resolve_paths(data_dir))
    collection.report_roots.add(root_pem)
    return collection


def check_stuck_on_slow_pdf(path: str) -> object:
    """A worker's check that never finishes for a file named ``slow.pdf``: the
    deterministic stand-in for a file the verifier takes too long on (a real slow
    file is fast or slow depending on the machine). Module level so that the
    spawned workers can import it by name."""
    import time

    from selfcheck.core.review.worker import check_in_worker

    if path.endswith("slow.pdf"):
        time.sleep(600)
    return check_in_worker(path)
