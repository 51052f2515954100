"""The work overview: drafts, ready to send and sent, each opening where the work stopped (keyboard only)."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.dimension_page import DimensionPage
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from advisor_app.store.models import Scan

from .helpers import focused, key


def test_drafts_ready_and_sent_are_listed_and_enter_opens_a_draft_where_it_stopped(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    done = scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(done.id, item_id, 3)
    scans.complete(done.id)
    draft = scans.start(company)
    scans.answer(draft.id, "D1.1", 4)
    scans.set_position(draft.id, "D2.3")

    key(qtbot, Qt.Key.Key_5, modifier=Qt.KeyboardModifier.ControlModifier)
    page = window.work_page
    assert window.content.currentWidget() is page
    qtbot.waitUntil(lambda: page.overview is not None)
    assert page.tabs.tabText(0) == "Drafts (1)"
    assert page.tabs.tabText(1) == "Ready to send (1)"
    assert page.tabs.tabText(2) == "Sent (0)"
    drafts = page.tables[0]
    assert [drafts.proxy.index(0, column).data() for column in (0, 2, 3)] == [
        "Bakkerij Zoë van Rijn",
        f"1/{len(context.workspace.questionnaire.item_ids)}",
        "question D2.3",
    ]

    key(qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    assert focused() is drafts
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    assert wizard.session.scan_id == draft.id
    current = wizard.current_page
    assert isinstance(current, DimensionPage)
    assert current.current_entry == "D2.3", "the draft opens at the question where it stopped"


def test_a_sync_moves_a_completed_scan_from_ready_to_sent(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    done = scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(done.id, item_id, 3)
    scans.complete(done.id)
    key(qtbot, Qt.Key.Key_5, modifier=Qt.KeyboardModifier.ControlModifier)
    page = window.work_page
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Ready to send (1)")

    with context.workspace.db.session() as session:  # what a sync leaves behind
        session.execute(update(Scan).where(Scan.id == done.id).values(dirty=False, server_version=3))
    context.events.sync_finished.emit()

    qtbot.waitUntil(lambda: page.tabs.tabText(2) == "Sent (1)")
    assert page.tabs.tabText(1) == "Ready to send (0)"
    key(qtbot, Qt.Key.Key_Tab)
    page.tabs.setCurrentIndex(2)
    assert focused() is page.tables[2]
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.results is not None and window.content.currentWidget() is window.results)
