"""Errors about checklist packs, pack files, assessments and answers files have Chinese text.

``exc.localized("zh")`` is Chinese and still names the file, field or id; the English
``str(exc)`` stays as it was (tests/test_error_language.py checks that every raise passes ``zh=``).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from selfcheck.cli.main import main
from selfcheck.core.answers import Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import (
    AnswersFileError,
    NotFoundError,
    PackConflictError,
    PackFileError,
    PackPolicyError,
    PackValidationError,
    SelfCheckError,
    UsageError,
)
from selfcheck.core.packs.file import verify_pack_bytes
from selfcheck.core.packs.source import load_pack_dir

from .conftest import MINI_PACKS, REPO, make_profile
from .pack_helpers import build, db_snapshot, mini_files, raw_zip, trusted_key, write, zip_entries

CORE = REPO / "desktop" / "selfcheck" / "core"
MINI = MINI_PACKS / "mini" / "v1"
CJK = re.compile(r"[\u4e00-\u9fff]")


# --- signed pack files ----------------------------------------------------------------------

def _chinese(exc: SelfCheckError) -> str:
    """The Chinese message; checks that English callers still get the English one."""
    zh = exc.localized("zh")
    assert CJK.search(zh), zh
    assert "\n" not in zh and zh.strip() == zh
    assert exc.localized("en") == str(exc) == exc.message
    return zh


def _flip(content: bytes, where: int) -> bytes:
    changed = bytearray(content)
    changed[where] ^= 0x01
    return bytes(changed)


def _rezip(data: bytes, name: str, where: int) -> bytes:
    """The pack file rebuilt with one byte of entry ``name`` flipped."""
    return raw_zip([(n, _flip(c, where) if n == name else c) for n, c in zip_entries(data)])


def test_flipped_byte_in_the_content(mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection, ["mini-pack"])
    path = write(tmp_path / "bad.ckpack", _rezip(build(mini_files(2), key),
                                                 "content/items.json", 40))
    before = db_snapshot(mini_collection)
    with pytest.raises(PackFileError) as caught:
        mini_collection.packs.install_file(path)
    assert str(caught.value) == ("bad.ckpack: content/items.json does not match its SHA-256 "
                                 "in the manifest")
    assert _chinese(caught.value) == "bad.ckpack：content/items.json 与清单包说明文件中记录的 SHA-256 不一致"
    assert db_snapshot(mini_collection) == before


def test_flipped_byte_in_the_manifest(mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection, ["mini-pack"])
    path = write(tmp_path / "bad.ckpack", _rezip(build(mini_files(2), key), "manifest.json", 20))
    with pytest.raises(PackFileError) as caught:
        mini_collection.packs.install_file(path)
    assert str(caught.value) == (f"bad.ckpack: bad signature: the manifest was altered or not "
                                 f"signed by pack key {key.key_id}")
    assert _chinese(caught.value) == (f"bad.ckpack：签名无效：清单包说明文件已被改动，或不是由"
                                      f"清单包签名密钥 {key.key_id} 签名")


def test_every_flipped_byte_is_refused_in_chinese(mini_collection: Collection) -> None:
    key = trusted_key(mini_collection, ["mini-pack"])
    good = build(mini_files(2), key)
    keys = mini_collection.pack_keys.entries()
    refused = 0
    for where in range(0, len(good), 3):
        try:
            verify_pack_bytes(_flip(good, where), keys, origin="bad.ckpack")
        except SelfCheckError as exc:
            refused += 1
            assert str(exc).startswith("bad.ckpack: "), str(exc)
            assert _chinese(exc).startswith("bad.ckpack："), exc.localized("zh")
    assert refused > len(good) // 6


def test_not_a_zip_and_untrusted_key(mini_collection: Collection, tmp_path: Path) -> None:
    keys = mini_collection.pack_keys.entries()
    with pytest.raises(PackFileError) as caught:
        verify_pack_bytes(b"plain text\n", keys, origin="notes.ckpack")
    assert str(caught.value) == "notes.ckpack: not a pack file (not a ZIP archive)"
    assert _chinese(caught.value) == "notes.ckpack：不是签名清单包文件（不是 ZIP 压缩包）"

    stranger = trusted_key(mini_collection, ["mini-pack"])
    other = build(mini_files(2), stranger)
    with pytest.raises(PackFileError) as caught:
        verify_pack_bytes(other, [], origin="other.ckpack")
    assert "which this machine does not trust" in str(caught.value)
    zh = _chinese(caught.value)
    assert zh.startswith(f"other.ckpack：签名所用的清单包签名密钥 {stranger.key_id} 不在本机的信任库中")


def test_missing_file_is_named(mini_collection: Collection, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as caught:
        mini_collection.packs.install_file(tmp_path / "absent.ckpack")
    assert str(caught.value) == f"{tmp_path / 'absent.ckpack'}: no such file"
    assert _chinese(caught.value) == f"{tmp_path / 'absent.ckpack'}：文件不存在"


def test_rollback_and_conflict_in_chinese(mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection, ["mini-pack"])
    mini_collection.packs.install_file(write(tmp_path / "v3.ckpack", build(mini_files(3), key)))
    old = write(tmp_path / "v2.ckpack", build(mini_files(2), key))
    with pytest.raises(PackPolicyError) as caught:
        mini_collection.packs.install_file(old)
    assert str(caught.value) == ("v2.ckpack: rollback refused: mini-pack v2 is older than the "
                                 "installed v3; nothing installed")
    assert _chinese(caught.value) == ("v2.ckpack：拒绝降级：mini-pack v2 比已安装的 v3 更旧，"
                                      "未安装任何内容")

    def reword(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        items[0]["question"] = {"zh": "改过的问题？", "en": "A changed question?"}

    other = write(tmp_path / "v3b.ckpack", build(mini_files(3, change=reword), key))
    with pytest.raises(PackConflictError) as caught:
        mini_collection.packs.install_file(other)
    assert str(caught.value).startswith("v3b.ckpack: ALARM: mini-pack v3 is already installed "
                                        "with different content")
    zh = _chinese(caught.value)
    assert zh.startswith("v3b.ckpack：警报：mini-pack v3 已安装，但内容不同")
    assert zh.endswith("未安装任何内容")


def test_expired_pack_in_chinese(mini_collection: Collection, tmp_path: Path) -> None:
    import datetime as dt

    key = trusted_key(mini_collection, ["mini-pack"])
    path = write(tmp_path / "old.ckpack",
                 build(mini_files(2), key, expires=dt.date(2020, 1, 31)))
    with pytest.raises(PackPolicyError) as caught:
        mini_collection.packs.install_file(path)
    assert str(caught.value).startswith("old.ckpack: the pack expired on 2020-01-31")
    assert _chinese(caught.value) == ("old.ckpack：检查清单包已于 2020-01-31 过期，未安装任何内容"
                                      "（管理员可使用 --allow-expired 接受）")


# --- pack source folders ----------------------------------------------------------------------

def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(MINI, target)
    return target


def _edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _refused(folder: Path) -> PackValidationError:
    with pytest.raises(PackValidationError) as caught:
        load_pack_dir(folder)
    return caught.value


def test_missing_field_names_file_item_and_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, "items.json", lambda items: items[2]["question"].pop("en"))
    error = _refused(folder)
    assert str(error) == f"{folder}/items.json: items[2] (HO-03).question.en: Field required"
    assert _chinese(error) == (f"{folder}/items.json：items[2] (HO-03).question.en："
                               "缺少必填字段（Field required）")


def test_more_problems_are_counted(tmp_path: Path) -> None:
    folder = _copy(tmp_path)

    def damage(items: list[dict[str, Any]]) -> None:
        items[0]["question"].pop("en")
        items[1]["question"].pop("en")
        items[2]["question"].pop("zh")

    _edit(folder, "items.json", damage)
    error = _refused(folder)
    assert str(error).endswith("Field required (and 2 more problems)")
    zh = _chinese(error)
    assert zh.startswith(f"{folder}/items.json：items[0] (HO-01).question.en：")
    assert zh.endswith("缺少必填字段（Field required），另有 2 处问题")
    assert len(error.lines) == 3
    assert all("\n" not in en and "\n" not in zh for en, zh in error.lines)
    assert error.lines[2][0] == f"{folder}/items.json: items[2] (HO-03).question.zh: Field required"


def test_field_in_pack_json_names_pack_json(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, "pack.json", lambda meta: meta.pop("title"))
    error = _refused(folder)
    assert str(error) == f"{folder}/pack.json: title: Field required"
    assert _chinese(error) == f"{folder}/pack.json：title：缺少必填字段（Field required）"


def test_missing_file_and_bad_json(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "items.json").unlink()
    error = _refused(folder)
    assert str(error) == f"{folder}: items.json is missing"
    assert _chinese(error) == f"{folder}：缺少 items.json"

    folder = _copy(tmp_path / "second")
    (folder / "pack.json").write_text("{not json", "utf-8")
    error = _refused(folder)
    assert str(error).startswith(f"{folder}/pack.json: not valid JSON (line 1, column 2")
    zh = _chinese(error)
    assert zh == f"{folder}/pack.json：文件内容不是有效的 JSON（第 1 行第 2 列不符合 JSON 语法）"
    assert zh.endswith("）")


# --- assessments and answers files ------------------------------------------------------------

def _new_assessment(collection: Collection) -> int:
    return collection.new_assessment(pack_id="mini-pack", organisation="测试局",
                                     system_name="分诊系统", sector="government",
                                     profile=make_profile())


def test_unknown_pack_item_and_sector(mini_collection: Collection) -> None:
    with pytest.raises(NotFoundError) as caught:
        mini_collection.packs.get("no-such-pack")
    assert str(caught.value) == "pack 'no-such-pack' is not installed"
    assert _chinese(caught.value) == "检查清单包 'no-such-pack' 未安装"

    with pytest.raises(UsageError) as caught_usage:
        mini_collection.new_assessment(pack_id="mini-pack", organisation="O", system_name="S",
                                       sector="moon", profile=make_profile())
    assert str(caught_usage.value).startswith("unknown sector 'moon'; use one of: ")
    assert _chinese(caught_usage.value).startswith("未知的领域 'moon'，可用：")

    aid = _new_assessment(mini_collection)
    with pytest.raises(NotFoundError) as caught:
        mini_collection.set_answer(aid, "ZZ-99", Status.IMPLEMENTED)
    assert str(caught.value) == "item 'ZZ-99' is not in pack mini-pack v1"
    assert _chinese(caught.value) == "检查项“ZZ-99”不在《测试用小清单》第 1 版中"


def _answers_file(tmp_path: Path, content: Any) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(content, ensure_ascii=False), "utf-8")
    return path


def test_answers_file_errors_in_chinese(mini_collection: Collection, tmp_path: Path) -> None:
    aid = _new_assessment(mini_collection)
    before = db_snapshot(mini_collection)

    path = _answers_file(tmp_path, {"format": "something-else", "answers": []})
    with pytest.raises(AnswersFileError) as caught:
        mini_collection.import_answers(aid, path)
    assert str(caught.value) == "answers.json: 'format' must be 'selfcheck-answers/1'"
    assert _chinese(caught.value) == "answers.json：'format' 必须为 'selfcheck-answers/1'"

    path = _answers_file(tmp_path, {"format": "selfcheck-answers/1",
                                    "answers": [{"item": "ZZ-99", "status": "implemented"}]})
    with pytest.raises(AnswersFileError) as caught:
        mini_collection.import_answers(aid, path)
    assert str(caught.value) == ("answers.json: answers[0] (ZZ-99): item 'ZZ-99' is not in "
                                 "pack mini-pack v1")
    assert _chinese(caught.value) == ("answers.json：answers[0]（ZZ-99）：检查项“ZZ-99”不在"
                                      "《测试用小清单》第 1 版中")

    path = _answers_file(tmp_path, {"format": "selfcheck-answers/1",
                                    "answers": [{"item": "HO-01", "status": "partial"}]})
    with pytest.raises(AnswersFileError) as caught:
        mini_collection.import_answers(aid, path)
    assert str(caught.value).startswith("answers.json: answers[0] (HO-01): a justification is "
                                        "required")
    assert _chinese(caught.value).startswith("answers.json：answers[0]（HO-01）：选择“")
    assert _chinese(caught.value).endswith("时必须填写理由说明")

    path = _answers_file(tmp_path, {"format": "selfcheck-answers/1",
                                    "answers": [{"item": "HO-01", "status": "sort-of"}]})
    with pytest.raises(AnswersFileError) as caught:
        mini_collection.import_answers(aid, path)
    assert str(caught.value).startswith("answers.json: answers[0] (HO-01): invalid status "
                                        "'sort-of'")
    assert _chinese(caught.value).startswith("answers.json：answers[0]（HO-01）：无效的状态 'sort-of'")
    assert db_snapshot(mini_collection) == before


# --- the command line follows the locale --------------------------------------------------------

def _error_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("selfcheck"), err
    return lines[0]


NEW_WITH_UNKNOWN_PACK = [
    "assess", "new", "--pack", "no-such-pack", "--org", "O", "--system", "S", "--sector", "cii",
    "--criticality", "low", "--autonomy", "advises", "--people", "under-100", "--data", "public"]


def test_command_line_pack_errors_follow_the_locale(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert "检查清单包 'no-such-pack' 未安装" in _error_line(capsys, *NEW_WITH_UNKNOWN_PACK)
    folder = _copy(tmp_path)
    (folder / "items.json").unlink()
    assert f"{folder}：缺少 items.json" in _error_line(capsys, "packs", "validate", str(folder))

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "pack 'no-such-pack' is not installed" in _error_line(capsys, *NEW_WITH_UNKNOWN_PACK)
    assert f"{folder}: items.json is missing" in _error_line(capsys, "packs", "validate",
                                                             str(folder))
