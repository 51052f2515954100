"""The voucher form's buttons say what they do: "Save as draft" keeps the advisor's draft, "Request voucher" requests it.

Before, the button that made a draft was called "Request voucher": an advisor who pressed it had
requested nothing, and the programme office's funnel counted a draft (tests/sync/test_requested_voucher_counts.py).
"""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.views.company_page import VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.domain.vocabulary import VoucherStatus


def test_pressing_request_voucher_requests_the_voucher(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: form.ready)  # the company's voucher is read in a worker
    qtbot.keyClicks(form.amount, "3,000")
    qtbot.keyClicks(form.supplier, "Hogeschool Utrecht")
    assert form.request_button.text() == "Save as draft"
    qtbot.mouseClick(form.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ready and form.voucher is not None)
    assert context.workspace.vouchers.for_company(company)[0].status == VoucherStatus.DRAFT
    assert form.status.text().startswith("Voucher €3,000.00 · Draft since")

    [request] = [button for button in form.transition_buttons if button.text() == "Request voucher"]
    qtbot.mouseClick(request, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ready and form.voucher is not None and form.voucher.status == VoucherStatus.SUBMITTED)
    assert context.workspace.vouchers.for_company(company)[0].status == VoucherStatus.SUBMITTED
