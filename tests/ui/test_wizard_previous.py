"""A follow-up scan shows, beside each item, what the previous scan answered, so the talk can turn to what changed."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.dimension_page import DimensionPage
from pytestqt.qtbot import QtBot

from .helpers import key, open_draft, wait_saved


def test_a_follow_up_shows_the_previous_answer_beside_each_item_without_choosing_it(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    first = scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(first.id, item_id, 2)
    scans.answer(first.id, "D1.2", None, not_applicable=True)
    scans.complete(first.id)
    follow_up = scans.start(company)

    wizard = open_draft(qtbot, window, follow_up.id)
    key(qtbot, Qt.Key.Key_PageDown)
    page = wizard.current_page
    assert isinstance(page, DimensionPage)
    qtbot.waitUntil(page.previous.isVisible)  # read in a worker
    assert "Previous scan" in page.previous.text()
    assert "2 · Hardly" in page.previous.text()
    assert not any(card.isChecked() for card in page.answers.buttons)  # shown, not preselected
    assert "last time: 2 · Hardly" in page.list.item(0).text()

    key(qtbot, Qt.Key.Key_4)  # the answer of today; on to D1.2
    assert "0 · Don't know / n.a." in page.previous.text()
    wait_saved(qtbot, context)
    assert scans.get(follow_up.id).answers == {"D1.1": 4}


def test_a_first_scan_shows_no_previous_answers(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = open_draft(qtbot, window, context.workspace.scans.start(company).id)
    key(qtbot, Qt.Key.Key_PageDown)
    page = wizard.current_page
    assert isinstance(page, DimensionPage)
    wait_saved(qtbot, context)
    qtbot.waitUntil(lambda: not context.tasks.busy)
    assert not page.previous.isVisible()
    assert "last time" not in page.list.item(0).text()
