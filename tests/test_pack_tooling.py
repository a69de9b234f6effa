"""Admin tooling for packs with sources and conditions: packs validate (one line per problem
naming the file, the item and the field, in the user's language), pack diff and the install
preview describing sources, statuses, profile questions and conditions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from selfcheck.cli.main import main
from selfcheck.core.packs.diff import diff_packs, format_diff
from selfcheck.core.packs.source import load_pack_dir

from .conftest import REPO

GOV = REPO / "checklists" / "gov-llm-deployment" / "v1"


def _copy(tmp_path: Path, name: str = "gov") -> Path:
    target = tmp_path / name
    shutil.copytree(GOV, target)
    return target


def _edit(folder: Path, file: str, change: Any) -> None:
    path = folder / file
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")


def _damage(folder: Path) -> None:
    def items(data: list[dict[str, Any]]) -> None:
        data[0]["cites"][0]["source"] = "GOVLLM-2024"
        data[4]["applies_if"] = {"question": "gen_ai", "is": "yes"}

    def meta(data: dict[str, Any]) -> None:
        data["profile_questions"][1]["asked_if"] = {"question": "agents", "is": "yes"}

    _edit(folder, "items.json", items)
    _edit(folder, "pack.json", meta)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en_US.UTF-8", [
        "pack.json: profile_questions[1] (agents).asked_if: circular conditions: agents → agents",
        "items.json: items[0] (GR-01).cites[0].source: undeclared source 'GOVLLM-2024'; the "
        "pack declares: GOVLLM-2025, TC260-004, AISGF-1.0"]),
    ("zh_CN.UTF-8", [
        "pack.json：profile_questions[1] (agents).asked_if：条件循环引用：agents → agents",
        "items.json：items[0] (GR-01).cites[0].source：未声明的依据文件 'GOVLLM-2024'"]),
])
def test_validate_names_file_item_and_field_per_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        lang: str, expected: list[str]) -> None:
    monkeypatch.setenv("LANG", lang)
    folder = _copy(tmp_path)
    _damage(folder)
    code = main(["packs", "validate", str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    prefix = "selfcheck：错误：" if lang.startswith("zh") else "selfcheck: error: "
    assert all(line.startswith(f"{prefix}{folder}/") for line in lines)
    assert len(lines) == 3
    for line, words in zip(lines, expected, strict=False):
        assert words in line, line
    assert "items[4] (SC-02).applies_if.question" in lines[2]


def test_validate_json_lists_every_problem(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, "items.json", lambda data: data[4].update(
        applies_if={"question": "gen_ai", "is": "yes"}))
    _edit(folder, "items.json", lambda data: data[1]["cites"][0].update(part="三、规范部署"))
    assert main(["packs", "validate", str(folder), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False and len(report["problems"]) == 2
    assert "items[1] (GR-02).cites[0].part: '三、规范部署' is not a part of GOVLLM-2025" \
        in report["problems"][0]
    assert "items[4] (SC-02).applies_if.question: unknown question 'gen_ai'" \
        in report["problems"][1]


def test_validate_prints_the_first_hundred_problems(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    """A pack with a problem on each of 150 items: a hundred lines and how many more."""
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    folder = _copy(tmp_path)
    _edit(folder, "items.json", lambda data: data.extend(
        {**data[0], "id": f"GR-{n}", "cites": [{**data[0]["cites"][0], "source": "NOPE"}]}
        for n in range(100, 250)))
    assert main(["packs", "validate", str(folder)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 101 and lines[-1] == "selfcheck：另有 50 个问题未显示（--json 列出全部）"
    assert main(["packs", "validate", str(folder), "--json"]) == 2
    assert len(json.loads(capsys.readouterr().out)["problems"]) == 150


def test_validate_shows_what_a_valid_pack_declares(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["packs", "validate", str(GOV)]) == 0
    out = capsys.readouterr().out
    assert "状态：试行" in out and "GOVLLM-2025  《政务领域人工智能大模型部署应用指引》" in out
    assert "agents: 是否使用智能体" in out and "（当 genai = yes 时提问）" in out
    assert "个检查项仅在画像答案满足条件时适用" in out
    assert "风险模型：四项风险因素、四级风险等级" in out and "很高：≥10 分" in out


def test_diff_describes_sources_questions_and_conditions(tmp_path: Path) -> None:
    folder = _copy(tmp_path)

    def meta(data: dict[str, Any]) -> None:
        data["version"] = 2
        data["status"] = "released"
        data["sources"][1]["status"] = "superseded"
        data["profile_questions"].append({"id": "cloud", "kind": "yes-no",
                                          "text": {"zh": "是否上云？", "en": "Cloud?"}})
        data["risk_model"]["id"] = "gov-four-factor-2"
        data["risk_model"]["grades"][2]["min_points"] = 8

    def items(data: list[dict[str, Any]]) -> None:
        data[0]["cites"][0]["basis"] = "summary"
        data[4]["applies_if"] = {"question": "genai", "is": "yes"}

    _edit(folder, "pack.json", meta)
    _edit(folder, "items.json", items)
    old, new = load_pack_dir(GOV), load_pack_dir(folder)
    diff = diff_packs(old, new)
    assert diff.applicability_changed == ["SC-02"] and diff.meaning_changed == ["SC-02"]
    assert diff.other_changed == ["GR-01"]
    assert diff.to_dict()["sources"] == {"added": [], "removed": [], "changed": ["TC260-004"]}
    assert diff.to_dict()["profile_questions"]["added"] == ["cloud"]
    text = format_diff(diff, "en")
    assert "Pack status: trial → released" in text
    assert "Sources: changed TC260-004" in text
    assert "Profile questions: added cloud" in text
    assert ("  ~ SC-02: condition: genai = yes and public_facing = yes → genai = yes"
            in text)
    assert "  ~ GR-01: cites" in text
    assert ("Risk model: aisgf-1.0-four-factor → gov-four-factor-2 (grades, thresholds or "
            "rules changed" in text)
