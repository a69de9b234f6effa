"""build/tools/crosscheck_sm2.py checks an SM2 report with OpenSSL alone: it passes on a
genuine report and fails on a tampered one, a foreign root and a wrong distinguishing ID."""

from __future__ import annotations

import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from selfcheck.core import pki
from selfcheck.core.pki.ca import load_identity
from selfcheck.core.reports.signing import sign_report_pdf

from .conftest import REPO
from .report_support import ID_PASS, Pki, make_pki, sample_report

SCRIPT = REPO / "build" / "tools" / "crosscheck_sm2.py"

pytestmark = [pytest.mark.external, pytest.mark.skipif(
    shutil.which("openssl") is None, reason="the OpenSSL command line is not installed")]


def _openssl_has_sm2() -> bool:
    result = subprocess.run(["openssl", "genpkey", "-algorithm", "SM2"], capture_output=True,
                            check=False)
    return result.returncode == 0


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pki, Path, bytes, bytes]:
    if not _openssl_has_sm2():
        pytest.skip("this OpenSSL has no SM2")
    base = tmp_path_factory.mktemp("crosscheck")
    the_pki = make_pki(base / "pki", pki.SM2)
    _data, rendered, results_json = sample_report(base)
    signed = sign_report_pdf(rendered, results_json, load_identity(the_pki.identity, ID_PASS))
    report = base / "报告.pdf"
    report.write_bytes(signed)
    return the_pki, report, rendered, results_json


def crosscheck(report: Path, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), str(report), "--root", str(root)],
                          capture_output=True, text=True, check=False, timeout=120)


def test_genuine_sm2_report_passes(genuine: tuple[Pki, Path, bytes, bytes]) -> None:
    the_pki, report, _, _ = genuine
    result = crosscheck(report, the_pki.root_pem)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "CROSS-CHECK PASSED" in result.stdout
    assert "messageDigest" in result.stdout and "openssl verify" in result.stdout


def test_the_script_uses_no_code_of_the_program() -> None:
    imports = [line.split()[1] for line in SCRIPT.read_text("utf-8").splitlines()
               if line.startswith(("import ", "from "))]
    assert imports and all(name.split(".")[0] in sys.stdlib_module_names | {"__future__"}
                           for name in imports), imports


def test_tampered_report_fails(genuine: tuple[Pki, Path, bytes, bytes], tmp_path: Path) -> None:
    the_pki, report, _, _ = genuine
    data = bytearray(report.read_bytes())
    sig = PdfFileReader(BytesIO(bytes(data))).embedded_signatures[0]
    first = int(sig.byte_range[1])
    data[first // 2] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    result = crosscheck(tampered, the_pki.root_pem)
    assert result.returncode == 1
    assert "FAILED" in result.stdout and "changed after signing" in result.stdout


def test_appended_bytes_fail(genuine: tuple[Pki, Path, bytes, bytes], tmp_path: Path) -> None:
    the_pki, report, _, _ = genuine
    longer = tmp_path / "longer.pdf"
    longer.write_bytes(report.read_bytes() + b"\n%% more\n")
    result = crosscheck(longer, the_pki.root_pem)
    assert result.returncode == 1 and "whole file" in result.stdout


def test_another_root_fails(genuine: tuple[Pki, Path, bytes, bytes]) -> None:
    the_pki, report, _, _ = genuine
    result = crosscheck(report, the_pki.other_root_pem)
    assert result.returncode == 1 and "openssl verify refuses" in result.stdout


def test_impostor_signature_fails_the_chain(genuine: tuple[Pki, Path, bytes, bytes],
                                            tmp_path: Path) -> None:
    the_pki, _, rendered, results_json = genuine
    forged = tmp_path / "impostor.pdf"
    forged.write_bytes(sign_report_pdf(rendered, results_json,
                                       load_identity(the_pki.impostor_identity, ID_PASS)))
    result = crosscheck(forged, the_pki.root_pem)
    assert result.returncode == 1 and "openssl verify refuses" in result.stdout
