"""The headless command line, including every bad input the foundation issue names."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from selfcheck import __version__
from selfcheck.cli.main import main

from .conftest import REAL_PACK_ID, REPO

NEW = ["assess", "new", "--pack", REAL_PACK_ID, "--org", "某市卫生健康委员会",
       "--system", "智能分诊", "--sector", "public-safety", "--criticality", "high",
       "--autonomy", "advises", "--people", "10k-1m", "--data", "personal"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def new_assessment(capsys: pytest.CaptureFixture[str]) -> int:
    code, out, err = run(capsys, *NEW)
    assert code == 0, err
    return int(out.strip())


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("selfcheck")
    return lines[0]


def database_snapshot(data_dir: Path) -> list[Any]:
    conn = sqlite3.connect(data_dir / "selfcheck.sqlite3")
    try:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("assessments", "answers", "audit_log", "packs")]
    finally:
        conn.close()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_packs_list(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "packs", "list")
    assert rows[0]["pack_id"] == REAL_PACK_ID
    assert rows[0]["items"] >= 40
    assert len(rows[0]["content_sha256"]) == 64


def test_full_flow(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    aid = new_assessment(capsys)
    code, out, _ = run(capsys, "assess", "answer", str(aid), "HO-01", "implemented",
                       "--evidence", "制度文件 2026-17")
    assert code == 0 and "HO-01: implemented" in out
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({
        "format": "selfcheck-answers/1", "pack_id": REAL_PACK_ID,
        "answers": [
            {"item": "HO-02", "status": "partial", "justification": "仅白班落实",
             "remediation_owner": "张伟", "remediation_due": "2099-01-31"},
            {"item": "MF-01", "status": "not-implemented", "justification": "预案未演练"},
            {"item": "DA-01", "status": "na", "justification": "不接触业务数据"},
        ]}, ensure_ascii=False), "utf-8")
    result = run_json(capsys, "assess", "import", str(aid), str(answers))
    assert result == {"id": aid, "saved": 3, "unchanged": 0}
    shown = run_json(capsys, "assess", "show", str(aid))
    statuses = {a["item"]: a["status"] for a in shown["answers"]}
    assert statuses["HO-02"] == "partial" and statuses["DA-01"] == "not-applicable"
    assert shown["score"]["verdict"] == "not-met"
    assert "MF-01" in [g["item"] for g in shown["score"]["critical_gaps"]]
    assert shown["assessment"]["pack"]["content_sha256"]
    code, text, _ = run(capsys, "assess", "show", str(aid), "--lang", "zh")
    assert code == 0 and "关键差距" in text and "结论：不符合" in text
    assert "Critical gaps" not in text and "Verdict" not in text
    code, text, _ = run(capsys, "assess", "show", str(aid), "--lang", "en")
    assert code == 0 and "Critical gaps:" in text and "Verdict: Not met" in text
    listing = run_json(capsys, "assess", "list")
    assert listing[0]["id"] == aid and listing[0]["verdict"] == "not-met"
    code, out, _ = run(capsys, "doctor")
    assert code == 0 and "Audit chain: ok" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["assess", "new", "--pack", "no-such-pack", "--org", "O", "--system", "S", "--sector",
          "cii", "--criticality", "low", "--autonomy", "advises", "--people", "under-100",
          "--data", "public"], "pack 'no-such-pack' is not installed"),
        (["assess", "answer", "{aid}", "ZZ-99", "implemented"], "item 'ZZ-99' is not in pack"),
        (["assess", "answer", "999", "HO-01", "implemented"], "assessment 999 does not exist"),
        (["assess", "answer", "{aid}", "HO-01", "sort-of"], "invalid status 'sort-of'"),
        (["assess", "answer", "{aid}", "HO-01", "partial"], "a justification is required"),
        (["assess", "answer", "{aid}", "HO-01", "na", "--justification", "  "],
         "a justification is required"),
        (["assess", "answer", "abc", "HO-01", "implemented"], "invalid assessment id 'abc'"),
        (["assess", "new", "--pack", REAL_PACK_ID, "--org", "O", "--system", "S", "--sector",
          "moon"], "invalid choice: 'moon'"),
        (["assess", "show", "12345"], "assessment 12345 does not exist"),
        (["assess", "import", "{aid}", "/nonexistent/answers.json"], "no such file"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str], expected: str
) -> None:
    aid = new_assessment(capsys)
    run(capsys, "assess", "answer", str(aid), "HO-01", "implemented")
    before = database_snapshot(data_dir)
    code, _, err = run(capsys, *[a.replace("{aid}", str(aid)) for a in args])
    assert code == 2
    assert expected in one_line_error(err)
    assert database_snapshot(data_dir) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON (line 1"),
        ('["a"]', "must be a JSON object"),
        ('{"answers": []}', "'format' must be 'selfcheck-answers/1'"),
        ('{"format": "selfcheck-answers/1", "answers": {}}', "'answers' must be a list"),
        ('{"format": "selfcheck-answers/1", "pack_id": "other", "answers": []}',
         "written for pack 'other'"),
        ('{"format": "selfcheck-answers/1", "answers": [{"status": "implemented"}]}',
         "answers[0]: 'item' (the item id) is required"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "HO-02", "status": "yes"},'
         ' {"item": "HO-03", "status": "partial"}]}',
         "answers[1] (HO-03): a justification is required"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "QQ-01", "status": "yes"}]}',
         "answers[0] (QQ-01): item 'QQ-01' is not in pack"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "HO-02", "status": "maybe"}]}',
         "answers[0] (HO-02): invalid status 'maybe'"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "HO-02", "status": "partial",'
         ' "justification": "x", "remediation_due": "31/01/2027"}]}', "invalid due date"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "HO-02", "status": "partial",'
         ' "justification": "x", "remediation_due": "2001-01-01"}]}', "is in the past"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "HO-02", "status": "yes"},'
         ' {"item": "HO-02", "status": "yes"}]}', "answered twice"),
        ('{"format": "selfcheck-answers/1", "answers": [{"item": "HO-02", "stat": "yes"}]}',
         "unknown field(s) stat"),
    ],
)
def test_malformed_answers_file_imports_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, content: str,
    expected: str
) -> None:
    aid = new_assessment(capsys)
    before = database_snapshot(data_dir)
    path = tmp_path / "answers.json"
    path.write_text(content, "utf-8")
    code, _, err = run(capsys, "assess", "import", str(aid), str(path))
    assert code == 2
    assert expected in one_line_error(err)
    assert database_snapshot(data_dir) == before


def test_corrupt_database_file(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    garbage = b"SQLite format 2\0garbage" * 500
    (data_dir / "selfcheck.sqlite3").write_bytes(garbage)
    code, _, err = run(capsys, "packs", "list")
    assert code == 2
    assert "damaged" in one_line_error(err)
    assert (data_dir / "selfcheck.sqlite3").read_bytes() == garbage
    code, _, err = run(capsys, "doctor")
    assert code == 2 and "damaged" in one_line_error(err)


def test_locked_database(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    aid = new_assessment(capsys)
    before = database_snapshot(data_dir)
    holder = sqlite3.connect(data_dir / "selfcheck.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "assess", "answer", str(aid), "HO-01", "implemented")
    finally:
        holder.rollback()
        holder.close()
    assert code == 2
    assert "in use by another program" in one_line_error(err)
    assert database_snapshot(data_dir) == before


def test_doctor_exits_1_and_names_the_break(capsys: pytest.CaptureFixture[str],
                                            data_dir: Path) -> None:
    aid = new_assessment(capsys)
    run(capsys, "assess", "answer", str(aid), "HO-01", "implemented")
    conn = sqlite3.connect(data_dir / "selfcheck.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    conn.commit()
    conn.close()
    report = json.loads(_doctor_json(capsys))
    assert report["audit_chain_broken_at"] == 2
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert "BROKEN at entry 2" in out


def _doctor_json(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "doctor", "--json")
    assert code == 1
    return out


def test_data_dir_option_overrides_environment(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    code, _, err = run(capsys, "--data-dir", str(other), "packs", "list")
    assert code == 0, err
    assert (other / "selfcheck.sqlite3").exists()


def test_console_script_runs_as_a_process(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "selfcheck", "assess", "show", "77"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
        env={"PATH": "/usr/bin:/bin", "SELFCHECK_HOME": str(data_dir),
             "PYTHONPATH": str(REPO / "desktop"), "HOME": str(data_dir)},
    )
    assert result.returncode == 2
    # no locale at all (a fresh Debian without LANG): Chinese, the product's first language
    assert result.stderr.strip() == "selfcheck：错误：自查 77 不存在"


def test_backup_never_replaces_silently(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                       tmp_path: Path) -> None:
    new_assessment(capsys)
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"keep me")
    code, _, err = run(capsys, "backup", str(target))
    assert code == 2 and "already exists" in one_line_error(err)
    assert target.read_bytes() == b"keep me"
    code, _, err = run(capsys, "backup", str(target), "--force")
    assert code == 0, err
    assert target.read_bytes().startswith(b"SQLite format 3")
    live = data_dir / "selfcheck.sqlite3"
    before = database_snapshot(data_dir)
    for own in (live, data_dir / "selfcheck.sqlite3-wal"):
        code, _, err = run(capsys, "backup", str(own), "--force")
        assert code == 2 and "live database" in one_line_error(err)
    assert database_snapshot(data_dir) == before
    assert not list(tmp_path.glob("*.partial")) and not list(data_dir.glob("*.partial"))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["assess", "show", "9" * 25], "invalid assessment id"),
        (["assess", "answer", "9" * 25, "HO-01", "yes"], "invalid assessment id"),
        (["assess", "new", "--pack", REAL_PACK_ID, "--pack-version", "9" * 30, "--org", "O",
          "--system", "S", "--sector", "cii", "--criticality", "low", "--autonomy", "advises",
          "--people", "under-100", "--data", "public"], "invalid pack version"),
        (["ca", "init", "--name", "X", "--dir", "{tmp}/ca", "--days", "99999999"],
         "invalid number of days"),
        (["assess", "answer", "{aid}", "HO-01", "partial", "--justification", "bad \udcff byte"],
         "not valid text"),
        (["assess", "new", "--pack", REAL_PACK_ID, "--org", "evil\x1b[31mRED", "--system", "S",
          "--sector", "cii", "--criticality", "low", "--autonomy", "advises", "--people",
          "under-100", "--data", "public"], "control characters"),
        (["assess", "new", "--pack", REAL_PACK_ID, "--org", "O" * 201, "--system", "S",
          "--sector", "cii", "--criticality", "low", "--autonomy", "advises", "--people",
          "under-100", "--data", "public"], "longer than 200 characters"),
    ],
)
def test_hostile_arguments_get_one_line(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        args: list[str], expected: str) -> None:
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", "a long passphrase")
    aid = new_assessment(capsys)
    before = database_snapshot(data_dir)
    code, _, err = run(capsys, *[a.replace("{aid}", str(aid)).replace("{tmp}", str(tmp_path))
                                 for a in args])
    assert code == 2
    assert expected in one_line_error(err)
    assert database_snapshot(data_dir) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format":"selfcheck-answers/1","answers":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
         "nested too deeply"),
        (b'{"format":"selfcheck-answers/1","pack_version":' + b"9" * 5000 + b',"answers":[]}',
         "a number is too large"),
        (b'{"format":"selfcheck-answers/1","answers":[{"item":"HO-02","status":"yes",'
         b'"evidence":"\\ud800"}]}', "not valid text"),
        (b'{"format":"selfcheck-answers/1","answers":[{"item":"HO-02","status":"yes",'
         b'"evidence":"a\\u0000b"}]}', "control characters"),
        (b'{"format":"selfcheck-answers/1","answers":[{"item":["HO-02"],"status":"yes"}]}',
         "'item' must be an item id"),
        (b'{"format":"selfcheck-answers/1","pack_version":true,"answers":[]}',
         "written for pack version True"),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
)
def test_hostile_answers_files(capsys: pytest.CaptureFixture[str], data_dir: Path,
                               tmp_path: Path, content: bytes, expected: str) -> None:
    aid = new_assessment(capsys)
    before = database_snapshot(data_dir)
    path = tmp_path / "answers.json"
    path.write_bytes(content)
    code, _, err = run(capsys, "assess", "import", str(aid), str(path))
    assert code == 2
    assert expected in one_line_error(err)
    assert database_snapshot(data_dir) == before


def test_unwritable_data_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the data folder should be")
    code, _, err = run(capsys, "--data-dir", str(blocker / "data"), "packs", "list")
    assert code == 2
    assert "the folder cannot be created" in one_line_error(err)


def test_errors_follow_a_chinese_locale(capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    aid = new_assessment(capsys)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, _, err = run(capsys, "assess", "answer", str(aid), "HO-01", "partial")
    assert code == 2
    assert "时必须填写理由说明" in one_line_error(err)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _, err = run(capsys, "assess", "answer", str(aid), "HO-01", "partial")
    assert "a justification is required" in one_line_error(err)
