"""Sources declared by the pack and the citations of its items: no citation form is built
into the program; the first pack format keeps working with its published hashes."""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.errors import PackValidationError
from selfcheck.core.packs.diff import diff_packs, format_diff
from selfcheck.core.packs.source import (
    load_pack_dir,
    pack_content_hash,
    pack_from_stored_json,
    pack_to_json,
    validate_pack_data,
)
from selfcheck.core.sources import SECONDARY_BASIS_NOTICE, Basis

from .pack_helpers import REAL, mini_data

REPO = Path(__file__).resolve().parents[1]
COND = REPO / "tests" / "data" / "conditional-pack" / "v1"


def cond_data() -> dict[str, Any]:
    meta = json.loads((COND / "pack.json").read_text("utf-8"))
    return {**meta, "items": json.loads((COND / "items.json").read_text("utf-8"))}


def refused(data: dict[str, Any]) -> PackValidationError:
    with pytest.raises(PackValidationError) as caught:
        validate_pack_data(data, "pack")
    error = caught.value
    assert "\n" not in error.message and "\n" not in (error.message_zh or "")
    assert error.message_zh and error.message_zh != error.message
    return error


# -- the built-in pack -----------------------------------------------------------------------


def test_v3_declares_its_source_and_cites_with_basis() -> None:
    v2, v3 = load_pack_dir(REAL / "v2"), load_pack_dir(REAL / "v3")
    assert v3.source is None and [s.id for s in v3.sources] == ["AISGF-1.0"]
    assert all(cite.basis is Basis.PRIMARY for item in v3.items for cite in item.cites)
    # The same citations as v2, now of a declared source: nothing for an answer to re-check.
    assert [i.citations for i in v3.items] == [i.clauses for i in v2.items]
    diff = diff_packs(v2, v3)
    assert not diff.changed and not diff.added and not diff.removed
    assert {c.field for c in diff.pack_changes} == {"version", "label", "status", "source",
                                                     "sources", "risk_model"}
    assert "(the same rules)" in format_diff(diff, "en")
    assert pack_content_hash(v3) != pack_content_hash(v2)


def test_first_format_json_has_no_new_keys() -> None:
    form = json.loads(pack_to_json(load_pack_dir(REAL / "v2")))
    assert set(form) == {"pack_id", "version", "label", "title", "description", "source",
                         "sectors", "themes", "items"}
    assert all("clauses" in item and "cites" not in item and "applies_if" not in item
               for item in form["items"])


def test_the_changelog_explains_v3() -> None:
    text = (REAL.parent / "aisgf-key-sector" / "CHANGELOG.md").read_text("utf-8")
    assert "Version 3" in text and "第 3 版" in text
    assert "ALARM" in text  # why a new version and not a rewrite of v2


# -- the first format ------------------------------------------------------------------------


def test_first_format_clauses_follow_the_packs_own_prefix() -> None:
    meta, items = mini_data()
    meta["source"]["citation_prefix"] = "GB/T 22239-2019"
    for item in items:
        item["clauses"] = ["GB/T 22239-2019 8.1.4"]
    pack = validate_pack_data({**meta, "items": items}, "pack")
    assert pack.items[0].citations == ("GB/T 22239-2019 8.1.4",)
    items[0]["clauses"] = ["AISGF-1.0 §6.3(h)"]
    error = refused({**meta, "items": items})
    assert "items[0] (HO-01).clauses: unknown clause 'AISGF-1.0 §6.3(h)'" in error.message


def test_first_format_refuses_cites() -> None:
    meta, items = mini_data()
    items[0]["cites"] = [{"source": "AISGF-1.0", "part": "§6.3(h)", "basis": "primary"}]
    del items[0]["clauses"]
    assert "items[0] (HO-01).clauses: a pack with one source" in refused(
        {**meta, "items": items}).message


# -- declared sources ------------------------------------------------------------------------


def test_the_conditional_pack_round_trips_through_its_stored_form() -> None:
    pack = load_pack_dir(COND)
    text = pack_to_json(pack)
    assert pack_from_stored_json(text, pack_content_hash(pack), "stored") == pack
    assert pack.trial
    assert pack.find_source("GB/T 22239-2019") is not None


def test_citation_labels_in_both_languages() -> None:
    pack = load_pack_dir(COND)
    ga01, ga02 = pack.item("GA-01"), pack.item("GA-02")
    assert pack.citation_labels(ga01, "zh") == ["《指引》运行管理「辅助型」"]
    assert pack.citation_labels(ga01, "en") == [
        "Guidelines, Operation and management (运行管理) “辅助型”"]
    assert pack.citation_labels(ga02, "zh") == ["《指引》「人工审核」（所属部分待核实；据解读）"]
    assert pack.citation_labels(pack.item("GN-02"), "en") == ["GB/T 22239-2019 8.1.4"]
    assert ga01.secondary_basis and ga02.secondary_basis
    assert not pack.item("GN-01").secondary_basis
    assert SECONDARY_BASIS_NOTICE.zh == "依据公开解读整理，以正式文本为准"


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda d: d["items"][0]["cites"][0].update(source="TC260-004"),
     "items[0] (GN-01).cites[0].source", "undeclared source 'TC260-004'"),
    (lambda d: d["items"][0]["cites"][0].update(part="规范部署"),
     "items[0] (GN-01).cites[0].part", "'规范部署' is not a part of GUIDE-2025"),
    (lambda d: d["items"][1]["cites"][0].update(part="8.x"),
     "items[1] (GN-02).cites[0].part", "expected {n.}"),
    (lambda d: d["items"][0]["cites"][0].pop("part"),
     "items[0] (GN-01).cites[0]", "needs a part, an anchor phrase, or both"),
    (lambda d: d["items"][3]["cites"][0].pop("note"),
     "items[3] (GA-02).cites[0].note", "whose interpretation"),
    (lambda d: d["items"][0]["cites"].append(dict(d["items"][0]["cites"][0])),
     "items[0] (GN-01).cites[1]", "listed twice"),
    (lambda d: d["items"][0]["cites"][0].update(basis="rumour"),
     "items[0] (GN-01).cites[0].basis", "Input should be"),
    (lambda d: d["items"][0].update(clauses=["GUIDE-2025 总体要求"]),
     "items[0] (GN-01).cites", "not clauses"),
    (lambda d: d.update(source={"title": {"zh": "甲", "en": "A"}, "publisher": {"zh": "乙", "en": "B"},
                                "published": "2024", "citation_prefix": "A"}),
     "sources", "either source"),
    (lambda d: d.pop("sources"), "sources", "declares no sources"),
    (lambda d: d["sources"][1].update(part_templates=["{x}"]),
     "sources[1] (GB/T 22239-2019).part_templates[0]", "placeholders"),
    (lambda d: d["sources"][1].update(part_templates=[]),
     "sources[1] (GB/T 22239-2019)", "declare the source's parts"),
    (lambda d: d["sources"][1].update(id="GUIDE-2025"),
     "sources[1] (GUIDE-2025).id", "two sources share an id"),
    (lambda d: d["sources"][0].update(date="October 2025"),
     "sources[0] (GUIDE-2025).date", "String should match pattern"),
    (lambda d: d["sources"][0]["parts"].append({"id": "总体要求"}),
     "sources[0] (GUIDE-2025).parts", "declared twice"),
])
def test_bad_sources_and_citations_are_refused(change: Any, where: str, words: str) -> None:
    data = cond_data()
    change(data)
    error = refused(data)
    assert f"pack: {where}: " in error.message, error.message
    assert words in error.message
    assert error.message_zh.startswith(f"pack：{where}：")


def test_the_expected_parts_are_named_in_chinese_too() -> None:
    data = cond_data()
    data["items"][0]["cites"][0]["part"] = "第三条"
    data["items"][1]["cites"][0]["part"] = "8.x"
    first, second = (zh for _en, zh in refused(data).lines)
    assert "'第三条' 不是 GUIDE-2025 中声明的部分（应为 总体要求、" in first and first.endswith("之一）")
    assert second.endswith("（应为 符合 {n.} 的形式）")
    assert "one of" not in first + second and " or " not in first + second


def test_every_problem_is_one_line_of_its_own() -> None:
    data = cond_data()
    data["items"][0]["cites"][0]["source"] = "NOPE"
    data["items"][1]["cites"][0]["part"] = "A.1"
    data["items"][2]["applies_if"] = {"question": "nope", "is": "yes"}
    error = refused(data)
    assert error.message.endswith("(and 2 more problems)")
    assert [line.split(": ")[1] for line, _zh in error.lines] == [
        "items[0] (GN-01).cites[0].source", "items[1] (GN-02).cites[0].part",
        "items[2] (GA-01).applies_if.question"]
    assert all("\n" not in en + zh for en, zh in error.lines)


def test_part_templates_match_in_linear_time() -> None:
    data = cond_data()
    data["sources"][1]["part_templates"] = ["{n.}{n.}{n.}{n.}{n.}{n.}{n.}{n.}{n.}{n.}"]
    data["items"][1]["cites"][0]["part"] = "1" * 79 + "x"
    start = time.perf_counter()
    refused(data)
    assert time.perf_counter() - start < 5  # a backtracking pattern would take hours


def test_source_ids_and_parts_are_data() -> None:
    """Any pack may declare any citation form; nothing names AISGF in the program."""
    data = cond_data()
    data["sources"][1]["part_templates"] = ["{A}.{n}", "附录{A}"]
    data["items"][1]["cites"][0]["part"] = "附录B"
    pack = validate_pack_data(copy.deepcopy(data), "pack")
    assert pack.items[1].citations == ("GB/T 22239-2019 附录B",)
    model = (REPO / "desktop" / "selfcheck" / "core" / "model.py").read_text("utf-8")
    assert "CLAUSE_PATTERN" not in model and "AISGF-1\\.0" not in model
