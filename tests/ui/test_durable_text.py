"""Nothing typed disappears: every autosaving text field is on disk one pause after a key press, and when left.

Each test types with real key presses, waits on the real timers (longer than the
typing pause, by waiting for the store to hold the text), then leaves the field
the way an advisor does (Esc, moving on, another page, closing the window) and
reads the text back from the screen and from the database through the services.
"""

from __future__ import annotations

import uuid

from advisor_ui.autosave import SETTLE_MS
from advisor_ui.context import AppContext
from advisor_ui.models.plan_actions import DESCRIPTION, OWNER
from advisor_ui.qt import QLineEdit, Qt
from advisor_ui.views.company_page import PLAN_TAB, VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.review_page import ReviewPage
from pytestqt.qtbot import QtBot

from .helpers import (
    StartAgain,
    dimension_page,
    focused,
    key,
    open_draft,
    start_draft,
    start_on_first_dimension,
    wait_saved,
    wait_stored,
)

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def test_a_note_is_saved_after_a_pause_and_stays_after_esc_and_moving_on(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    page = dimension_page(start_on_first_dimension(qtbot, context, company, window))
    scan_id = page.session.scan_id
    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    assert focused() is page.note
    qtbot.keyClicks(page.note, "Directie plant per kwartaal")
    wait_stored(qtbot, lambda: context.workspace.scans.get(scan_id).notes.get("D1.1"), "Directie plant per kwartaal")
    assert page.session.notes == {"D1.1": "Directie plant per kwartaal"}

    key(qtbot, Qt.Key.Key_Escape)  # back to the list
    assert focused() is page.list
    key(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Up)  # on to D1.2 and back
    assert page.current_entry == "D1.1"
    assert page.note.toPlainText() == "Directie plant per kwartaal"
    wait_saved(qtbot, context)
    assert context.workspace.scans.get(scan_id).notes == {"D1.1": "Directie plant per kwartaal"}


def test_a_note_typed_without_pausing_is_on_disk_within_one_pause(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """Typing that never stops is still saved as it goes, not only after the last key."""
    page = dimension_page(start_on_first_dimension(qtbot, context, company, window))
    scan_id = page.session.scan_id
    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    typed = ""
    for word in ("Werkt", "met", "vaste", "teams", "per", "lijn"):
        qtbot.keyClicks(page.note, word + " ")
        typed += word + " "
        qtbot.wait(SETTLE_MS // 3)  # a steady typist: shorter gaps than the pause
    stored_while_typing = context.workspace.scans.get(scan_id).notes.get("D1.1", "")
    assert stored_while_typing, "something was saved while the typing went on"
    assert typed.startswith(stored_while_typing)
    wait_stored(qtbot, lambda: context.workspace.scans.get(scan_id).notes.get("D1.1"), typed.strip())


def test_closing_notes_survive_a_pause_and_a_page_switch(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_draft(qtbot, context, company, window)
    scan_id = wizard.session.scan_id
    key(qtbot, *[Qt.Key.Key_PageDown] * (len(wizard.pages) - 1))
    assert isinstance(wizard.current_page, ReviewPage)
    key(qtbot, Qt.Key.Key_C, modifier=ALT)
    assert focused() is wizard.review.notes
    qtbot.keyClicks(wizard.review.notes, "Vervolgafspraak in maart")
    wait_stored(qtbot, lambda: context.workspace.scans.get(scan_id).scan.summary_notes, "Vervolgafspraak in maart")

    key(qtbot, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
    assert wizard.review.notes.toPlainText() == "Vervolgafspraak in maart"
    assert context.workspace.scans.get(scan_id).scan.summary_notes == "Vervolgafspraak in maart"


def test_plan_title_next_steps_and_action_cells_are_saved_after_a_pause(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    plans = context.workspace.plans
    plan = plans.create(company, "Plan")
    plans.add_action(plan.id, "Eerste actie")
    window.show_company(company, PLAN_TAB)
    editor = window.company_page.plan
    qtbot.waitUntil(lambda: editor.ready)  # the plans are read in a worker

    def stored() -> tuple[str, str, str, str]:
        current = plans.get(plan.id)
        action = current.actions[0]
        return current.title, current.next_steps, action.description, action.owner

    editor.title.setFocus()
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Plan Van Rijn 2027")
    wait_stored(qtbot, lambda: stored()[0], "Plan Van Rijn 2027")

    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    assert focused() is editor.next_steps
    qtbot.keyClicks(editor.next_steps, "Offerte opvragen")
    wait_stored(qtbot, lambda: stored()[1], "Offerte opvragen")

    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, DESCRIPTION))
    key(qtbot, Qt.Key.Key_F2)
    cell_editor = focused()
    assert isinstance(cell_editor, QLineEdit)
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, "Werkoverleg elke maandag")
    wait_stored(qtbot, lambda: stored()[2], "Werkoverleg elke maandag")
    key(qtbot, Qt.Key.Key_Escape)  # Esc leaves the cell and keeps what was typed
    assert editor.model.index(0, DESCRIPTION).data() == "Werkoverleg elke maandag"

    editor.table.setCurrentIndex(editor.model.index(0, OWNER))
    key(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "Zoe")
    wait_stored(qtbot, lambda: stored()[3], "Zoe")

    key(qtbot, Qt.Key.Key_2, modifier=CTRL)  # another section: the page is left
    wait_saved(qtbot, context)
    assert stored() == ("Plan Van Rijn 2027", "Offerte opvragen", "Werkoverleg elke maandag", "Zoe")
    window.show_company(company, PLAN_TAB)
    qtbot.waitUntil(lambda: editor.ready)  # the plans are read in a worker
    assert editor.title.text() == "Plan Van Rijn 2027"
    assert editor.next_steps.toPlainText() == "Offerte opvragen"
    assert editor.model.index(0, DESCRIPTION).data() == "Werkoverleg elke maandag"
    assert editor.model.index(0, OWNER).data() == "Zoe"


def test_every_voucher_field_autosaves_after_a_pause(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    vouchers = context.workspace.vouchers
    vouchers.request(company, 2_500_00)
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: form.ready)  # the company's voucher is read in a worker

    def stored() -> tuple[int, int, str, str]:
        voucher = vouchers.for_company(company)[0]
        return voucher.amount_cents, voucher.own_contribution_cents, voucher.supplier, voucher.deliverables

    key(qtbot, Qt.Key.Key_S, modifier=ALT)
    assert focused() is form.supplier
    qtbot.keyClicks(form.supplier, "Hogeschool Utrecht")
    wait_stored(qtbot, lambda: stored()[2], "Hogeschool Utrecht")

    key(qtbot, Qt.Key.Key_A, modifier=ALT)
    assert focused() is form.amount
    form.amount.selectAll()
    qtbot.keyClicks(form.amount, "3500")
    wait_stored(qtbot, lambda: stored()[0], 3_500_00)

    key(qtbot, Qt.Key.Key_O, modifier=ALT)
    form.contribution.selectAll()
    qtbot.keyClicks(form.contribution, "500")
    wait_stored(qtbot, lambda: stored()[1], 500_00)

    key(qtbot, Qt.Key.Key_D, modifier=ALT)
    assert focused() is form.deliverables
    qtbot.keyClicks(form.deliverables, "Training teamleiders")
    wait_stored(qtbot, lambda: stored()[3], "Training teamleiders")

    key(qtbot, Qt.Key.Key_1, modifier=CTRL)
    wait_saved(qtbot, context)
    assert stored() == (3_500_00, 500_00, "Hogeschool Utrecht", "Training teamleiders")
    window.show_company(company, VOUCHER_TAB)
    qtbot.waitUntil(lambda: form.ready)
    assert form.supplier.text() == "Hogeschool Utrecht"
    assert form.deliverables.toPlainText() == "Training teamleiders"


def test_closing_the_window_keeps_what_was_typed_after_a_pause_and_just_before(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, start_again: StartAgain
) -> None:
    page = dimension_page(start_on_first_dimension(qtbot, context, company, window))
    scan_id = page.session.scan_id
    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    qtbot.keyClicks(page.note, "Eerst")
    wait_stored(qtbot, lambda: context.workspace.scans.get(scan_id).notes.get("D1.1"), "Eerst")
    qtbot.keyClicks(page.note, " en dan")  # closed at once, before the pause is over
    key(qtbot, Qt.Key.Key_Q, modifier=CTRL)
    assert not window.isVisible()
    context.workspace.close()

    with start_again() as second:
        assert second.context.workspace.scans.get(scan_id).notes == {"D1.1": "Eerst en dan"}
        resumed = open_draft(qtbot, second, scan_id)
        assert dimension_page(resumed).note.toPlainText() == "Eerst en dan"
