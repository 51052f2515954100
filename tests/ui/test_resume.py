"""After a stop in the middle of a scan, the next start offers to go on where it stopped (Enter), or not now (Esc)."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import StartAgain, dimension_page, focused, key, start_draft

D1_KEYS = (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_2)
"""D1.1 to D1.4, then the D1 ambition."""


def answer_up_to_d2_3(qtbot: QtBot, window: MainWindow, context: AppContext, company: uuid.UUID) -> uuid.UUID:
    wizard = start_draft(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_PageDown, *D1_KEYS, Qt.Key.Key_PageDown, Qt.Key.Key_4, Qt.Key.Key_3)  # D2.1, D2.2: on to D2.3
    assert dimension_page(wizard).current_entry == "D2.3"
    return wizard.session.scan_id


def test_after_closing_mid_scan_the_next_start_offers_it_and_enter_resumes_at_the_same_question(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, start_again: StartAgain
) -> None:
    scan_id = answer_up_to_d2_3(qtbot, window, context, company)
    window.close()  # in the middle of the scan
    context.workspace.close()

    with start_again() as second:
        banner = second.resume_banner
        qtbot.waitUntil(banner.isVisible)
        assert banner.text.text() == "Continue the scan of Bakkerij Zoë van Rijn? It stopped at question D2.3."
        assert focused() is banner.resume_button
        key(qtbot, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: second.wizard is not None)  # the scan may be read in the background first
        wizard = second.wizard
        assert wizard is not None
        assert wizard.session.scan_id == scan_id
        page = dimension_page(wizard)
        assert page.current_entry == "D2.3"
        assert page.list.hasFocus()
        assert not banner.isVisible()


def test_esc_says_not_now_and_the_offer_does_not_come_back(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, start_again: StartAgain
) -> None:
    answer_up_to_d2_3(qtbot, window, context, company)
    window.close()
    context.workspace.close()

    with start_again() as second:
        qtbot.waitUntil(second.resume_banner.isVisible)
        key(qtbot, Qt.Key.Key_Escape)
        assert not second.resume_banner.isVisible()
        assert second.wizard is None
        assert focused() is second.companies_page.table
    with start_again() as third:
        qtbot.waitUntil(lambda: not third.context.tasks.busy)  # the offer is read in the background
        assert not third.resume_banner.isVisible()
        assert _scan_button_text(qtbot, third, company) == "Resume scan (6 of 24)", "the draft itself still resumes"


def test_a_scan_left_the_normal_way_is_not_offered_again(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, start_again: StartAgain
) -> None:
    answer_up_to_d2_3(qtbot, window, context, company)
    wizard = window.wizard
    assert wizard is not None
    assert "(Alt+Left)" in wizard.leave_button.toolTip()
    key(qtbot, Qt.Key.Key_Left, modifier=Qt.KeyboardModifier.AltModifier)  # "Back to company"
    qtbot.waitUntil(lambda: window.wizard is None)
    window.close()
    context.workspace.close()

    with start_again() as second:
        qtbot.waitUntil(lambda: not second.context.tasks.busy)
        assert not second.resume_banner.isVisible()


def _scan_button_text(qtbot: QtBot, window: MainWindow, company: uuid.UUID) -> str:
    window.show_company(company)
    qtbot.waitUntil(lambda: window.company_page.ready)  # the company's scans are read in a worker
    return window.company_page.scan_button.text()
