"""Every user-facing error of the signing PKI, the pack signing keys, report export and the
trusted roots has Chinese text."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from selfcheck.core import pki
from selfcheck.core.errors import PackKeyError, SelfCheckError
from selfcheck.core.packs import keys as packkeys
from selfcheck.core.pki.certs import PassphraseError

CORE = Path(__file__).resolve().parents[1] / "desktop" / "selfcheck" / "core"
PASS = "correct horse battery"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _chinese(exc: SelfCheckError) -> str:
    text = exc.localized("zh")
    assert text != str(exc)
    assert CHINESE.search(text), text
    assert exc.localized("en") == str(exc)
    return text


# --- behaviour ---------------------------------------------------------------------------

def test_wrong_identity_passphrase_in_chinese(tmp_path: Path) -> None:
    ca_dir = tmp_path / "ca"
    pki.init_ca(ca_dir, name="测试局 报告签名根证书", organisation="测试局", passphrase=PASS)
    identity = pki.issue_identity(ca_dir, PASS, name="张三", output=tmp_path / "zhang.p12",
                                  passphrase=PASS)
    with pytest.raises(PassphraseError) as caught:
        pki.load_identity(identity.path, "not the passphrase")
    assert str(caught.value) == "zhang.p12: wrong passphrase for the identity"
    assert _chinese(caught.value) == "zhang.p12：签名身份的口令错误"

    with pytest.raises(PassphraseError) as caught:
        pki.issue_identity(ca_dir, "not the passphrase", name="李四",
                           output=tmp_path / "li.p12", passphrase=PASS)
    assert str(caught.value) == f"{pki.CA_KEY_FILE}: wrong passphrase for the CA key"
    assert _chinese(caught.value) == f"{pki.CA_KEY_FILE}：根证书私钥的口令错误"

    with pytest.raises(PassphraseError) as caught:
        pki.init_ca(tmp_path / "other", name="Root", organisation="", passphrase="short")
    assert str(caught.value) == "the passphrase for the CA key must have at least 12 characters"
    assert _chinese(caught.value) == "根证书私钥的口令至少需要 12 个字符"


def test_damaged_public_key_file_in_chinese(tmp_path: Path) -> None:
    files = packkeys.write_key_pair(tmp_path / "org", "Org admins", PASS)
    doc = json.loads(files.public_path.read_text(encoding="utf-8"))
    key_id = files.public.key_id

    doc["key_id"] = "0000000000000000"
    files.public_path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(PackKeyError) as caught:
        packkeys.read_public_key_file(files.public_path)
    assert str(caught.value) == (
        f"{files.public_path}: the key id '0000000000000000' does not match the key "
        f"(expected {key_id}); the file was altered")
    text = _chinese(caught.value)
    assert text.startswith(f"{files.public_path}：")
    assert "'0000000000000000'" in text and key_id in text and "密钥编号" in text

    # A key of the wrong length: the inner message is Chinese too, after the file name.
    doc["public_key"] = base64.b64encode(b"\x01" * 31).decode("ascii")
    files.public_path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(PackKeyError) as caught:
        packkeys.read_public_key_file(files.public_path)
    assert str(caught.value) == (
        f"{files.public_path}: not a valid Ed25519 public key (must be 32 bytes)")
    assert _chinese(caught.value) == (
        f"{files.public_path}：不是有效的 Ed25519 公钥（应为 32 字节）")

    files.public_path.write_bytes(b"\x00not json")
    with pytest.raises(PackKeyError) as caught:
        packkeys.read_public_key_file(files.public_path)
    assert _chinese(caught.value) == f"{files.public_path}：不是清单包公钥文件（不是 JSON 格式）"


def test_wrong_signing_key_passphrase_in_chinese(tmp_path: Path) -> None:
    files = packkeys.write_key_pair(tmp_path / "org", "", PASS)
    with pytest.raises(PackKeyError) as caught:
        packkeys.read_signing_key(files.private_path, "not the passphrase")
    assert str(caught.value) == (
        f"{files.private_path}: wrong passphrase, or not a pack signing key file")
    assert _chinese(caught.value) == (
        f"{files.private_path}：口令错误，或不是清单包签名密钥文件")

    with pytest.raises(SelfCheckError) as missing:
        packkeys.read_signing_key(tmp_path / "absent.private.pem", PASS)
    assert _chinese(missing.value) == f"{tmp_path / 'absent.private.pem'}：文件不存在"


def test_a_file_that_is_not_a_certificate_is_refused_in_chinese(tmp_path: Path) -> None:
    from selfcheck.core.errors import SelfCheckError as Refused
    from selfcheck.core.pki.roots import load_root_certificate

    fake = tmp_path / "root-ca.pem"
    fake.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
    with pytest.raises(Refused) as caught:
        load_root_certificate(fake)
    assert str(caught.value) == f"{fake}: not a certificate (PEM or DER)"
    assert caught.value.localized("zh") == f"{fake}：不是证书（PEM 或 DER 格式）"


def test_an_export_into_a_missing_folder_is_refused_in_chinese(tmp_path: Path) -> None:
    from selfcheck.core.reports.output import ExportError, check_output_path

    target = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(ExportError) as caught:
        check_output_path(target, overwrite=False, protected=())
    assert caught.value.localized("zh") == f"{target.parent}：文件夹不存在"
