"""Exporting reports (API and command line): signed and unsigned, and every bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from selfcheck.cli.main import main
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.pki.certs import IdentityError, PassphraseError
from selfcheck.core.reports.output import ExportError
from selfcheck.core.reports.signing import build_report_file
from selfcheck.core.reports.verify import verify_report

from .report_support import CA_PASS, ID_PASS, REAL_PACK_ID, Pki, fill_answers, make_pki

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def the_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def filled(collection: Collection, assessment_id: int, tmp_path: Path) -> int:
    fill_answers(collection, assessment_id, tmp_path / "evidence", attach_every=20)
    return assessment_id


def export(collection: Collection, assessment: int, output: Path, the_pki: Pki, *,
           identity: Path | None = None, passphrase: str | None = ID_PASS,
           lang: str = "zh") -> object:
    return collection.reports.export(assessment, output,
                         identity=the_pki.identity if identity is None else identity,
                         passphrase=passphrase, lang=lang, marking="内部", overwrite=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- the API --------------------------------------------------------------------------

def test_signed_export(collection: Collection, filled: int, the_pki: Pki,
                       tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    steps: list[tuple[int, str]] = []
    result = collection.reports.export(filled, out, identity=the_pki.identity,
                           passphrase=ID_PASS, lang="en", marking="公开",
                           progress=lambda p, m: steps.append((p, m)))
    assert result.signed and result.path == out and result.size == out.stat().st_size
    assert result.signer == "张三 Zhang San (测试局)" and result.signing_time is not None
    assert result.language == "en" and result.marking == "公开"
    assert steps[0][0] < steps[-1][0] == 100
    check = verify_report(out, [the_pki.root])
    assert check.authentic, check.reasons
    assert check.results_sha256 == result.results_sha256
    assert check.signing_time == result.signing_time
    assert check.results is not None and check.results["report"]["language"] == "en"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_unsigned_export(collection: Collection, filled: int, the_pki: Pki,
                         tmp_path: Path) -> None:
    out = tmp_path / "unsigned.pdf"
    result = collection.reports.export(filled, out, identity=None, passphrase=None, lang="zh",
                           marking="内部")
    assert not result.signed and result.signer is None
    reader = PdfFileReader(BytesIO(out.read_bytes()))
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    results = json.loads(names[1]["/EF"]["/F"].data)
    assert results["score"]["verdict"] == result.verdict
    check = verify_report(out, [the_pki.root])
    assert not check.authentic and "not signed" in check.reason


def test_build_report_file_on_a_worker_thread(collection: Collection, filled: int,
                                              the_pki: Pki, tmp_path: Path) -> None:
    """Gather on the collection's thread, then render and sign elsewhere (no DB access)."""
    import threading

    from selfcheck.core.pki.ca import load_identity

    data = collection.reports.data(filled, marking="内部")
    identity = load_identity(the_pki.identity, ID_PASS)
    collection.close()  # the worker must not need the database
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = build_report_file(data, tmp_path / "w.pdf", lang="zh",
                                                  identity=identity)
        except Exception as exc:  # pragma: no cover - reported below
            outcome["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert "error" not in outcome, outcome.get("error")
    assert verify_report(tmp_path / "w.pdf", [the_pki.root]).authentic


# --- bad input: nothing written, nothing lost ------------------------------------------------

@pytest.fixture
def previous(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-1.7 previous report")
    return target


def test_wrong_passphrase(collection: Collection, assessment_id: int, the_pki: Pki,
                          previous: Path) -> None:
    before = snapshot(previous.parent)
    with pytest.raises(PassphraseError, match="wrong passphrase") as err:
        export(collection, assessment_id, previous, the_pki, passphrase="wrong passphrase")
    assert "\n" not in str(err.value)
    assert snapshot(previous.parent) == before


def test_missing_passphrase(collection: Collection, assessment_id: int, the_pki: Pki,
                            previous: Path) -> None:
    with pytest.raises(UsageError, match="passphrase is needed"):
        export(collection, assessment_id, previous, the_pki, passphrase=None)


@pytest.mark.parametrize(("which", "message"), [
    ("expired", "expired"),
    ("no_nonrepudiation", "lacks the key usage non_repudiation"),
])
def test_unsuitable_identity(collection: Collection, assessment_id: int, the_pki: Pki,
                             previous: Path, which: str, message: str) -> None:
    before = snapshot(previous.parent)
    with pytest.raises(IdentityError, match=message):
        export(collection, assessment_id, previous, the_pki, identity=getattr(the_pki, which))
    assert snapshot(previous.parent) == before


def test_missing_or_unreadable_identity(collection: Collection, assessment_id: int,
                                        the_pki: Pki, previous: Path, tmp_path: Path) -> None:
    before = snapshot(previous.parent)
    with pytest.raises(IdentityError, match="no such file"):
        export(collection, assessment_id, previous, the_pki, identity=tmp_path / "none.p12")
    garbage = tmp_path / "garbage.p12"
    garbage.write_bytes(os.urandom(300))
    with pytest.raises(IdentityError, match="not a signer identity file"):
        export(collection, assessment_id, previous, the_pki, identity=garbage)
    assert snapshot(previous.parent) == before


def test_unwritable_targets(collection: Collection, assessment_id: int, the_pki: Pki,
                            previous: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such folder"):
        export(collection, assessment_id, tmp_path / "missing" / "r.pdf", the_pki)
    with pytest.raises(ExportError, match="is a folder"):
        export(collection, assessment_id, previous.parent, the_pki)
    with pytest.raises(ExportError, match="not a folder"):
        export(collection, assessment_id, previous / "r.pdf", the_pki)
    assert previous.read_bytes() == b"%PDF-1.7 previous report"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user (root ignores them)")
def test_read_only_folder(collection: Collection, assessment_id: int, the_pki: Pki,
                          previous: Path) -> None:
    previous.parent.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="no permission"):
            export(collection, assessment_id, previous, the_pki)
    finally:
        previous.parent.chmod(0o700)
    assert previous.read_bytes() == b"%PDF-1.7 previous report"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses RLIMIT_FSIZE (Linux)")
def test_full_disk_keeps_the_previous_file(collection: Collection, filled: int, the_pki: Pki,
                                           previous: Path, data_dir: Path) -> None:
    """A write that fails half-way (here: a file-size limit, as a full disk would) leaves the
    previous report untouched and no temporary file behind, with a one-line error."""
    collection.close()
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from selfcheck.core.collection import Collection\n"
        "from selfcheck.core.errors import SelfCheckError\n"
        "from selfcheck.core.paths import resolve_paths\n"
        "from selfcheck.core.pki import load_identity\n"
                "from selfcheck.core.reports.signing import build_report_file\n"
        "home, assessment, identity, passphrase, target = sys.argv[1:]\n"
        "with Collection.open(resolve_paths(home)) as collection:\n"
        "    data = collection.reports.data(int(assessment), marking='内部')\n"
        "signer = load_identity(Path(identity), passphrase)\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, resource.RLIM_INFINITY))\n"
        "try:\n"
        "    build_report_file(data, Path(target), lang='zh', identity=signer, overwrite=True)\n"
        "except SelfCheckError as exc:\n"
        "    print(f'selfcheck: error: {exc}', file=sys.stderr)\n"
        "    sys.exit(exc.exit_code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), str(filled), str(the_pki.identity),
         ID_PASS, str(previous)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot be written" in lines[0], proc.stderr
    assert previous.read_bytes() == b"%PDF-1.7 previous report"
    assert sorted(p.name for p in previous.parent.iterdir()) == ["report.pdf"]


# --- the command line ------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_pki_export_verify(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", CA_PASS)
    monkeypatch.setenv("SELFCHECK_NEW_PASSPHRASE", ID_PASS)
    ca_dir = tmp_path / "ca"
    code, out, _ = run(capsys, "ca", "init", "--name", "测试局 根证书", "--org", "测试局",
                       "--dir", str(ca_dir))
    assert code == 0 and "root-ca.pem" in out
    code, _, err = run(capsys, "ca", "init", "--name", "Again", "--dir", str(ca_dir))
    assert code == 2 and "already exists" in err
    p12 = tmp_path / "signer.p12"
    code, out, _ = run(capsys, "ca", "issue", "--name", "王五", "-o", str(p12), "--dir",
                       str(ca_dir), "--json")
    assert code == 0 and json.loads(out)["key_usage"] == ["digital_signature",
                                                          "non_repudiation"]
    code, out, _ = run(capsys, "ca", "show", "--dir", str(ca_dir), "--json")
    assert code == 0 and json.loads(out)["subject"] == "测试局 根证书 (测试局)"

    code, out, _ = run(capsys, "assess", "new", "--pack", REAL_PACK_ID, "--org", "测试局",
                       "--system", "热线分派", "--sector", "government", "--criticality",
                       "medium", "--autonomy", "advises", "--people", "100-10k", "--data",
                       "internal")
    assessment = out.strip()
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", ID_PASS)
    signed = tmp_path / "signed.pdf"
    code, out, err = run(capsys, "export", assessment, "-o", str(signed), "--sign", str(p12),
                         "--lang", "en", "--marking", "INTERNAL", "--json")
    assert code == 0, err
    assert json.loads(out)["signed"] is True
    unsigned = tmp_path / "unsigned.pdf"
    code, out, _ = run(capsys, "export", assessment, "-o", str(unsigned))
    assert code == 0 and "UNSIGNED" in out

    root = ca_dir / "root-ca.pem"
    # no trusted root yet
    code, out, _ = run(capsys, "verify", str(signed))
    assert code == 1 and "no trusted root" in out
    code, out, _ = run(capsys, "verify", str(signed), "--trust", str(root))
    assert code == 0 and "AUTHENTIC" in out and "signer's own clock" in out
    assert "王五 (测试局)" in out and "verdict incomplete" in out
    # the machine's trust store
    code, out, _ = run(capsys, "trust", "add", str(root))
    assert code == 0 and "Trusted report root added" in out
    code, out, _ = run(capsys, "trust", "list", "--json")
    fingerprint = json.loads(out)[0]["fingerprint"]
    code, out, _ = run(capsys, "verify", str(signed), str(unsigned), "--json",
                       "--with-results")
    assert code == 1
    verdicts = json.loads(out)
    assert verdicts[0]["authentic"] is True and verdicts[0]["results"]["score"]
    assert verdicts[1]["authentic"] is False and "not signed" in verdicts[1]["reasons"][0]
    code, out, _ = run(capsys, "verify", str(signed))
    assert code == 0
    code, out, _ = run(capsys, "trust", "remove", fingerprint[:10])
    assert code == 0 and "No longer trusted" in out
    code, _, _ = run(capsys, "verify", str(signed))
    assert code == 1


def test_cli_bad_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                       the_pki: Pki, collection: Collection, assessment_id: int,
                       tmp_path: Path) -> None:
    collection.close()
    out = str(tmp_path / "r.pdf")
    identity = str(the_pki.identity)
    # no passphrase and no terminal
    monkeypatch.delenv("SELFCHECK_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    code, _, err = run(capsys, "export", str(assessment_id), "-o", out, "--sign", identity)
    assert code == 2 and "set SELFCHECK_PASSPHRASE" in err
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", "wrong passphrase")
    code, _, err = run(capsys, "export", str(assessment_id), "-o", out, "--sign", identity)
    assert code == 2 and err.count("\n") == 1 and "wrong passphrase" in err
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", ID_PASS)
    code, _, err = run(capsys, "export", str(assessment_id), "-o", out, "--sign",
                       str(the_pki.expired))
    assert code == 2 and "expired" in err
    code, _, err = run(capsys, "export", str(assessment_id), "-o", out, "--sign",
                       str(tmp_path / "none.p12"))
    assert code == 2 and "no such identity file" in err
    code, _, err = run(capsys, "export", str(assessment_id), "-o",
                       str(tmp_path / "no" / "r.pdf"))
    assert code == 2 and "no such folder" in err
    code, _, err = run(capsys, "export", "999", "-o", out)
    assert code == 2
    code, _, err = run(capsys, "export", str(assessment_id), "-o", out, "--marking", " ")
    assert code == 2 and "marking" in err
    assert not Path(out).exists()
    # the passphrase is never a command-line argument
    code, _, err = run(capsys, "export", str(assessment_id), "-o", out, "--passphrase", "x")
    assert code == 2
    # verify: a bad --trust file is bad input (2); files that fail are a failed check (1)
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("nope")
    code, _, err = run(capsys, "verify", out, "--trust", str(garbage))
    assert code == 2 and "not a certificate" in err
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    code, stdout, _ = run(capsys, "verify", str(text), str(tmp_path / "missing.pdf"),
                          "--trust", str(the_pki.root_pem))
    assert code == 1
    assert "REJECTED — not a PDF file" in stdout and "REJECTED — no such file" in stdout
    code, _, err = run(capsys, "trust", "add", str(garbage))
    assert code == 2 and "not a certificate" in err
    code, _, err = run(capsys, "ca", "issue", "--name", "x", "-o", str(tmp_path / "x.p12"),
                       "--dir", str(tmp_path / "no-ca"))
    assert code == 2 and "no CA there" in err


# --- what an export may never replace ----------------------------------------------------

def test_existing_report_is_kept_unless_replacing_is_allowed(
        collection: Collection, assessment_id: int, the_pki: Pki, previous: Path) -> None:
    with pytest.raises(ExportError, match="already exists"):
        collection.reports.export(assessment_id, previous, identity=the_pki.identity,
                      passphrase=ID_PASS, lang="en", marking="Internal")
    assert previous.read_bytes() == b"%PDF-1.7 previous report"
    collection.reports.export(assessment_id, previous, identity=the_pki.identity,
                  passphrase=ID_PASS, lang="en", marking="Internal", overwrite=True)
    assert previous.read_bytes().startswith(b"%PDF")
    assert previous.read_bytes() != b"%PDF-1.7 previous report"


def test_the_identity_and_the_database_are_never_replaced(
        collection: Collection, assessment_id: int, the_pki: Pki, tmp_path: Path) -> None:
    identity_copy = tmp_path / "signer.pdf"
    identity_copy.write_bytes(the_pki.identity.read_bytes())
    with pytest.raises(ExportError, match="which the program needs"):
        collection.reports.export(assessment_id, identity_copy, identity=identity_copy,
                      passphrase=ID_PASS, lang="zh", marking="内部", overwrite=True)
    assert identity_copy.read_bytes() == the_pki.identity.read_bytes()
    database = collection.paths.database
    before = database.read_bytes()
    with pytest.raises(ExportError, match=r"must end in \.pdf"):
        collection.reports.export(assessment_id, database, identity=None, passphrase=None,
                      lang="zh", marking="内部", overwrite=True)
    assert database.read_bytes() == before
