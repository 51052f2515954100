"""The intake without a mouse: the keyboard starts on the first open question, 1-5 answer the focused one."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.choices import ChoiceButton
from advisor_ui.wizard.dimension_page import DimensionPage
from pytestqt.qtbot import QtBot

from advisor_app.domain.questionnaire import IntakeQuestion

from .helpers import focused, key, open_draft, wait_saved


def intake_open_but_the_scale(context: AppContext, scan_id: uuid.UUID) -> IntakeQuestion:
    """Every intake question of the draft answered but its scale question, which is returned."""
    intake = context.workspace.questionnaire.intake
    scale = next(q for q in intake if q.kind == "scale")
    given = {q.id: (50 if q.kind == "percent" else q.options[0].value if q.options else 3) for q in intake if q is not scale}
    context.workspace.scans.set_intake(scan_id, given)
    return scale


def test_the_intake_starts_on_the_first_open_question_and_a_digit_answers_the_focused_scale(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scans = context.workspace.scans
    scan = scans.start(company)
    scale = intake_open_but_the_scale(context, scan.id)

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
    key(qtbot, Qt.Key.Key_Tab)  # from the list onto the cards: the first, as none is chosen yet
    assert focused() is page.answers.buttons[0]
    assert not any(card.isChecked() for card in page.answers.buttons)
    key(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)  # the arrows choose, card by card
    assert focused() is page.answers.buttons[3]
    assert [card.key for card in page.answers.buttons if card.isChecked()] == ["4"]
    assert "(Key 4)" in focused().toolTip()
    assert page.current_entry == "D1.1", "an arrow chooses; it does not move on"
    wait_saved(qtbot, context)
    assert scans.get(scan.id).answers == {"D1.1": 4, "D1.2": 2}

    key(qtbot, Qt.Key.Key_Tab)  # the cards are one stop: Tab leaves them for the note
    assert focused() is page.note
    key(qtbot, Qt.Key.Key_Backtab)  # and comes back on the chosen card
    assert focused() is page.answers.buttons[3]
    key(qtbot, Qt.Key.Key_Left)
    assert [card.key for card in page.answers.buttons if card.isChecked()] == ["3"] == [focused().key]  # type: ignore[attr-defined]

    key(qtbot, Qt.Key.Key_4)  # D1.1 = 4, on to D1.2, answered 2 before
    assert page.current_entry == "D1.2"
    card = focused()
    assert isinstance(card, ChoiceButton)
    assert card.isChecked()
    assert card.key == "2"  # the ring moved to the chosen card, not left on card 4
    wait_saved(qtbot, context)
    assert scans.get(scan.id).answers == {"D1.1": 4, "D1.2": 2}


def test_up_and_down_choose_between_the_rows_of_cards(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """On a small window the six cards stand 3+3: Down picks the card below, Up the one above, Right goes on into the next row."""
    scans = context.workspace.scans
    scan = scans.start(company)
    scans.answer(scan.id, "D1.1", 2)
    window.resize(1024, 700)
    wizard = open_draft(qtbot, window, scan.id)
    wizard.go_to_entry("D1.1")
    page = wizard.current_page
    assert isinstance(page, DimensionPage)
    cards = page.answers.buttons
    qtbot.waitUntil(lambda: len({card.y() for card in cards}) == 2)  # 1 2 3 / 4 5 0

    def ring_and_chosen() -> tuple[int, list[int]]:
        """Where the focus ring is, and which cards are chosen (by position: 1 2 3 / 4 5 0)."""
        return cards.index(focused()), [index for index, card in enumerate(cards) if card.isChecked()]  # type: ignore[arg-type]

    key(qtbot, Qt.Key.Key_Tab)
    assert ring_and_chosen() == (1, [1]), "Tab enters the cards on the chosen one"
    key(qtbot, Qt.Key.Key_Down)
    assert ring_and_chosen() == (4, [4])
    key(qtbot, Qt.Key.Key_Right)
    assert ring_and_chosen() == (5, [5])
    assert cards[5].key == "0"
    key(qtbot, Qt.Key.Key_Right)  # the last card: the edge, nothing changes
    assert ring_and_chosen() == (5, [5])
    key(qtbot, Qt.Key.Key_Up)
    assert ring_and_chosen() == (2, [2])
    key(qtbot, Qt.Key.Key_Right)  # on into the next row
    assert ring_and_chosen() == (3, [3])
    wait_saved(qtbot, context)
    assert scans.get(scan.id).answers == {"D1.1": 4}
    assert page.current_entry == "D1.1"


def test_the_arrows_choose_an_intake_scale_too(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    scans = context.workspace.scans
    scan = scans.start(company)
    scale = intake_open_but_the_scale(context, scan.id)
    wizard = open_draft(qtbot, window, scan.id)
    row = wizard.intake.fields[scale.id]
    assert focused() is row.findChildren(ChoiceButton)[0]
    key(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    wait_saved(qtbot, context)
    assert scans.get(scan.id).scan.intake[scale.id] == 3
    chosen = [c for c in row.findChildren(ChoiceButton) if c.isChecked()]
    assert chosen == [focused()]
