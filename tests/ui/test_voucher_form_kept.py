"""What is typed into the voucher form before "Save as draft" is kept, like every typed text (issue 9's rule).

A company without a voucher has no record to save the form into; the form is
kept as typed on the device (``VoucherService.keep_form``) and is back after
leaving the company, after a restart of the window on the same data folder, and
in the request itself.
"""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.plans.voucher_form import VoucherForm
from advisor_ui.qt import Qt
from advisor_ui.views.company_page import VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import StartAgain, focused, key, wait_saved, wait_stored

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def open_form(qtbot: QtBot, window: MainWindow, company: uuid.UUID) -> VoucherForm:
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: not form.supplier.isReadOnly())  # the company's voucher is read in a worker
    return form


def test_a_form_typed_before_the_request_is_back_after_a_restart(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, start_again: StartAgain
) -> None:
    form = open_form(qtbot, window, company)
    key(qtbot, Qt.Key.Key_S, modifier=ALT)
    assert focused() is form.supplier
    qtbot.keyClicks(form.supplier, "Hogeschool Utrecht")
    wait_stored(qtbot, lambda: context.workspace.vouchers.kept_form(company).supplier, "Hogeschool Utrecht")
    key(qtbot, Qt.Key.Key_D, modifier=ALT)
    qtbot.keyClicks(form.deliverables, "Twee workshops roosters")
    key(qtbot, Qt.Key.Key_A, modifier=ALT)
    qtbot.keyClicks(form.amount, "3,500")  # the last keys just before closing: the close hands them over
    key(qtbot, Qt.Key.Key_Q, modifier=CTRL)
    assert not window.isVisible()
    assert context.workspace.vouchers.for_company(company) == []  # typing is no request
    context.workspace.close()

    with start_again() as second:
        reopened = second.context
        again = open_form(qtbot, second, company)
        assert again.supplier.text() == "Hogeschool Utrecht"
        assert again.deliverables.toPlainText() == "Twee workshops roosters"
        assert again.amount.text() == "3,500"
        assert again.amount_readout.text() == "= €3,500.00"

        qtbot.mouseClick(again.request_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reopened.workspace.vouchers.for_company(company) != [])
        [voucher] = reopened.workspace.vouchers.for_company(company)
        assert (voucher.amount_cents, voucher.supplier, voucher.deliverables, voucher.status) == (
            3_500_00,
            "Hogeschool Utrecht",
            "Twee workshops roosters",
            "draft",
        )
        qtbot.waitUntil(lambda: again.ready and again.voucher is not None)
        assert again.status.text().startswith("Voucher €3,500.00 · Draft since")


def test_leaving_the_company_keeps_the_form_and_a_refused_amount_as_typed(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    form = open_form(qtbot, window, company)
    key(qtbot, Qt.Key.Key_A, modifier=ALT)
    qtbot.keyClicks(form.amount, "4500")  # above the limit: refused, and kept as typed to be corrected
    assert form.amount_error.message == "The voucher amount €4,500.00 is above the maximum of €4,000.00"
    key(qtbot, Qt.Key.Key_1, modifier=CTRL)  # to the companies list
    wait_saved(qtbot, context)

    form = open_form(qtbot, window, company)
    assert form.amount.text() == "4500"
    assert form.amount_error.message == "The voucher amount €4,500.00 is above the maximum of €4,000.00"
    assert not form.request_button.isEnabled()
