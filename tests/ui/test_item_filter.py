"""The item list over the session: narrowing as more is typed gives exactly what a full
evaluation gives, and the model shows the session's answers and drafts as they change."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.session import AssessmentSession
from selfcheck.ui.models.items import MARKS_ROLE, ItemColumn, ItemFilter, ItemFilterProxy, ItemTableModel

pytestmark = pytest.mark.gui

STATUSES = [Status.UNANSWERED, Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED]


def _session(collection: Collection, assessment_id: int, seed: int) -> AssessmentSession:
    """The assessment answered at random through a session (the model's only source)."""
    chooser = random.Random(seed)
    answers = []
    for item in collection.assessment(assessment_id).items:
        status = chooser.choice(STATUSES)
        justification = chooser.choice(["why", "shared accounts", "备份未测试"]) \
            if status in (Status.PARTIAL, Status.NOT_IMPLEMENTED) else ""
        answers.append(Answer(item_id=item.id, status=status, flagged=chooser.random() < 0.2,
                              justification=justification))
    collection.save_answers(assessment_id, answers)
    return AssessmentSession.open(collection, assessment_id)


def _views(session: AssessmentSession) -> tuple[ItemTableModel, ItemFilterProxy]:
    model = ItemTableModel()
    model.bind(session)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _shown(proxy: ItemFilterProxy) -> list[str]:
    return [str(proxy.item_id(row)) for row in range(proxy.rowCount())]


def _expected(model: ItemTableModel, item_filter: ItemFilter) -> list[str]:
    accepts = item_filter.predicate(model.answers)
    return [row.item.id for row in model.rows() if not item_filter.active or accepts(row)]


@pytest.mark.parametrize("seed", range(5))
def test_typing_narrows_and_matches_a_full_evaluation(qapp: Any, collection: Collection,
                                                      assessment_id: int, seed: int) -> None:
    session = _session(collection, assessment_id, seed)
    model, proxy = _views(session)
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
            row = chooser.choice(model.rows())
            assert session.save(row.item.id, status=Status.PARTIAL,
                                justification=chooser.choice(["accounts", "风险"])).saved
        item_filter = ItemFilter(text=typed, flagged=flagged)
        proxy.set_filter(item_filter)
        assert _shown(proxy) == _expected(model, item_filter), (typed, flagged)


def test_narrowing_rules() -> None:
    assert ItemFilter(text="acc").narrows(ItemFilter(text="ac"))
    assert ItemFilter(text="backup acc").narrows(ItemFilter(text="ac"))
    assert ItemFilter(text="ac", flagged=True).narrows(ItemFilter(flagged=True))
    assert not ItemFilter(text="ac").narrows(ItemFilter(text="acc"))
    assert not ItemFilter(text="ab").narrows(ItemFilter(text="ac"))
    assert not ItemFilter(text="acc", flagged=True).narrows(ItemFilter(text="ac"))
    assert not ItemFilter(text="acc").narrows(ItemFilter(text="ac", theme="backup"))


def test_an_answer_changed_under_the_filter_is_judged_on_its_new_text(
        qapp: Any, collection: Collection, assessment_id: int) -> None:
    session = _session(collection, assessment_id, 0)
    model, proxy = _views(session)
    proxy.set_filter(ItemFilter(text="zq"))
    hidden = next(row for row in model.rows() if "zqx" not in row.search)
    assert hidden.item.id not in _shown(proxy)
    assert session.save(hidden.item.id, status=Status.PARTIAL,
                        justification="zqx accounts are shared").saved
    proxy.set_filter(ItemFilter(text="zqx"))  # typed one more letter
    assert _shown(proxy) == [hidden.item.id]


def test_the_model_shows_the_session_and_follows_its_changes(
        qapp: Any, collection: Collection, assessment_id: int) -> None:
    session = AssessmentSession.open(collection, assessment_id)
    model, proxy = _views(session)
    first = model.row_at(0).item.id
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    session.save(first, status=Status.PARTIAL)  # refused: a draft
    assert changed == [0]
    assert model.index(0, ItemColumn.MARKS).data(MARKS_ROLE)[2]  # the draft mark
    assert model.index(0, ItemColumn.STATUS).data() == Status.UNANSWERED.label("zh")
    session.save(first, justification="only partly")
    assert model.index(0, ItemColumn.STATUS).data() == Status.PARTIAL.label("zh")
    assert not model.index(0, ItemColumn.MARKS).data(MARKS_ROLE)[2]
    proxy.set_filter(ItemFilter(statuses=frozenset({Status.PARTIAL})))
    assert _shown(proxy) == [first]
    model.bind(None)
    assert model.rowCount() == 0
    session.set_status(first, Status.IMPLEMENTED)  # no longer followed
    assert model.rowCount() == 0


def test_search_matches_are_highlighted_in_the_list(qtbot: Any, launch_window: Any,
                                                    data_dir: Path) -> None:
    from PySide6.QtGui import QColor

    from selfcheck.ui.widgets import MATCH_COLOR, match_spans
    from tests.ui.test_bad_input import make_assessment

    assert match_spans("Multi-Factor login; factor two", ["factor"]) == [(6, 12), (20, 26)]
    assessment_id = make_assessment(data_dir)
    window = launch_window("en").window
    qtbot.waitExposed(window)
    window.open_assessment(assessment_id)
    items = window.workspace.item_list
    table = items.table

    def marked_pixels() -> int:
        image = table.viewport().grab().toImage()
        match = QColor(MATCH_COLOR).rgb()
        return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if image.pixel(x, y) == match)

    assert marked_pixels() == 0
    word = items.model.row_at(0).item.question.en.split()[2]
    items.search.setText(word)
    assert items.proxy.rowCount() >= 1
    assert marked_pixels() > 20
    items.search.clear()
    assert marked_pixels() == 0


def test_clearing_the_filters_hides_the_search_boxs_clear_button(qtbot: Any, launch_window: Any,
                                                                  data_dir: Path) -> None:
    """The workspace empties the search when it shows an item the filter hides; the ⓧ
    of the now empty box went on showing (its signals were blocked while clearing)."""
    from PySide6.QtWidgets import QToolButton

    from tests.ui.test_bad_input import make_assessment

    assessment_id = make_assessment(data_dir)
    window = launch_window("zh").window
    qtbot.waitExposed(window)
    window.open_assessment(assessment_id)
    workspace = window.workspace
    search = workspace.item_list.search
    clear_button = search.findChild(QToolButton)
    assert clear_button is not None
    search.setText("zzz-no-such-words")
    qtbot.waitUntil(lambda: clear_button.property("opacity") == 1.0)
    shown = []
    workspace.item_list.filtersChanged.connect(lambda: shown.append(True))
    workspace.clear_filters()
    assert search.text() == "" and shown == []  # cleared without announcing it
    qtbot.waitUntil(lambda: clear_button.property("opacity") == 0.0)
