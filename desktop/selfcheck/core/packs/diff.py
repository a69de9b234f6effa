"""Differences between two checklist pack versions, and the meaning hash of an item.

The *meaning hash* decides whether an answer may move unchanged to a new pack
version. It is the SHA-256 over the item's question (Chinese and English) and
its applicability (the sorted sectors, and its profile condition if it has one),
after normalising the question text: Unicode NFKC (so full-width and half-width
punctuation compare equal), case folding, and collapsing runs of white space.
Anything else — a corrected typo, a reworded clause, a narrowed or widened sector
list, a changed condition — changes the hash, and the answer comes over flagged
"needs re-review". Guidance, evidence examples, citations, severity and theme do
not change what was asked, so they do not change the hash (the diff still lists
them). Items without a condition hash as they did before conditions existed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

from selfcheck.core.immutable import immutable
from selfcheck.core.model import Item, Pack
from selfcheck.core.packs.describe import id_changes, pack_change_lines
from selfcheck.core.text import canonical_json

#: The fields compared per item, in display order. ``clauses`` compares the machine form of
#: the citations of either pack format (``Item.citations``); ``cites`` (sources, parts,
#: basis) only between two items that both use declared sources.
ITEM_FIELDS = ("question", "sectors", "applies_if", "severity", "theme", "guidance",
               "evidence_examples", "clauses", "cites", "evidence_expected")
_ATTRIBUTES = {"clauses": "citations"}
#: Fields whose change affects answers or the score (the others are "other changes").
MEANINGFUL_FIELDS = frozenset({"question", "sectors", "applies_if", "severity"})
#: Pack-level fields compared (items and themes are compared separately).
PACK_FIELDS = ("pack_id", "version", "label", "title", "description", "status", "source",
               "sources", "sectors", "profile_questions", "risk_model")


def normalise_text(text: str) -> str:
    """The form of a question compared by the meaning hash."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def item_meaning_hash(item: Item) -> str:
    """SHA-256 over the normalised question (zh, en), the sorted sectors and the
    profile condition (only when the item has one)."""
    meaning: dict[str, Any] = {
        "question_zh": normalise_text(item.question.zh),
        "question_en": normalise_text(item.question.en),
        "sectors": sorted(s.value for s in item.sectors),
    }
    if item.applies_if is not None:
        meaning["applies_if"] = item.applies_if.to_dict()
    return hashlib.sha256(canonical_json(meaning)).hexdigest()


def same_meaning(old: Item, new: Item) -> bool:
    """Whether two versions of an item have the same meaning hash (fast when identical)."""
    if old.question == new.question and set(old.sectors) == set(new.sectors) \
            and old.applies_if == new.applies_if:
        return True
    return item_meaning_hash(old) == item_meaning_hash(new)


def _plain(value: Any) -> Any:
    """A JSON-ready form of a model field value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value"):
        return value.value
    return value


@immutable
class FieldChange:
    """One changed field: its name and the old and new JSON values."""

    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


@immutable
class ItemChange:
    """An item present in both versions whose content differs."""

    old: Item
    new: Item
    changes: tuple[FieldChange, ...]
    meaning_changed: bool

    @property
    def item_id(self) -> str:
        return self.new.id

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.changes)

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.item_id, "meaning_changed": self.meaning_changed,
                "fields": list(self.fields), "changes": [c.to_dict() for c in self.changes]}


@immutable
class PackDiff:
    """What changed from ``old`` to ``new``."""

    old: Pack
    new: Pack
    added: tuple[Item, ...]
    removed: tuple[Item, ...]
    changed: tuple[ItemChange, ...]
    unchanged: int
    themes_added: tuple[str, ...]
    themes_removed: tuple[str, ...]
    themes_changed: tuple[str, ...]
    pack_changes: tuple[FieldChange, ...]

    def _with(self, name: str) -> list[str]:
        return [c.item_id for c in self.changed if name in c.fields]

    @property
    def reworded(self) -> list[str]:
        """Items whose question text changed in any way."""
        return self._with("question")

    @property
    def severity_changed(self) -> list[str]:
        return self._with("severity")

    @property
    def applicability_changed(self) -> list[str]:
        """Items whose sectors or profile condition changed."""
        return [c.item_id for c in self.changed
                if {"sectors", "applies_if"} & set(c.fields)]

    @property
    def meaning_changed(self) -> list[str]:
        """Items whose answers must be re-reviewed after an upgrade."""
        return [c.item_id for c in self.changed if c.meaning_changed]

    @property
    def other_changed(self) -> list[str]:
        """Items changed only in guidance, evidence examples, citations, theme, ..."""
        return [c.item_id for c in self.changed if not MEANINGFUL_FIELDS & set(c.fields)]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.themes_added
                    or self.themes_removed or self.themes_changed or self.pack_changes)

    def to_dict(self) -> dict[str, Any]:
        """The diff as JSON-ready data (``selfcheck pack diff --json``)."""
        def brief(item: Item) -> dict[str, Any]:
            return {"item": item.id, "theme": item.theme, "severity": item.severity.value,
                    "sectors": [s.value for s in item.sectors],
                    "question": item.question.to_dict()}
        return {
            "old": {"pack_id": self.old.pack_id, "version": self.old.version,
                    "label": self.old.label, "items": len(self.old.items)},
            "new": {"pack_id": self.new.pack_id, "version": self.new.version,
                    "label": self.new.label, "items": len(self.new.items)},
            "summary": {"added": len(self.added), "removed": len(self.removed),
                        "changed": len(self.changed), "unchanged": self.unchanged,
                        "reworded": len(self.reworded),
                        "severity_changed": len(self.severity_changed),
                        "applicability_changed": len(self.applicability_changed),
                        "meaning_changed": len(self.meaning_changed)},
            "added": [brief(i) for i in self.added],
            "removed": [brief(i) for i in self.removed],
            "changed": [c.to_dict() for c in self.changed],
            "reworded": self.reworded,
            "severity_changed": self.severity_changed,
            "applicability_changed": self.applicability_changed,
            "meaning_changed": self.meaning_changed,
            "themes": {"added": list(self.themes_added), "removed": list(self.themes_removed),
                       "changed": list(self.themes_changed)},
            "pack_changes": [c.to_dict() for c in self.pack_changes],
            "sources": id_changes(self._pack_json("sources", self.old),
                                  self._pack_json("sources", self.new)),
            "profile_questions": id_changes(self._pack_json("profile_questions", self.old),
                                            self._pack_json("profile_questions", self.new)),
        }

    @staticmethod
    def _pack_json(name: str, pack: Pack) -> list[Any]:
        return [entry.to_dict() for entry in getattr(pack, name)]


def _field_changes(old: Any, new: Any, fields: tuple[str, ...]) -> tuple[FieldChange, ...]:
    changes = []
    for name in fields:
        if name == "cites" and not (old.cites and new.cites):
            continue  # between the two citation forms, ``citations`` shows the change
        attribute = _ATTRIBUTES.get(name, name) if isinstance(old, Item) else name
        before, after = _plain(getattr(old, attribute)), _plain(getattr(new, attribute))
        if before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    """Compare two packs item by item (by stable item id)."""
    old_items = {item.id: item for item in old.items}
    new_items = {item.id: item for item in new.items}
    changed: list[ItemChange] = []
    unchanged = 0
    for item in new.items:
        before = old_items.get(item.id)
        if before is None:
            continue
        changes = () if before == item else _field_changes(before, item, ITEM_FIELDS)
        if changes:
            changed.append(ItemChange(before, item, changes, not same_meaning(before, item)))
        else:
            unchanged += 1
    old_themes = {t.id: t for t in old.themes}
    new_themes = {t.id: t for t in new.themes}
    return PackDiff(
        old=old, new=new,
        added=tuple(i for i in new.items if i.id not in old_items),
        removed=tuple(i for i in old.items if i.id not in new_items),
        changed=tuple(changed), unchanged=unchanged,
        themes_added=tuple(t for t in new_themes if t not in old_themes),
        themes_removed=tuple(t for t in old_themes if t not in new_themes),
        themes_changed=tuple(t for t in new_themes
                             if t in old_themes and old_themes[t] != new_themes[t]),
        pack_changes=_field_changes(old, new, PACK_FIELDS),
    )


#: The compared fields as a reader calls them: field → (Chinese, English).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "question": ("问题", "question"), "sectors": ("适用领域", "sectors"),
    "severity": ("严重程度", "severity"), "theme": ("主题", "theme"),
    "guidance": ("填写指引", "guidance"), "evidence_examples": ("证据示例", "evidence examples"),
    "clauses": ("对应条款", "clauses"), "evidence_expected": ("是否要求证据", "evidence expected"),
    "pack_id": ("检查清单编号", "pack id"), "version": ("版本", "version"),
    "label": ("版本标签", "label"), "title": ("标题", "title"),
    "description": ("说明", "description"), "source": ("依据", "source"),
}


def field_label(name: str, lang: str) -> str:
    """A compared field's name in ``lang`` (an unknown one as it is)."""
    zh, en = FIELD_LABELS.get(name, (name, name))
    return en if lang == "en" else zh


def format_diff(diff: PackDiff, lang: str = "en") -> str:
    """A readable text report of a diff (``selfcheck pack diff``), in ``lang``."""
    zh = lang != "en"

    def say(chinese: str, english: str) -> str:
        return chinese if zh else english

    old, new = diff.old, diff.new
    sep = "、" if zh else ", "
    lines = [
        say(f"检查清单 {old.pack_id} 第 {old.version} 版（{old.label}）→ 第 {new.version} 版"
            f"（{new.label}）",
            f"Pack {old.pack_id} v{old.version} ({old.label}) → {new.pack_id} v{new.version} "
            f"({new.label})"),
        say(f"检查项：{len(old.items)} → {len(new.items)}；新增 {len(diff.added)}，删除 "
            f"{len(diff.removed)}，修改 {len(diff.changed)}（其中 {len(diff.meaning_changed)} "
            f"项的答复待复核），未变 {diff.unchanged}",
            f"Items: {len(old.items)} → {len(new.items)}: {len(diff.added)} added, "
            f"{len(diff.removed)} removed, {len(diff.changed)} changed "
            f"({len(diff.meaning_changed)} need re-review of answers), {diff.unchanged} unchanged"),
    ]
    if diff.is_empty:
        lines.append(say("没有差异。", "No differences."))
        return "\n".join(lines)
    lines += pack_level_lines(diff, lang)
    lines += _item_lines(diff, lang, sep)
    return "\n".join(lines)


def pack_level_lines(diff: PackDiff, lang: str) -> list[str]:
    """The changes of a diff above the items: pack fields (sources, conditions' questions,
    the risk model, status…) and themes, in ``lang``."""
    zh = lang != "en"
    sep = "、" if zh else ", "
    lines = []
    for change in diff.pack_changes:
        name = field_label(change.field, lang)
        if change.field in ("label", "sectors", "pack_id"):
            before, after = _value_text(change.old, sep), _value_text(change.new, sep)
            lines.append(f"检查清单的{name}：{before} → {after}" if zh
                         else f"Pack {name}: {before} → {after}")
        elif change.field in ("status", "source", "risk_model", "sources", "profile_questions"):
            lines += pack_change_lines(change.field, change.old, change.new, lang)
        elif change.field != "version":
            lines.append(f"检查清单的{name}有修改" if zh else f"Pack {name} changed")
    if diff.themes_added or diff.themes_removed or diff.themes_changed:
        added, removed, changed = (sep.join(ids) or ("无" if zh else "none") for ids in (
            diff.themes_added, diff.themes_removed, diff.themes_changed))
        lines.append(f"主题：新增 {added}；删除 {removed}；修改 {changed}" if zh
                     else f"Themes: added {added}; removed {removed}; changed {changed}")
    return lines


def _item_lines(diff: PackDiff, lang: str, sep: str) -> list[str]:
    zh = lang != "en"

    def head(chinese: str, english: str) -> None:
        lines.append(chinese if zh else english)

    def describe(item: Item) -> str:
        sectors = sep.join(s.label(lang) for s in item.sectors)
        question = _short(item.question.get(lang))
        if zh:
            condition = f"；适用条件 {item.applies_if.text()}" if item.applies_if else ""
            return f"{item.id} ［{item.severity.label(lang)}；{sectors}{condition}］ {question}"
        condition = f"; if {item.applies_if.text()}" if item.applies_if else ""
        return f"{item.id} [{item.severity.label(lang)}; {sectors}{condition}] {question}"

    lines: list[str] = []
    if diff.added:
        head("新增：", "Added:")
        lines += [f"  + {describe(i)}" for i in diff.added]
    if diff.removed:
        head("删除（原答复保留在已归档的自查中）：", "Removed (answers stay in the archived assessment):")
        lines += [f"  - {describe(i)}" for i in diff.removed]
    by_id = {c.item_id: c for c in diff.changed}
    if diff.reworded:
        head("措辞修改：", "Reworded:")
        for item_id in diff.reworded:
            change = by_id[item_id]
            if change.meaning_changed:
                note = "答复待复核" if zh else "answers need re-review"
            else:
                note = ("规范化后含义相同，答复直接沿用" if zh
                        else "same meaning after normalisation; answers carry over")
            also = [field_label(f, lang) for f in change.fields if f != "question"]
            if also:
                note += (f"；另有修改：{sep.join(also)}" if zh else f"; also {sep.join(also)}")
            lines.append(f"  ~ {item_id}（{note}）" if zh else f"  ~ {item_id} ({note})")
            # Show each language whose wording changed, so a fix in only one is visible.
            for code in (lang, "en" if zh else "zh"):
                before, after = change.old.question.get(code), change.new.question.get(code)
                if before == after:
                    continue
                if zh:
                    which = "中文" if code == "zh" else "英文"
                    lines += [f"      原（{which}）：{before}", f"      新（{which}）：{after}"]
                else:
                    lines += [f"      old ({code}): {before}", f"      new ({code}): {after}"]
    if diff.applicability_changed:
        head("适用领域或适用条件有变化，答复待复核：",
             "Applicability (sectors or condition) changed — answers need re-review:")
        for item_id in diff.applicability_changed:
            lines.append(_applicability_line(by_id[item_id], lang, sep))
    if diff.severity_changed:
        head("严重程度有变化：", "Severity changed:")
        for item_id in diff.severity_changed:
            change = by_id[item_id]
            lines.append(f"  ~ {item_id}{'：' if zh else ': '}{change.old.severity.label(lang)} → "
                         f"{change.new.severity.label(lang)}")
    if diff.other_changed:
        head("其他修改（答复直接沿用）：", "Other changes (answers carry over):")
        for item_id in diff.other_changed:
            fields = sep.join(field_label(f, lang) for f in by_id[item_id].fields)
            lines.append(f"  ~ {item_id}{'：' if zh else ': '}{fields}")
    return lines


def _applicability_line(change: ItemChange, lang: str, sep: str) -> str:
    zh = lang != "en"
    old, new = change.old, change.new
    parts = []
    if "sectors" in change.fields:
        parts.append(f"{sep.join(s.label(lang) for s in old.sectors)} → "
                     f"{sep.join(s.label(lang) for s in new.sectors)}")
    if "applies_if" in change.fields:
        before, after = _condition_text(old, lang), _condition_text(new, lang)
        parts.append(f"适用条件：{before} → {after}" if zh
                     else f"condition: {before} → {after}")
    return f"  ~ {change.item_id}{'：' if zh else ': '}{('；' if zh else '; ').join(parts)}"


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _condition_text(item: Item, lang: str) -> str:
    if item.applies_if is not None:
        return item.applies_if.text()
    return "始终适用" if lang != "en" else "always"


def _value_text(value: Any, sep: str = ", ") -> str:
    if isinstance(value, list):
        return sep.join(str(v) for v in value)
    return str(value)
