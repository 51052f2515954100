"""The voucher amount is kept exactly as the advisor typed it, in the Dutch and in the English UI (issue 9, defect 2)."""

from __future__ import annotations

import uuid

import pytest
from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.plans.voucher_form import VoucherForm
from advisor_ui.qt import Qt
from advisor_ui.views.company_page import VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import key, wait_saved

# Written out rather than computed, so these tests say what the advisor reads.
READ_AS = {"nl": "= € 3.500,00", "en": "= €3,500.00"}
TYPED = {"nl": "3.500", "en": "3,500.00"}


def _open_draft_voucher(qtbot: QtBot, context: AppContext, window: MainWindow, company: uuid.UUID) -> VoucherForm:
    """The voucher tab of a company with a draft voucher of € 2.500, its amount field focused and selected."""
    context.workspace.vouchers.request(company, 2_500_00)
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: form.ready)  # the company's voucher is read in a worker
    qtbot.mouseClick(form.amount, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.amount.hasFocus)
    form.amount.selectAll()
    return form


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_typed_amount_with_thousands_separator_is_stored_in_full(
    qtbot: QtBot, translations: Translations, context: AppContext, company: uuid.UUID, window: MainWindow, language: str
) -> None:
    translations.apply(language)
    form = _open_draft_voucher(qtbot, context, window, company)

    qtbot.keyClicks(form.amount, TYPED[language])
    key(qtbot, Qt.Key.Key_Tab)  # leave the field, as the advisor does
    qtbot.waitUntil(lambda: context.workspace.vouchers.for_company(company)[0].amount_cents != 2_500_00)
    wait_saved(qtbot, context)

    assert context.workspace.vouchers.for_company(company)[0].amount_cents == 3_500_00
    assert form.amount_error.message == ""


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_form_shows_how_it_reads_the_amount_while_typing(
    qtbot: QtBot, translations: Translations, context: AppContext, company: uuid.UUID, window: MainWindow, language: str
) -> None:
    translations.apply(language)
    form = _open_draft_voucher(qtbot, context, window, company)

    qtbot.keyClicks(form.amount, TYPED[language])
    assert form.amount_readout.text() == READ_AS[language]

    key(qtbot, Qt.Key.Key_Tab)  # Tab selects the contribution's "€ 0,00", so typing replaces it
    assert form.contribution.hasFocus()
    qtbot.keyClicks(form.contribution, TYPED[language])
    assert form.contribution_readout.text() == READ_AS[language]


def test_an_amount_that_reads_two_ways_is_refused_with_how_to_write_it(
    qtbot: QtBot, translations: Translations, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    translations.apply("nl")
    form = _open_draft_voucher(qtbot, context, window, company)

    qtbot.keyClicks(form.amount, "3.50")
    assert form.amount_readout.text() == ""
    assert "3.500,00" in form.amount_error.message
    key(qtbot, Qt.Key.Key_Tab)
    wait_saved(qtbot, context)
    assert context.workspace.vouchers.for_company(company)[0].amount_cents == 2_500_00, "a refused amount is never saved"


def test_switching_the_language_rewrites_the_amounts_without_changing_them(
    qtbot: QtBot, translations: Translations, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    translations.apply("nl")
    context.workspace.vouchers.request(company, 3_500_00, own_contribution_cents=1_000_50)
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: form.ready)  # the company's voucher is read in a worker
    assert (form.amount.text(), form.contribution.text()) == ("€ 3.500,00", "€ 1.000,50")

    translations.apply("en")
    qtbot.waitUntil(lambda: (form.amount.text(), form.contribution.text()) == ("€3,500.00", "€1,000.50"))
    assert form.check_amount()
    assert form.check_contribution()
    assert form.amount_cents() == 3_500_00
