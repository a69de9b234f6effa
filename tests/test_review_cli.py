"""``selfcheck review ...``: every command, with --json and as Chinese or English text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from selfcheck.cli.main import main

from .review_support import Corpus


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> Any:
    got, out, err = run(capsys, *args, "--json")
    assert got == code, err
    return json.loads(out)


@pytest.fixture
def imported(capsys: pytest.CaptureFixture[str], mini_packs: Path, review_corpus: Corpus) -> dict[str, int]:
    """The inbox imported through the command line; the report numbers by file name."""
    assert run(capsys, "trust", "add", str(review_corpus.root_pem))[0] == 0
    result = run_json(capsys, "review", "import", str(review_corpus.inbox), "--workers", "2", code=1)
    return {Path(f["file"]).name: f["report"] for f in result["files"] if f["report"]}


def test_import_reports_every_file(capsys: pytest.CaptureFixture[str], mini_packs: Path,
                                   review_corpus: Corpus) -> None:
    run(capsys, "trust", "add", str(review_corpus.root_pem))
    result = run_json(capsys, "review", "import", str(review_corpus.inbox), code=1)
    assert (result["added"], result["duplicates"], result["rejected"], result["skipped"]) == (4, 1, 2, 2)
    rejected = {Path(f["file"]).name: f for f in result["files"] if f["outcome"] == "rejected"}
    assert "未签名" in rejected["A-unsigned.pdf"]["reason_zh"]
    # all known now: exit 0, nothing added
    again = run_json(capsys, "review", "import", str(review_corpus.a_v1), str(review_corpus.b))
    assert [f["outcome"] for f in again["files"]] == ["duplicate", "duplicate"]
    code, out, _ = run(capsys, "review", "import", str(review_corpus.c), "--lang", "zh")
    assert code == 0 and "已存在" in out and "新登记 0 份" in out


def test_import_with_a_root_for_this_import_only(capsys: pytest.CaptureFixture[str],
                                                 mini_packs: Path, review_corpus: Corpus) -> None:
    code, out, _ = run(capsys, "review", "import", str(review_corpus.b), "--lang", "en")
    assert code == 1 and "REJECTED" in out and "no trusted root" in out
    result = run_json(capsys, "review", "import", str(review_corpus.b), "--trust", str(review_corpus.root_pem))
    assert result["added"] == 1


def test_list_and_search(capsys: pytest.CaptureFixture[str], imported: dict[str, int]) -> None:
    rows = run_json(capsys, "review", "list")
    assert len(rows) == 3 and all(row["latest"] for row in rows)
    assert len(run_json(capsys, "review", "list", "--all-versions")) == 4
    found = run_json(capsys, "review", "list", "--search", "应急 not met")
    assert [row["system_name"] for row in found] == ["灾情信息自动汇总系统"]
    (noted,) = run_json(capsys, "review", "list", "--with-notes")
    assert noted["notes"][0]["kind"] == "signer-organisation"
    code, out, _ = run(capsys, "review", "list", "--lang", "zh")
    assert code == 0 and "第 2/2 版" in out and "签名证书所属单位为“测试局”" in out
    code, out, _ = run(capsys, "review", "list", "--search", "nothing-matches")
    assert "No report in the register matches." in out


def test_show(capsys: pytest.CaptureFixture[str], imported: dict[str, int]) -> None:
    shown = run_json(capsys, "review", "show", str(imported["B.pdf"]), "--with-results")
    assert shown["organisation"] == "某区应急管理局"
    assert shown["critical_gap_items"] == [{"item": "HO-01", "theme": "human-oversight",
                                            "severity": "critical", "status": "partial"}]
    assert shown["results"]["assessment"]["organisation"] == "某区应急管理局"
    code, out, _ = run(capsys, "review", "show", str(imported["B.pdf"]), "--lang", "en")
    assert code == 0 and "critical gap: HO-01 Partially implemented" in out
    code, _, err = run(capsys, "review", "show", "999")
    assert code == 2 and "report 999 is not in the register" in err


def test_gaps_and_the_matrix(capsys: pytest.CaptureFixture[str], imported: dict[str, int]) -> None:
    gaps = run_json(capsys, "review", "gaps")
    assert [(g["item"], g["count"], g["organisations"]) for g in gaps] == [
        ("HO-01", 1, ["某区应急管理局"])]
    matrix = run_json(capsys, "review", "gaps", "--matrix")
    assert matrix["organisations"] == ["某区应急管理局", "某市交通运输局"]
    bureau = matrix["rows"][1]
    assert bureau["themes"]["data-access"]["status"] == "partial"
    code, out, _ = run(capsys, "review", "gaps", "--matrix", "--lang", "zh")
    assert code == 0 and "存在关键差距（HO-01）" in out and "人的有效监督" in out


def test_history_and_compare(capsys: pytest.CaptureFixture[str], imported: dict[str, int]) -> None:
    old, new = imported["A-v1.pdf"] or imported["A-v1-copy.pdf"], imported["A-v2.pdf"]
    steps = run_json(capsys, "review", "history", str(new))
    assert [(s["version"], s["opened"], s["closed"]) for s in steps] == [
        (1, ["HO-01", "MF-01"], []), (2, [], ["HO-01", "MF-01"])]
    code, out, _ = run(capsys, "review", "history", str(old), "--lang", "zh")
    assert code == 0 and "已消除差距：HO-01、MF-01" in out
    compared = run_json(capsys, "review", "compare", str(new), str(old))
    assert (compared["older"], compared["newer"], compared["same_assessment"]) == (old, new, True)
    assert compared["counts"]["improved"] == 3 and compared["counts"]["regressed"] == 1
    code, out, _ = run(capsys, "review", "compare", str(old), str(new), "--lang", "en")
    assert code == 0 and "Regressed" in out and "DA-01" in out and "HO-03" not in out
    assert "HO-03" in run(capsys, "review", "compare", str(old), str(new), "--all")[1]


def test_export(capsys: pytest.CaptureFixture[str], imported: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "登记簿.xlsx"
    result = run_json(capsys, "review", "export", "-o", str(target), "--lang", "zh")
    assert result == {"file": str(target), "view": "all", "language": "zh"}
    assert load_workbook(target).sheetnames == ["登记簿", "单位×主题", "常见关键差距"]
    code, _, err = run(capsys, "review", "export", "-o", str(target))
    assert code == 2 and "already exists" in err
    ids = [str(imported["A-v2.pdf"]), str(imported["A-v1.pdf"] or imported["A-v1-copy.pdf"])]
    csv = tmp_path / "compare.csv"
    run_json(capsys, "review", "export", "-o", str(csv), "--view", "compare",
             "--report", ids[0], "--report", ids[1], "--lang", "en")
    assert csv.read_text("utf-8-sig").splitlines()[0].startswith("Item,Question,Theme,Before")
    code, _, err = run(capsys, "review", "export", "-o", str(tmp_path / "x.csv"))
    assert code == 2 and "one table" in err


def test_remove(capsys: pytest.CaptureFixture[str], imported: dict[str, int], review_corpus: Corpus) -> None:
    target = imported["B.pdf"]
    result = run_json(capsys, "review", "remove", str(target))
    assert result["removed"] == target and review_corpus.b.is_file()
    assert all(row["id"] != target for row in run_json(capsys, "review", "list"))
    code, _, err = run(capsys, "review", "remove", str(target))
    assert code == 2 and "not in the register" in err
    code, out, _ = run(capsys, "review", "remove", str(imported["C.pdf"]), "--lang", "zh")
    assert code == 0 and "原文件未改动" in out
