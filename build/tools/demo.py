"""``make demo``: a headless end-to-end run on a throw-away data directory.

Every step runs the real ``selfcheck`` command line (in this process) and
prints the command and what it answered. Nothing touches the user's data.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))

from selfcheck.cli.main import main  # noqa: E402


def step(title: str, *args: str, expect: int = 0, quiet: bool = False) -> str:
    """Run one command, print it and its output; stop the demo if the exit code is wrong."""
    print(f"\n== {title}\n$ selfcheck {shlex.join(args)}")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    text = out.getvalue()
    if not quiet:
        sys.stdout.write(text)
    else:
        sys.stdout.write(f"({len(text.splitlines())} lines of output)\n")
    sys.stdout.write(err.getvalue())
    print(f"[exit {code}]")
    if code != expect:
        raise SystemExit(f"demo failed: expected exit {expect}, got {code}")
    return text


def run_demo(work: Path) -> None:
    data = str(work / "data")
    base = ("--data-dir", data)
    print(f"Demo data directory (deleted afterwards): {data}")
    step("Installed checklist packs (the built-in pack is installed on first start)",
         *base, "packs", "list")
    new_id = step(
        "Create an assessment for a triage assistant in a hospital",
        *base, "assess", "new", "--pack", "aisgf-key-sector", "--org", "某市第一人民医院",
        "--system", "急诊智能分诊助手", "--sector", "public-safety", "--assessor", "王敏",
        "--criticality", "critical", "--autonomy", "advises", "--people", "10k-1m",
        "--data", "sensitive",
    ).strip()
    step("Answer one item", *base, "assess", "answer", new_id, "HO-01", "implemented",
         "--evidence", "《分诊AI人工复核制度》院发〔2026〕12号")
    step("A partial answer without justification is refused, nothing saved",
         *base, "assess", "answer", new_id, "MF-01", "partial", expect=2)
    answers = work / "answers.json"
    answers.write_text(json.dumps({
        "format": "selfcheck-answers/1",
        "pack_id": "aisgf-key-sector",
        "answers": [
            {"item": "MF-01", "status": "partial",
             "justification": "切换预案已制定，但近12个月未演练",
             "remediation_owner": "医务处 李强", "remediation_due": "2099-03-31"},
            {"item": "BR-01", "status": "implemented", "evidence": "备份方案 v3，2026-06 审批"},
            {"item": "DA-01", "status": "implemented", "evidence": "权限清单 2026-Q3"},
            {"item": "DP-05", "status": "not-applicable",
             "justification": "系统本地部署，数据不出境，供应商无远程访问"},
        ],
    }, ensure_ascii=False, indent=2), "utf-8")
    step("Import answers from a file (all or nothing)", *base, "assess", "import", new_id,
         str(answers))
    step("Scores, verdict and the items that drive it", *base, "assess", "show", new_id)
    step("The same as JSON (abridged here)", *base, "assess", "show", new_id, "--json",
         quiet=True)
    signed_report(base, work, new_id)
    pack_update(base, work, new_id)
    step("Database integrity and audit-chain check", *base, "doctor")
    step("A consistent backup of the database", *base, "backup", str(work / "backup.sqlite3"))


def signed_report(base: tuple[str, ...], work: Path, assessment: str) -> None:
    """The signing PKI, a signed report and its verification on a reviewer machine."""
    ca = work / "ca"
    # Throw-away passphrases for the demo; real ones are typed at the prompt.
    os.environ["SELFCHECK_PASSPHRASE"] = "demo CA passphrase"
    os.environ["SELFCHECK_NEW_PASSPHRASE"] = "demo signer passphrase"
    step("Create the organisation's report-signing root CA (offline)", *base, "ca", "init",
         "--name", "某市第一人民医院 报告签名根证书", "--org", "某市第一人民医院", "--dir", str(ca))
    identity = work / "wangmin.pem"  # an SM2 identity (the CA default)
    step("Issue a signer identity for the assessor", *base, "ca", "issue", "--name", "王敏",
         "--dir", str(ca), "-o", str(identity))
    os.environ["SELFCHECK_PASSPHRASE"] = "demo signer passphrase"
    report = work / "report-zh.pdf"
    step("Export the signed PDF summary (Chinese)", *base, "export", assessment, "-o",
         str(report), "--sign", str(identity), "--lang", "zh", "--marking", "内部")
    reviewer = ("--data-dir", str(work / "reviewer"))
    step("On the reviewer's machine: without the root, the report is not trusted",
         *reviewer, "verify", str(report), expect=1)
    step("Trust the organisation's root", *reviewer, "trust", "add", str(ca / "root-ca.pem"))
    step("Verify the report", *reviewer, "verify", str(report))
    tampered = work / "report-tampered.pdf"
    tampered.write_bytes(report.read_bytes() + b"\n% appended after signing\n")
    step("A report changed after signing is rejected", *reviewer, "verify", str(tampered),
         expect=1)
    os.environ["SELFCHECK_PASSPHRASE"] = "demo CA passphrase"
    step("The CA holder revokes the signer's certificate (key compromise)", *base, "ca",
         "revoke", "王敏", "--reason", "key-compromise", "--dir", str(ca))
    crl = work / "revoked.crl"
    step("... and signs a revocation list for the reviewers", *base, "ca", "crl", "-o",
         str(crl), "--dir", str(ca))
    step("On the reviewer's machine: add the revocation list", *reviewer, "trust", "add-crl",
         str(crl))
    step("Reports of the revoked signer are no longer accepted", *reviewer, "verify",
         str(report), expect=1)


def pack_update(base: tuple[str, ...], work: Path, assessment: str) -> None:
    """An admin signs a new pack version; the machine installs it; answers carry over."""
    os.environ["SELFCHECK_PASSPHRASE"] = "demo pack-key passphrase"
    key = work / "admin-key"
    step("Admin: create a pack signing key (kept offline)", *base, "pack", "keygen", "-o",
         str(key), "--label", "省网信办 清单签名密钥（演示）")
    source = work / "pack-v3"
    shutil.copytree(REPO / "checklists" / "aisgf-key-sector" / "v2", source)
    meta = json.loads((source / "pack.json").read_text("utf-8"))
    meta.update(version=3, label="3.0 (demo)")
    (source / "pack.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    items = json.loads((source / "items.json").read_text("utf-8"))
    for item in items:
        if item["id"] == "MF-01":
            item["question"]["zh"] = item["question"]["zh"].replace("12个月", "6个月")
            item["question"]["en"] = item["question"]["en"].replace("12 months", "6 months")
    (source / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    packfile = work / "aisgf-key-sector-v3.ckpack"
    step("Admin: build and sign version 3 (MF-01 now asks for a drill every 6 months)",
         *base, "pack", "build", str(source), "--key", str(key) + ".private.pem", "-o",
         str(packfile))
    step("A pack from an unknown key is refused", *base, "packs", "install", str(packfile),
         expect=2)
    step("Trust the admin's public key for this pack", *base, "trust", "add-pack-key",
         str(key) + ".public.json", "--pack", "aisgf-key-sector")
    step("Install the new version (verified first; shows what changed)", *base, "packs",
         "install", str(packfile), "--lang", "zh")
    step("Carry the answers over to version 3", *base, "assess", "upgrade", assessment,
         "--to", "3")


def main_demo() -> int:
    with tempfile.TemporaryDirectory(prefix="selfcheck-demo-") as temp:
        run_demo(Path(temp))
    print("\nDemo finished; its data directory was removed.")
    return 0


if __name__ == "__main__":
    sys.exit(main_demo())
