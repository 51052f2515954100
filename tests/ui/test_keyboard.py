"""Keyboard only: the results' shortcuts, the shortcuts overview (F1), and a visible focus ring everywhere."""

from __future__ import annotations

import uuid
from pathlib import Path

from advisor_ui.context import AppContext
from advisor_ui.qt import QApplication, Qt
from advisor_ui.views.company_page import PLAN_TAB, VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from advisor_ui.views.settings_dialog import SettingsDialog
from advisor_ui.views.shortcuts_dialog import ShortcutsDialog
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from .helpers import activate, completed_scan, focusable, focused, key, rings


def test_the_results_work_with_their_shortcuts_and_say_them_in_tooltips(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, opened_files: list[Path]
) -> None:
    results = window.show_results(completed_scan(context, company))
    qtbot.waitUntil(lambda: results.ready)
    assert "Ctrl+P" in results.pdf_button.toolTip()
    assert "Ctrl+L" in results.plan_button.toolTip()
    assert "Ctrl+U" in results.follow_up_button.toolTip()

    key(qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(results.handoff.isVisible, timeout=15_000)
    assert focused() is results.handoff.open_button
    key(qtbot, Qt.Key.Key_O, modifier=Qt.KeyboardModifier.ControlModifier)
    assert opened_files == [results.last_pdf]

    key(qtbot, Qt.Key.Key_U, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    assert context.workspace.scans.get(wizard.session.scan_id).scan.follow_up_of_id is not None


def test_a_key_opens_the_pdf_s_language_menu_and_the_arrows_and_enter_pick_one(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    results = window.show_results(completed_scan(context, company))
    qtbot.waitUntil(lambda: results.ready)
    assert "Ctrl+Shift+P" in results.pdf_button.toolTip()

    key(qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(results.pdf_menu.isVisible)
    assert results.pdf_menu.activeAction() is results.pdf_english, "the menu opens on the UI's language"
    qtbot.keyClick(results.pdf_menu, Qt.Key.Key_Up)
    assert results.pdf_menu.activeAction() is results.pdf_dutch
    qtbot.keyClick(results.pdf_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not results.pdf_menu.isVisible())
    activate(qtbot, window)  # the window has the keyboard again once the menu closed
    qtbot.waitUntil(results.handoff.isVisible, timeout=15_000)
    assert results.last_pdf is not None
    assert "Pagina 1 van" in PdfReader(results.last_pdf).pages[0].extract_text(), "the PDF in Dutch, from an English UI"
    assert focused() is results.handoff.open_button


def test_after_the_results_the_plan_the_voucher_and_the_sync_without_a_mouse(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """The rest of the visit by keys: Ctrl+L makes the plan, Alt+N its next steps, Ctrl+Tab the voucher, Alt+S
    its supplier; Ctrl+4 the Sync page, Alt+S/U/P its fields and Enter logs in."""
    results = window.show_results(completed_scan(context, company))
    qtbot.waitUntil(lambda: results.ready)
    key(qtbot, Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    page = window.company_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page and page.tabs.currentIndex() == PLAN_TAB)
    qtbot.waitUntil(lambda: page.plan.ready)
    [plan] = context.workspace.plans.for_company(company)
    assert plan.actions, "the plan starts from the improvement areas"

    key(qtbot, Qt.Key.Key_N, modifier=Qt.KeyboardModifier.AltModifier)
    assert focused() is page.plan.next_steps
    qtbot.keyClicks(focused(), "Offerte vragen")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: context.workspace.plans.get(plan.id).next_steps == "Offerte vragen")

    page.tabs.setFocus()
    key(qtbot, Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == VOUCHER_TAB
    qtbot.waitUntil(lambda: page.voucher.ready)
    key(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.AltModifier)
    assert focused() is page.voucher.supplier
    qtbot.keyClicks(focused(), "Hogeschool Utrecht")
    assert page.voucher.supplier.text() == "Hogeschool Utrecht"

    key(qtbot, Qt.Key.Key_4, modifier=Qt.KeyboardModifier.ControlModifier)
    sync = window.sync_page
    assert window.content.currentWidget() is sync
    for letter, text in ((Qt.Key.Key_S, "http://127.0.0.1:9"), (Qt.Key.Key_U, "alice"), (Qt.Key.Key_P, "een lang wachtwoord")):
        key(qtbot, letter, modifier=Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(focused(), text)
    with qtbot.waitSignal(sync.controller.busy_changed, check_params_cb=lambda busy: not busy, timeout=30_000):
        key(qtbot, Qt.Key.Key_Return)
    assert "cannot be reached" in sync.outcome.text(), "the login was tried, and said plainly"


def test_f1_shows_every_shortcut_and_the_menus_name_theirs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.keys_action.shortcut().toString() == "F1"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    key(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = {
        (dialog.table.item(row, 1).text(), dialog.table.item(row, 2).text())  # type: ignore[union-attr]
        for row in range(dialog.table.rowCount())
    }
    assert ("Ctrl+P", "Make PDF") in rows
    assert ("Ctrl+Shift+P", "Choose the PDF's language (a menu: Up / Down, Enter)") in rows
    assert ("Left / Right", "Choose the previous / next answer card") in rows
    assert ("Ctrl+U", "Follow-up scan") in rows
    assert ("Ctrl+1 … Ctrl+5", "Go to a section") in rows
    assert ("Alt+A / Insert", "Add an action") in rows
    assert ("Alt+Left", "Back to the company") in rows
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_every_focusable_control_shows_a_focus_ring(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 1)
    window.companies_page.table.select_first()
    assert rings(qtbot, focusable(window.companies_page)) == []

    results = window.show_results(completed_scan(context, company))
    qtbot.waitUntil(lambda: results.ready)
    assert rings(qtbot, focusable(results)) == [], "plain and primary (teal) buttons alike"

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert rings(qtbot, [*focusable(dialog), dialog.auto_sync]) == []
    dialog.reject()
    activate(qtbot, window)
