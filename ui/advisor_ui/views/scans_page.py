"""Every scan on this device, newest first; read and prepared in a worker (the table keeps only what it shows)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from advisor_app.services.scans import ScanSummary

from ..context import AppContext
from ..models.records import Rows
from ..models.scans import ALL_SCANS, STARTED, ScanTableModel
from ..qt import QComboBox, QEvent, QHBoxLayout, Qt, QVBoxLayout, Signal
from .lazy_page import LazyPage
from .tables import RecordTable, SearchBox, TableStates
from .widgets import EmptyState, make_label, tell

STATUS_FILTERS = ("", "draft", "completed")


class ScansPage(LazyPage):
    open_scan = Signal(uuid.UUID)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("scansPage")
        self.context = context
        self.all: Rows[ScanSummary] = Rows.none()
        self.title = make_label("title", "scansTitle")
        self.count = make_label("subtitle", "scansCount")
        self.model = ScanTableModel(ALL_SCANS, self, keep_records=False)
        self.table = RecordTable(self.model, "scansTable")
        self.table.sortByColumn(ALL_SCANS.index(STARTED), Qt.SortOrder.DescendingOrder)
        self.search = SearchBox("scansSearch", self.table)
        self.status = QComboBox()
        self.status.setObjectName("scansStatus")
        self.status.addItems(["", "", ""])
        self.states = TableStates(self.table, EmptyState("scansEmpty"), EmptyState("scansLoading"), EmptyState("scansNoMatch"))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.states, 1)
        self.table.open_requested.connect(self.open_scan)
        self.status.activated.connect(lambda _index: self._apply_status())
        for signal in (self.table.proxy.modelReset, self.table.proxy.rowsInserted, self.table.proxy.rowsRemoved):
            signal.connect(self._update_count)
        context.events.scans_changed.connect(self.mark_stale)
        context.translations.changed.connect(lambda _language: self._retranslate_rows())
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.table)
        self.retranslate()

    def _retranslate_rows(self) -> None:
        """Headers at once; the shown words (sectors, stages) with a fresh read in the worker."""
        self.model.retranslate_headers()
        self.mark_stale()

    def focus_search(self) -> None:
        self.search.take_focus()

    def fetch(self) -> Callable[[], Rows[ScanSummary]]:
        scans, model = self.context.workspace.scans, self.model
        return lambda: model.prepare(scans.summaries())

    def show_records(self, records: Rows[ScanSummary]) -> None:
        self.all = records
        self._apply_status()

    def show_load_error(self, error: BaseException) -> None:
        tell(self, "scansLoadError", self.tr("Scans"), self.context.message(error))

    def _apply_status(self) -> None:
        wanted = STATUS_FILTERS[max(0, self.status.currentIndex())]
        self.model.set_rows(self.all if not wanted else self.model.subset(wanted, self.all))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scans"))
        self.search.setPlaceholderText(self.tr("Search by company, KvK number, sector, stage or advisor (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search scans"))
        self.table.setAccessibleName(self.tr("Scans"))
        self.status.setAccessibleName(self.tr("Show"))
        for index, text in enumerate((self.tr("All scans"), self.tr("Drafts"), self.tr("Completed"))):
            self.status.setItemText(index, text)
        self.states.empty.set_texts(
            self.tr("No scans yet"), self.tr("Open a company and start a scan; drafts and completed scans appear here.")
        )
        self.states.loading.set_texts(self.tr("Loading and scoring the scans ..."), "")
        self.states.no_match.set_texts(self.tr("No scan matches your search"), "")
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        total, shown = self.model.rowCount(), self.table.proxy.rowCount()
        self.count.setText(
            self.tr("%n scans", "", total)
            if total == shown
            else self.tr("{shown} of {total} shown").format(shown=shown, total=total)
        )
