"""The government pack end to end on the command line, as an administrator and an official
would run it on a fresh data folder that already has the built-in packs: a signed copy is
built and installed, an assessment is answered, its profile changed, the report exported,
signed and verified on a reviewer's machine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from selfcheck.cli.main import main

from .conftest import REPO, require_tool
from .report_support import pdftotext

GOV = REPO / "checklists" / "gov-llm-deployment" / "v1"
ADMIN_PASS = "gov admin passphrase"
CA_PASS = "gov ca passphrase"
SIGNER_PASS = "gov signer passphrase"
PROFILE = {"genai": "yes", "agents": "no", "public_facing": "no", "internet_resources": "no",
           "own_model": "no", "personal_info": "no", "unit_level": "prefecture"}


class Cli:
    """Runs ``selfcheck --data-dir DIR …`` in-process and returns what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self.capsys, self.data_dir = capsys, data_dir

    def __call__(self, *args: str | Path, code: int = 0) -> str:
        self.capsys.readouterr()
        result = main(["--data-dir", str(self.data_dir), *(str(a) for a in args)])
        captured = self.capsys.readouterr()
        assert result == code, captured.out + captured.err
        assert "Traceback" not in captured.err
        return captured.out + captured.err

    def json(self, *args: str | Path) -> Any:
        return json.loads(self(*args, "--json"))


def next_version_copy(tmp_path: Path) -> Path:
    """The pack source with version 2: the same content as the built-in v1 otherwise."""
    folder = tmp_path / "gov-llm-deployment-v2"
    shutil.copytree(GOV, folder)
    meta = json.loads((folder / "pack.json").read_text("utf-8"))
    meta["version"], meta["label"] = 2, "1.1 (test copy)"
    (folder / "pack.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    return folder


def test_signed_gov_pack_answered_exported_and_verified_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    official = Cli(capsys, tmp_path / "official")
    reviewer = Cli(capsys, tmp_path / "reviewer")

    # The administrator makes a key and signs the pack; v1 as shipped and a v2 copy.
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", ADMIN_PASS)
    official("pack", "keygen", "-o", tmp_path / "gov-admin", "--label", "gov admin")
    key = tmp_path / "gov-admin.private.pem"
    official("pack", "build", GOV, "--key", key, "-o", tmp_path / "gov-v1.ckpack")
    official("pack", "build", next_version_copy(tmp_path), "--key", key,
             "-o", tmp_path / "gov-v2.ckpack")

    # The fresh data folder already holds the built-in v1: the signed v1 is the same.
    official("trust", "add-pack-key", tmp_path / "gov-admin.public.json",
             "--pack", "gov-llm-deployment")
    same = official.json("packs", "install", tmp_path / "gov-v1.ckpack")
    assert same["already_installed"] and not same["installed"]
    installed = official.json("packs", "install", tmp_path / "gov-v2.ckpack")
    assert installed["installed"] and installed["version"] == 2
    listed = {(p["pack_id"], p["version"]): p for p in official.json("packs", "list")}
    assert listed[("gov-llm-deployment", 1)]["origin"] == "builtin"
    assert listed[("gov-llm-deployment", 2)]["signer_key_id"] == installed["key_id"]
    assert f"signed pack file, key {installed['key_id']}" in official("packs", "list")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    listing = official("packs", "list")
    assert f"［已签名的清单包文件，签名密钥 {installed['key_id']}］" in listing and "［内置］" in listing
    monkeypatch.setenv("LANG", "en_US.UTF-8")

    # The official answers it with the pack's profile questions.
    profile = [arg for name, option in PROFILE.items() for arg in ("--profile", f"{name}={option}")]
    created = official.json("assess", "new", "--pack", "gov-llm-deployment", "--org", "某市数据局",
                            "--system", "公文助手", "--sector", "government", *profile,
                            "--criticality", "medium", "--autonomy", "advises",
                            "--people", "100-10k", "--data", "internal")
    number = str(created["id"])
    assert created["risk_model"] == "aisgf-1.0-four-factor"
    official("assess", "answer", number, "GR-01", "implemented", "--evidence", "市数据局〔2026〕5号文")
    # OP-04's wording rests on a public summary; it applies only with a generative model.
    official("assess", "answer", number, "OP-04", "implemented", "--evidence", "《大模型使用规范》第3条")
    changed = official.json("assess", "profile", number, "--profile", "genai=no")
    assert "OP-04" in changed["no_longer_applying"] and "agents" not in changed["answers_after"]
    assert "OP-04" in official("assess", "show", number).split("answers kept):")[-1]

    # Exported as a signed report and verified on the reviewer's machine.
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", CA_PASS)
    monkeypatch.setenv("SELFCHECK_NEW_PASSPHRASE", SIGNER_PASS)
    ca_dir = tmp_path / "ca"
    official("ca", "init", "--name", "某市数据局 报告签名根证书", "--org", "某市数据局", "--dir", ca_dir)
    official("ca", "issue", "--name", "张三", "-o", tmp_path / "zhang.pem", "--dir", ca_dir)
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", SIGNER_PASS)
    report = tmp_path / "r.pdf"
    official("export", number, "-o", report, "--sign", tmp_path / "zhang.pem")
    reviewer("trust", "add", ca_dir / "root-ca.pem")
    checked = reviewer.json("verify", report)[0]
    assert checked["authentic"], checked["reasons"]
    assert checked["pack"]["pack_id"] == "gov-llm-deployment" and checked["pack"]["version"] == 2
    assert checked["pack"]["content_sha256"] == installed["content_sha256"]

    require_tool("pdftotext", "poppler-utils")
    text = "".join(pdftotext(report).split())
    assert "本清单为试行版：部分检查项依据公开解读整理，以正式文本为准" in text
    assert "画像问题及回答（决定哪些检查项适用）" in text
    assert "是否使用生成式大模型（生成文字、答复或文稿）？否" in text
    assert "《指引》总体要求「工作导向和基本参照」" in text and "市数据局〔2026〕5号文" in text
    kept = text.split("不再适用的检查项（答复保留）")[-1]
    assert "OP-04" in kept and "《指引》运行管理「辅助型」" in kept
    assert "※依据公开解读整理，以正式文本为准" in kept and "《大模型使用规范》第3条" in kept
