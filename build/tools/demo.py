"""``make demo``: a headless end-to-end run on a throw-away data directory.

Every step runs the real ``selfcheck`` command line (in this process) and
prints the command and what it answered. Nothing touches the user's data.
"""

from __future__ import annotations

import contextlib
import io
import json
import shlex
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
    step("Database integrity and audit-chain check", *base, "doctor")
    step("A consistent backup of the database", *base, "backup", str(work / "backup.sqlite3"))


def main_demo() -> int:
    with tempfile.TemporaryDirectory(prefix="selfcheck-demo-") as temp:
        run_demo(Path(temp))
    print("\nDemo finished; its data directory was removed.")
    return 0


if __name__ == "__main__":
    sys.exit(main_demo())
