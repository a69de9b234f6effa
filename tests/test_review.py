"""The reviewer's register: importing received reports, versions, notes, the views
across reports, removal and exports — on real signed reports (tests/review_support.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from selfcheck.core.collection import Collection
from selfcheck.core.errors import NotFoundError, UsageError
from selfcheck.core.paths import AppPaths
from selfcheck.core.pki import revocation
from selfcheck.core.pki.certs import fingerprint
from selfcheck.core.pki.roots import load_root_certificate
from selfcheck.core.reports.results import results_to_dict
from selfcheck.core.reports.verify import verify_report
from selfcheck.core.review import NoteKind
from selfcheck.core.review.notes import InstalledPacks, row_notes
from selfcheck.core.review.search import Query

from .conftest import store_of
from .report_support import CA_PASS
from .review_support import Corpus


def _names(outcomes: list) -> list[str]:
    return sorted(Path(o.path).name for o in outcomes)


def _by_system(review_desk: Collection) -> dict[str, list]:
    found: dict[str, list] = {}
    for entry in review_desk.review.entries():
        found.setdefault(entry.row.system_name, []).append(entry.row)
    return found


# -- importing -----------------------------------------------------------------------------

def test_a_received_folder_is_imported(review_desk: Collection, review_corpus: Corpus) -> None:
    progress: list = []
    summary = review_desk.review.import_paths([review_corpus.inbox], progress=progress.append, workers=2)
    assert len(summary.added) == 4
    assert len(summary.duplicates) == 1  # the second copy of A v1
    assert _names(summary.rejected) == ["A-unsigned.pdf", "B-tampered.pdf"]
    reasons = {Path(o.path).name: o for o in summary.rejected}
    assert "not signed" in reasons["A-unsigned.pdf"].reason
    assert "未签名" in reasons["A-unsigned.pdf"].reason_zh
    assert "modified after signing" in reasons["B-tampered.pdf"].reason
    assert summary.skipped == 2  # 说明.txt and the "._" twin
    assert not summary.cancelled
    assert progress[-1].done == progress[-1].total == 7
    assert [p.done for p in progress] == sorted(p.done for p in progress)

    rows = _by_system(review_desk)
    assert sorted(rows) == ["公文智能校对", "市民热线智能问答助手", "灾情信息自动汇总系统"]
    old, new = sorted(rows["市民热线智能问答助手"], key=lambda r: r.version)
    assert (old.version, old.versions, new.version, new.versions) == (1, 2, 2, 2)
    assert old.signing_time < new.signing_time
    assert (old.verdict, old.critical_gaps, new.verdict, new.critical_gaps) == ("not-met", 2, "met", 0)


def test_the_verified_facts_and_results_are_kept(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.b])
    (entry,) = review_desk.review.entries()
    row = entry.row
    verified = verify_report(review_corpus.b, [load_root_certificate(review_corpus.root_pem)])
    assert row.signer == verified.signer == "张三 Zhang San (测试局)"
    assert row.signer_organisation == "测试局"
    assert row.trust_root == fingerprint(load_root_certificate(review_corpus.root_pem))
    assert row.signer_fingerprint == verified.signer_fingerprint
    assert row.results_sha256 == verified.results_sha256
    assert row.file_name == "B.pdf" and row.source_path == str(review_corpus.b)
    assert row.file_size == review_corpus.b.stat().st_size
    results = review_desk.review.results(row.id)
    assert results_to_dict(results) == verified.results
    assert (results.assessment.organisation, results.assessment.system_name) == (
        "某区应急管理局", "灾情信息自动汇总系统")
    assert [gap.item for gap in results.score.critical_gaps] == ["HO-01"]


def test_importing_the_same_files_again_changes_nothing(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.inbox], workers=2)
    before = review_desk.review.entries()
    audit = len(review_desk.audit_entries())
    again = review_desk.review.import_paths([review_corpus.inbox, review_corpus.a_v1], workers=2)
    assert again.added == []
    assert len(again.duplicates) == 6 and len(again.rejected) == 2
    assert all(o.report_id is not None for o in again.duplicates)
    assert review_desk.review.entries() == before
    assert len(review_desk.audit_entries()) == audit


def test_an_older_version_arriving_later_takes_its_place(review_desk: Collection, review_corpus: Corpus) -> None:
    first = review_desk.review.import_paths([review_corpus.a_v2])
    assert first.added[0].version == 1
    later = review_desk.review.import_paths([review_corpus.a_v1])
    assert later.added[0].version == 1
    rows = {row.file_name: row for row in (e.row for e in review_desk.review.entries())}
    assert (rows["A-v1.pdf"].version, rows["A-v2.pdf"].version) == (1, 2)
    assert [e.row.file_name for e in review_desk.review.entries(latest_only=True)] == ["A-v2.pdf"]


def test_without_a_trusted_root_nothing_is_registered(app_paths: AppPaths, mini_packs: Path,
                                                       review_corpus: Corpus) -> None:
    with Collection.open(app_paths) as desk:
        summary = desk.review.import_paths([review_corpus.a_v1, review_corpus.b])
        assert len(summary.rejected) == 2
        assert all("no trusted root" in o.reason for o in summary.rejected)
        assert desk.review.entries() == []
        # a root given for this import only (selfcheck review import --trust ROOT.pem)
        summary = desk.review.import_paths(
            [review_corpus.a_v1], extra_roots=[load_root_certificate(review_corpus.root_pem)])
        assert len(summary.added) == 1


def test_a_missing_path_is_rejected_with_its_reason(review_desk: Collection, tmp_path: Path) -> None:
    summary = review_desk.review.import_paths([tmp_path / "nothing-here"])
    (outcome,) = summary.rejected
    assert outcome.reason == "no such file or folder"
    assert outcome.reason_zh == "文件或文件夹不存在"


# -- notes and search -----------------------------------------------------------------------

def test_rows_note_what_deserves_a_look(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.a_v1, review_corpus.b, review_corpus.c])
    notes = {e.row.system_name: e.notes for e in review_desk.review.entries()}
    assert notes["市民热线智能问答助手"] == () and notes["公文智能校对"] == ()
    (note,) = notes["灾情信息自动汇总系统"]
    assert note.kind is NoteKind.SIGNER_ORGANISATION
    assert "测试局" in note.zh and "某区应急管理局" in note.zh and "测试局" in note.en

    row = review_desk.review.entries()[0].row
    installed = InstalledPacks({row.pack_id: row.pack_version + 1},
                               {(row.pack_id, row.pack_version): "0" * 64})
    late = row._replace(signing_time="2026-03-02T08:00:00.000000Z",
                        received_at="2026-03-01T08:00:00.000000Z")
    early = row._replace(signing_time="2025-01-01T08:00:00.000000Z",
                         received_at="2026-03-01T08:00:00.000000Z")
    kinds = [n.kind for n in row_notes(late, installed)]
    assert NoteKind.SIGNED_AFTER_RECEIPT in kinds
    assert NoteKind.OLDER_PACK in kinds and NoteKind.PACK_DIFFERS in kinds
    long_before = [n for n in row_notes(early, installed) if n.kind is NoteKind.SIGNED_LONG_BEFORE]
    assert long_before and "424" in long_before[0].en
    same_org = row._replace(signer_organisation=f" {row.organisation.upper()} ")
    assert NoteKind.SIGNER_ORGANISATION not in [n.kind for n in row_notes(same_org, installed)]


@pytest.mark.parametrize(("query", "systems"), [
    ("应急", {"灾情信息自动汇总系统"}),
    ("交通 不符合", {"市民热线智能问答助手"}),
    ("not met", {"市民热线智能问答助手", "灾情信息自动汇总系统"}),
    ("NOT MET 张三", {"灾情信息自动汇总系统"}),
    ("李明", {"市民热线智能问答助手", "公文智能校对"}),
    ("government department", {"市民热线智能问答助手", "灾情信息自动汇总系统", "公文智能校对"}),
    ("ｍｉｎｉ－ｐａｃｋ", {"市民热线智能问答助手", "灾情信息自动汇总系统", "公文智能校对"}),
    ("nowhere", set()),
])
def test_search_in_chinese_and_english(review_desk: Collection, review_corpus: Corpus, query: str,
                                       systems: set[str]) -> None:
    review_desk.review.import_paths([review_corpus.a_v1, review_corpus.b, review_corpus.c])
    parsed = Query.parse(query)
    assert {e.row.system_name for e in review_desk.review.entries() if parsed.matches(e.search)} == systems


# -- views across reports -------------------------------------------------------------------

def test_the_organisation_by_theme_table(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.inbox], workers=2)
    matrix = review_desk.review.gap_matrix()
    assert matrix.organisations == ("某区应急管理局", "某市交通运输局")
    assert set(matrix.themes) == {"human-oversight", "manual-fallback", "data-access"}
    emergency = matrix.cell("某区应急管理局", "human-oversight")
    assert emergency is not None and emergency.status == "gap" and emergency.gaps == ("HO-01",)
    # the bureau's newest reports only: A v2 (one item partial) and C (all implemented)
    bureau = matrix.cell("某市交通运输局", "data-access")
    assert bureau is not None and (bureau.status, bureau.percent) == ("partial", 75.0)
    assert len(matrix.reports["某市交通运输局"]) == 2
    assert matrix.overall["某区应急管理局"].status == "gap"
    assert matrix.overall["某市交通运输局"].status == "met"


def test_the_most_frequent_critical_gaps(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.a_v1, review_corpus.b, review_corpus.c])
    gaps = review_desk.review.frequent_gaps()
    assert [(g.item, g.count, len(g.organisations)) for g in gaps] == [
        ("HO-01", 2, 2), ("MF-01", 1, 1)]
    assert gaps[0].severity == "critical"
    # once A's next version arrives, its closed gaps no longer count
    review_desk.review.import_paths([review_corpus.a_v2])
    assert [(g.item, g.organisations) for g in review_desk.review.frequent_gaps()] == [
        ("HO-01", ("某区应急管理局",))]


def test_the_history_of_an_assessment(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.a_v1, review_corpus.a_v2])
    newest = review_desk.review.entries(latest_only=True)[0].row
    first, second = review_desk.review.history(newest.id)
    assert (first.opened, first.closed, first.score_change) == (("HO-01", "MF-01"), (), None)
    assert second.opened == () and second.closed == ("HO-01", "MF-01")
    assert second.score_change == pytest.approx(second.row.percent - first.row.percent, abs=0.05)


def test_two_versions_compared_item_by_item(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.a_v1, review_corpus.a_v2])
    ids = [e.row.id for e in review_desk.review.entries()]
    comparison = review_desk.review.compare(ids[1], ids[0])  # the newer first: still older → newer
    assert comparison.older.version == 1 and comparison.same_assessment
    kinds = {change.item: change.kind for change in comparison.changes}
    assert kinds == {"HO-01": "improved", "HO-02": "improved", "MF-01": "improved",
                     "HO-03": "unchanged", "DA-01": "regressed", "MF-02": "applicability"}
    assert comparison.counts()["improved"] == 3
    assert comparison.gaps_closed == ("HO-01", "MF-01") and comparison.gaps_opened == ()
    with pytest.raises(UsageError, match="two different reports"):
        review_desk.review.compare(ids[0], ids[0])


# -- removal --------------------------------------------------------------------------------

def test_removal_is_audited_and_keeps_the_file(review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.a_v1, review_corpus.a_v2])
    old = next(e.row for e in review_desk.review.entries() if e.row.version == 1)
    removed = review_desk.review.remove(old.id)
    assert removed.id == old.id and review_corpus.a_v1.is_file()
    entry = review_desk.audit_entries()[-1]
    assert entry.action == "review-report-removed"
    assert json.loads(entry.payload)["file_sha256"] == old.file_sha256
    assert review_desk.doctor().ok
    (left,) = review_desk.review.entries()
    assert (left.row.version, left.row.versions) == (1, 1)
    with pytest.raises(NotFoundError, match="not in the register"):
        review_desk.review.remove(old.id)
    again = review_desk.review.import_paths([review_corpus.a_v1])
    assert again.added[0].report_id != old.id  # ids are never reused


# -- a full disk ------------------------------------------------------------------------------

def test_a_full_disk_rejects_each_file_and_leaves_the_register_as_it_was(
        review_desk: Collection, review_corpus: Corpus) -> None:
    review_desk.review.import_paths([review_corpus.c])
    before, audit = review_desk.review.entries(), len(review_desk.audit_entries())
    store = store_of(review_desk)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    summary = review_desk.review.import_paths([review_corpus.a_v1, review_corpus.a_v2, review_corpus.b])
    assert len(summary.rejected) == 3
    for outcome in summary.rejected:
        assert "could not be stored" in outcome.reason and "disk is full" in outcome.reason
        assert "未能存入登记簿" in outcome.reason_zh
    assert review_desk.review.entries() == before and len(review_desk.audit_entries()) == audit
    store._conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    assert len(review_desk.review.import_paths([review_corpus.a_v1, review_corpus.a_v2, review_corpus.b]).added) == 3
    assert review_desk.doctor().ok


# -- revoked signers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("reason", "registered"), [("key-compromise", False), ("superseded", True)])
def test_a_revoked_signer_as_the_reviewer_s_revocation_list_says(
        review_desk: Collection, review_corpus: Corpus, tmp_path: Path, reason: str,
        registered: bool) -> None:
    ca = tmp_path / "ca"
    shutil.copytree(review_corpus.base / "pki" / "ca", ca)  # the session's CA stays as it is
    revocation.revoke(ca, "李明", reason)  # the bureau's signer (A and C)
    crl = tmp_path / "root.crl"
    revocation.issue_crl(ca, CA_PASS, crl)
    review_desk.report_roots.add_crl(crl)
    summary = review_desk.review.import_paths([review_corpus.a_v1, review_corpus.b])
    assert [Path(o.path).name for o in summary.added] == (["A-v1.pdf", "B.pdf"] if registered
                                                          else ["B.pdf"])
    if not registered:  # refused, as selfcheck verify refuses it
        (refused,) = summary.rejected
        assert "revoked" in refused.reason and "吊销" in refused.reason_zh
        return
    # revoked later for a benign reason: still valid, and the row says so
    entry = next(e for e in review_desk.review.entries() if e.row.file_name == "A-v1.pdf")
    revoked = [n for n in entry.notes if n.kind is NoteKind.VERIFICATION]
    assert revoked and "revoked" in revoked[0].en and "吊销" in revoked[0].zh
