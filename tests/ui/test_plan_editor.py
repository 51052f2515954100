"""The plan editor reads and writes in workers: adding and removing actions by keyboard, and an empty plan."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import QLineEdit, Qt
from advisor_ui.views.company_page import PLAN_TAB
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import focused, key, wait_saved


def test_an_empty_plan_then_an_action_added_typed_and_removed_with_the_keyboard(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    window.show_company(company, PLAN_TAB)
    editor = window.company_page.plan
    qtbot.waitUntil(lambda: editor.ready)
    qtbot.mouseClick(editor.empty_plan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.title.hasFocus)  # made through the Autosaver, read back, the title ready to type
    [plan] = context.workspace.plans.for_company(company)

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit) and focused() is not editor.title)  # the new action's cell
    qtbot.keyClicks(focused(), "Werkoverleg plannen")
    key(qtbot, Qt.Key.Key_Return)
    wait_saved(qtbot, context)
    assert [a.description for a in context.workspace.plans.get(plan.id).actions] == ["Werkoverleg plannen"]

    editor.table.setFocus()
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 0)
    assert context.workspace.plans.get(plan.id).actions == ()
