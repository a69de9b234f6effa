"""Packs and profiles read back from the database: built without re-validation only when
they are exactly what was validated and installed; anything else is refused or re-checked."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from selfcheck.core.collection import Collection
from selfcheck.core.errors import PackValidationError, StoreError
from selfcheck.core.packs.schema import PackSchema
from selfcheck.core.packs.source import (
    PACK_ITEMS_FILE,
    PACK_METADATA_FILE,
    content_hash_of_json,
    load_pack_dir,
    pack_from_stored_json,
    pack_to_json,
    read_pack_files,
)
from selfcheck.core.paths import AppPaths
from selfcheck.core.store.migrations import SCHEMA_VERSION
from selfcheck.core.text import canonical_json

from .conftest import make_profile, store_of
from .pack_helpers import REAL
from .test_attachment_blobs import as_schema_5

#: Published built-in pack versions never change: their content hashes are fixed.
PUBLISHED_HASHES = {
    "v1": "0a6c10fc9e5ed07c324471ef8861a1526ba6bb19a9bfe59aac785a86209912fb",
    "v2": "05875f73c7c06bd90b3b766409ea1031e1870ac7e5ac4ec4edf47ac7a2b9e269",
}


@pytest.mark.parametrize("version", sorted(PUBLISHED_HASHES))
def test_runtime_form_is_exactly_the_validated_form(version: str) -> None:
    folder = REAL / version
    pack = load_pack_dir(folder)
    files = read_pack_files(folder)
    raw = {**json.loads(files[PACK_METADATA_FILE]), "items": json.loads(files[PACK_ITEMS_FILE])}
    validated = PackSchema.model_validate(raw).model_dump(mode="json", exclude_none=True)
    assert pack_to_json(pack) == canonical_json(validated).decode("utf-8")
    text = pack_to_json(pack)
    assert pack_from_stored_json(text, PUBLISHED_HASHES[version], version) == pack


def _installed_json(collection: Collection) -> str:
    return store_of(collection).pack_record("mini-pack", 1).pack_json


def test_a_stored_pack_changed_in_the_database_is_refused(
        app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        text = _installed_json(collection)
    changed = text.replace("human", "automated", 1)
    assert changed != text
    with sqlite3.connect(app_paths.database) as conn:
        conn.execute("UPDATE packs SET pack_json = ? WHERE pack_id = 'mini-pack'", (changed,))
    with Collection.open(app_paths) as collection, \
            pytest.raises(PackValidationError, match="no longer matches the SHA-256"):
        collection.packs.get("mini-pack", 1)


def test_stored_text_that_matches_its_hash_but_cannot_be_built_is_validated() -> None:
    text = json.dumps({"pack_id": "some-pack"})
    with pytest.raises(PackValidationError, match=r"stored: version: Field required"):
        pack_from_stored_json(text, content_hash_of_json(text), "stored")


def test_unchanged_builtin_sources_are_remembered_and_changed_ones_rechecked(
        app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    checklists = tmp_path / "checklists"
    shutil.copytree(REAL / "v1", checklists / "aisgf-key-sector" / "v1")
    monkeypatch.setenv("SELFCHECK_CHECKLISTS", str(checklists))
    with Collection.open(app_paths) as collection:
        sources = store_of(collection).builtin_pack_sources()
        assert len(sources) == 1
    with Collection.open(app_paths) as collection:
        assert store_of(collection).builtin_pack_sources() == sources

    # the same version with different content: validated, the installed copy kept, warned
    metadata = checklists / "aisgf-key-sector" / "v1" / PACK_METADATA_FILE
    data = json.loads(metadata.read_text(encoding="utf-8"))
    data["label"] = data["label"] + " (edited)"
    metadata.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.WARNING), Collection.open(app_paths) as collection:
        assert store_of(collection).builtin_pack_sources() == sources
        assert collection.packs.get("aisgf-key-sector", 1).label == json.loads(
            (REAL / "v1" / PACK_METADATA_FILE).read_text(encoding="utf-8"))["label"]
    assert "differs from the installed copy" in caplog.text

    # a damaged built-in source is still refused with its reason, not skipped
    metadata.write_text("{", encoding="utf-8")
    with pytest.raises(PackValidationError, match=r"pack\.json: not valid JSON"):
        Collection.open(app_paths)


def test_reformatted_builtin_source_with_the_same_content_is_remembered(
        app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checklists = tmp_path / "checklists"
    shutil.copytree(REAL / "v1", checklists / "aisgf-key-sector" / "v1")
    monkeypatch.setenv("SELFCHECK_CHECKLISTS", str(checklists))
    with Collection.open(app_paths) as collection:
        first = store_of(collection).builtin_pack_sources()
    items = checklists / "aisgf-key-sector" / "v1" / PACK_ITEMS_FILE
    items.write_text(json.dumps(json.loads(items.read_text(encoding="utf-8")), indent=1,
                                ensure_ascii=False), encoding="utf-8")
    with Collection.open(app_paths) as collection:
        now = store_of(collection).builtin_pack_sources()
        assert [r.version for r in collection.packs.records("aisgf-key-sector")] == [1]
    assert first < now and len(now) == 2


def test_a_damaged_stored_profile_is_a_clear_error(
        app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        assessment_id = collection.new_assessment(
            pack_id="mini-pack", organisation="Org", system_name="Sys", sector="government",
            profile=make_profile())
        stored = store_of(collection).assessment(assessment_id).profile_json
    assert json.loads(stored) == {"criticality": "medium", "autonomy": "advises",
                                  "people_affected": "100-10k", "data_sensitivity": "internal"}
    with sqlite3.connect(app_paths.database) as conn:
        conn.execute("UPDATE assessments SET profile_json = ? WHERE id = ?",
                     ('{"criticality": "extreme"}', assessment_id))
    with Collection.open(app_paths) as collection, \
            pytest.raises(StoreError, match=f"assessment {assessment_id}: the stored risk profile"):
        collection.assessment(assessment_id)


def test_a_schema_2_database_is_upgraded_in_place(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        assessment_id = collection.new_assessment(
            pack_id="mini-pack", organisation="Org", system_name="Sys", sector="government",
            profile=make_profile())
    as_schema_5(app_paths.database)
    with sqlite3.connect(app_paths.database) as conn:  # as the previous release left it
        conn.execute("DROP TABLE builtin_pack_sources")
        conn.execute("DROP TABLE drafts")
        for table in ("review_gaps", "review_themes", "review_results", "review_reports"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("PRAGMA user_version = 2")
    with Collection.open(app_paths) as collection:
        assert collection.doctor().schema_version == SCHEMA_VERSION
        assert collection.drafts.of(assessment_id) == {}  # the drafts table, added since
        assert len(store_of(collection).builtin_pack_sources()) == 1
        assert collection.assessment(assessment_id).record.organisation == "Org"
        assert [r.version for r in collection.packs.records("mini-pack")] == [1]


@pytest.mark.parametrize("damage", ["unknown theme", "duplicate item", "blank question",
                                    "no sectors"])
def test_an_inconsistent_stored_pack_with_a_matching_hash_is_refused_with_its_reason(
        app_paths: AppPaths, mini_packs: Path, damage: str) -> None:
    with Collection.open(app_paths) as collection:
        data = json.loads(_installed_json(collection))
    items = data["items"]
    if damage == "unknown theme":
        items[0]["theme"] = "no-such-theme"
        expected = r"unknown theme"
    elif damage == "duplicate item":
        items[1]["id"] = items[0]["id"]
        expected = r"used twice"
    elif damage == "blank question":
        items[0]["question"]["en"] = "   "
        expected = r"question\.en"
    else:
        items[0]["sectors"] = []
        expected = r"sectors"
    text = canonical_json(data).decode("utf-8")  # written back with a recomputed hash
    with sqlite3.connect(app_paths.database) as conn:
        conn.execute("UPDATE packs SET pack_json = ?, content_hash = ? WHERE pack_id = 'mini-pack'",
                     (text, content_hash_of_json(text)))
    with Collection.open(app_paths) as collection, \
            pytest.raises(PackValidationError, match=expected):
        collection.packs.get("mini-pack", 1)


def test_an_unchanged_builtin_source_is_not_validated_again(
        app_paths: AppPaths, mini_packs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Collection.open(app_paths):
        pass

    def must_not_validate(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an unchanged built-in pack was validated again")

    monkeypatch.setattr("selfcheck.core.collection.packs.pack_from_files", must_not_validate)
    with Collection.open(app_paths) as collection:
        assert collection.packs.get("mini-pack", 1).pack_id == "mini-pack"
