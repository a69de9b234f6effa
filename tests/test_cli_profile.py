"""Pack-defined profile answers on the command line: assess new --profile, assess profile,
and assess show with the kept answers of items that no longer apply."""

from __future__ import annotations

from typing import Any

import pytest

from .test_cli import one_line_error, run, run_json

GOV = "gov-llm-deployment"
BASE = ["assess", "new", "--pack", GOV, "--org", "某县政务服务中心", "--system", "政务问答",
        "--sector", "government", "--criticality", "high", "--autonomy", "advises",
        "--people", "10k-1m", "--data", "personal"]
ANSWERS = ["--profile", "genai=yes", "--profile", "agents=no", "--profile", "public_facing=yes",
           "--profile", "internet_resources=no", "--profile", "own_model=no",
           "--profile", "personal_info=yes", "--profile", "unit_level=county"]


def test_new_with_pack_questions_and_changing_them(capsys: pytest.CaptureFixture[str]) -> None:
    created = run_json(capsys, *BASE, *ANSWERS)
    assessment = str(created["id"])
    assert run(capsys, "assess", "answer", assessment, "OP-04", "implemented")[0] == 0

    change = run_json(capsys, "assess", "profile", assessment, "--profile", "genai=no")
    assert "OP-04" in change["no_longer_applying"] and "agents" not in change["answers_after"]

    code, out, _err = run(capsys, "assess", "show", assessment, "--lang", "en")
    assert code == 0
    assert "gov-llm-deployment v1 (1.0 (2026-11)) (trial)" in out
    kept = next(line for line in out.splitlines() if "No longer applying" in line)
    assert "OP-04" in kept
    assert "Is a generative large model used" in out and "No" in out
    _code, out_zh, _err = run(capsys, "assess", "show", assessment, "--lang", "zh")
    assert "根据画像答案不再适用（答复予以保留）：OP-04" in out_zh and "（试行）" in out_zh

    again = run_json(capsys, "assess", "profile", assessment, "--profile", "genai=yes",
                     "--profile", "agents=yes", "--criticality", "critical")
    assert "OP-04" in again["now_applying"] and again["grade_after"] == "high"
    code, _out, err = run(capsys, "assess", "answer", assessment, "OP-04", "partial",
                          "--justification", "still works")
    assert code == 0, err


def test_risk_factors_by_profile_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    created = run_json(capsys, "assess", "new", "--pack", "aisgf-key-sector", "--org", "Org",
                       "--system", "Sys", "--sector", "cii", "--profile", "criticality=critical",
                       "--profile", "autonomy=acts", "--people", "under-100",
                       "--profile", "data_sensitivity=public")
    assert created["risk_grade"] == "very-high"


@pytest.mark.parametrize(("extra", "words"), [
    (["--profile", "genai"], "expected QUESTION=OPTION"),
    (["--profile", "colour=red"], "unknown profile question(s): colour"),
    (["--profile", "genai=perhaps"], "has no option 'perhaps'"),
])
def test_bad_profile_answers(capsys: pytest.CaptureFixture[str], extra: list[str],
                             words: str) -> None:
    code, _out, err = run(capsys, *BASE, *ANSWERS, *extra)
    assert code == 2 and words in one_line_error(err)


def test_missing_answers_and_factors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, *BASE)
    assert code == 2 and "answer the profile question 'genai'" in one_line_error(err)
    code, _out, err = run(capsys, "assess", "new", "--pack", "aisgf-key-sector", "--org", "O",
                          "--system", "S", "--sector", "cii", "--autonomy", "advises")
    assert code == 2 and "answer the profile question 'criticality' (Scenario criticality)" \
        in one_line_error(err)


def test_upgrade_answers_a_question_the_new_version_adds(
        capsys: pytest.CaptureFixture[str], tmp_path: Any, mini_packs: Any) -> None:
    from .pack_helpers import build, mini_files, new_key, to_current_format

    key, public = new_key()
    (tmp_path / "key.public.json").write_bytes(public.to_json_bytes())
    pack = tmp_path / "mini-v2.ckpack"
    pack.write_bytes(build(mini_files(2, change=to_current_format), key))
    assert run(capsys, "trust", "add-pack-key", str(tmp_path / "key.public.json"))[0] == 0
    assert run(capsys, "packs", "install", str(pack))[0] == 0
    created = run_json(capsys, "assess", "new", "--pack", "mini-pack", "--pack-version", "1",
                       "--org", "O", "--system", "S", "--sector", "cii", "--criticality", "low",
                       "--autonomy", "advises", "--people", "under-100", "--data", "public")
    code, _out, err = run(capsys, "assess", "upgrade", str(created["id"]), "--to", "2")
    assert code == 2 and "answer the profile question 'genai'" in one_line_error(err)
    result = run_json(capsys, "assess", "upgrade", str(created["id"]), "--to", "2",
                      "--profile", "genai=no")
    assert result["to_version"] == 2
