"""The plan editor by keyboard alone: an empty plan, actions added, edited cell by cell and removed, next steps.

It reads and writes in workers; every step below is a real key press where the focus is.
"""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.models.plan_actions import DESCRIPTION, DUE, OWNER, STATUS
from advisor_ui.qt import QApplication, QComboBox, QDateEdit, QLineEdit, Qt, QWidget
from advisor_ui.views.company_page import PLAN_TAB
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import completed_scan, focusable, focused, key, rings, wait_saved

ALT = Qt.KeyboardModifier.AltModifier


def leave_cell(qtbot: QtBot, table: QWidget, pressed: Qt.Key = Qt.Key.Key_Return) -> None:
    """Enter (or Esc) closes the cell's editor (Qt does it queued) and gives the keyboard back to the table."""
    key(qtbot, pressed)
    qtbot.waitUntil(table.hasFocus)


def test_an_empty_plan_then_actions_added_edited_and_removed_with_the_keyboard_only(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    window.show_company(company, PLAN_TAB)
    editor = window.company_page.plan
    qtbot.waitUntil(lambda: editor.ready)
    assert "Alt+E" in editor.empty_plan.toolTip()
    key(qtbot, Qt.Key.Key_E, modifier=ALT)  # "Empty plan"
    qtbot.waitUntil(editor.title.hasFocus)  # made through the Autosaver, read back, the title ready to type
    [plan] = context.workspace.plans.for_company(company)
    actions = lambda: context.workspace.plans.get(plan.id).actions  # noqa: E731

    assert "Alt+A" in editor.add_button.toolTip()
    key(qtbot, Qt.Key.Key_A, modifier=ALT)  # "Add action"
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit) and not editor.title.hasFocus())
    assert editor.table.currentIndex().column() == DESCRIPTION, "the new action's words, ready to type"
    qtbot.keyClicks(focused(), "Werkoverleg plannen")
    leave_cell(qtbot, editor.table)

    key(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Return)  # Enter edits the owner's cell
    assert editor.table.currentIndex().column() == OWNER
    qtbot.keyClicks(focused(), "Ingrid")
    leave_cell(qtbot, editor.table)
    key(qtbot, Qt.Key.Key_Right, Qt.Key.Key_F2)  # F2 edits the due date; Esc leaves it unchanged
    assert editor.table.currentIndex().column() == DUE
    assert isinstance(focused(), QDateEdit)
    leave_cell(qtbot, editor.table, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Return)  # the status: Down chooses the next one, saved when chosen
    assert editor.table.currentIndex().column() == STATUS
    assert isinstance(focused(), QComboBox)
    key(qtbot, Qt.Key.Key_Down)
    leave_cell(qtbot, editor.table)
    wait_saved(qtbot, context)
    [action] = actions()
    assert (action.description, action.owner, action.due_date, action.status) == (
        "Werkoverleg plannen",
        "Ingrid",
        None,
        "in_progress",
    ), "opening the date without changing it sets none"

    key(qtbot, Qt.Key.Key_Insert)  # a second action, from inside the table
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(focused(), "Rooster delen")
    leave_cell(qtbot, editor.table)
    wait_saved(qtbot, context)
    assert [a.description for a in actions()] == ["Werkoverleg plannen", "Rooster delen"]

    key(qtbot, Qt.Key.Key_Delete)  # the selected (second) action goes; the keyboard stays on the first
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    assert [a.description for a in actions()] == ["Werkoverleg plannen"]
    assert focused() is editor.table
    assert editor.table.currentIndex().row() == 0

    key(qtbot, Qt.Key.Key_Tab)  # the table is one Tab stop: on to the buttons, then the next steps
    assert focused() is editor.remove_button
    key(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    assert focused() is editor.next_steps
    qtbot.keyClicks(editor.next_steps, "Over een maand bellen")
    key(qtbot, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab)
    assert focused() is editor.table
    wait_saved(qtbot, context)
    assert context.workspace.plans.get(plan.id).next_steps == "Over een maand bellen"

    assert rings(qtbot, [*focusable(editor), editor.table, editor.next_steps]) == [], "a visible focus on every control"


def test_a_plan_from_the_latest_results_with_alt_r(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scan_id = completed_scan(context, company, 2)
    window.show_company(company, PLAN_TAB)
    editor = window.company_page.plan
    qtbot.waitUntil(lambda: editor.ready and editor.from_results.isEnabled())  # the latest results are read in a worker

    key(qtbot, Qt.Key.Key_R, modifier=ALT)
    qtbot.waitUntil(lambda: editor.plan is not None and editor.model.rowCount() > 0)
    assert [p.scan_id for p in context.workspace.plans.for_company(company)] == [scan_id]
