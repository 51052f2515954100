"""The voucher form's edits saved as they are typed: into the draft voucher, or, before its request, the form.

Each field hands over what was typed (``advisor_ui.autosave``); a draft voucher takes the change through
``VoucherService.update`` after the core's check (an amount is read as the form shows it), and with no
voucher yet the whole form is kept as typed (``VoucherService.keep_form``), amounts unread, so nothing
typed waits for the request. Every write goes through the app's one autosaver, in order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_app.domain.vocabulary import VoucherStatus
from advisor_app.services.vouchers import VoucherFormDraft, VoucherService

if TYPE_CHECKING:
    from .voucher_form import VoucherForm


class VoucherSaves:
    """The saves of one :class:`~.voucher_form.VoucherForm`; it shows, this writes."""

    def __init__(self, form: VoucherForm) -> None:
        self.form = form

    def _save(self, change: Callable[[VoucherService, uuid.UUID], object]) -> None:
        form = self.form
        voucher = form.voucher
        if voucher is None or voucher.status != VoucherStatus.DRAFT:
            return
        vouchers, voucher_id = form.context.workspace.vouchers, voucher.id
        form.context.autosaver.submit(
            lambda: change(vouchers, voucher_id),
            lambda _result: form.context.events.plans_changed.emit(),
            form.not_saved,
        )

    def _keep_form(self) -> None:
        """No voucher yet: the form is kept as typed, amounts unread, so nothing typed waits for the request."""
        form = self.form
        company_id = form.company_id
        if company_id is None or form.voucher is not None or not form.ready:
            return
        draft = VoucherFormDraft(
            amount=form.amount.text(),
            own_contribution=form.contribution.text(),
            supplier=form.supplier.text(),
            deliverables=form.deliverables.toPlainText(),
            language=form.amounts_language,
        )
        vouchers = form.context.workspace.vouchers
        form.context.autosaver.submit(lambda: vouchers.keep_form(company_id, draft), None, form.not_saved)

    def amount(self) -> None:
        form = self.form
        if form.voucher is None:
            self._keep_form()
        elif form.check_amount():
            cents = form.amount_cents()
            if cents != form.voucher.amount_cents:
                form.voucher = form.voucher.model_copy(update={"amount_cents": cents})
                self._save(lambda vouchers, vid: vouchers.update(vid, amount_cents=cents))
                form.show_status()

    def contribution(self) -> None:
        form = self.form
        if form.voucher is None:
            self._keep_form()
        elif form.check_contribution():
            cents = form.contribution_cents()
            if cents != form.voucher.own_contribution_cents:
                form.voucher = form.voucher.model_copy(update={"own_contribution_cents": cents})
                self._save(lambda vouchers, vid: vouchers.update(vid, own_contribution_cents=cents))

    def supplier(self) -> None:
        form = self.form
        if form.voucher is None:
            self._keep_form()
        elif form.supplier.text().strip() != form.voucher.supplier:
            supplier = form.supplier.text().strip()
            form.voucher = form.voucher.model_copy(update={"supplier": supplier})
            self._save(lambda vouchers, vid: vouchers.update(vid, supplier=supplier))

    def deliverables(self, text: str) -> None:
        form = self.form
        if form.voucher is None:
            self._keep_form()
        elif text.strip() != form.voucher.deliverables:
            deliverables = text.strip()
            form.voucher = form.voucher.model_copy(update={"deliverables": deliverables})
            self._save(lambda vouchers, vid: vouchers.update(vid, deliverables=deliverables))
