"""After a stop in the middle of a scan, the next start offers to go on where it stopped (Enter), or not now (Esc)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.qt import QObject, Qt
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.dimension_page import DimensionPage
from pytestqt.qtbot import QtBot

from .helpers import close_context, focused, key, make_context, open_draft, open_window

D1_KEYS = (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_2)
"""D1.1 to D1.4, then the D1 ambition."""


@contextmanager
def started_again(qtbot: QtBot, folder: Path, translations: Translations, opened_files: list[Path]) -> Iterator[MainWindow]:
    """The app started anew on the same data folder: a new context and main window."""
    owner = QObject()
    context = make_context(folder, translations, opened_files, owner)
    try:
        window = open_window(qtbot, context)
        yield window
        window.close()
    finally:
        close_context(context)


def answer_up_to_d2_3(qtbot: QtBot, window: MainWindow, context: AppContext, company: uuid.UUID) -> uuid.UUID:
    scan = context.workspace.scans.start(company)
    wizard = open_draft(qtbot, window, scan.id)
    key(qtbot, Qt.Key.Key_PageDown, *D1_KEYS, Qt.Key.Key_PageDown, Qt.Key.Key_4, Qt.Key.Key_3)  # D2.1, D2.2: on to D2.3
    page = wizard.current_page
    assert isinstance(page, DimensionPage)
    assert page.current_entry == "D2.3"
    return scan.id


def test_after_closing_mid_scan_the_next_start_offers_it_and_enter_resumes_at_the_same_question(
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    opened_files: list[Path],
    context: AppContext,
    company: uuid.UUID,
    window: MainWindow,
) -> None:
    scan_id = answer_up_to_d2_3(qtbot, window, context, company)
    window.close()  # in the middle of the scan
    context.workspace.close()

    with started_again(qtbot, tmp_path / "data", translations, opened_files) as second:
        banner = second.resume_banner
        qtbot.waitUntil(banner.isVisible)
        assert banner.text.text() == "Continue the scan of Bakkerij Zoë van Rijn? It stopped at question D2.3."
        assert focused() is banner.resume_button
        key(qtbot, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: second.wizard is not None)  # the scan may be read in the background first
        wizard = second.wizard
        assert wizard is not None
        assert wizard.session.scan_id == scan_id
        page = wizard.current_page
        assert isinstance(page, DimensionPage)
        assert page.current_entry == "D2.3"
        assert page.list.hasFocus()
        assert not banner.isVisible()


def test_esc_says_not_now_and_the_offer_does_not_come_back(
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    opened_files: list[Path],
    context: AppContext,
    company: uuid.UUID,
    window: MainWindow,
) -> None:
    answer_up_to_d2_3(qtbot, window, context, company)
    window.close()
    context.workspace.close()

    with started_again(qtbot, tmp_path / "data", translations, opened_files) as second:
        qtbot.waitUntil(second.resume_banner.isVisible)
        key(qtbot, Qt.Key.Key_Escape)
        assert not second.resume_banner.isVisible()
        assert second.wizard is None
        assert focused() is second.companies_page.table
    with started_again(qtbot, tmp_path / "data", translations, opened_files) as third:
        qtbot.waitUntil(lambda: not third.context.tasks.busy)  # the offer is read in the background
        assert not third.resume_banner.isVisible()
        assert _scan_button_text(qtbot, third, company) == "Resume scan (6 of 24)", "the draft itself still resumes"


def test_a_scan_left_the_normal_way_is_not_offered_again(
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    opened_files: list[Path],
    context: AppContext,
    company: uuid.UUID,
    window: MainWindow,
) -> None:
    answer_up_to_d2_3(qtbot, window, context, company)
    wizard = window.wizard
    assert wizard is not None
    assert "(Alt+Left)" in wizard.leave_button.toolTip()
    key(qtbot, Qt.Key.Key_Left, modifier=Qt.KeyboardModifier.AltModifier)  # "Back to company"
    qtbot.waitUntil(lambda: window.wizard is None)
    window.close()
    context.workspace.close()

    with started_again(qtbot, tmp_path / "data", translations, opened_files) as second:
        qtbot.waitUntil(lambda: not second.context.tasks.busy)
        assert not second.resume_banner.isVisible()


def _scan_button_text(qtbot: QtBot, window: MainWindow, company: uuid.UUID) -> str:
    window.show_company(company)
    qtbot.waitUntil(lambda: window.company_page.ready)  # the company's scans are read in a worker
    return window.company_page.scan_button.text()
