"""Hostile input through the command line: pipes, endless devices, huge and crafted files,
control characters in names and ids, certificates pyHanko rejects with a traceback, an
unexpected error and a damaged database. Each case ends with a non-zero exit and one line
(no traceback on the terminal, details in the log file), and leaves the database file
byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from selfcheck.cli.main import main
from selfcheck.core.logs import LOG_FILE

from .conftest import REAL_PACK_ID, REPO
from .report_support import ID_PASS, custom_identity, fill_answers, make_pki, new_assessment, open_collection

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
CONTROL = ("\x1b", "\x07", "\r", "\x9b")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    assert not any(ch in text for ch in CONTROL), repr(text)
    return lines[0]


def database_bytes(data_dir: Path) -> str:
    """A snapshot of the database file and its write-ahead log, byte for byte."""
    digest = hashlib.sha256()
    for name in ("selfcheck.sqlite3", "selfcheck.sqlite3-wal"):
        path = data_dir / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


@pytest.fixture
def assessment(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    code, out, err = run(capsys, "assess", "new", "--pack", REAL_PACK_ID, "--org", "某市卫健委",
                         "--system", "智能分诊", "--sector", "public-safety", "--criticality",
                         "high", "--autonomy", "advises", "--people", "10k-1m", "--data",
                         "personal")
    assert code == 0, err
    run(capsys, "assess", "answer", out.strip(), "HO-01", "implemented")
    run(capsys, "doctor")  # the database as a reading command leaves it
    return out.strip()


# --- pipes, devices, huge files ------------------------------------------------------------

@posix_only
@pytest.mark.timeout(60)  # a hang fails here, not never
def test_pipes_and_devices_are_refused_at_once(capsys: pytest.CaptureFixture[str],
                                               data_dir: Path, assessment: str,
                                               tmp_path: Path) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    before = database_bytes(data_dir)
    for source in (fifo, Path("/dev/zero"), Path("/dev/urandom")):
        code, out, err = run(capsys, "assess", "import", assessment, source)
        assert code == 2 and "not a regular file" in one_line(err), err
        assert out == ""
    for source in (fifo, Path("/dev/zero")):
        code, out, err = run(capsys, "verify", source)
        assert code == 1 and err == ""
        assert "REJECTED — not a regular file" in one_line(out)
    assert database_bytes(data_dir) == before


def _sparse_pdf(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.seek(size - 6)
        handle.write(b"%%EOF\n")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="uses resource limits (POSIX)")
@pytest.mark.timeout(120)
def test_a_200_mib_pdf_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """Run in a child process whose address space is limited to 1 GiB: reading the whole
    file and pyHanko's backwards scan (2 GB before) would fail with MemoryError there."""
    big = _sparse_pdf(tmp_path / "big.pdf", 200 * 1024 * 1024)
    limit = 1024 * 1024 * 1024
    code = (f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit})); "
            "from selfcheck.cli.main import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "--data-dir", str(tmp_path / "data"),
                           "verify", str(big)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "desktop")})
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    assert "REJECTED — larger than the 32 MB limit for a PDF file" in one_line(done.stdout)


@pytest.mark.timeout(60)
def test_a_crafted_pdf_is_refused_before_parsing(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    """A file that ends like a PDF and holds 20 MB of white space after its header: pyHanko
    would read it a byte at a time; it is refused before that."""
    crafted = tmp_path / "crafted.pdf"
    crafted.write_bytes(b"%PDF-1.7\n" + b"\0" * (20 * 1024 * 1024) + b"\nstartxref\n9\n%%EOF\n")
    code, out, err = run(capsys, "verify", crafted)
    assert code == 1 and err == ""
    assert "not built like a report" in one_line(out)


# --- untrusted strings on the terminal -----------------------------------------------------

def _answers_with_item(tmp_path: Path, item: str) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"format": "selfcheck-answers/1", "answers": [
        {"item": item, "status": "implemented", "extra": 1}]}), "utf-8")
    return path


def test_control_characters_in_an_item_id_are_escaped(capsys: pytest.CaptureFixture[str],
                                                       data_dir: Path, assessment: str,
                                                       tmp_path: Path) -> None:
    before = database_bytes(data_dir)
    hostile = "HO-01\x1b[2J\x1b]0;pwned\x07\rAUTHENTIC\x9b"
    code, _, err = run(capsys, "assess", "import", assessment, _answers_with_item(tmp_path, hostile))
    line = one_line(err)
    assert code == 2 and "HO-01\\x1b[2J\\x1b]0;pwned\\x07\\x0dAUTHENTIC\\x9b" in line, line
    assert database_bytes(data_dir) == before


def test_a_million_character_id_is_capped(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                          assessment: str, tmp_path: Path) -> None:
    before = database_bytes(data_dir)
    code, _, err = run(capsys, "assess", "import", assessment,
                       _answers_with_item(tmp_path, "X" * 1_000_000))
    line = one_line(err)
    assert code == 2 and len(line) < 1000 and "…(+999880)" in line, len(line)
    code, _, err = run(capsys, "assess", "answer", assessment, "Y" * 1_000_000, "implemented")
    assert code == 2 and len(one_line(err)) < 1000
    assert database_bytes(data_dir) == before


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Signed reports: by a signer whose name holds terminal controls, and by signers whose
    certificates pyHanko rejects (with a traceback in its log): an unknown critical
    extension, a SHA-1 signature, a root of another organisation with the trusted one's
    name."""
    base = tmp_path_factory.mktemp("hostile-reports")
    the_pki = make_pki(base)
    identities = {
        "controls": custom_identity(the_pki.ca_dir, base / "controls.p12",
                                    name="张三\x1b[2K\r测试局: AUTHENTIC\x07"),
        "critical-extension": custom_identity(
            the_pki.ca_dir, base / "critical.p12", name="扩展项",
            extension=x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.4.1.99999.1"),
                                                 b"\x05\x00")),
        "sha1": custom_identity(the_pki.ca_dir, base / "sha1.p12", name="旧算法", sha1=True),
        # another organisation's root made with the very name of the trusted one
        "same-name-root": the_pki.impostor_identity,
    }
    files = {"root": the_pki.root_pem}
    with open_collection(base / "data") as collection:
        assessment_id = new_assessment(collection)
        fill_answers(collection, assessment_id, base / "evidence")
        data = collection.reports.data(assessment_id, marking="内部")
    from selfcheck.core.pki import load_identity
    from selfcheck.core.reports.signing import build_report_file

    for name, identity in identities.items():
        files[name] = base / f"{name}.pdf"
        build_report_file(data, files[name], lang="zh", identity=None)
        signed = load_identity(identity, ID_PASS)
        from selfcheck.core.reports.data import results_json_bytes
        from selfcheck.core.reports.pdf import render_report
        from selfcheck.core.reports.signing import sign_report_pdf

        files[name].write_bytes(sign_report_pdf(render_report(data, "zh", signed=True),
                                                results_json_bytes(data, "zh"), signed))
    return files


def test_a_signer_name_with_terminal_controls_is_escaped(capsys: pytest.CaptureFixture[str],
                                                         reports: dict[str, Path]) -> None:
    code, out, err = run(capsys, "verify", reports["controls"], "--trust", reports["root"])
    assert code == 0 and err == "", out + err
    assert not any(ch in out for ch in CONTROL), repr(out)
    assert "张三\\x1b[2K\\x0d测试局: AUTHENTIC\\x07" in out
    assert out.splitlines()[0].endswith(": AUTHENTIC")


@pytest.mark.parametrize("case", ["critical-extension", "sha1", "same-name-root"])
def test_certificates_pyhanko_rejects_print_no_traceback(tmp_path: Path, reports: dict[str, Path],
                                                         case: str) -> None:
    """In a process of its own: under pytest, records never reach Python's last-resort
    handler, which printed pyHanko's tracebacks on a user's terminal."""
    done = subprocess.run([sys.executable, "-m", "selfcheck", "--data-dir", str(tmp_path),
                           "verify", str(reports[case]), "--trust", str(reports["root"])],
                          capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "desktop")})
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert "REJECTED" in done.stdout.splitlines()[0] and "Traceback" not in done.stdout
    log = (tmp_path / "logs" / LOG_FILE).read_text("utf-8")
    assert "Traceback" in log  # the details went to the log file


def test_an_unexpected_error_prints_one_line_and_logs_the_traceback(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        data_dir: Path, assessment: str) -> None:
    from selfcheck.cli import assess

    def broken(args: Any) -> int:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(assess, "cmd_show", broken)
    before = database_bytes(data_dir)
    code, out, err = run(capsys, "assess", "show", assessment)
    assert code == 3 and out == ""
    assert "internal error (RuntimeError: something nobody expected)" in one_line(err)
    log = (data_dir / "logs" / LOG_FILE).read_text("utf-8")
    assert "Traceback" in log and "something nobody expected" in log
    assert database_bytes(data_dir) == before


# --- a damaged database -------------------------------------------------------------------

def _damage_answers_table(database: Path) -> None:
    """Random bytes over the page that holds the answers table, in the middle of the file."""
    conn = sqlite3.connect(database)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(page_size))


def test_a_damaged_database_is_opened_read_only(capsys: pytest.CaptureFixture[str],
                                                data_dir: Path, assessment: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _damage_answers_table(data_dir / "selfcheck.sqlite3")
    before = database_bytes(data_dir)
    code, out, err = run(capsys, "assess", "answer", assessment, "HO-02", "implemented")
    line = one_line(err)
    assert code == 2 and out == ""
    assert "the database is damaged" in line and "selfcheck restore FILE" in line
    code, out, err = run(capsys, "doctor")
    assert code == 1 and "Integrity check: FAILED" in out
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, _, err = run(capsys, "assess", "answer", assessment, "HO-02", "implemented")
    assert code == 2 and "数据库已损坏" in one_line(err) and "从备份恢复" in err
    assert database_bytes(data_dir) == before


def _shaped_pdf() -> bytes:
    """A small PDF that passes the verifier's shape checks (header, objects, a
    cross-reference table, the end-of-file marker)."""
    head = b"%PDF-1.7\n"
    catalogue = b"1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    table = f"{len(head):010d} 00000 n \n"
    xref = len(head) + len(catalogue)
    return head + catalogue + (f"xref\n0 2\n0000000000 65535 f \n{table}trailer\n"
                               f"<< /Size 2 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()


@pytest.mark.timeout(60)
def test_a_pdf_that_keeps_the_parser_busy_is_stopped(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    """A file that passes the shape checks and that the parser never finishes reading
    (a parser that never returns stands for pyHanko on a crafted file, whose speed
    depends on the machine): the verification is stopped at its time limit."""
    import time

    from selfcheck.core.reports import verify

    def never_done(*_args: object, **_kwargs: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(verify, "VERIFY_TIME_LIMIT", 1.0)
    monkeypatch.setattr("pyhanko.pdf_utils.reader.PdfFileReader", never_done)
    crafted = tmp_path / "busy.pdf"
    crafted.write_bytes(_shaped_pdf())
    code, out, err = run(capsys, "verify", crafted)
    assert code == 1 and err == ""
    assert "reading the PDF took longer than 1 s" in one_line(out)


def test_export_refuses_a_report_no_reviewer_would_accept(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          assessment: str, tmp_path: Path) -> None:
    from selfcheck.core.reports import verify

    monkeypatch.setattr(verify, "MAX_REPORT_BYTES", 10_000)
    code, out, err = run(capsys, "export", assessment, "-o", tmp_path / "report.pdf")
    assert code == 2 and out == ""
    assert "larger than the 9.8 KB a reviewer's machine accepts" in one_line(err)
    assert not (tmp_path / "report.pdf").exists()
