"""Generate large, valid checklist packs for benchmarks (derived from the built-in pack)."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILTIN = REPO / "checklists" / "aisgf-key-sector" / "v1"
#: A pack in the current format: declared sources, profile questions, conditional items.
CONDITIONAL = REPO / "checklists" / "gov-llm-deployment" / "v1"


def generated_items(count: int) -> list[dict[str, object]]:
    """``count`` distinct items cycling through the built-in items' texts and themes."""
    base = json.loads((BUILTIN / "items.json").read_text("utf-8"))
    prefixes = {item["id"].split("-")[0] for item in base}
    assert prefixes
    items = []
    for n in range(count):
        source = base[n % len(base)]
        prefix = source["id"].split("-")[0]
        item = json.loads(json.dumps(source))
        item["id"] = f"{prefix}-{n + 1:04d}"
        item["question"] = {"zh": f"{source['question']['zh']}（第{n + 1}项）",
                            "en": f"{source['question']['en']} (item {n + 1})"}
        items.append(item)
    return items


def write_generated_pack(folder: Path, count: int, *, pack_id: str = "generated-pack",
                         version: int = 1) -> Path:
    """Write a pack source folder with ``count`` items; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = json.loads((BUILTIN / "pack.json").read_text("utf-8"))
    meta.update(pack_id=pack_id, version=version, label=f"generated {count}")
    (folder / "pack.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    (folder / "items.json").write_text(
        json.dumps(generated_items(count), ensure_ascii=False), "utf-8")
    return folder


def conditional_items(count: int) -> list[dict[str, object]]:
    """``count`` items cycling through the government pack's items, with citations of its
    declared sources; every item has a condition, most of them different ones (a level
    and a combination of yes/no answers), so that caching the checks does not hide their
    cost."""
    base = json.loads((CONDITIONAL / "items.json").read_text("utf-8"))
    levels = ["central-provincial", "prefecture", "county"]
    yes_no = ["public_facing", "internet_resources", "own_model", "personal_info"]
    items = []
    for n in range(count):
        source = base[n % len(base)]
        item = json.loads(json.dumps(source))
        item["id"] = f"{source['id'].split('-')[0]}-{n + 1:04d}"
        item["question"] = {"zh": f"{source['question']['zh']}（第{n + 1}项）",
                            "en": f"{source['question']['en']} (item {n + 1})"}
        chosen = [levels[i] for i in range(3) if (n >> i) & 1] or levels[:1]
        parts: list[dict[str, object]] = [{"question": "unit_level", "in": chosen}]
        parts += [{"question": q, "is": "yes" if (n >> (3 + i)) & 1 else "no"}
                  for i, q in enumerate(yes_no) if (n >> (7 + i)) & 1]
        if n % 5 == 0:
            parts.append({"not": {"question": "agents", "is": "yes"}})
        item["applies_if"] = {"all": parts} if len(parts) > 1 else parts[0]
        items.append(item)
    return items


def conditional_files(count: int, *, pack_id: str = "generated-conditional",
                      version: int = 1) -> dict[str, bytes]:
    """The content files of a ``count``-item pack with sources and conditions."""
    meta = json.loads((CONDITIONAL / "pack.json").read_text("utf-8"))
    meta.update(pack_id=pack_id, version=version, label=f"generated {count}")
    return {"pack.json": json.dumps(meta, ensure_ascii=False).encode("utf-8"),
            "items.json": json.dumps(conditional_items(count), ensure_ascii=False).encode("utf-8")}
