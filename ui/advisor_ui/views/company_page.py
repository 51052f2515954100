"""One company: its facts, its scans, its plan and its voucher; the scan starts (or resumes) here."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from advisor_app.domain.vocabulary import ScanStatus
from advisor_app.services.scans import ScanSummary

from .. import labels
from ..context import AppContext
from ..models.scans import ONE_COMPANY, ScanTableModel
from ..plans.plan_editor import PlanEditor
from ..plans.voucher_form import VoucherForm
from ..qt import QEvent, QHBoxLayout, Qt, QTabWidget, QVBoxLayout, QWidget, Signal, is_alive
from .company_export import choose_company_export
from .flow import FlowLayout
from .tables import RecordTable, TableStates
from .widgets import EmptyState, button, make_label, primary_button, tell

if TYPE_CHECKING:
    from advisor_app.services.views import CompanyView, ScanRecord

SCANS_TAB, PLAN_TAB, VOUCHER_TAB = range(3)


class CompanyPage(QWidget):
    back_requested = Signal()
    open_scan = Signal(uuid.UUID)
    edit_requested = Signal(uuid.UUID)
    delete_requested = Signal(uuid.UUID)
    loaded = Signal()
    """The company and its scans are read and shown."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("companyPage")
        self.context = context
        self.company: CompanyView | None = None
        self.company_id: uuid.UUID | None = None
        self.summaries: list[ScanSummary] = []
        self.ready = False
        """False while the company and its scans are read."""
        self._start_when_read = False
        """The scan button was pressed while the scans were read: it acts once they are."""
        self.starting = False
        """A new scan is being made in a worker; a second press waits for it."""

        self.back_button = button("companyBack")
        self.title = make_label("title", "companyTitle", wrap=True)
        self.facts = make_label("subtitle", "companyFacts", wrap=True, selectable=True)
        self.contact = make_label("hint", "companyContactLine", wrap=True, selectable=True)
        self.consent = make_label("badge", "companyConsentBadge")
        self.scan_button = primary_button("companyStartScan")
        self.edit_button = button("companyEdit")
        self.delete_button = button("companyDelete")
        self.export_button = button("companyExport")

        self.scans_model = ScanTableModel(ONE_COMPANY, self)
        self.scans_table = RecordTable(self.scans_model, "companyScans", stretch_column=-1)
        self.scans_empty_start = primary_button("companyScansEmptyStart")
        self.scans_states = TableStates(
            self.scans_table,
            EmptyState("companyScansEmpty", self.scans_empty_start),
            EmptyState("companyScansLoading"),
            EmptyState("companyScansNoMatch"),
        )
        self.plan = PlanEditor(context)
        self.voucher = VoucherForm(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("companyTabs")
        self.tabs.addTab(self.scans_states, "")
        self.tabs.addTab(self.plan, "")
        self.tabs.addTab(self.voucher, "")

        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        name_row = QHBoxLayout()
        name_row.addWidget(self.title, 1)
        name_row.addWidget(self.consent, 0, Qt.AlignmentFlag.AlignVCenter)
        titles.addLayout(name_row)
        titles.addWidget(self.facts)
        titles.addWidget(self.contact)
        top.addLayout(titles, 1)
        actions = QVBoxLayout()
        actions.addWidget(self.scan_button)
        row = FlowLayout()  # wraps on a small screen rather than squeeze the buttons below their text
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.export_button)
        actions.addLayout(row)
        actions.addStretch(1)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.scan_button.clicked.connect(self.start_or_resume)
        self.scans_empty_start.clicked.connect(self.start_or_resume)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.export_button.clicked.connect(self._export)
        self.scans_table.open_requested.connect(self.open_scan)
        self.setTabOrder(self.back_button, self.scan_button)
        self.setTabOrder(self.scan_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.export_button)
        self.setTabOrder(self.export_button, self.tabs)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------

    def show_company(self, company_id: uuid.UUID, tab: int | None = None) -> None:
        """Read the company and its scans afresh in a worker; the plan and the voucher read theirs alongside."""
        if company_id != self.company_id:
            self._start_when_read = False
            self.company, self.summaries = None, []
            self.scans_model.set_records([])
        self.company_id = company_id
        self.ready = False
        self.scans_states.set_loading(True)
        self.plan.show_company(company_id, self.plan.latest_completed_scan if self.company is not None else None)
        self.voucher.show_company(company_id, None)  # the form finds the plan a request funds
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.retranslate()
        workspace = self.context.workspace

        def read(_control: object) -> tuple[CompanyView, list[ScanSummary]]:
            return workspace.companies.get(company_id), workspace.scans.for_company(company_id)

        def shown(found: tuple[CompanyView, list[ScanSummary]]) -> None:
            if is_alive(self) and self.company_id == company_id:
                self._show(*found)

        def failed(error: BaseException) -> None:
            if is_alive(self):
                self.scans_states.set_loading(False)
                tell(self, "companyNotRead", self.tr("Companies"), self.context.message(error))

        self.context.tasks.start(read, shown, failed)

    def _show(self, company: CompanyView, summaries: list[ScanSummary]) -> None:
        self.company, self.summaries = company, summaries
        self.scans_model.set_records(summaries)
        self.scans_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.scans_states.set_loading(False)
        completed = [s for s in summaries if s.status == ScanStatus.COMPLETED]
        self.plan.set_latest_results(max(completed, key=lambda s: s.completed_at or s.started_at).id if completed else None)
        self.retranslate()
        self.ready = True
        self.loaded.emit()
        if self._start_when_read:
            self._start_when_read = False
            self.start_or_resume()

    def _edit(self) -> None:
        if self.company is not None:
            self.edit_requested.emit(self.company.id)

    def _export(self) -> None:
        """Export (GDPR): the company's data as one JSON file where the advisor chooses (``company_export``)."""
        if self.company is not None:
            choose_company_export(self, self.context, self.company.id)

    def _delete(self) -> None:
        if self.company is not None:
            self.delete_requested.emit(self.company.id)

    def draft(self) -> ScanSummary | None:
        drafts = [s for s in self.summaries if s.status != ScanStatus.COMPLETED]
        return drafts[0] if drafts else None

    def start_or_resume(self) -> None:
        """Resume the open draft where it stopped, or start a new scan (a follow-up if one was done)."""
        if not self.ready:
            self._start_when_read = self.company_id is not None  # pressed at once: which one is known when read
            return
        if self.company is None:
            return
        draft = self.draft()
        if draft is not None:
            self.open_scan.emit(draft.id)
            return
        if self.starting:
            return
        self.starting = True
        context, company_id = self.context, self.company.id

        def started(scan: ScanRecord) -> None:
            self.starting = False
            context.events.scans_changed.emit()
            if is_alive(self):
                self.open_scan.emit(scan.id)

        def refused(error: BaseException) -> None:
            self.starting = False
            if is_alive(self):
                tell(self, "startScanFailed", self.tr("Start scan"), context.message(error))

        context.tasks.start(
            lambda _control: context.workspace.scans.start(company_id, advisor=context.advisor_name()), started, refused
        )

    # -- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText("← " + self.tr("Companies"))
        self.back_button.setAccessibleName(self.tr("Back to companies"))
        self.edit_button.setText(self.tr("Edit..."))
        self.delete_button.setText(self.tr("Delete..."))
        self.export_button.setText(self.tr("Export (GDPR)..."))
        self.export_button.setToolTip(self.tr("Everything this device holds about the company, as one JSON file"))
        self.tabs.setTabText(SCANS_TAB, self.tr("Scans"))
        self.tabs.setTabText(PLAN_TAB, self.tr("Plan"))
        self.tabs.setTabText(VOUCHER_TAB, self.tr("Voucher"))
        self.scans_table.setAccessibleName(self.tr("Scans of this company"))
        self.scans_empty_start.setText(self.tr("Start the first scan"))
        self.scans_states.empty.set_texts(
            self.tr("No scans yet"), self.tr("The scan takes 45 to 90 minutes with the entrepreneur; it saves as you go.")
        )
        self.scans_states.loading.set_texts(self.tr("Loading ..."), "")
        self.scans_states.no_match.set_texts(self.tr("No scan matches"), "")
        self.scans_model.retranslate()
        draft = self.draft()
        if draft is not None:
            self.scan_button.setText(
                self.tr("Resume scan ({answered} of {total})").format(answered=draft.answered, total=draft.total)
            )
        elif any(s.status == ScanStatus.COMPLETED for s in self.summaries):
            self.scan_button.setText(self.tr("Start follow-up scan"))
        else:
            self.scan_button.setText(self.tr("Start scan"))
        company = self.company
        if company is None:  # still being read
            self.title.setText(self.tr("Loading ...") if self.company_id is not None else "")
            for line in (self.facts, self.contact, self.consent):
                line.clear()
            return
        self.title.setText(company.name)
        facts = [f"KvK {company.kvk}", labels.sector(company.sector)]
        if company.municipality:
            facts.append(company.municipality)
        if company.employees is not None:
            facts.append(self.tr("%n employee(s)", "", company.employees))
        self.facts.setText(" · ".join(facts))
        contact = [part for part in (company.contact_person, company.email, company.phone) if part]
        self.contact.setText(" · ".join(contact) if contact else self.tr("No contact details yet"))
        self.consent.setText(self.tr("Consent given") if company.consent else self.tr("No consent recorded"))
        self.consent.setToolTip(
            self.tr("Consent recorded on {date}").format(date=labels.day(company.consent_at))
            if company.consent_at
            else self.tr("Ask for consent before storing or sharing the company's data (Edit...)")
        )
