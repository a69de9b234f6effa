"""Generate large, valid checklist packs for benchmarks (derived from the built-in pack)."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILTIN = REPO / "checklists" / "aisgf-key-sector" / "v1"


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
