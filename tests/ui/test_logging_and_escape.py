"""The window's own log rotation and rich-text escaping (both replace slower imports)."""

from __future__ import annotations

import html
import logging
from pathlib import Path

import pytest

from selfcheck.core.text import escape_html
from selfcheck.ui.errors import RotatingLogHandler


def _emit(handler: logging.Handler, count: int) -> None:
    for number in range(count):
        handler.emit(logging.LogRecord("selfcheck.test", logging.INFO, __file__, 1,
                                       "line %d " + "x" * 80, (number,), None))


def test_log_rotates_at_its_size_and_keeps_a_bounded_number_of_old_files(tmp_path: Path) -> None:
    path = tmp_path / "selfcheck.log"
    handler = RotatingLogHandler(path, max_bytes=1000, backups=3)
    try:
        _emit(handler, 100)  # about 9 KB in all
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["selfcheck.log", "selfcheck.log.1", "selfcheck.log.2", "selfcheck.log.3"]
    for file in tmp_path.iterdir():
        assert file.stat().st_size < 1000 + 200
    newest = path.read_text(encoding="utf-8").splitlines()[-1]
    assert newest.startswith("line 99 ")
    older = (tmp_path / "selfcheck.log.1").read_text(encoding="utf-8").splitlines()
    assert int(older[-1].split()[1]) == int(path.read_text(encoding="utf-8").split()[1]) - 1


def test_an_oversized_log_is_rotated_when_the_program_starts(tmp_path: Path) -> None:
    path = tmp_path / "selfcheck.log"
    path.write_text("old\n" * 500, encoding="utf-8")
    handler = RotatingLogHandler(path, max_bytes=1000, backups=2)
    handler.close()
    assert (tmp_path / "selfcheck.log.1").read_text(encoding="utf-8").startswith("old")
    assert path.stat().st_size == 0


@pytest.mark.parametrize("text", ["RA-04", "<b>&amp;</b>", 'say "hi" & \'bye\'', "风险 < 高 > 中"])
def test_escape_html_matches_the_standard_library(text: str) -> None:
    assert escape_html(text) == html.escape(text, quote=True)
    assert escape_html(text, quote=False) == html.escape(text, quote=False)


def _blocker(path: Path) -> None:
    """A non-empty folder where a file is to be renamed to: the rename fails."""
    path.mkdir()
    (path / "keep").write_text("x", encoding="utf-8")


def test_a_log_that_cannot_be_moved_aside_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "selfcheck.log"
    _blocker(tmp_path / "selfcheck.log.rotating")
    handler = RotatingLogHandler(path, max_bytes=1000, backups=3)
    try:
        _emit(handler, 100)
    finally:
        handler.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [int(line.split()[1]) for line in lines] == list(range(100))
    assert not (tmp_path / "selfcheck.log.1").exists()


def test_a_failed_rotation_loses_neither_records_nor_old_logs(tmp_path: Path) -> None:
    path = tmp_path / "selfcheck.log"
    (tmp_path / "selfcheck.log.2").write_text("older log\n", encoding="utf-8")
    _blocker(tmp_path / "selfcheck.log.3")  # so the older log cannot move on
    handler = RotatingLogHandler(path, max_bytes=1000, backups=3)
    try:
        _emit(handler, 100)
    finally:
        handler.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(100))  # nothing dropped, the first part put back
    assert (tmp_path / "selfcheck.log.2").read_text(encoding="utf-8") == "older log\n"
    assert not (tmp_path / "selfcheck.log.rotating").exists()
