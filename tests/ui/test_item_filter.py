"""The item filter: narrowing as more is typed gives exactly what a full evaluation gives."""

from __future__ import annotations

import random
from typing import Any

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.model import Sector
from selfcheck.core.packs.source import load_pack_dir
from selfcheck.ui.models.items import ItemFilter, ItemFilterProxy, ItemRow, ItemTableModel
from tests.pack_helpers import REAL

pytestmark = pytest.mark.gui

STATUSES = [Status.UNANSWERED, Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED]


def _rows(seed: int) -> list[ItemRow]:
    chooser = random.Random(seed)
    items = load_pack_dir(REAL / "v2").items_for(Sector.GOVERNMENT)
    rows = []
    for order, item in enumerate(items):
        status = chooser.choice(STATUSES)
        answer = Answer(item_id=item.id, status=status, flagged=chooser.random() < 0.2,
                        justification=chooser.choice(["", "shared accounts", "备份未测试"])
                        if status in (Status.PARTIAL, Status.NOT_IMPLEMENTED) else "")
        rows.append(ItemRow(item=item, order=order, answer=answer, critical=order % 5 == 0))
    return rows


def _shown(proxy: ItemFilterProxy) -> list[str]:
    return [str(proxy.item_id(row)) for row in range(proxy.rowCount())]


def _expected(rows: list[ItemRow], item_filter: ItemFilter) -> list[str]:
    accepts = item_filter.predicate()
    return [row.item.id for row in rows if not item_filter.active or accepts(row)]


@pytest.mark.parametrize("seed", range(5))
def test_typing_narrows_and_matches_a_full_evaluation(qapp: Any, seed: int) -> None:
    rows = _rows(seed)
    model = ItemTableModel()
    model.set_rows(rows)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    chooser = random.Random(seed)
    typed = ""
    flagged = False
    for _step in range(60):
        action = chooser.random()
        if action < 0.55:
            typed += chooser.choice("acdeinorstu 风险备份账户-0123")
        elif action < 0.75:
            typed = typed[:-1]
        elif action < 0.85:
            flagged = not flagged
        else:  # an answer changes under the filter: its row must not be judged on old text
            row = chooser.choice(rows)
            model.update_row(row.item.id, Answer(item_id=row.item.id, status=Status.PARTIAL,
                                                 justification=chooser.choice(["accounts", "风险"])))
        item_filter = ItemFilter(text=typed, flagged=flagged)
        proxy.set_filter(item_filter)
        assert _shown(proxy) == _expected(model.rows(), item_filter), (typed, flagged)


def test_narrowing_rules() -> None:
    assert ItemFilter(text="acc").narrows(ItemFilter(text="ac"))
    assert ItemFilter(text="backup acc").narrows(ItemFilter(text="ac"))
    assert ItemFilter(text="ac", flagged=True).narrows(ItemFilter(flagged=True))
    assert not ItemFilter(text="ac").narrows(ItemFilter(text="acc"))
    assert not ItemFilter(text="ab").narrows(ItemFilter(text="ac"))
    assert not ItemFilter(text="acc", flagged=True).narrows(ItemFilter(text="ac"))
    assert not ItemFilter(text="acc").narrows(ItemFilter(text="ac", theme="backup"))


def test_an_answer_changed_under_the_filter_is_judged_on_its_new_text(qapp: Any) -> None:
    rows = _rows(0)
    model = ItemTableModel()
    model.set_rows(rows)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ItemFilter(text="zq"))
    hidden = next(row for row in rows if "zqx" not in row.search)
    assert hidden.item.id not in _shown(proxy)
    model.update_row(hidden.item.id, Answer(item_id=hidden.item.id, status=Status.PARTIAL,
                                            justification="zqx accounts are shared"))
    proxy.set_filter(ItemFilter(text="zqx"))  # typed one more letter
    assert _shown(proxy) == [hidden.item.id]
