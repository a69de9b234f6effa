"""The command line speaks the locale's language entirely: every command's ``--help``, a
failing case of every command and the output of a whole working session, under
``zh_CN.UTF-8`` (no English words, full-width punctuation in Chinese text) and under
``en_US.UTF-8`` (no Chinese but the intended examples)."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfcheck import PRODUCT_NAME_EN, PRODUCT_NAME_ZH
from selfcheck.cli.main import build_parser, main
from selfcheck.core import glossary

from .conftest import REAL_PACK_ID

PASS = "a long enough passphrase"

#: Proper names and units that stay as they are in Chinese text.
NAMES = {"selfcheck", "Acrobat", "poppler", "sha256", "ed25519", "zh", "en", "B", "KB", "MB",
         "GB", "UTC", "e"}
#: Chinese the English texts show on purpose: the product's name and example values users
#: type as they are (handling marks, a CA name).
INTENDED_CHINESE = (PRODUCT_NAME_ZH, "XX局 报告签名根证书", "内部", "公开")

_FLAG = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")
_PATHLIKE = re.compile(r"\S*[/\\]\S*|\S*\.[A-Za-z][\w.]*")  # paths and file names
_HEX = re.compile(r"\b[0-9a-f]{8,}\b")
_ENV = re.compile(r"\$?\b[A-Z][A-Z0-9_]{2,}\b")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HALF_WIDTH_BY_CHINESE = re.compile(
    r"[\u3400-\u9fff] ?[,;:!?()]|[,;:!?(] ?[\u3400-\u9fff]|[)] [\u3400-\u9fff]")


def parser_vocabulary() -> set[str]:
    """Every command name and choice value the parser knows (and the statuses, typed as an
    argument): technical tokens a user types."""
    built_in = {folder.name for folder in (Path(__file__).resolve().parents[1] / "checklists").iterdir()
                if folder.is_dir()}
    words: set[str] = set(glossary.STATUSES) | built_in  # ids are typed as they are
    for parser in _parsers(build_parser()):
        for action in parser[1]._actions:
            if isinstance(action, argparse._SubParsersAction):
                words |= set(action.choices)
            elif action.choices:
                words |= {str(choice) for choice in action.choices}
    return words


def _parsers(parser: argparse.ArgumentParser,
             path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, (*path, name))


def english_words(text: str, allowed: set[str]) -> list[str]:
    """The English words of ``text`` that are not technical: flags, paths and file names,
    hashes, environment variables, upper-case names (metavars, acronyms, item ids), the
    parser's commands and choices and the :data:`NAMES` are taken out first. One word left
    is enough to fail: a Chinese text has none."""
    for known in (PRODUCT_NAME_EN,):
        text = text.replace(known, " ")
    for pattern in (_FLAG, _PATHLIKE, _HEX, _ENV):
        text = pattern.sub(" ", text)
    found = []
    for word in _WORD.findall(text):
        if word.upper() == word or word in allowed or word in NAMES or word.isdigit():
            continue
        if re.fullmatch(r"v\d+|\d+[A-Za-z]{0,2}|[a-z]+[A-Z]\w*", word):  # v2, 25MB, keyCertSign
            continue
        found.append(word)
    return found


def chinese_left(text: str) -> list[str]:
    for intended in INTENDED_CHINESE:
        text = text.replace(intended, "")
    return CJK.findall(text)


def test_the_checks_can_fail() -> None:
    vocabulary = parser_vocabulary()
    assert english_words("显示 this help message", vocabulary) == ["this", "help", "message"]
    assert english_words("尚未信任任何密钥 (no label)", vocabulary) == ["no", "label"]
    assert english_words("用法：selfcheck assess new [-h] --pack PACK_ID --sector "
                         "{government,cii} /tmp/x/answers.json FILE.ckpack HO-01 v2 "
                         "sha256 0123456789abcdef $SELFCHECK_PASSPHRASE", vocabulary) == []
    assert chinese_left("pack 检查清单") == ["检", "查", "清", "单"]
    assert chinese_left(f"{PRODUCT_NAME_ZH} e.g. 内部") == []
    assert HALF_WIDTH_BY_CHINESE.search("领域: 政府部门") and HALF_WIDTH_BY_CHINESE.search("(默认")
    assert not HALF_WIDTH_BY_CHINESE.search("领域：政府部门（默认 zh）, a, b")


def locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8" if lang == "zh" else "en_US.UTF-8")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out + captured.err


#: ``pack diff`` shows a reworded question in both languages, on purpose.
_OTHER_LANGUAGE_QUOTED = re.compile(r"(?m)^ +(?:(?:old|new) \((?:zh|en)\)|[原新]（[中英]文）)[:：].*$")


def check_language(text: str, lang: str, where: object) -> None:
    text = _OTHER_LANGUAGE_QUOTED.sub("", text)
    if lang == "zh":
        assert english_words(text, parser_vocabulary()) == [], (where, text)
        assert not HALF_WIDTH_BY_CHINESE.search(text), (where, text)
    else:
        assert chinese_left(text) == [], (where, text)


COMMANDS = [path for path, parser in _parsers(build_parser())]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_help_speaks_the_locale(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    locale(monkeypatch, lang)
    assert len(COMMANDS) > 30
    for path in COMMANDS:
        code, text = run(capsys, *path, "--help")
        assert code == 0 and text.startswith("用法：" if lang == "zh" else "usage: "), path
        check_language(text, lang, path)
    code, text = run(capsys, "--version")
    assert code == 0 and PRODUCT_NAME_ZH in text and PRODUCT_NAME_EN in text


def failing_cases(tmp: Path, aid: str) -> dict[tuple[str, ...], list[str | Path]]:
    """One failing invocation of each command (a refusal of the core where there can be one,
    else a usage error of argparse's)."""
    empty = tmp / "empty"
    empty.mkdir(exist_ok=True)
    existing = tmp / "existing.private.pem"
    existing.write_text("x")
    missing = tmp / "missing"
    return {
        (): ["NO-SUCH-COMMAND"],
        ("assess",): ["assess"],
        ("assess", "new"): ["assess", "new", "--pack", "NO-SUCH-PACK", "--org", "O", "--system",
                            "S", "--sector", "cii", "--criticality", "low", "--autonomy",
                            "advises", "--people", "under-100", "--data", "public"],
        ("assess", "list"): ["assess", "list", "EXTRA"],
        ("assess", "answer"): ["assess", "answer", aid, "ZZ-99", "implemented"],
        ("assess", "import"): ["assess", "import", aid, missing / "answers.json"],
        ("assess", "show"): ["assess", "show", "999"],
        ("assess", "upgrade"): ["assess", "upgrade", aid, "--to", "1"],
        ("assess", "profile"): ["assess", "profile", aid, "--profile", "NO-EQUALS-SIGN"],
        ("assess", "questionnaire"): ["assess", "questionnaire", "999", "-o", tmp / "q.xlsx"],
        ("assess", "signoff"): ["assess", "signoff", aid, "--reviewed-on", "31.02.2027"],
        ("packs",): ["packs", "BOGUS"],
        ("packs", "list"): ["packs", "list", "--bogus"],
        ("packs", "validate"): ["packs", "validate", empty],
        ("packs", "install"): ["packs", "install", missing / "p.ckpack"],
        ("pack",): ["pack"],
        ("pack", "keygen"): ["pack", "keygen", "-o", tmp / "existing"],
        ("pack", "build"): ["pack", "build", empty, "--key", missing / "k.pem", "-o", tmp / "o.ckpack"],
        ("pack", "verify"): ["pack", "verify", missing / "p.ckpack"],
        ("pack", "diff"): ["pack", "diff", missing / "a", missing / "b"],
        ("export",): ["export", "999", "-o", tmp / "r.pdf"],
        ("verify",): ["verify", missing / "r.pdf"],
        ("trust",): ["trust"],
        ("trust", "add"): ["trust", "add", missing / "root.pem"],
        ("trust", "list"): ["trust", "list", "EXTRA"],
        ("trust", "remove"): ["trust", "remove", "0123456789abcdef"],
        ("trust", "add-crl"): ["trust", "add-crl", missing / "x.crl"],
        ("trust", "add-pack-key"): ["trust", "add-pack-key", missing / "k.public.json"],
        ("trust", "revoke-pack-key"): ["trust", "revoke-pack-key", "0123456789abcdef"],
        ("trust", "pack-keys"): ["trust", "pack-keys", "EXTRA"],
        ("ca",): ["ca"],
        ("ca", "init"): ["ca", "init"],
        ("ca", "issue"): ["ca", "issue", "--name", "N", "-o", tmp / "id.pem", "--dir", empty],
        ("ca", "show"): ["ca", "show", "--dir", empty],
        ("ca", "revoke"): ["ca", "revoke", "N", "--dir", empty],
        ("ca", "crl"): ["ca", "crl", "-o", tmp / "x.crl", "--dir", empty],
        ("review",): ["review"],
        ("review", "import"): ["review", "import", missing / "r.pdf"],
        ("review", "list"): ["review", "list", "EXTRA"],
        ("review", "show"): ["review", "show", "999"],
        ("review", "gaps"): ["review", "gaps", "EXTRA"],
        ("review", "history"): ["review", "history", "999"],
        ("review", "compare"): ["review", "compare", "998", "999"],
        ("review", "export"): ["review", "export", "-o", tmp / "register.txt"],
        ("review", "remove"): ["review", "remove", "999"],
        ("doctor",): ["doctor", "EXTRA"],
        ("backup",): ["backup", empty],
        ("restore",): ["restore", missing / "backup.sqlite3", "--yes"],
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_failing_case_of_every_command_speaks_the_locale(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        lang: str) -> None:
    locale(monkeypatch, lang)
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", PASS)
    aid = _new_assessment(capsys)
    cases = failing_cases(tmp_path, aid)
    assert set(cases) == set(COMMANDS)  # a new command needs its failing case here
    for path, args in cases.items():
        code, text = run(capsys, *args)
        assert code in (1, 2), (path, text)
        assert text.strip(), path
        check_language(text, lang, path)
        if code == 2:
            assert len(text.strip().splitlines()) == 1 or "--help" in args, (path, text)


#: Names typed by the user, in the language of the test (user data is not translated).
NAMES_TYPED = {"zh": {"org": "某市卫生健康委员会", "system": "智能分诊", "signer": "王敏",
                      "ca_org": "测试局", "evidence": "制度文件", "why": "预案未演练"},
               "en": {"org": "City Health Commission", "system": "Triage", "signer": "Wang Min",
                      "ca_org": "Test Bureau", "evidence": "Policy 17", "why": "not rehearsed"}}


def _new_assessment(capsys: pytest.CaptureFixture[str], lang: str = "zh") -> str:
    names = NAMES_TYPED[lang]
    code, text = run(capsys, "assess", "new", "--pack", REAL_PACK_ID, "--pack-version", "1",
                     "--org", names["org"],
                     "--system", names["system"], "--sector", "public-safety", "--criticality", "high",
                     "--autonomy", "advises", "--people", "10k-1m", "--data", "personal")
    assert code == 0, text
    return text.strip()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_working_session_speaks_the_locale(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             lang: str) -> None:
    """The daily commands, an upgrade, reports, trust and the CA: their output too."""
    locale(monkeypatch, lang)
    monkeypatch.setenv("SELFCHECK_PASSPHRASE", PASS)
    monkeypatch.setenv("SELFCHECK_NEW_PASSPHRASE", PASS)
    aid = _new_assessment(capsys, lang)
    names = NAMES_TYPED[lang]
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"format": "selfcheck-answers/1", "answers": [
        {"item": "HO-02", "status": "partial", "justification": names["why"],
         "remediation_owner": names["signer"], "remediation_due": "2099-01-31"},
        {"item": "MF-01", "status": "not-implemented", "justification": names["why"]}]},
        ensure_ascii=False), "utf-8")
    ca = tmp_path / "ca"
    steps: list[list[str | Path]] = [
        ["assess", "answer", aid, "HO-01", "implemented", "--evidence", names["evidence"]],
        ["assess", "import", aid, answers],
        ["assess", "list"], ["assess", "show", aid],
        ["assess", "upgrade", aid, "--dry-run"],
        ["assess", "signoff", aid, "--reviewed-by", names["signer"]],
        ["assess", "profile", aid, "--criticality", "critical"],
        ["assess", "questionnaire", aid, "-o", tmp_path / "q.xlsx", "--lang", lang],
        ["export", aid, "-o", tmp_path / "register.xlsx"],
        ["packs", "list"], ["doctor"], ["backup", tmp_path / "backup.sqlite3"],
        ["ca", "init", "--name", "XX局 报告签名根证书", "--org", names["ca_org"], "--dir", ca],
        ["ca", "show", "--dir", ca],
        ["ca", "issue", "--name", names["signer"], "-o", tmp_path / "signer.pem", "--dir", ca],
        ["export", aid, "-o", tmp_path / "report.pdf", "--sign", tmp_path / "signer.pem"],
        ["export", aid, "-o", tmp_path / "unsigned.pdf"],
        ["trust", "add", ca / "root-ca.pem"], ["trust", "list"],
        ["verify", tmp_path / "report.pdf"], ["verify", tmp_path / "unsigned.pdf"],
        ["review", "import", tmp_path / "report.pdf", tmp_path / "unsigned.pdf"],
        ["review", "list"], ["review", "show", "1"], ["review", "gaps"],
        ["review", "gaps", "--matrix"], ["review", "history", "1"],
        ["ca", "revoke", names["signer"], "--dir", ca, "--reason", "key-compromise"],
        ["ca", "crl", "-o", tmp_path / "list.crl", "--dir", ca],
        ["trust", "add-crl", tmp_path / "list.crl"],
        ["pack", "keygen", "-o", tmp_path / "admin", "--label", names["ca_org"]],
        ["trust", "add-pack-key", tmp_path / "admin.public.json"], ["trust", "pack-keys"],
        ["pack", "diff", REAL_PACK_ROOT / "v1", REAL_PACK_ROOT / "v2"],
        ["pack", "diff", REAL_PACK_ROOT / "v2", REAL_PACK_ROOT / "v3"],
        ["packs", "validate", REAL_PACK_ROOT / "v3"],
    ]
    for args in steps:
        code, text = run(capsys, *args)
        assert code in (0, 1), (args, text)
        # the user's own names are not translated; certificates name "NAME (ORG)"
        for typed in (f"{names['signer']} ({names['ca_org']})",
                      f"XX局 报告签名根证书 ({names['ca_org']})", *names.values()):
            text = text.replace(typed, "")
        check_language(text, lang, args)


REAL_PACK_ROOT = Path(__file__).resolve().parents[1] / "checklists" / REAL_PACK_ID


def test_chinese_show_uses_full_width_punctuation(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    locale(monkeypatch, "zh")
    aid = _new_assessment(capsys)
    run(capsys, "assess", "answer", aid, "MF-01", "not-implemented", "--justification", "未演练")
    code, text = run(capsys, "assess", "show", aid)
    assert code == 0 and "检查清单：《" in text and "；风险等级：" in text
    assert "结论：不符合" in text and glossary.STATUSES["implemented"].zh in text
    assert not HALF_WIDTH_BY_CHINESE.search(text), text
