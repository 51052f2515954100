"""The social innovation voucher: the request (at most EUR 4,000) and its status.

The limit is the core's (``rules.VOUCHER_LIMIT_CENTS``, checked by
``rules.validate_voucher_amount``): the form says so the moment an amount is
typed and refuses to request or save a higher one; the core refuses it too.

Amounts are read and written by ``advisor_app.domain.money`` in the UI's
language; beside each amount field a readout says, as the advisor types, how
the typed text is read ("= € 3.500,00"), and an amount that could mean two
things is refused with how to write it, never guessed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_app.domain import rules
from advisor_app.domain.errors import ValidationError
from advisor_app.domain.money import format_euros, parse_euros
from advisor_app.domain.text import Text, active_language
from advisor_app.domain.vocabulary import VOUCHER_TRANSITIONS, VoucherStatus
from advisor_app.services.vouchers import VoucherFormDraft

from .. import labels
from ..autosave import AutosavingText
from ..context import AppContext
from ..qt import QEvent, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, Signal, is_alive
from ..views.widgets import FieldError, make_label, primary_button, tell
from ..wizard.note import NoteEdit
from .voucher_saves import VoucherSaves

if TYPE_CHECKING:
    from advisor_app.services.views import VoucherView


def _sentence(message: str) -> Text:
    return Text(message, message)


class VoucherForm(QWidget):
    loaded = Signal()
    """The company's voucher (or its form as typed) is shown and can be edited."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voucherForm")
        self.context = context
        self.company_id: uuid.UUID | None = None
        self.plan_id: uuid.UUID | None = None
        self.voucher: VoucherView | None = None
        """The company's live voucher as read, and as saved since (a value: changes go to the service)."""
        self.history: list[VoucherView] = []
        self.ready = False
        """False while the company's voucher is read or a request or status step is on its way."""

        self.intro = make_label("hint", "voucherIntro", wrap=True)
        self.status = make_label("heading", "voucherStatus", wrap=True)
        self.amount = QLineEdit()
        self.amount.setObjectName("voucherAmount")
        self.amount_error = FieldError(self.amount, "voucherAmountError")
        self.amount_readout = make_label("hint", "voucherAmountReadout")
        self.contribution = QLineEdit()
        self.contribution.setObjectName("voucherContribution")
        self.contribution_error = FieldError(self.contribution, "voucherContributionError")
        self.contribution_readout = make_label("hint", "voucherContributionReadout")
        self.amounts_language = active_language()
        """The language the amount fields' text is written in, so a language switch can rewrite it."""
        self.supplier = QLineEdit()
        self.supplier.setObjectName("voucherSupplier")
        self.deliverables = NoteEdit("voucherDeliverables", lines=3)
        self.request_button = primary_button("voucherRequest")
        self.transition_row = QHBoxLayout()
        self.transition_buttons: list[QPushButton] = []
        self.history_label = make_label("hint", "voucherHistory", wrap=True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.row_labels: list[QLabel] = []
        for field, error, readout in (
            (self.amount, self.amount_error, self.amount_readout),
            (self.contribution, self.contribution_error, self.contribution_readout),
            (self.supplier, None, None),
            (self.deliverables, None, None),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            if readout is None:
                box.addWidget(field)
            else:
                line = QHBoxLayout()
                line.addWidget(field, 1)
                line.addWidget(readout)
                box.addLayout(line)
            if error is not None:
                box.addWidget(error)
            label = QLabel()
            label.setBuddy(field)
            self.row_labels.append(label)
            self.form.addRow(label, box)
        buttons = QHBoxLayout()
        buttons.addLayout(self.transition_row)
        buttons.addStretch(1)
        buttons.addWidget(self.request_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.history_label)
        layout.addStretch(1)

        self.amount.textEdited.connect(lambda _text: self.check_amount())
        self.contribution.textEdited.connect(lambda _text: self.check_contribution())
        self.autosaves = [AutosavingText(field) for field in (self.amount, self.contribution, self.supplier)]
        """Typed amounts and supplier are saved as typed, like every text field (see ``advisor_ui.autosave``)."""
        self.saves = VoucherSaves(self)
        for autosave, save in zip(self.autosaves, (self.saves.amount, self.saves.contribution, self.saves.supplier), strict=True):
            autosave.handed_over.connect(lambda _text, save=save: save())
        self.deliverables.settled.connect(self.saves.deliverables)
        self.request_button.clicked.connect(self.request)
        self.retranslate()

    # -- rules (the core's, shown as the user types) --------------------------------------

    def amount_cents(self) -> int:
        text = self.amount.text().strip()
        if not text:
            raise ValidationError("amount", _sentence(self.tr("Enter the amount of the voucher")))
        return rules.validate_voucher_amount(parse_euros(text, active_language()))

    def contribution_cents(self) -> int:
        text = self.contribution.text().strip()
        return rules.validate_own_contribution(parse_euros(text, active_language())) if text else 0

    def check_amount(self) -> bool:
        self._show_reading(self.amount, self.amount_readout)
        return self._check(self.amount_cents, self.amount_error)

    def check_contribution(self) -> bool:
        self._show_reading(self.contribution, self.contribution_readout)
        return self._check(self.contribution_cents, self.contribution_error)

    def _show_reading(self, field: QLineEdit, readout: QLabel) -> None:
        """How the typed text is read, or nothing: a refusal shows in the field's error line instead."""
        try:
            cents = parse_euros(field.text(), active_language()) if field.text().strip() else None
        except ValidationError:
            cents = None
        readout.setText("" if cents is None else self.tr("= {amount}").format(amount=format_euros(cents, active_language())))

    def _rewrite_amounts(self) -> None:
        """After a language switch, write the amount fields in the new language's notation (what they held stays)."""
        language = active_language()
        for field, readout in ((self.amount, self.amount_readout), (self.contribution, self.contribution_readout)):
            try:
                cents = parse_euros(field.text(), self.amounts_language) if field.text().strip() else None
            except ValidationError:
                cents = None
            if cents is not None:
                field.setText(format_euros(cents, language))
            if readout.text():
                self._show_reading(field, readout)
        self.amounts_language = language

    def _check(self, rule: Callable[[], int], error_label: FieldError) -> bool:
        try:
            rule()
        except ValidationError as error:
            error_label.show_message(str(error))
            self._update_request_button()
            return False
        error_label.clear_message()
        self._update_request_button()
        return True

    def _update_request_button(self) -> None:
        self.request_button.setEnabled(self.ready and not self.amount_error.message and not self.contribution_error.message)

    # -- loading ---------------------------------------------------------------------------

    def show_company(self, company_id: uuid.UUID, plan_id: uuid.UUID | None) -> None:
        """Show the company's voucher, or the form as typed before its request; read in a worker."""
        if company_id != self.company_id:
            self.flush()  # what is typed goes to the company it was typed for
        self.company_id = company_id
        self.plan_id = plan_id
        self._set_busy(True)
        vouchers, plans = self.context.workspace.vouchers, self.context.workspace.plans

        def read(_control: object) -> tuple[list[VoucherView], VoucherFormDraft, uuid.UUID | None]:
            """The voucher, the form as typed, and (unless given) the plan a request funds: the company's latest."""
            latest = plan_id
            if latest is None:
                company_plans = plans.for_company(company_id)
                latest = company_plans[-1].id if company_plans else None
            return vouchers.for_company(company_id), vouchers.kept_form(company_id), latest

        def loaded(found: tuple[list[VoucherView], VoucherFormDraft, uuid.UUID | None]) -> None:
            if is_alive(self) and self.company_id == company_id:
                self.history, kept, self.plan_id = found
                live = [v for v in self.history if v.status != VoucherStatus.REJECTED]
                self.voucher = live[-1] if live else None
                self._fill(kept)
                self._set_busy(False)
                self.loaded.emit()

        def failed(error: BaseException) -> None:
            if is_alive(self):
                tell(self, "voucherNotRead", self.tr("Voucher"), self.context.message(error))

        self.context.tasks.start(read, loaded, failed)

    def _set_busy(self, busy: bool) -> None:
        """While the company's voucher is read or a change is on its way, the form shows and waits."""
        self.ready = not busy
        editable = not busy and (self.voucher is None or self.voucher.status == VoucherStatus.DRAFT)
        for field in (self.amount, self.contribution, self.supplier):
            field.setReadOnly(not editable)
        self.deliverables.setReadOnly(not editable)
        for step in self.transition_buttons:
            step.setEnabled(not busy)
        self._update_request_button()

    def _fill(self, kept: VoucherFormDraft) -> None:
        voucher = self.voucher
        for error in (self.amount_error, self.contribution_error):
            error.clear_message()
        for readout in (self.amount_readout, self.contribution_readout):
            readout.clear()
        self.amounts_language = active_language()
        if voucher is None:
            self.amount.setText(kept.amount)
            self.contribution.setText(kept.own_contribution)
            self.supplier.setText(kept.supplier)
            self.deliverables.set_text_quietly(kept.deliverables)
            if kept.language and kept.language != self.amounts_language:
                self.amounts_language = kept.language
                self._rewrite_amounts()  # typed in another language: written in this one, what it held stays
            if kept.amount.strip():
                self.check_amount()
            if kept.own_contribution.strip():
                self.check_contribution()
        else:
            self.amount.setText(format_euros(voucher.amount_cents, self.amounts_language))
            self.contribution.setText(format_euros(voucher.own_contribution_cents, self.amounts_language))
            self.supplier.setText(voucher.supplier)
            self.deliverables.set_text_quietly(voucher.deliverables)
        self.request_button.setVisible(voucher is None)
        for old in self.transition_buttons:
            old.deleteLater()
        self.transition_buttons = []
        if voucher is not None:
            for target in VOUCHER_TRANSITIONS[voucher.status]:
                step = QPushButton(labels.voucher_transition(target))
                step.setObjectName(f"voucherTo_{target}")
                step.clicked.connect(lambda _checked=False, target=target: self.move_to(target))
                self.transition_row.addWidget(step)
                self.transition_buttons.append(step)
        self.show_status()

    def show_status(self) -> None:
        voucher = self.voucher
        if voucher is None:
            self.status.setText(self.tr("No voucher requested yet"))
        else:
            since = voucher.status_changed_at or voucher.created_at
            self.status.setText(
                self.tr("Voucher {amount} · {status} since {date}").format(
                    amount=labels.euros(voucher.amount_cents),
                    status=labels.voucher_status(voucher.status),
                    date=labels.day(since),
                )
            )
        rejected = [v for v in self.history if v.status == VoucherStatus.REJECTED]
        self.history_label.setText(
            self.tr("Earlier rejected: {list}").format(
                list=", ".join(f"{labels.euros(v.amount_cents)} ({labels.day(v.status_changed_at)})" for v in rejected)
            )
            if rejected
            else ""
        )

    # -- changes ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand over what is being typed (before another company is shown, before the window closes)."""
        for autosave in (*self.autosaves, self.deliverables.autosave):
            autosave.flush()

    def request(self) -> None:
        """Make the voucher from the form, after every queued write; the core checks it again."""
        amount_ok = self.check_amount()
        contribution_ok = self.check_contribution()
        company_id = self.company_id
        if company_id is None or not self.ready or not (amount_ok and contribution_ok):
            return
        self.flush()
        vouchers, plan_id = self.context.workspace.vouchers, self.plan_id
        amount, contribution = self.amount_cents(), self.contribution_cents()
        supplier, deliverables = self.supplier.text(), self.deliverables.toPlainText()
        self._set_busy(True)

        def refused(error: BaseException) -> None:
            if not is_alive(self):
                return
            self._set_busy(False)
            if isinstance(error, ValidationError):
                target = self.contribution_error if error.field == "own_contribution" else self.amount_error
                target.show_message(str(error))
                self._update_request_button()
            else:
                tell(self, "voucherRefused", self.tr("Voucher"), self.context.message(error))

        self.context.autosaver.submit(
            lambda: vouchers.request(
                company_id,
                amount,
                own_contribution_cents=contribution,
                supplier=supplier,
                deliverables=deliverables,
                plan_id=plan_id,
            ),
            lambda _voucher: self._changed(company_id),
            refused,
        )

    def move_to(self, status: str) -> None:
        """One step of the voucher's status, after every queued write (the typed text first)."""
        voucher, company_id = self.voucher, self.company_id
        if voucher is None or company_id is None or not self.ready:
            return
        self.flush()
        vouchers, voucher_id = self.context.workspace.vouchers, voucher.id
        self._set_busy(True)

        def refused(error: BaseException) -> None:
            if is_alive(self):
                self._set_busy(False)
                tell(self, "voucherRefused", self.tr("Voucher"), self.context.message(error))

        self.context.autosaver.submit(
            lambda: vouchers.set_status(voucher_id, status), lambda _voucher: self._changed(company_id), refused
        )

    def _changed(self, company_id: uuid.UUID) -> None:
        self.context.events.plans_changed.emit()
        if is_alive(self) and self.company_id == company_id:
            self.show_company(company_id, self.plan_id)

    def not_saved(self, error: BaseException) -> None:
        if is_alive(self):
            tell(self, "voucherNotSaved", self.tr("Voucher"), self.context.message(error))

    # -- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        limit = format_euros(rules.VOUCHER_LIMIT_CENTS, active_language())
        self.intro.setText(
            self.tr(
                "A social innovation voucher pays a knowledge supplier for implementing the plan: "
                "at most {limit}, one voucher per company."
            ).format(limit=limit)
        )
        texts = (self.tr("&Amount"), self.tr("&Own contribution"), self.tr("&Supplier"), self.tr("&Deliverables"))
        for label, text, field in zip(
            self.row_labels, texts, (self.amount, self.contribution, self.supplier, self.deliverables), strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.amount.setPlaceholderText(self.tr("At most {limit}").format(limit=limit))
        self._rewrite_amounts()  # a kept form draft names its language, so it stays readable as it is
        self.contribution.setPlaceholderText(self.tr("Paid by the company itself (optional)"))
        self.supplier.setPlaceholderText(self.tr("Knowledge institute or adviser doing the work"))
        self.deliverables.setPlaceholderText(self.tr("What the supplier delivers"))
        self.request_button.setText(self.tr("Save as draft"))
        for button, target in zip(
            self.transition_buttons, VOUCHER_TRANSITIONS[self.voucher.status] if self.voucher else (), strict=False
        ):
            button.setText(labels.voucher_transition(target))
        self.show_status()
