"""The command line of national cryptography and revocation: ca init --algorithm, SM2
identities and reports, ca revoke / ca crl, trust add-crl, pack keygen --algorithm sm2."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from selfcheck.cli.main import main

from .conftest import REAL_PACK_ID

CA_PASS = "root-ca-passphrase"
ID_PASS = "identity-passphrase"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def signed_report(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                  tmp_path: Path, *algorithm: str) -> tuple[Path, Path, Path]:
    """A CA (``--algorithm`` as given, or the default), an identity and a signed report."""
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", CA_PASS)
    monkeypatch.setenv("SELFCHECK_NEW_PASSPHRASE", ID_PASS)
    ca_dir = tmp_path / "ca"
    code, out, err = run(capsys, "ca", "init", "--name", "测试局 根证书", "--org", "测试局",
                         "--dir", str(ca_dir), *algorithm, "--json")
    assert code == 0, err
    identity = tmp_path / "signer.id"
    code, _, err = run(capsys, "ca", "issue", "--name", "王五", "-o", str(identity), "--dir",
                       str(ca_dir))
    assert code == 0, err
    code, out, _ = run(capsys, "assess", "new", "--pack", REAL_PACK_ID, "--org", "测试局",
                       "--system", "热线分派", "--sector", "government", "--criticality",
                       "medium", "--autonomy", "advises", "--people", "100-10k", "--data",
                       "internal")
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", ID_PASS)
    report = tmp_path / "signed.pdf"
    code, _, err = run(capsys, "export", out.strip(), "-o", str(report), "--sign", str(identity))
    assert code == 0, err
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", CA_PASS)
    return ca_dir, identity, report


def test_sm2_is_the_default_and_verify_names_the_algorithm(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca_dir, _, report = signed_report(capsys, monkeypatch, tmp_path)
    code, out, _ = run(capsys, "ca", "show", "--dir", str(ca_dir), "--json")
    assert code == 0 and json.loads(out)["algorithm"] == "sm2"
    root = str(ca_dir / "root-ca.pem")
    code, out, _ = run(capsys, "verify", str(report), "--trust", root, "--json")
    assert code == 0 and json.loads(out)[0]["algorithm"] == "SM2/SM3"
    code, out, _ = run(capsys, "verify", str(report), "--trust", root)
    assert code == 0 and "SM2/SM3" in out


def test_ecdsa_on_request(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                          tmp_path: Path) -> None:
    ca_dir, _, report = signed_report(capsys, monkeypatch, tmp_path, "--algorithm", "ecdsa-p256")
    code, out, _ = run(capsys, "verify", str(report), "--trust", str(ca_dir / "root-ca.pem"),
                       "--json")
    assert code == 0 and json.loads(out)[0]["algorithm"] == "ECDSA P-256/SHA-256"
    code, _, err = run(capsys, "ca", "init", "--name", "X", "--dir", str(tmp_path / "x"),
                       "--algorithm", "rsa")
    assert code == 2 and "rsa" in err


def test_ca_passphrase_of_eleven_characters_is_refused(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", "elevenchars")
    code, _, err = run(capsys, "ca", "init", "--name", "X", "--dir", str(tmp_path / "ca"))
    assert code == 2 and "at least 12 characters" in one_line(err)
    assert not (tmp_path / "ca" / "root-ca-key.pem").exists()


@pytest.mark.parametrize("algorithm", ["sm2", "ecdsa-p256"])
def test_revoke_crl_and_add_crl(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                tmp_path: Path, algorithm: str) -> None:
    ca_dir, _, report = signed_report(capsys, monkeypatch, tmp_path, "--algorithm", algorithm)
    root = str(ca_dir / "root-ca.pem")
    assert run(capsys, "trust", "add", root)[0] == 0
    empty = tmp_path / "empty.crl"
    code, out, err = run(capsys, "ca", "crl", "-o", str(empty), "--dir", str(ca_dir), "--json")
    assert code == 0, err
    assert json.loads(out)["number"] == 1 and json.loads(out)["revoked"] == 0
    assert run(capsys, "trust", "add-crl", str(empty))[0] == 0
    assert run(capsys, "verify", str(report))[0] == 0

    code, out, err = run(capsys, "ca", "revoke", "王五", "--reason", "key-compromise",
                         "--dir", str(ca_dir))
    assert code == 0 and "key-compromise" in out, err
    code, _, err = run(capsys, "ca", "revoke", "王五", "--dir", str(ca_dir))
    assert code == 2 and "already revoked" in one_line(err)
    code, _, err = run(capsys, "ca", "revoke", "王五", "--reason", "bored", "--dir", str(ca_dir))
    assert code == 2
    crl = tmp_path / "2026-12.crl"
    assert run(capsys, "ca", "crl", "-o", str(crl), "--dir", str(ca_dir), "--days", "7")[0] == 0
    code, out, _ = run(capsys, "trust", "add-crl", str(crl))
    assert code == 0 and "1 revoked" in out
    code, out, _ = run(capsys, "trust", "add-crl", str(empty))  # older: not kept
    assert code == 0 and "older" in out
    code, out, _ = run(capsys, "verify", str(report))
    assert code == 1 and "revoked" in out and "key compromise" in out
    code, out, _ = run(capsys, "verify", str(report), "--lang", "zh")
    assert code == 1 and "密钥泄露" in out


def test_superseded_keeps_the_report_with_a_note(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca_dir, _, report = signed_report(capsys, monkeypatch, tmp_path)
    assert run(capsys, "trust", "add", str(ca_dir / "root-ca.pem"))[0] == 0
    time.sleep(1.1)  # both times have whole seconds: revoke in a later second than the signing
    assert run(capsys, "ca", "revoke", "王五", "--reason", "superseded", "--dir", str(ca_dir))[0] == 0
    crl = tmp_path / "x.crl"
    assert run(capsys, "ca", "crl", "-o", str(crl), "--dir", str(ca_dir))[0] == 0
    assert run(capsys, "trust", "add-crl", str(crl))[0] == 0
    code, out, _ = run(capsys, "verify", str(report), "--json")
    result = json.loads(out)[0]
    assert code == 0 and result["authentic"], result["reasons"]
    assert any("stays valid" in note for note in result["notes"])


@pytest.mark.parametrize(("content", "expected"), [
    (b"not a CRL", "not a certificate revocation list"),
    (b"", "not a certificate revocation list"),
])
def test_add_crl_hostile_files(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                               tmp_path: Path, content: bytes, expected: str) -> None:
    ca_dir, _, _ = signed_report(capsys, monkeypatch, tmp_path)
    assert run(capsys, "trust", "add", str(ca_dir / "root-ca.pem"))[0] == 0
    bad = tmp_path / "bad.crl"
    bad.write_bytes(content)
    code, _, err = run(capsys, "trust", "add-crl", str(bad))
    assert code == 2 and expected in one_line(err)
    code, _, err = run(capsys, "trust", "add-crl", str(tmp_path))
    assert code == 2 and "folder" in one_line(err)


def test_crl_of_an_untrusted_root_is_refused(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca_dir, _, _ = signed_report(capsys, monkeypatch, tmp_path)
    crl = tmp_path / "x.crl"
    assert run(capsys, "ca", "crl", "-o", str(crl), "--dir", str(ca_dir))[0] == 0
    code, _, err = run(capsys, "trust", "add-crl", str(crl))
    assert code == 2 and "not a trusted root" in one_line(err)


def test_sm2_pack_key(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                      tmp_path: Path) -> None:
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", "a pack key passphrase")
    code, _, err = run(capsys, "pack", "keygen", "-o", str(tmp_path / "org"), "--algorithm", "sm2")
    assert code == 0, err
    public = json.loads((tmp_path / "org.public.json").read_text("utf-8"))
    assert public["algorithm"] == "sm2" and len(public["public_key"]) == 88


def test_revoke_by_identity_file_and_trust_list_shows_the_list(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca_dir, identity, _ = signed_report(capsys, monkeypatch, tmp_path)
    code, out, err = run(capsys, "ca", "revoke", str(identity), "--reason", "superseded",
                         "--dir", str(ca_dir), "--json")
    assert code == 0, err
    assert json.loads(out)["subject"] == "王五 (测试局)"
    other_dir = tmp_path / "other"
    assert run(capsys, "ca", "init", "--name", "Other", "--dir", str(other_dir))[0] == 0
    code, _, err = run(capsys, "ca", "revoke", str(identity), "--dir", str(other_dir))
    assert code == 2 and "not issued by this CA" in one_line(err)
    crl = tmp_path / "x.crl"
    assert run(capsys, "ca", "crl", "-o", str(crl), "--dir", str(ca_dir))[0] == 0
    assert run(capsys, "trust", "add", str(ca_dir / "root-ca.pem"))[0] == 0
    code, out, _ = run(capsys, "trust", "list")
    assert code == 0 and "SM2/SM3" in out
    assert "revocation list" not in out  # none added yet
    assert run(capsys, "trust", "add-crl", str(crl))[0] == 0
    code, out, _ = run(capsys, "trust", "list", "--json")
    assert json.loads(out)[0]["revocation_list"]["revoked"] == 1
    code, out, _ = run(capsys, "trust", "list")
    assert "revocation list 1: 1 revoked" in out
