"""A bad pack gives one message naming the file, the item and the field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.errors import PackValidationError
from selfcheck.core.packs.source import load_pack_dir, pack_content_hash

from .conftest import MINI_PACKS

MINI = MINI_PACKS / "mini" / "v1"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(MINI, target)
    return target


def _edit_items(folder: Path, change: Any) -> None:
    path = folder / "items.json"
    items = json.loads(path.read_text("utf-8"))
    change(items)
    path.write_text(json.dumps(items, ensure_ascii=False), "utf-8")


def _message(folder: Path) -> str:
    with pytest.raises(PackValidationError) as caught:
        load_pack_dir(folder)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_missing_question_names_file_item_and_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit_items(folder, lambda items: items[2]["question"].pop("en"))
    message = _message(folder)
    assert "items.json" in message
    assert "items[2] (HO-03).question.en" in message
    assert "Field required" in message


def test_unknown_severity(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit_items(folder, lambda items: items[0].update(severity="extreme"))
    message = _message(folder)
    assert "items[0] (HO-01).severity" in message


def test_clause_outside_the_packs_citation_prefix_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit_items(folder, lambda items: items[1].update(clauses=["GB/T 22239-2019 8.1.4"]))
    message = _message(folder)
    assert "items[1] (HO-02).clauses" in message and "unknown clause" in message
    assert "'AISGF-1.0 §6.3(h)'" in message  # the pack's own prefix, as an example


def test_duplicate_item_id(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit_items(folder, lambda items: items[1].update(id="HO-01"))
    assert "HO-01" in _message(folder) and "twice" in _message(folder)


def test_item_with_unknown_theme(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit_items(folder, lambda items: items[0].update(theme="nonsense"))
    assert "unknown theme 'nonsense'" in _message(folder)


def test_broken_json_names_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "items.json").write_text('[{"id": "HO-01",\n  oops}]', "utf-8")
    message = _message(folder)
    assert "items.json" in message and "line 2" in message


def test_metadata_error_points_at_pack_json(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    meta = json.loads((folder / "pack.json").read_text("utf-8"))
    meta["version"] = 0
    (folder / "pack.json").write_text(json.dumps(meta), "utf-8")
    message = _message(folder)
    assert "pack.json" in message and "version" in message


def test_missing_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "items.json").unlink()
    assert "items.json is missing" in _message(folder)


def test_content_hash_ignores_formatting_but_not_content(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    original = pack_content_hash(load_pack_dir(folder))
    items = json.loads((folder / "items.json").read_text("utf-8"))
    (folder / "items.json").write_text(json.dumps(items, indent=8, ensure_ascii=True), "utf-8")
    assert pack_content_hash(load_pack_dir(folder)) == original
    _edit_items(folder, lambda it: it[0]["question"].update(en="Changed?"))
    assert pack_content_hash(load_pack_dir(folder)) != original
