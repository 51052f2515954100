"""The intake without a mouse: the keyboard starts on the first open question, 1-5 answer the focused one."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.choices import ChoiceButton
from advisor_ui.wizard.dimension_page import DimensionPage
from pytestqt.qtbot import QtBot

from .helpers import focused, key, open_draft, wait_saved


def test_the_intake_starts_on_the_first_open_question_and_a_digit_answers_the_focused_scale(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    scan = scans.start(company)
    intake = context.workspace.questionnaire.intake
    scale = next(q for q in intake if q.kind == "scale")
    scans.set_intake(
        scan.id, {q.id: (50 if q.kind == "percent" else q.options[0].value if q.options else 3) for q in intake if q is not scale}
    )

    wizard = open_draft(qtbot, window, scan.id)
    card = focused()
    assert isinstance(card, ChoiceButton), "the only open question is the scale: the keyboard is on its cards"
    assert card.parentWidget() is wizard.intake.fields[scale.id]

    key(qtbot, Qt.Key.Key_4)
    wait_saved(qtbot, context)
    assert scans.get(scan.id).scan.intake[scale.id] == 4
    chosen = [c for c in wizard.intake.fields[scale.id].findChildren(ChoiceButton) if c.isChecked()]
    assert chosen == [focused()], "the focus ring is on the chosen card"


def test_on_a_dimension_page_the_focused_card_is_always_the_chosen_one(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    scan = scans.start(company)
    scans.answer(scan.id, "D1.2", 2)  # the next question already has an answer
    wizard = open_draft(qtbot, window, scan.id)
    wizard.go_to_entry("D1.1")
    page = wizard.current_page
    assert isinstance(page, DimensionPage)
    key(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # from the list to card 4
    assert focused() is page.answers.buttons[3]
    assert "(Key 4)" in focused().toolTip()

    key(qtbot, Qt.Key.Key_4)  # D1.1 = 4, on to D1.2, answered 2 before
    assert page.current_entry == "D1.2"
    card = focused()
    assert isinstance(card, ChoiceButton)
    assert card.isChecked()
    assert card.key == "2"  # the ring moved to the chosen card, not left on card 4
    wait_saved(qtbot, context)
    assert scans.get(scan.id).answers == {"D1.1": 4, "D1.2": 2}
