"""Plans and vouchers across companies: how far implementation is, and what the vouchers commit."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from advisor_app.services.plan_overview import PlanLine, plan_overview

from .. import labels
from ..context import AppContext
from ..i18n import translate
from ..models.records import Column, RecordTableModel, Rows
from ..qt import QEvent, QHBoxLayout, Qt, QVBoxLayout, Signal
from .lazy_page import LazyPage
from .tables import RecordTable, SearchBox, TableStates
from .widgets import EmptyState, make_label, tell

COMMITTED = ("approved", "completed")


COLUMNS: list[Column[PlanLine]] = [
    Column(lambda: translate("PlanOverviewColumns", "Company"), lambda p: p.company, lambda p: p.company.casefold()),
    Column(lambda: translate("PlanOverviewColumns", "Plans"), lambda p: str(p.plans), lambda p: p.plans, numeric=True),
    Column(
        lambda: translate("PlanOverviewColumns", "Actions done"),
        lambda p: f"{p.actions_done}/{p.actions}" if p.actions else "–",
        lambda p: p.actions_done / p.actions if p.actions else -1.0,
        numeric=True,
    ),
    Column(
        lambda: translate("PlanOverviewColumns", "Voucher"),
        lambda p: labels.euros(p.voucher_cents),
        lambda p: p.voucher_cents or 0,
        numeric=True,
    ),
    Column(
        lambda: translate("PlanOverviewColumns", "Voucher status"),
        lambda p: labels.voucher_status(p.voucher_status) if p.voucher_status else "–",
    ),
    Column(lambda: translate("PlanOverviewColumns", "Last change"), lambda p: labels.day(p.updated_at), lambda p: p.updated_at),
]


class PlansPage(LazyPage):
    open_company = Signal(uuid.UUID)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("plansPage")
        self.context = context
        self.title = make_label("title", "plansTitle")
        self.totals = make_label("subtitle", "plansTotals", wrap=True)
        self.model: RecordTableModel[PlanLine] = RecordTableModel(COLUMNS, lambda line: line.company_id, self)
        self.table = RecordTable(self.model, "plansTable")
        self.search = SearchBox("plansSearch", self.table)
        self.states = TableStates(self.table, EmptyState("plansEmpty"), EmptyState("plansLoading"), EmptyState("plansNoMatch"))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addWidget(self.totals)
        layout.addWidget(self.search)
        layout.addWidget(self.states, 1)
        self.table.open_requested.connect(self.open_company)
        context.events.plans_changed.connect(self.mark_stale)
        context.events.companies_changed.connect(self.mark_stale)
        context.translations.changed.connect(self.model.retranslate)
        self.retranslate()

    def focus_search(self) -> None:
        self.search.take_focus()

    def fetch(self) -> Callable[[], Rows[PlanLine]]:
        db, model = self.context.workspace.db, self.model
        return lambda: model.prepare(plan_overview(db))

    def show_records(self, records: Rows[PlanLine]) -> None:
        self.model.set_rows(records)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._show_totals()

    def show_load_error(self, error: BaseException) -> None:
        tell(self, "plansLoadError", self.tr("Plans and vouchers"), self.context.message(error))

    def _show_totals(self) -> None:
        lines = self.model.records
        with_voucher = [line for line in lines if line.voucher_cents is not None]
        committed = sum(line.voucher_cents or 0 for line in with_voucher if line.voucher_status in COMMITTED)
        requested = sum(line.voucher_cents or 0 for line in with_voucher if line.voucher_status == "submitted")
        parts = [
            self.tr("%n company(s) with a plan", "", sum(1 for line in lines if line.plans)),
            self.tr("%n voucher(s)", "", len(with_voucher)),
            self.tr("committed {amount}").format(amount=labels.euros(committed)),
            self.tr("awaiting a decision {amount}").format(amount=labels.euros(requested)),
        ]
        self.totals.setText(" · ".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Plans and vouchers"))
        self.search.setPlaceholderText(self.tr("Search by company or status (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search plans and vouchers"))
        self.table.setAccessibleName(self.tr("Plans and vouchers"))
        self.states.empty.set_texts(
            self.tr("No plans or vouchers yet"),
            self.tr(
                "A plan starts from the results of a completed scan (Make plan); the voucher is requested on the company page."
            ),
        )
        self.states.loading.set_texts(self.tr("Loading ..."), "")
        self.states.no_match.set_texts(self.tr("Nothing matches your search"), "")
        self._show_totals()
