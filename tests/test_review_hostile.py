"""Hostile files in a batch: each is refused with its own reason, the register is
unchanged for it, and the batch goes on; a stuck check is given up; cancelling keeps
what was registered."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from selfcheck.core.collection import Collection
from selfcheck.core.files import size_text
from selfcheck.core.pki.roots import load_root_certificate
from selfcheck.core.reports.verify import MAX_REPORT_BYTES
from selfcheck.core.review import ImportOutcome, OutcomeKind, importing
from selfcheck.core.review.files import find_report_files
from selfcheck.core.review.importing import import_files
from selfcheck.core.review.worker import CheckSettings, FileCheck

from .review_support import Corpus, check_stuck_on_slow_pdf

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices are POSIX")





def hostile_folder(base: Path, review_corpus: Corpus) -> Path:
    """A USB stick gone wrong, with two genuine reports among the bad files."""
    stick = base / "stick"
    (stick / "deep" / "deeper").mkdir(parents=True)
    shutil.copyfile(review_corpus.a_v1, stick / "a-first.pdf")
    shutil.copyfile(review_corpus.b, stick / "deep" / "deeper" / "z-last.pdf")
    os.mkfifo(stick / "fifo.pdf")
    (stick / "zero.pdf").symlink_to("/dev/zero")
    with open(stick / "huge.pdf", "wb") as huge:
        huge.truncate(MAX_REPORT_BYTES + 1)  # sparse: no disk used
    (stick / "loop.pdf").symlink_to(stick / "loop.pdf")
    (stick / "deep" / "up").symlink_to(stick, target_is_directory=True)  # a folder loop
    (stick / "dangling.pdf").symlink_to(stick / "gone.pdf")
    (stick / "empty.pdf").write_bytes(b"")
    (stick / "noise.pdf").write_bytes(os.urandom(4096))
    (stick / "truncated.pdf").write_bytes(review_corpus.c.read_bytes()[:5000])
    return stick


EXPECTED = {
    "fifo.pdf": "not a regular file",
    "zero.pdf": "not a regular file",
    "huge.pdf": f"larger than the {size_text(MAX_REPORT_BYTES)} limit",
    "loop.pdf": "Too many levels of symbolic links",
    "dangling.pdf": "no such file",
    "empty.pdf": "the file is empty",
    "noise.pdf": "not a PDF file",
    "truncated.pdf": "truncated",
}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_hostile_batch_goes_on_past_every_bad_file(review_desk: Collection, review_corpus: Corpus,
                                                     tmp_path: Path, workers: int) -> None:
    stick = hostile_folder(tmp_path, review_corpus)
    summary = review_desk.review.import_paths([stick], workers=workers)
    assert _names(summary.added) == ["a-first.pdf", "z-last.pdf"]
    reasons = {Path(o.path).name: o for o in summary.rejected}
    assert set(reasons) == set(EXPECTED)
    for name, fragment in EXPECTED.items():
        assert fragment in reasons[name].reason, (name, reasons[name].reason)
        assert reasons[name].reason_zh and "\n" not in reasons[name].reason
    assert summary.skipped == 1  # the link to a folder: not followed, so no loop
    assert sorted(e.row.file_name for e in review_desk.review.entries()) == ["a-first.pdf", "z-last.pdf"]


def test_devices_and_fifos_named_directly_are_refused_without_reading(
        review_desk: Collection, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    summary = review_desk.review.import_paths([fifo, Path("/dev/zero"), Path("/dev/urandom")])
    assert [o.kind for o in summary.outcomes] == [OutcomeKind.REJECTED] * 3
    assert all("not a regular file" in o.reason for o in summary.outcomes)
    assert review_desk.review.entries() == []


def test_a_folder_that_cannot_be_listed_is_named(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder and file regardless of permissions")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        found = find_report_files([tmp_path])
        assert [r.path for r in found.refused] == [str(locked)]
        assert "Permission denied" in found.refused[0].reason
    finally:
        locked.chmod(0o700)


def _settings(review_corpus: Corpus) -> CheckSettings:
    root = load_root_certificate(review_corpus.root_pem)
    from cryptography.hazmat.primitives import serialization

    return CheckSettings((root.public_bytes(serialization.Encoding.DER),), frozenset(),
                         dt.datetime.now(dt.UTC))


def _plain_register(checks: Sequence[FileCheck]) -> list[ImportOutcome]:
    """Says what each check found, storing nothing."""
    outcomes = []
    for check in checks:
        if check.report is not None:
            outcomes.append(ImportOutcome(check.path, OutcomeKind.ADDED))
        else:
            reason = check.reason or (check.result.reason if check.result else "")
            outcomes.append(ImportOutcome(check.path, OutcomeKind.REJECTED, reason))
    return outcomes


def test_a_check_that_takes_too_long_is_given_up_and_the_batch_goes_on(
        review_corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing, "check_in_worker", check_stuck_on_slow_pdf)
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(b"%PDF-1.7\n" + b"0" * 1000 + b"\n%%EOF\n")
    corp = review_corpus
    summary = import_files([slow, corp.a_v1, corp.b, corp.c], _settings(corp), _plain_register,
                           workers=2, timeout=3.0)
    assert _names(summary.added) == ["A-v1.pdf", "B.pdf", "C.pdf"]
    (stuck,) = summary.rejected
    assert Path(stuck.path).name == "slow.pdf"
    assert stuck.reason == "checking took longer than 3 s; the file was given up"


def test_cancelling_keeps_what_was_registered(review_desk: Collection, review_corpus: Corpus) -> None:
    done: list[int] = []
    summary = review_desk.review.import_paths(
        [review_corpus.inbox], workers=2, progress=lambda p: done.append(p.done),
        cancelled=lambda: bool(done) and done[-1] >= 1)
    assert summary.cancelled and summary.not_checked > 0
    assert len(summary.outcomes) + summary.not_checked == 7
    assert len(review_desk.review.entries()) == len(summary.added)


def _names(outcomes: list[ImportOutcome]) -> list[str]:
    return sorted(Path(o.path).name for o in outcomes)
