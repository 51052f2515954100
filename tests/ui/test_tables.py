"""Lists: the Scans page fills, filters per key and sorts on keys computed once; names are never squeezed."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.services.companies import CompanyInput

LONG_NAME = "Bakkerij en Banketbakkerij Van der Vaart-Hoogendijk B.V."


def test_the_scans_page_searches_and_sorts_and_shows_a_long_name_whole(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    workspace = context.workspace
    other = workspace.companies.create(CompanyInput(name=LONG_NAME, kvk="22334455", sector="creative"))
    for owner, score in ((company, 2), (other.id, 4)):
        scan = workspace.scans.start(owner)
        for item_id in workspace.questionnaire.item_ids:
            workspace.scans.answer(scan.id, item_id, score)
        workspace.scans.complete(scan.id)
    window.resize(1024, 700)
    key_ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_2, key_ctrl)
    page = window.scans_page
    table = page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 2)
    assert page.count.text() == "2 scans"

    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(LONG_NAME), "the name is never elided"

    companies = lambda: [table.proxy.index(row, 0).data() for row in range(table.proxy.rowCount())]  # noqa: E731
    table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # the index
    assert companies() == [LONG_NAME, "Bakkerij Zoë van Rijn"]
    table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    assert companies() == ["Bakkerij Zoë van Rijn", LONG_NAME]

    qtbot.keyClick(window, Qt.Key.Key_F, key_ctrl)
    qtbot.keyClicks(page.search, "zoe")
    assert companies() == ["Bakkerij Zoë van Rijn"], "accents fold: 'zoe' finds Zoë"
    assert page.count.text() == "1 of 2 shown"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert companies() == ["Bakkerij Zoë van Rijn"], "sorting keeps the search"
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    assert companies() == ["Bakkerij Zoë van Rijn", LONG_NAME], "both again, in the chosen order (Z before B)"
    qtbot.keyClicks(page.search, "zoe")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.results is not None and window.content.currentWidget() is window.results)
