"""The Scans page keeps only what it shows (issue 12), and still filters by status and keeps the selection when sorted."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot


def test_the_status_filter_and_a_sort_keep_to_the_rows_and_the_selected_scan(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    draft = scans.start(company)
    completed = scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(completed.id, item_id, 3)
    scans.complete(completed.id)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_2, control)
    page = window.scans_page
    table = page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 2)
    statuses = lambda: [table.proxy.index(row, 3).data() for row in range(table.proxy.rowCount())]  # noqa: E731

    qtbot.keyClick(window, Qt.Key.Key_F, control)
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert page.status.hasFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)
    assert statuses() == ["Draft"]
    assert page.count.text() == "1 scan"
    qtbot.keyClick(page.status, Qt.Key.Key_Down)
    assert statuses() == ["Completed"]
    qtbot.keyClick(page.status, Qt.Key.Key_Up)
    qtbot.keyClick(page.status, Qt.Key.Key_Up)
    assert sorted(statuses()) == ["Completed", "Draft"]

    qtbot.keyClick(page.status, Qt.Key.Key_Tab)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    first = table.current_id()
    assert first in (draft.id, completed.id)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.sortByColumn(3, order)  # by status: the two rows change places
        assert table.current_id() == first, "the selected scan stays selected"
    assert statuses()[table.currentIndex().row()] == ("Draft" if first == draft.id else "Completed")
