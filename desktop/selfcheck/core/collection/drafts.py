"""The facade's draft manager: unsaved edits of answers, kept in the database.

A draft is what a user typed for an item that could not be saved yet (a justification
missing, a due date in the past). It is not an answer: it has no audit entry, is never
scored or reported, and is deleted when the answer is saved. Earlier versions of the
window kept drafts as JSON in their settings file; :meth:`DraftManager.adopt_legacy`
moves those into the database once, keeping any text it cannot place.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Container, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from selfcheck.core.answers import Answer, Status, answer_from_dict
from selfcheck.core.errors import NotFoundError, StoreError
from selfcheck.core.files import write_atomically
from selfcheck.core.store import Store

if TYPE_CHECKING:
    from selfcheck.core.collection.collection import Collection


class LooseDraft(NamedTuple):
    """Unsaved text from an earlier version that fits no item of an assessment."""

    assessment: str
    item_id: str
    text: str


class LegacyDrafts(NamedTuple):
    """What moving the earlier settings-file drafts into the database did."""

    moved: int
    #: Where text that fits no item was written (None when there was none).
    recovery_file: Path | None


class DraftManager:
    """The unsaved drafts of the assessments in one collection."""

    def __init__(self, store: Store, collection: Collection) -> None:
        self._store = store
        self._collection = collection

    def of(self, assessment_id: int) -> dict[str, Answer]:
        """The drafts of an assessment by item id (answer fields only)."""
        return self._store.drafts(assessment_id)

    def save(self, assessment_id: int, draft: Answer) -> None:
        """Keep ``draft`` (not validated: a draft may be what validation refused)."""
        assessment = self._collection.assessment(assessment_id)
        if draft.item_id not in {item.id for item in assessment.items}:
            raise NotFoundError(f"item {draft.item_id!r} is not part of assessment {assessment_id}",
                                zh=f"检查项 {draft.item_id!r} 不属于自查 {assessment_id}")
        self._store.save_drafts(assessment_id, [draft])

    def discard(self, assessment_id: int, item_ids: Sequence[str]) -> None:
        """Forget the drafts of ``item_ids``."""
        if item_ids:
            self._store.delete_drafts(assessment_id, item_ids)

    def adopt_legacy(self, texts: Mapping[str, str], recovery_dir: Path) -> LegacyDrafts:
        """Move drafts kept by an earlier version (assessment uid → JSON text) into the
        database. Nothing is dropped: a value that cannot be read is kept as text in the
        draft's justification; text that fits no item (or no assessment) is written to
        a file in ``recovery_dir``, whose path is returned."""
        records = {record.uid: record
                   for record in self._store.assessments(include_archived=True)}
        loose: list[LooseDraft] = []
        placed: list[tuple[int, list[Answer]]] = []
        for uid, text in texts.items():
            record = records.get(uid)
            if record is None:
                loose.append(LooseDraft(uid, "", text))
                continue
            name = f"{record.organisation} — {record.system_name} ({uid})"
            items = {item.id for item in self._collection.assessment(record.id).items}
            drafts, unplaced = read_legacy_drafts(text, items)
            loose.extend(LooseDraft(name, item_id, rest) for item_id, rest in unplaced)
            if drafts:
                placed.append((record.id, drafts))
        recovery_file = _write_loose(loose, recovery_dir) if loose else None
        for assessment_id, drafts in placed:
            self._store.save_drafts(assessment_id, drafts)
        return LegacyDrafts(sum(len(drafts) for _id, drafts in placed), recovery_file)


def read_legacy_drafts(text: str, item_ids: Container[str]
                       ) -> tuple[list[Answer], list[tuple[str, str]]]:
    """Drafts as an earlier window kept them (a JSON object: item id → answer fields).

    Returns the drafts of known items and, as (item id or "", text), whatever could not
    be tied to one of ``item_ids``. A field value that cannot be read is not dropped: it
    is added to the draft's justification, where the user sees it."""
    try:
        data = json.loads(text)
    except ValueError:
        return [], [("", text)]
    if not isinstance(data, dict):
        return [], [("", text)]
    drafts: list[Answer] = []
    unplaced: list[tuple[str, str]] = []
    for item_id, fields in data.items():
        if item_id in item_ids:
            drafts.append(_legacy_draft(item_id, fields))
        else:
            unplaced.append((item_id, json.dumps(fields, ensure_ascii=False)))
    return drafts, unplaced


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _legacy_draft(item_id: str, fields: object) -> Answer:
    """A draft from the fields an earlier window wrote (:func:`answer_to_dict`'s form);
    a value :func:`answer_from_dict` cannot use is added to the justification instead."""
    blank = Answer(item_id=item_id)
    if not isinstance(fields, dict):
        return blank.with_changes(justification=_as_text(fields))
    usable = {key: _as_text(value) if key in _TEXT_FIELDS else value
              for key, value in fields.items()}
    unreadable = []
    for key, check in (("status", Status), ("remediation_due", dt.date.fromisoformat)):
        value = usable.pop(key, None)
        if not value:
            continue  # not given: the default
        try:
            check(str(value))
        except ValueError:
            unreadable.append(f"[{key}: {_as_text(value)}]")
        else:
            usable[key] = str(value)
    draft = answer_from_dict(usable, blank)
    if not unreadable:
        return draft
    return draft.with_changes(justification="\n".join(
        part for part in (draft.justification, *unreadable) if part))


_TEXT_FIELDS = ("justification", "evidence", "remediation_owner")


def _write_loose(loose: Sequence[LooseDraft], folder: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"recovered-drafts-{stamp}.txt"
    lines = ["未能归入检查项的未保存草稿 / Unsaved drafts that fit no checklist item", ""]
    for entry in loose:
        lines.append(f"自查 / Assessment: {entry.assessment}")
        if entry.item_id:
            lines.append(f"检查项 / Item: {entry.item_id}")
        lines.extend((entry.text, ""))
    try:
        write_atomically(path, "\n".join(lines).encode("utf-8"), overwrite=False)
    except OSError as exc:
        raise StoreError(f"{path}: the recovered drafts cannot be written ({exc.strerror})",
                         zh=f"{path}：无法写入恢复的草稿（{exc.strerror}）") from None
    return path
