"""The command line of signed packs: pack keygen/build/verify/diff, packs install,
assess upgrade and trust add-pack-key/revoke-pack-key/pack-keys."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from selfcheck.cli.main import main

from .pack_helpers import MINI_V1, REAL, zip_entries

PASS = "a long enough passphrase"


class Run:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str | Path, code: int = 0) -> str:
        self.capsys.readouterr()
        result = main([str(a) for a in args])
        captured = self.capsys.readouterr()
        assert result == code, captured.out + captured.err
        assert "Traceback" not in captured.err
        if code == 2:
            assert captured.err.count("\n") == 1  # one line
        return captured.out + captured.err

    def json(self, *args: str | Path, code: int = 0) -> Any:
        return json.loads(self(*args, "--json", code=code))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        mini_packs: Path) -> Run:
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", PASS)
    return Run(capsys)


def mini_source(tmp_path: Path, version: int, reword: bool = False) -> Path:
    folder = tmp_path / f"mini-v{version}{'-b' if reword else ''}"
    shutil.copytree(MINI_V1, folder)
    meta = json.loads((folder / "pack.json").read_text("utf-8"))
    meta["version"], meta["label"] = version, f"mini {version}"
    (folder / "pack.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    items = json.loads((folder / "items.json").read_text("utf-8"))
    items[0]["question"]["en"] = "Reworded question HO-01?" if reword else items[0]["question"]["en"]
    items.append({**items[1], "id": "HO-09", "question": {"zh": "新问题？", "en": "New?"}})
    (folder / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    return folder


@pytest.fixture
def keys(run: Run, tmp_path: Path) -> tuple[Path, Path]:
    out = run("pack", "keygen", "-o", tmp_path / "org", "--label", "Org admins")
    assert "created" in out
    return tmp_path / "org.private.pem", tmp_path / "org.public.json"


def test_admin_round_trip(run: Run, keys: tuple[Path, Path], tmp_path: Path) -> None:
    private, public = keys
    pack = tmp_path / "mini-2.ckpack"
    built = run.json("pack", "build", mini_source(tmp_path, 2, reword=True), "--key", private,
                     "-o", pack)
    assert built["version"] == 2 and built["items"] == 8 and len(built["key_id"]) == 16
    run("pack", "build", mini_source(tmp_path, 2), "--key", private, "-o", pack, code=2)

    # Verify against the public key file, then against this machine's trust store.
    assert run.json("pack", "verify", pack, "--key", public)["valid"] is True
    out = run("pack", "verify", pack, code=1)
    assert "INVALID" in out and "does not trust" in out
    added = run.json("trust", "add-pack-key", public, "--pack", "mini-pack")
    assert added["allowed_packs"] == ["mini-pack"] and added["label"] == "Org admins"
    assert run.json("trust", "pack-keys")[0]["key_id"] == built["key_id"]
    assert "VALID" in run("pack", "verify", pack)

    # Preview, install, re-install.
    preview = run.json("packs", "install", pack, "--dry-run")
    assert preview["status"] == "upgrade" and preview["can_install"] is True
    assert preview["diff"]["summary"]["added"] == 1
    assert preview["diff"]["meaning_changed"] == ["HO-01"]
    assert [p["version"] for p in run.json("packs", "list")] == [1]  # the dry run installed nothing
    out = run("packs", "install", pack)
    assert "Installed mini-pack v2" in out and "+ HO-09" in out
    assert "already installed" in run("packs", "install", pack)

    # Upgrade an assessment.
    new_id = run("assess", "new", "--pack", "mini-pack", "--pack-version", "1", "--org", "Bureau",
                 "--system", "Triage", "--sector", "cii", "--criticality", "medium",
                 "--autonomy", "advises", "--people", "100-10k", "--data", "internal").strip()
    run("assess", "answer", new_id, "HO-01", "implemented")
    run("assess", "answer", new_id, "HO-02", "partial", "--justification", "half done")
    dry = run.json("assess", "upgrade", new_id, "--to", "2", "--dry-run")
    assert dry["counts"] == {"carried": 1, "needs_review": 1, "dropped": 0, "new": 1}
    upgraded = run.json("assess", "upgrade", new_id, "--to", "2")
    assert upgraded["needs_review"] == ["HO-01"] and upgraded["new"] == ["HO-09"]
    shown = run.json("assess", "show", str(upgraded["new_assessment"]))
    by_item = {a["item"]: a for a in shown["answers"]}
    assert by_item["HO-01"]["needs_review"] is True and by_item["HO-01"]["status"] == "implemented"
    assert by_item["HO-02"]["needs_review"] is False
    old = run.json("assess", "show", new_id)  # the old version is still retrievable
    assert old["assessment"]["superseded_by"] == upgraded["new_assessment"]
    assert "Assessment" in run("assess", "show", new_id)
    run("assess", "upgrade", new_id, "--to", "2", code=2)

    # Revoke: a later pack signed by the key is refused.
    run("trust", "revoke-pack-key", built["key_id"])
    v3 = tmp_path / "mini-3.ckpack"
    run("pack", "build", mini_source(tmp_path, 3), "--key", private, "-o", v3)
    assert "revoked" in run("packs", "install", v3, code=2)
    assert "revoked" in run("pack", "verify", v3, code=1)
    assert run.json("trust", "pack-keys")[0]["revoked_at"] is not None


def test_upgrade_text_output(run: Run, tmp_path: Path, keys: tuple[Path, Path]) -> None:
    private, public = keys
    pack = tmp_path / "m.ckpack"
    run("pack", "build", mini_source(tmp_path, 2, reword=True), "--key", private, "-o", pack)
    run("trust", "add-pack-key", public)
    run("packs", "install", pack)
    new_id = run("assess", "new", "--pack", "mini-pack", "--pack-version", "1", "--org", "B",
                 "--system", "S", "--sector", "cii", "--criticality", "medium",
                 "--autonomy", "advises", "--people", "100-10k", "--data", "internal").strip()
    run("assess", "answer", new_id, "HO-01", "implemented")
    out = run("assess", "upgrade", new_id)
    assert "1 answer carried over but needs re-review" in out and "Re-review: HO-01" in out


def test_rejections_exit_2_with_one_line(run: Run, keys: tuple[Path, Path],
                                         tmp_path: Path) -> None:
    private, public = keys
    run("trust", "add-pack-key", public)
    junk = tmp_path / "junk.ckpack"
    junk.write_bytes(b"not a zip")
    assert "not a pack file" in run("packs", "install", junk, code=2)
    assert "INVALID" in run("pack", "verify", junk, code=1)
    run("packs", "install", tmp_path / "missing.ckpack", code=2)

    pack = tmp_path / "m.ckpack"
    run("pack", "build", mini_source(tmp_path, 2), "--key", private, "-o", pack)
    entries = zip_entries(pack.read_bytes())
    from .pack_helpers import raw_zip

    tampered = tmp_path / "t.ckpack"
    entries[3] = (entries[3][0], entries[3][1].replace(b"HO-01", b"HO-07", 1))
    tampered.write_bytes(raw_zip(entries))
    out = run("pack", "verify", tampered, "--json", code=1)
    assert "does not match its SHA-256" in json.loads(out)["reason"]
    assert "does not match its SHA-256" in run("packs", "install", tampered, code=2)

    expired = tmp_path / "e.ckpack"
    run("pack", "build", mini_source(tmp_path, 3), "--key", private, "-o", expired,
        "--expires", "2020-01-01")
    assert "expired on 2020-01-01" in run("pack", "verify", expired, code=1)
    assert "VALID" in run("pack", "verify", expired, "--allow-expired")
    assert "expired on 2020-01-01" in run("packs", "install", expired, code=2)
    run("packs", "install", expired, "--allow-expired")
    # Now v3 is installed: v2 is a rollback.
    assert "Would NOT install" in run("packs", "install", pack, "--dry-run", code=1)
    assert "rollback refused" in run("packs", "install", pack, code=2)


def test_passphrase_handling(run: Run, tmp_path: Path, keys: tuple[Path, Path],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    private, _ = keys
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", "the wrong passphrase")
    out = run("pack", "build", mini_source(tmp_path, 2), "--key", private, "-o",
              tmp_path / "x.ckpack", code=2)
    assert "wrong passphrase" in out
    monkeypatch.delenv("SELFCHECK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert "no passphrase" in run("pack", "keygen", "-o", tmp_path / "k2", code=2)
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", "short")
    assert "at least 12 characters" in run("pack", "keygen", "-o", tmp_path / "k3", code=2)
    assert not (tmp_path / "k3.private.pem").exists()
    assert "already exists" in run("pack", "keygen", "-o", tmp_path / "org", code=2)


def test_diff_of_folders_and_files(run: Run, tmp_path: Path, keys: tuple[Path, Path]) -> None:
    out = run("pack", "diff", REAL / "v1", REAL / "v2")
    assert "+ HO-11" in out and "- AU-07" in out and "NS-06" in out
    data = run.json("pack", "diff", REAL / "v1", REAL / "v2")
    assert data["applicability_changed"] == ["NS-06"]
    private, public = keys
    pack = tmp_path / "m.ckpack"
    run("pack", "build", mini_source(tmp_path, 2, reword=True), "--key", private, "-o", pack)
    data = run.json("pack", "diff", MINI_V1, pack, "--key", public)
    assert data["reworded"] == ["HO-01"]
    assert "does not trust" in run("pack", "diff", MINI_V1, pack, code=2)
    run("pack", "diff", MINI_V1, tmp_path / "nothing", code=2)


def test_trust_errors(run: Run, tmp_path: Path, keys: tuple[Path, Path]) -> None:
    _, public = keys
    run("trust", "add-pack-key", tmp_path / "missing.public.json", code=2)
    bad = tmp_path / "bad.public.json"
    bad.write_text("{}", "utf-8")
    assert "not a pack public key file" in run("trust", "add-pack-key", bad, code=2)
    assert "invalid pack id" in run("trust", "add-pack-key", public, "--pack", "BAD ID", code=2)
    assert "is not in the trust store" in run("trust", "revoke-pack-key", "0123456789abcdef",
                                              code=2)
    assert "No pack keys are trusted" in run("trust", "pack-keys")
