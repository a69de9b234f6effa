"""Files a user hands the program: anything but a regular file is refused before a byte is
read, the size limit holds while reading, and untrusted text is shown safely."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from selfcheck.core.errors import NotFoundError
from selfcheck.core.files import InputFileError, read_input_file, size_text
from selfcheck.core.text import shown

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 1000)
    assert read_input_file(path, 1000) == b"x" * 1000


def test_too_large_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(InputFileError) as caught:
        read_input_file(path, 2048, what=("answers file", "回答文件"))
    assert str(caught.value) == "big.bin: larger than the 2 KB limit for an answers file"
    assert caught.value.localized("zh") == "big.bin：超过回答文件 2 KB 的大小上限"


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no such file"):
        read_input_file(tmp_path / "absent", 10, missing_error=NotFoundError)
    with pytest.raises(InputFileError) as caught:
        read_input_file(tmp_path, 10, what=("pack file", "签名清单包文件"))
    assert str(caught.value) == f"{tmp_path}: is a folder, not a pack file"
    assert caught.value.localized("zh") == f"{tmp_path}：这是文件夹，不是签名清单包文件"


@posix_only
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    for path in (fifo, link):
        start = time.monotonic()
        with pytest.raises(InputFileError, match="not a regular file"):
            read_input_file(path, 1 << 20)
        assert time.monotonic() - start < 5  # a hang would hit the test timeout instead


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    with pytest.raises(InputFileError) as caught:
        read_input_file(Path(device), 1 << 20)
    assert caught.value.localized("zh") == f"{device}：不是普通文件（管道、设备或套接字），未读取任何内容"


def test_size_text() -> None:
    assert [size_text(n) for n in (5, 2048, 1_500_000, 25 * 1024 * 1024)] == [
        "5 B", "2 KB", "1.4 MB", "25 MB"]


def test_shown_escapes_control_characters_and_caps_length() -> None:
    assert shown("张三\x1b[2J\x07\r\u202eok") == "张三\\x1b[2J\\x07\\x0d\\u202eok"
    long = "x" * 1_000_000
    assert shown(long) == "x" * 120 + "…(+999880)"
    assert shown("plain name (Org)") == "plain name (Org)"
