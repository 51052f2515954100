"""The scan wizard at the client's table: keyboard only, autosaved, resumable, undoable, completable."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import QPushButton, Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.intake_page import IntakePage
from advisor_ui.wizard.review_page import ReviewPage
from pytestqt.qtbot import QtBot

from advisor_app.domain.formatting import round_whole
from advisor_app.domain.scoring import score_scan

from .helpers import (
    StartAgain,
    cell,
    chosen_keys,
    completed_scan,
    dimension_page,
    focused,
    key,
    open_draft,
    start_draft,
    start_on_first_dimension,
    wait_for_box,
    wait_saved,
)

DIGITS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 5: Qt.Key.Key_5, 0: Qt.Key.Key_0}
PLAN = {
    "D1": [3, 4, 2, 5],
    "D2": [4, 4, 3, 0],
    "D3": [2, 3, 3, 2],
    "D4": [5, 4, 4, 3],
    "D5": [1, 2, 2, 3],
    "D6": [3, 0, 2, 4],
}
AMBITIONS = {"D1": 3, "D2": 1, "D3": 2, "D4": 2, "D5": 3}


def open_company_with_keys(qtbot: QtBot, window: MainWindow) -> None:
    """From the list: Ctrl+F, type, Enter into the table, Enter to open; the scan button has the focus."""
    key(qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "zoe")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    assert window.content.currentWidget() is window.company_page
    assert focused() is window.company_page.scan_button


def answer_dimension_with_keys(qtbot: QtBot, window: MainWindow, dimension: str) -> None:
    wizard = window.wizard
    assert wizard is not None
    page = dimension_page(wizard)
    assert page.dimension.id == dimension
    for value in PLAN[dimension]:
        key(qtbot, DIGITS[value])
    if dimension in AMBITIONS:
        assert page.current_entry == f"ambition:{dimension}"
        key(qtbot, DIGITS[AMBITIONS[dimension]])


def expected_answers() -> dict[str, int | None]:
    return {
        f"{dimension}.{number}": (None if value == 0 else value)
        for dimension, values in PLAN.items()
        for number, value in enumerate(values, start=1)
    }


def test_a_whole_scan_with_the_keyboard_only(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    window.companies.reload()
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 1)
    open_company_with_keys(qtbot, window)
    key(qtbot, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: window.wizard is not None)  # the scan is made in a worker
    wizard = window.wizard
    assert wizard is not None
    assert isinstance(wizard.current_page, IntakePage)
    assert wizard.page_label.text() == "Page 1 of 8: Intake"
    key(qtbot, Qt.Key.Key_PageDown)
    for dimension in PLAN:
        answer_dimension_with_keys(qtbot, window, dimension)
        key(qtbot, Qt.Key.Key_PageDown)
    assert isinstance(wizard.current_page, ReviewPage)
    assert wizard.progress_label.text() == "24 of 24 answered"
    assert wizard.review.open_items.count() == 0

    key(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    box = wait_for_box(qtbot, window, "confirmComplete")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # "Complete" is the default answer here

    qtbot.waitUntil(lambda: window.results is not None and window.results.ready)
    results = window.results
    assert results is not None
    view = context.workspace.scans.get(results.scan_id)
    assert view.scan.status == "completed"
    assert view.answers == expected_answers()
    assert view.ambitions == AMBITIONS
    expected = score_scan(view.questionnaire, expected_answers(), AMBITIONS)
    assert expected.sii_percent is not None
    assert results.body.index_figure.text() == str(round_whole(expected.sii_percent))
    assert [cell(results.body.table, row, 1) for row in range(6)] == [
        "–" if score.percent is None else str(round_whole(score.percent)) for score in expected.dimensions
    ]
    assert window.content.currentWidget() is results


def test_every_key_press_is_saved_without_a_save_button(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_on_first_dimension(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_4)
    assert wizard.save_state.property("state") == "saving"
    wait_saved(qtbot, context)
    assert wizard.save_state.text().startswith("✓ Saved")
    assert context.workspace.scans.get(wizard.session.scan_id).answers == {"D1.1": 4}
    assert not [b for b in wizard.findChildren(QPushButton) if b.text().lower().startswith("save")]


def test_closing_mid_scan_and_reopening_resumes_at_the_same_question(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, start_again: StartAgain
) -> None:
    wizard = start_on_first_dimension(qtbot, context, company, window)
    answer_dimension_with_keys(qtbot, window, "D1")
    key(qtbot, Qt.Key.Key_PageDown)
    key(qtbot, Qt.Key.Key_5)  # D2.1, then on to D2.2
    page = dimension_page(wizard)
    key(qtbot, Qt.Key.Key_N, modifier=Qt.KeyboardModifier.AltModifier)  # into the note
    qtbot.keyClicks(page.note, "Teamleiders plannen zelf")
    key(qtbot, Qt.Key.Key_Escape)  # back to the list, the note is handed over
    key(qtbot, Qt.Key.Key_Down)  # on to D2.3, not answered yet
    assert page.current_entry == "D2.3"
    window.close()  # mid-scan, straight away
    context.workspace.close()

    with start_again() as second:
        second.show_company(company)
        qtbot.waitUntil(lambda: second.company_page.ready)  # the company's scans are read in a worker
        assert second.company_page.scan_button.text() == "Resume scan (5 of 24)"
        assert focused() is second.company_page.scan_button
        key(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: second.wizard is not None)  # the scan's status is read in a worker
        resumed = second.wizard
        assert resumed is not None
        page = dimension_page(resumed)
        assert page.current_entry == "D2.3"
        assert page.list.hasFocus()
        session = resumed.session
        assert session.answers == {**{f"D1.{n}": v for n, v in enumerate(PLAN["D1"], start=1)}, "D2.1": 5}
        assert session.ambitions == {"D1": AMBITIONS["D1"]}
        assert session.notes == {"D2.2": "Teamleiders plannen zelf"}


def test_ctrl_z_takes_back_the_last_answer_and_that_is_saved_too(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_on_first_dimension(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_2, Qt.Key.Key_3)
    key(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, context)

    assert context.workspace.scans.get(wizard.session.scan_id).answers == {"D1.1": 2}
    page = dimension_page(wizard)
    assert page.current_entry == "D1.2", "the undone question is shown"
    assert chosen_keys(page.answers) == [], 'unanswered, not "don\'t know"'
    assert wizard.progress_label.text() == "1 of 24 answered"


def test_zero_is_dont_know_and_counts_as_answered(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_on_first_dimension(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_0)
    wait_saved(qtbot, context)

    assert context.workspace.scans.get(wizard.session.scan_id).answers == {"D1.1": None}
    assert wizard.progress_label.text() == "1 of 24 answered"


def test_a_stored_dont_know_resumes_chosen_and_answered(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    scan = scans.start(company)
    scans.answer(scan.id, "D1.1", None, not_applicable=True)
    scans.set_position(scan.id, "intake")  # the advisor went back to the intake before closing
    wizard = open_draft(qtbot, window, scan.id)
    assert wizard.progress_label.text() == "1 of 24 answered"
    key(qtbot, Qt.Key.Key_PageDown)
    page = dimension_page(wizard)
    assert page.current_entry == "D1.2", 'the page starts on the first open question: "don\'t know" is an answer'
    assert "✔ 0 · " in page.list.item(0).text()
    wizard.go_to_entry("D1.1")
    assert chosen_keys(page.answers) == ["0"]


def test_the_review_lists_what_is_open_and_enter_jumps_there(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scan = context.workspace.scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        if item_id != "D4.3":
            context.workspace.scans.answer(scan.id, item_id, 3)
    wizard = open_draft(qtbot, window, scan.id)
    wizard.go_to_page(len(wizard.pages) - 1)
    review = wizard.review

    entries = [review.open_items.item(row).text() for row in range(review.open_items.count())]
    assert entries[0].startswith("D4.3 ")
    assert len(entries) == 1 + 5, "one question and the five ambitions"
    assert review.open_items.hasFocus()
    key(qtbot, Qt.Key.Key_Return)

    page = dimension_page(wizard)
    assert (page.dimension.id, page.current_entry) == ("D4", "D4.3")


def test_a_scan_short_of_scores_cannot_be_completed_and_says_why(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_draft(qtbot, context, company, window)
    wizard.go_to_page(len(wizard.pages) - 1)

    assert not wizard.next_button.isEnabled()
    assert wizard.review.blocking.text().startswith("To complete, these dimensions need more scores: D1 Strategy")
    key(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert context.workspace.scans.get(wizard.session.scan_id).scan.status == "draft"


def test_revise_opens_a_new_draft_and_keeps_the_completed_scan(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    scan_id = completed_scan(context, company, 4)
    results = window.show_results(scan_id)
    qtbot.waitUntil(lambda: results.ready)

    assert focused() is results.plan_button
    key(qtbot, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab)  # past the PDF and the follow-up
    assert focused() is results.revise_button
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.wizard is not None)  # the revision is made in a worker
    wizard = window.wizard
    assert wizard is not None
    assert wizard.session.scan_id != scan_id
    assert wizard.subtitle.text().startswith("Revision started")
    assert scans.get(wizard.session.scan_id).scan.revision_of_id == scan_id
    assert scans.get(scan_id).scan.status == "completed"
    assert wizard.session.answers == dict.fromkeys(context.workspace.questionnaire.item_ids, 4)
