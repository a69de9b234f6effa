"""``selfcheck restore FILE``: a checked backup replaces the database after a confirmation;
a damaged file, the live database or a missing confirmation change nothing. And the help
lists the command groups and names the two trust stores apart."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from selfcheck.cli.main import main

from .test_cli import database_snapshot, new_assessment, one_line_error, run


class Terminal(io.StringIO):
    """Standard input that claims to be a terminal and answers the prompt with ``text``."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def backed_up(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """A backup holding one assessment; the live database then gets a second one."""
    new_assessment(capsys)
    backup = tmp_path / "backup.sqlite3"
    code, _, err = run(capsys, "backup", str(backup))
    assert code == 0, err
    new_assessment(capsys)
    return backup


def assessment_ids(capsys: pytest.CaptureFixture[str]) -> list[int]:
    code, out, err = run(capsys, "assess", "list", "--json")
    assert code == 0, err
    return [row["id"] for row in json.loads(out)]


def kept_copies(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("selfcheck-before-restore-*.sqlite3"))


def test_restore_with_yes_replaces_the_database_and_keeps_the_old_one(
        capsys: pytest.CaptureFixture[str], data_dir: Path, backed_up: Path) -> None:
    assert assessment_ids(capsys) == [2, 1]
    code, out, err = run(capsys, "restore", str(backed_up), "--yes")
    assert code == 0, err
    kept = kept_copies(data_dir)
    assert len(kept) == 1
    assert f"restored from {backed_up}" in out and f"kept as {kept[0]}" in out
    assert assessment_ids(capsys) == [1]
    # the kept copy is the database as it was: both assessments
    code, out, err = run(capsys, "--data-dir", str(data_dir / "old"), "restore", str(kept[0]),
                         "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["restored_from"] == str(kept[0])
    assert run(capsys, "--data-dir", str(data_dir / "old"), "assess", "list", "--json")[1].count(
        '"id"') == 2


def test_two_restores_in_one_second_keep_both_copies(
        capsys: pytest.CaptureFixture[str], data_dir: Path, backed_up: Path) -> None:
    for _ in range(2):
        code, _, err = run(capsys, "restore", str(backed_up), "--yes")
        assert code == 0, err
    assert len(kept_copies(data_dir)) == 2


def test_terminal_confirmation_in_the_locale_language(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        backed_up: Path) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    before = database_snapshot(data_dir)
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, _ = run(capsys, "restore", str(backed_up))
    assert code == 1
    assert "替换" in out and "［是/否，y/N］" in out and "未做任何改动" in out
    assert database_snapshot(data_dir) == before and kept_copies(data_dir) == []

    monkeypatch.setattr("sys.stdin", Terminal("是\n"))
    code, out, err = run(capsys, "restore", str(backed_up))
    assert code == 0, err
    assert "原数据库保存为" in out and str(kept_copies(data_dir)[0]) in out
    assert assessment_ids(capsys) == [1]


def test_english_prompt_and_end_of_input_mean_no(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        backed_up: Path) -> None:
    before = database_snapshot(data_dir)
    monkeypatch.setattr("sys.stdin", Terminal(""))
    code, out, _ = run(capsys, "restore", str(backed_up))
    assert code == 1
    assert "Replace everything in" in out and "[y/N]" in out and "Nothing changed." in out
    assert database_snapshot(data_dir) == before and kept_copies(data_dir) == []


def test_without_a_terminal_restore_needs_yes(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        backed_up: Path) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    before = database_snapshot(data_dir)
    code, _, err = run(capsys, "restore", str(backed_up))
    assert code == 2 and "--yes" in one_line_error(err)
    assert database_snapshot(data_dir) == before and kept_copies(data_dir) == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other-sqlite", "missing", "folder"])
def test_a_damaged_file_is_refused_with_one_line(
        capsys: pytest.CaptureFixture[str], data_dir: Path, backed_up: Path, tmp_path: Path,
        damage: str) -> None:
    bad = tmp_path / "bad.sqlite3"
    if damage == "garbage":
        bad.write_bytes(b"this is not a database at all" * 100)
    elif damage == "truncated":
        bad.write_bytes(backed_up.read_bytes()[:3000])
    elif damage == "other-sqlite":
        import sqlite3

        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
        conn.close()
    elif damage == "folder":
        bad.mkdir()
    before = database_snapshot(data_dir)
    code, _, err = run(capsys, "restore", str(bad), "--yes")
    assert code == 2
    assert str(bad) in one_line_error(err)
    assert database_snapshot(data_dir) == before and kept_copies(data_dir) == []


def test_the_live_database_is_refused(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                      backed_up: Path, tmp_path: Path) -> None:
    live = data_dir / "selfcheck.sqlite3"
    link = tmp_path / "looks-like-a-backup.sqlite3"
    link.symlink_to(live)
    before = database_snapshot(data_dir)
    for path in (live, link):
        code, _, err = run(capsys, "restore", str(path), "--yes")
        assert code == 2 and "database in use" in one_line_error(err)
    assert database_snapshot(data_dir) == before and kept_copies(data_dir) == []


def test_restore_is_refused_while_the_window_holds_the_data_folder(
        capsys: pytest.CaptureFixture[str], data_dir: Path, backed_up: Path) -> None:
    from PySide6.QtCore import QLockFile

    window_lock = QLockFile(str(data_dir / "selfcheck.lock"))
    assert window_lock.tryLock(0)
    try:
        before = database_snapshot(data_dir)
        code, _, err = run(capsys, "restore", str(backed_up), "--yes")
        assert code == 2 and "close the window first" in one_line_error(err)
        assert database_snapshot(data_dir) == before and kept_copies(data_dir) == []
    finally:
        window_lock.unlock()
    assert main(["restore", str(backed_up), "--yes"]) == 0


def test_the_help_names_the_two_trust_stores_apart(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["trust", "--help"]) == 0
    text = capsys.readouterr().out
    assert "报告根证书" in text and "清单包签名密钥" in text
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["trust", "--help"]) == 0
    text = capsys.readouterr().out
    assert "report root certificates" in text and "pack signing keys" in text
    for action in ("add", "list", "remove", "add-pack-key", "revoke-pack-key", "pack-keys"):
        assert f"    {action} " in text or f"    {action}\n" in text, action
    assert main(["--help"]) == 0
    commands = capsys.readouterr().out
    for command in ("assess", "packs", "pack", "export", "verify", "trust", "ca", "doctor",
                    "backup", "restore"):
        assert f"    {command} " in commands, command
