"""The worked example of docs/packs.md is a valid pack and behaves as its prose says:
sources and parts, a condition on a profile question, and the three-grade risk model with
its floor."""

from __future__ import annotations

import json
import re
from typing import Any

from selfcheck.core.model import Sector
from selfcheck.core.packs.source import validate_pack_data

from .conftest import REPO

GUIDE = REPO / "docs" / "packs.md"
GOV = REPO / "checklists" / "gov-llm-deployment" / "v1"


def example_blocks() -> list[str]:
    """The indented code blocks of the English worked example."""
    text = GUIDE.read_text("utf-8")
    section = text[text.index("### Worked example"):text.index("### Rules for a new version")]
    blocks = re.findall(r"(?:\n(?: {4}[^\n]*|)(?=\n))+", section)
    return [b for b in (re.sub(r"^ {4}", "", chunk, flags=re.M).strip() for chunk in blocks) if b]


def example_pack() -> dict[str, Any]:
    pack_part, item = example_blocks()
    meta = json.loads((GOV / "pack.json").read_text("utf-8"))
    frame = {key: meta[key] for key in ("title", "description", "sectors", "themes")}
    return {"pack_id": "county-example", "version": 1, "label": "example", **frame,
            **json.loads("{" + pack_part + "}"), "items": [json.loads(item)]}


def test_the_worked_example_validates_and_behaves_as_described() -> None:
    pack = validate_pack_data(example_pack(), "docs/packs.md")
    assert [s.id for s in pack.sources] == ["GOVLLM-2025", "TC260-004"]
    item = pack.items[0]
    assert item.secondary_basis
    assert pack.items_for(Sector.GOVERNMENT, {"genai": "no", "unit_level": "county"}) == [item]
    assert pack.items_for(Sector.GOVERNMENT, {"genai": "no", "unit_level": "prefecture"}) == []

    model = pack.risk_model
    assert model is not None and model.max_points == 5

    def grade(**answers: str) -> str:
        return model.assess({"genai": "no", "unit_level": "county", **answers}).grade.id

    bands = {total: grade(impact=impact, users=users)
             for impact in ("minor", "rights") for users in ("staff", "public")
             for total in [{"minor": 0, "rights": 3}[impact] + {"staff": 0, "public": 2}[users]]}
    assert bands == {0: "ordinary", 2: "elevated", 3: "elevated", 5: "major"}
    floored = model.assess({"genai": "yes", "unit_level": "county", "impact": "rights",
                            "users": "staff"})
    assert floored.points == 3 and floored.grade.id == "major"
    assert model.grade("elevated").counts_as_critical("high")
    assert model.grade("major").evidence_required and not model.grade("elevated").evidence_required
