"""Pack diff and the meaning hash."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from selfcheck.core.model import Item, Pack, Severity
from selfcheck.core.packs.diff import diff_packs, format_diff, item_meaning_hash, normalise_text
from selfcheck.core.packs.source import load_pack_dir, pack_from_files

from .pack_helpers import REAL, mini_files

V1 = load_pack_dir(REAL / "v1")
V2 = load_pack_dir(REAL / "v2")


def mini(version: int = 2, change: Any = None) -> Pack:
    return pack_from_files(mini_files(version, change=change), f"mini v{version}")


def with_question(item: Item, en: str | None = None, zh: str | None = None) -> Item:
    question = replace(item.question, **{k: v for k, v in (("en", en), ("zh", zh))
                                                if v is not None})
    return replace(item, question=question)


def test_v1_to_v2_of_the_real_pack() -> None:
    diff = diff_packs(V1, V2)
    assert [i.id for i in diff.added] == ["HO-11"]
    assert [i.id for i in diff.removed] == ["AU-07"]
    assert sorted(diff.reworded) == ["DP-02", "NS-05"]
    assert diff.applicability_changed == ["NS-06"]
    assert diff.severity_changed == []
    assert sorted(diff.meaning_changed) == ["DP-02", "NS-05", "NS-06"]
    assert diff.unchanged == 74
    assert [c.field for c in diff.pack_changes] == ["version", "label"]
    ns05 = next(c for c in diff.changed if c.item_id == "NS-05")
    assert set(ns05.fields) == {"question", "guidance", "evidence_examples", "clauses"}


def test_v2_keeps_the_changes_documented_in_the_changelog() -> None:
    changelog = (REAL / "CHANGELOG.md").read_text("utf-8")
    for item_id in ("DP-02", "NS-05", "NS-06", "HO-11", "AU-07"):
        assert item_id in changelog
    assert V2.pack_id == V1.pack_id and V2.version == 2 and V2.label != V1.label


def test_meaning_hash_ignores_only_cosmetic_differences() -> None:
    item = V1.item("RA-01")
    base = item_meaning_hash(item)
    cosmetic = with_question(item, en="  " + item.question.en.upper().replace(",", "，") + " ",
                             zh=item.question.zh.replace("，", ",").replace("？", "?"))
    assert item_meaning_hash(cosmetic) == base
    assert item_meaning_hash(with_question(item, en=item.question.en.replace("written", "writen"))) != base
    assert item_meaning_hash(with_question(item, zh=item.question.zh + "。")) != base
    assert item_meaning_hash(replace(item, sectors=tuple(reversed(item.sectors)))) == base
    assert item_meaning_hash(replace(item, sectors=item.sectors[:1])) != base
    assert item_meaning_hash(replace(item, severity=Severity.LOW)) == base
    guidance = replace(item.guidance, en="Other guidance.")
    assert item_meaning_hash(replace(item, guidance=guidance)) == base
    assert normalise_text("Ａ　B\tc？") == "a b c?"


def test_severity_theme_and_guidance_changes() -> None:
    def change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        items[0]["severity"] = "low"
        items[1]["guidance"]["en"] = "New guidance."
        items[2]["question"]["en"] = items[2]["question"]["en"].replace("?", "？ ")

    diff = diff_packs(mini(1), mini(2, change))
    assert diff.severity_changed == [mini(1).items[0].id]
    assert diff.other_changed == [mini(1).items[1].id]
    cosmetic = mini(1).items[2].id
    assert diff.reworded == [cosmetic] and diff.meaning_changed == []
    text = format_diff(diff)
    assert "Critical → Low" in text
    assert "严重程度有变化：" in format_diff(diff, "zh") and "关键 → 低" in format_diff(diff, "zh")
    assert "same meaning after normalisation; answers carry over" in text
    assert "Other changes (answers carry over):" in text


def test_identical_packs_have_an_empty_diff() -> None:
    diff = diff_packs(V1, V1)
    assert diff.is_empty and diff.unchanged == len(V1.items)
    assert "No differences." in format_diff(diff)


def test_diff_as_json_and_text() -> None:
    diff = diff_packs(V1, V2)
    data = json.loads(json.dumps(diff.to_dict(), ensure_ascii=False))
    assert data["summary"] == {"added": 1, "removed": 1, "changed": 3, "unchanged": 74,
                               "reworded": 2, "severity_changed": 0,
                               "applicability_changed": 1, "meaning_changed": 3}
    assert data["added"][0]["item"] == "HO-11"
    assert data["removed"][0]["question"]["zh"].startswith("是否指定专人")
    assert data["old"]["version"] == 1 and data["new"]["version"] == 2
    text = format_diff(diff)
    assert "+ HO-11" in text and "- AU-07" in text
    assert ("~ NS-06: Critical information infrastructure → Government department, Critical "
            "information infrastructure, Public safety and citizens' life and health") in text
    assert "1 added, 1 removed, 3 changed (3 need re-review of answers), 74 unchanged" in text
    zh = format_diff(diff, "zh")
    assert "是否指定专人" in zh
    assert "新增 1，删除 1，修改 3（其中 3 项的答复待复核），未变 74" in zh
    assert "适用领域或适用条件有变化，答复待复核：" in zh and "Added" not in zh
