"""Every verification reason and note comes in Chinese too, entry for entry, and the
command line prints them in the language asked for.

The rejection scenarios are those of ``test_verify.py`` (same signed report, same
forgeries); here each one is checked for its Chinese wording.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from selfcheck.cli.main import main
from selfcheck.core.pki.ca import load_identity
from selfcheck.core.reports.pdf import render_report
from selfcheck.core.reports.signing import attach_unsigned, sign_report_pdf
from selfcheck.core.reports.verify import (
    SIGNER_CLOCK_NOTE,
    SIGNER_CLOCK_NOTE_ZH,
    VerificationResult,
    verify_bytes,
    verify_report,
)

from . import test_verify
from .report_support import ID_PASS, with_added_annotation
from .test_verify import Env, check, sign_with, signed_range

#: The signed report and PKI of test_verify.py (a module-scoped fixture).
env = test_verify.env

CJK = re.compile(r"[\u4e00-\u9fff]")

Scenario = Callable[[Env, Path], VerificationResult]


def _flipped_byte(env: Env, tmp: Path) -> VerificationResult:
    data = bytearray(env.signed)
    _, first_len, _, _ = signed_range(env.signed)
    data[first_len // 2] ^= 0x01
    return check(bytes(data), env)


def _annotation_added(env: Env, tmp: Path) -> VerificationResult:
    return check(with_added_annotation(env.signed, "approved"), env)


def _missing_file(env: Env, tmp: Path) -> VerificationResult:
    return verify_report(tmp / "missing.pdf", [env.pki.root])


def _folder(env: Env, tmp: Path) -> VerificationResult:
    return verify_report(tmp, [env.pki.root])


def _signed_by(identity: Callable[[Env], Path]) -> Scenario:
    def scenario(env: Env, tmp: Path) -> VerificationResult:
        signer = load_identity(identity(env), ID_PASS)
        return check(sign_report_pdf(env.rendered, env.results_json, signer,
                                     check_identity=False), env)
    return scenario


def _forged_verdict(env: Env, tmp: Path) -> VerificationResult:
    forged = json.loads(env.results_json)
    forged["score"]["verdict"] = "met"
    return check(sign_with(env.rendered, env.pki.identity,
                           attach=json.dumps(forged, ensure_ascii=False).encode()), env)


def _reformatted_results(env: Env, tmp: Path) -> VerificationResult:
    reformatted = json.dumps(json.loads(env.results_json), ensure_ascii=True).encode()
    return check(sign_with(env.rendered, env.pki.identity, attach=reformatted), env)


def _two_signatures(env: Env, tmp: Path) -> VerificationResult:
    once = sign_with(env.rendered, env.pki.identity, certify=False, attach=env.results_json)
    return check(sign_with(once, env.pki.identity, certify=False, field="Second"), env)


#: name -> (scenario, a fragment of the English reason, a fragment of the Chinese one)
SCENARIOS: dict[str, tuple[Scenario, str, str]] = {
    "flipped byte": (_flipped_byte, "modified", "签名后被修改"),
    "annotation added": (_annotation_added, "incremental update", "1 次增量更新"),
    "bytes appended": (lambda e, t: check(e.signed + b"\n% trailing comment\n", e),
                       "appended", "签名内容之后追加了 20 字节"),
    "one byte appended": (lambda e, t: check(e.signed + b"\0", e),
                          "1 byte were appended", "追加了 1 字节"),
    "truncated": (lambda e, t: check(e.signed[:len(e.signed) // 2], e), "", "PDF"),
    "truncated end": (lambda e, t: check(e.signed[:-10], e), "", "PDF"),
    "not a pdf": (lambda e, t: check(b"hello, not a report", e), "not a PDF", "不是 PDF 文件"),
    "empty": (lambda e, t: check(b"", e), "empty", "文件为空"),
    "missing file": (_missing_file, "no such file", "文件不存在"),
    "folder": (_folder, "folder", "文件夹"),
    "unsigned": (lambda e, t: check(attach_unsigned(render_report(e.data, "zh"),
                                                    e.results_json), e),
                 "not signed", "未签名"),
    "rendered only": (lambda e, t: check(e.rendered, e), "not signed", "未签名"),
    "another root": (_signed_by(lambda e: e.pki.other_identity), "not a trusted root",
                     "签名证书不受信任"),
    "impostor root": (_signed_by(lambda e: e.pki.impostor_identity),
                      "does not chain to a trusted root",
                      "签名证书不受信任：未能追溯到本机信任的根证书"),
    "no roots": (lambda e, t: check(e.signed, e, []), "no trusted root",
                 "未配置受信任的根证书：请先用 selfcheck trust add ROOT.pem 添加本单位根证书"),
    "expired": (_signed_by(lambda e: e.pki.expired), "expired at the signing time",
                "签名时签名证书已过期"),
    "no non-repudiation": (_signed_by(lambda e: e.pki.no_nonrepudiation),
                           "non repudiation", "不可否认（nonRepudiation）"),
    "future": (lambda e, t: verify_bytes(e.signed, [e.pki.root],
                                         now=dt.datetime.now(dt.UTC) - dt.timedelta(days=3)),
               "in the future", "晚于本机当前时间"),
    "approval signature": (lambda e, t: check(sign_with(e.rendered, e.pki.identity,
                                                        certify=False, attach=e.results_json),
                                              e),
                           "not a certification signature", "不是认证签名"),
    "two signatures": (_two_signatures, "2 signatures", "含有 2 个签名"),
    "no results.json": (lambda e, t: check(sign_with(e.rendered, e.pki.identity), e),
                        "results.json is not attached", "未附带 results.json"),
    "forged verdict": (_forged_verdict, "does not match the figures printed",
                       "results.json 与报告页面上印出的数据不一致：verdict"),
    "reformatted results": (_reformatted_results, "results-sha256", "results-sha256"),
    "not json": (lambda e, t: check(sign_with(e.rendered, e.pki.identity,
                                              attach=b"\xff not json"), e),
                 "not valid JSON", "不是有效的 JSON"),
}


def assert_chinese(texts: tuple[str, ...], english: tuple[str, ...]) -> None:
    assert len(texts) == len(english)
    for text in texts:
        assert text.strip(), texts
        assert "\n" not in text
        assert CJK.search(text), text


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_every_rejection_has_a_chinese_reason(env: Env, tmp_path: Path, name: str) -> None:
    scenario, english, chinese = SCENARIOS[name]
    result = scenario(env, tmp_path)
    assert not result.authentic
    assert result.reasons and english in result.reason, result.reason
    assert_chinese(result.reasons_zh, result.reasons)
    assert_chinese(result.notes_zh, result.notes)
    assert chinese in result.reasons_zh[0], result.reasons_zh
    assert result.localized_reasons("zh") == result.reasons_zh
    assert result.localized_reasons("en") == result.reasons
    assert result.localized_reasons("fr") == result.reasons
    assert result.localized_reason("zh") == result.reasons_zh[0]
    data = result.as_dict()
    assert data["reasons"] == list(result.reasons)
    assert data["reasons_zh"] == list(result.reasons_zh)
    assert data["notes_zh"] == list(result.notes_zh)
    assert data["time_source"].startswith("signer's clock")
    assert data["time_source_zh"].startswith("签名者本机时钟")
    assert result.to_dict() == data


def test_authentic_report_notes_in_both_languages(env: Env) -> None:
    result = check(env.signed, env)
    assert result.authentic and result.reasons == result.reasons_zh == ()
    assert result.notes == (SIGNER_CLOCK_NOTE,)
    assert result.notes_zh == (SIGNER_CLOCK_NOTE_ZH,)
    assert result.localized_notes("zh") == (SIGNER_CLOCK_NOTE_ZH,)
    assert result.localized_notes("en") == (SIGNER_CLOCK_NOTE,)
    later = verify_bytes(env.signed, [env.pki.root],
                         now=dt.datetime.now(dt.UTC) + dt.timedelta(days=3 * 365))
    assert later.authentic
    assert len(later.notes_zh) == len(later.notes) == 2
    expired = next(n for n in later.notes_zh if n != SIGNER_CLOCK_NOTE_ZH)
    assert "签名证书已于" in expired and "过期" in expired


def test_a_result_without_chinese_falls_back_to_english() -> None:
    result = VerificationResult("x.pdf", False, ("the file could not be checked",))
    assert result.localized_reasons("zh") == result.reasons
    assert result.as_dict()["reasons_zh"] == ["the file could not be checked"]


# --- the command line ------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


@pytest.fixture
def tampered(env: Env, tmp_path: Path) -> Path:
    path = tmp_path / "篡改的报告.pdf"
    path.write_bytes(env.signed + b"\n% trailing comment\n")
    return path


def test_cli_prints_the_chinese_reason(env: Env, tampered: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    root = str(env.pki.root_pem)
    code, out = run(capsys, "verify", str(tampered), "--trust", root, "--lang", "zh")
    assert code == 1
    assert "不可信 REJECTED" in out
    assert "文件在签名后被修改：签名内容之后追加了 20 字节" in out
    assert "签名人（未经核验）：" in out and "签名时间：" in out
    assert "appended" not in out

    code, out = run(capsys, "verify", str(tampered), "--trust", root, "--lang", "en")
    assert code == 1
    assert "REJECTED — the file was changed after it was signed: 20 bytes were appended" in out
    assert "signer (not verified):" in out and "不可信" not in out

    code, out = run(capsys, "verify", str(tampered), "--trust", root, "--lang", "zh", "--json")
    assert code == 1
    [checked] = json.loads(out)
    assert "appended" in checked["reasons"][0]
    assert "追加了 20 字节" in checked["reasons_zh"][0]


def test_cli_authentic_report_in_chinese(env: Env, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "报告.pdf"
    path.write_bytes(env.signed)
    code, out = run(capsys, "verify", str(path), "--trust", str(env.pki.root_pem),
                    "--lang", "zh")
    assert code == 0
    assert "可信 AUTHENTIC" in out and "检查清单：" in out and "结论 不符合" in out
    assert "说明" not in out  # the clock caveat is on the signing-time line already


def test_cli_language_follows_the_locale(env: Env, tampered: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out = run(capsys, "verify", str(tampered), "--trust", str(env.pki.root_pem))
    assert code == 1 and "签名内容之后追加了" in out
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, out = run(capsys, "verify", str(tampered), "--trust", str(env.pki.root_pem))
    assert code == 1 and "appended after the signed content" in out
