"""The voucher form's edits saved as they are typed: into the draft voucher, or, before its request, the form.

Each field hands over what was typed (``advisor_ui.autosave``); a draft voucher takes the change through
``VoucherService.update`` after the core's check (an amount is read as the form shows it), and with no
voucher yet the whole form is kept as typed (``VoucherService.keep_form``), amounts unread, so nothing
typed waits for the request. Every write goes through the app's one autosaver, in order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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

    def _typed(self, field: str, read: Callable[[], object]) -> bool:
        """The shown voucher's ``field`` takes what ``read`` gives, saved if it is a draft; True when that changed it.

        With no voucher yet the whole form is kept instead, unread. ``read`` gives None where the core
        refuses what is typed (the form shows why beside the field), and nothing is saved.
        """
        form = self.form
        if form.voucher is None:
            self._keep_form()
            return False
        value = read()
        if value is None or value == getattr(form.voucher, field):
            return False
        change: dict[str, Any] = {field: value}
        form.voucher = form.voucher.model_copy(update=change)
        self._save(lambda vouchers, voucher_id: vouchers.update(voucher_id, **change))
        return True

    def amount(self) -> None:
        form = self.form
        if self._typed("amount_cents", lambda: form.amount_cents() if form.check_amount() else None):
            form.show_status()  # the status line names the amount

    def contribution(self) -> None:
        form = self.form
        self._typed("own_contribution_cents", lambda: form.contribution_cents() if form.check_contribution() else None)

    def supplier(self) -> None:
        self._typed("supplier", lambda: self.form.supplier.text().strip())

    def deliverables(self, text: str) -> None:
        self._typed("deliverables", text.strip)
