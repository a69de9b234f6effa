"""Independent validators accept a genuine report: poppler's pdfsig (NSS) and pyHanko's CLI.

Each test skips with a reason when its program is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from selfcheck.core.collection import Collection

from .conftest import require_tool
from .report_support import ID_PASS, Pki, fill_answers, make_pki

pytestmark = pytest.mark.external


@pytest.fixture(scope="module")
def the_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def genuine(collection: Collection, assessment_id: int, the_pki: Pki, tmp_path: Path) -> Path:
    fill_answers(collection, assessment_id, tmp_path / "evidence")
    out = tmp_path / "报告 report.pdf"
    collection.reports.export(assessment_id, out, identity=the_pki.identity,
                  passphrase=ID_PASS, lang="zh", marking="内部")
    return out


@pytest.fixture
def pdfsig_nss(the_pki: Pki, tmp_path: Path) -> tuple[str, Path]:
    """pdfsig and an NSS database that trusts the test root (skips when not installed)."""
    pdfsig = require_tool("pdfsig", "poppler-utils")
    certutil = require_tool("certutil", "libnss3-tools")
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run([certutil, "-N", "-d", f"sql:{nss}", "--empty-password"], check=True,
                   capture_output=True)
    subprocess.run([certutil, "-A", "-d", f"sql:{nss}", "-n", "report-root", "-t", "C,C,C",
                    "-i", str(the_pki.root_pem)], check=True, capture_output=True)
    return pdfsig, nss


def pyhanko_cli() -> str | None:
    beside = Path(sys.executable).with_name("pyhanko")
    return str(beside) if beside.exists() else shutil.which("pyhanko")


def test_pdfsig_accepts_a_genuine_report(genuine: Path, pdfsig_nss: tuple[str, Path]) -> None:
    pdfsig, nss = pdfsig_nss
    proc = subprocess.run([pdfsig, "-nssdir", f"sql:{nss}", str(genuine)],
                          capture_output=True, text=True, timeout=120)
    output = proc.stdout + proc.stderr
    # pdfsig exits 0 even on a bad digest: read its verdict lines
    assert "Signature is Valid." in output, output
    assert "Certificate is Trusted." in output, output
    assert "Total document signed" in output, output
    assert output.count("Signature #") == 1, output


def test_pdfsig_rejects_a_tampered_report(genuine: Path, pdfsig_nss: tuple[str, Path],
                                          tmp_path: Path) -> None:
    pdfsig, nss = pdfsig_nss
    data = bytearray(genuine.read_bytes())
    data[2000] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    proc = subprocess.run([pdfsig, "-nssdir", f"sql:{nss}", str(tampered)],
                          capture_output=True, text=True, timeout=120)
    assert "Signature is Valid." not in proc.stdout + proc.stderr


def test_pyhanko_cli_validates_a_genuine_report(genuine: Path, the_pki: Pki) -> None:
    program = pyhanko_cli()
    if program is None:
        pytest.skip("the pyhanko command line (pyhanko-cli) is not installed")
    proc = subprocess.run([program, "sign", "validate", "--trust", str(the_pki.root_pem),
                           "--trust-replace", str(genuine)],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "INTACT:TRUSTED,UNTOUCHED" in proc.stdout, proc.stdout


def test_pyhanko_cli_rejects_another_root(genuine: Path, the_pki: Pki) -> None:
    program = pyhanko_cli()
    if program is None:
        pytest.skip("the pyhanko command line (pyhanko-cli) is not installed")
    proc = subprocess.run([program, "sign", "validate", "--trust", str(the_pki.other_root_pem),
                           "--trust-replace", str(genuine)],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode != 0
    assert "UNTRUSTED" in proc.stdout, proc.stdout
