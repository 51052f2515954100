"""Ctrl+Z takes back exactly the last edit of the scan, whatever kind it was; Ctrl+Shift+Z puts it back.

Every step is checked on screen and in the database (read through the services),
since an undo is saved like any other change.
"""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import QComboBox, Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.intake_page import IntakePage
from pytestqt.qtbot import QtBot

from .helpers import chosen_keys, dimension_page, focused, key, start_draft, start_on_first_dimension, wait_saved

CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
DIGITS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 5: Qt.Key.Key_5}


def undo(qtbot: QtBot) -> None:
    key(qtbot, Qt.Key.Key_Z, modifier=CTRL)


def redo(qtbot: QtBot) -> None:
    key(qtbot, Qt.Key.Key_Z, modifier=CTRL | SHIFT)


Stored = tuple[dict[str, int | None], dict[str, int], dict[str, str], dict[str, object]]


def stored(context: AppContext, scan_id: uuid.UUID) -> Stored:
    """Answers, ambitions, notes and the intake answers given, as the database holds them."""
    view = context.workspace.scans.get(scan_id)
    return (
        view.answers,
        view.ambitions,
        view.notes,
        {k: v for k, v in view.scan.intake.items() if v is not None},
    )


def test_undo_after_the_ambition_takes_back_the_ambition_not_the_last_answer(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """The issue's sequence: D1.1 to D1.4, the D1 ambition, Ctrl+Z."""
    wizard = start_on_first_dimension(qtbot, context, company, window)
    scan_id = wizard.session.scan_id
    key(qtbot, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5)
    page = dimension_page(wizard)
    assert page.current_entry == "ambition:D1"
    key(qtbot, Qt.Key.Key_3)
    wait_saved(qtbot, context)
    assert stored(context, scan_id)[:2] == ({"D1.1": 3, "D1.2": 4, "D1.3": 2, "D1.4": 5}, {"D1": 3})

    undo(qtbot)
    wait_saved(qtbot, context)
    answers, ambitions, _notes, _intake = stored(context, scan_id)
    assert (answers, ambitions) == ({"D1.1": 3, "D1.2": 4, "D1.3": 2, "D1.4": 5}, {})
    assert chosen_keys(page.ambition) == []
    assert page.current_entry == "ambition:D1"

    undo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, scan_id)[0] == {"D1.1": 3, "D1.2": 4, "D1.3": 2}
    assert page.current_entry == "D1.4"

    redo(qtbot)
    redo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, scan_id)[:2] == ({"D1.1": 3, "D1.2": 4, "D1.3": 2, "D1.4": 5}, {"D1": 3})
    assert page.ambition.value() == 3
    assert wizard.progress_label.text() == "4 of 24 answered"


def test_mixed_edits_come_back_one_by_one_in_reverse_order(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """Intake, answer, note (one step however many keys), answer: four Ctrl+Z take them back last first."""
    wizard = start_draft(qtbot, context, company, window)
    scan_id = wizard.session.scan_id
    intake = wizard.current_page
    assert isinstance(intake, IntakePage)
    question = intake.questions[0].id
    first = intake.fields[question]
    assert isinstance(first, QComboBox)
    assert focused() is intake.first_field()  # the first open question (the size class may follow from the company)
    key(qtbot, Qt.Key.Key_Backtab)  # back to the size class, by keyboard
    assert focused() is first
    prefilled = context.workspace.scans.get(scan_id).scan.intake.get(question)  # the size class follows from the company
    before = {question: prefilled} if prefilled else {}
    key(qtbot, Qt.Key.Key_Down)  # the next option of the first intake question (the size class)
    chosen = first.currentData()
    assert chosen is not None
    assert {question: chosen} != before

    key(qtbot, Qt.Key.Key_PageDown, Qt.Key.Key_4)  # D1.1 = 4, on to D1.2
    page = dimension_page(wizard)
    key(qtbot, Qt.Key.Key_Up)  # back to D1.1 for a note
    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    qtbot.keyClicks(page.note, "Zegt: we doen alles samen")
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Down, Qt.Key.Key_2)  # D1.2 = 2
    wait_saved(qtbot, context)
    assert stored(context, scan_id) == ({"D1.1": 4, "D1.2": 2}, {}, {"D1.1": "Zegt: we doen alles samen"}, {question: chosen})

    undo(qtbot)  # the answer to D1.2
    wait_saved(qtbot, context)
    assert stored(context, scan_id) == ({"D1.1": 4}, {}, {"D1.1": "Zegt: we doen alles samen"}, {question: chosen})

    undo(qtbot)  # the whole note, not one letter
    wait_saved(qtbot, context)
    assert stored(context, scan_id) == ({"D1.1": 4}, {}, {}, {question: chosen})
    assert page.current_entry == "D1.1"
    assert page.note.toPlainText() == ""

    undo(qtbot)  # the answer to D1.1
    wait_saved(qtbot, context)
    assert stored(context, scan_id) == ({}, {}, {}, {question: chosen})

    undo(qtbot)  # the intake answer: the wizard goes back to the intake to show it
    wait_saved(qtbot, context)
    assert stored(context, scan_id) == ({}, {}, {}, before)
    assert wizard.current_page is intake
    assert first.currentData() == before.get(question)

    for _ in range(4):
        redo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, scan_id) == ({"D1.1": 4, "D1.2": 2}, {}, {"D1.1": "Zegt: we doen alles samen"}, {question: chosen})


def test_undoing_dont_know_leaves_the_question_unanswered_and_redo_brings_dont_know_back(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """Key 0 on a fresh question, Ctrl+Z: no answer at all (not "don't know"); Ctrl+Shift+Z: "don't know" again."""
    wizard = start_on_first_dimension(qtbot, context, company, window)
    page = dimension_page(wizard)
    scan_id = wizard.session.scan_id
    key(qtbot, Qt.Key.Key_0)  # D1.1 "don't know", on to D1.2
    wait_saved(qtbot, context)
    assert stored(context, scan_id)[0] == {"D1.1": None}
    assert wizard.session.answers == {"D1.1": None}, "held as the services hand it out"

    undo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, scan_id)[0] == {}
    assert page.current_entry == "D1.1"
    assert chosen_keys(page.answers) == []
    assert page.list.item(0).text().endswith("Not answered yet")
    assert wizard.progress_label.text() == "0 of 24 answered"

    redo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, scan_id)[0] == {"D1.1": None}
    assert chosen_keys(page.answers) == ["0"]
    assert wizard.progress_label.text() == "1 of 24 answered"


def test_a_note_typed_then_answered_by_mouse_is_undone_after_the_answer(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_on_first_dimension(qtbot, context, company, window)
    page = dimension_page(wizard)
    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    qtbot.keyClicks(page.note, "Twijfel")
    choice = page.answers.button_for(5)
    assert choice is not None
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, context)
    assert stored(context, wizard.session.scan_id)[0::2] == ({"D1.1": 5}, {"D1.1": "Twijfel"})

    undo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, wizard.session.scan_id)[0::2] == ({}, {"D1.1": "Twijfel"})
    undo(qtbot)
    wait_saved(qtbot, context)
    assert stored(context, wizard.session.scan_id)[0::2] == ({}, {})


def test_ctrl_z_in_a_note_being_typed_is_the_notes_own_undo(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """While typing, Ctrl+Z takes back typing; with nothing of its own left, it undoes the scan's last edit."""
    wizard = start_on_first_dimension(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_4)  # D1.1 = 4, on to D1.2
    page = dimension_page(wizard)
    key(qtbot, Qt.Key.Key_N, modifier=ALT)
    qtbot.keyClicks(page.note, "Eerste indruk")
    undo(qtbot)
    assert page.note.toPlainText() == ""
    assert wizard.session.answers == {"D1.1": 4}, "the answer stays while the note takes back its own typing"

    undo(qtbot)  # nothing left to take back in the note: the scan's last edit goes
    wait_saved(qtbot, context)
    assert stored(context, wizard.session.scan_id)[0::2] == ({}, {})
    assert page.current_entry == "D1.1"


def test_undo_after_switching_pages_goes_back_to_the_page_of_the_edit(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_on_first_dimension(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_5)  # D1.1
    key(qtbot, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)  # on to D3
    assert dimension_page(wizard).dimension.id == "D3"

    undo(qtbot)
    wait_saved(qtbot, context)
    page = dimension_page(wizard)
    assert (page.dimension.id, page.current_entry) == ("D1", "D1.1")
    assert chosen_keys(page.answers) == []
    assert stored(context, wizard.session.scan_id)[0] == {}

    key(qtbot, Qt.Key.Key_PageDown)
    redo(qtbot)
    wait_saved(qtbot, context)
    assert (dimension_page(wizard).dimension.id, dimension_page(wizard).current_entry) == ("D1", "D1.1")
    assert stored(context, wizard.session.scan_id)[0] == {"D1.1": 5}


def test_closing_notes_are_one_undo_step(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    wizard = start_draft(qtbot, context, company, window)
    scan_id = wizard.session.scan_id
    key(qtbot, *[Qt.Key.Key_PageDown] * (len(wizard.pages) - 1))
    key(qtbot, Qt.Key.Key_C, modifier=ALT)
    qtbot.keyClicks(wizard.review.notes, "Afspraak volgt")
    key(qtbot, Qt.Key.Key_Tab)  # leave the field: the edit is one step
    wait_saved(qtbot, context)
    assert context.workspace.scans.get(scan_id).scan.summary_notes == "Afspraak volgt"

    undo(qtbot)
    wait_saved(qtbot, context)
    assert context.workspace.scans.get(scan_id).scan.summary_notes == ""
    assert wizard.review.notes.toPlainText() == ""
    redo(qtbot)
    wait_saved(qtbot, context)
    assert context.workspace.scans.get(scan_id).scan.summary_notes == "Afspraak volgt"
    assert wizard.review.notes.toPlainText() == "Afspraak volgt"
