"""Every scan on this device, newest first; read and prepared in a worker (the table keeps only what it shows).

The page may be made before the data folder is open, filled with the scans the start read without the
workspace (``advisor_app.services.early_listing``); :meth:`ScansPage.attach` hands it the workspace, and its
first read keeps those rows when nothing was written to the database since (:class:`Unchanged`). So this
module imports no service at load time (they bring SQLAlchemy): only for types.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_app.domain.text import active_language

from ..models.records import Rows
from ..models.scans import ALL_SCANS, STARTED, ListedScan, ScanListModel, prepared_scans
from ..qt import QComboBox, QEvent, QHBoxLayout, Qt, QVBoxLayout, Signal
from .lazy_page import LazyPage
from .tables import RecordTable, SearchBox, TableStates
from .widgets import EmptyState, make_label, tell

if TYPE_CHECKING:
    from advisor_app.services.early_listing import Unchanged

    from ..context import AppContext

STATUS_FILTERS = ("", "draft", "completed")


class ScansPage(LazyPage):
    open_scan = Signal(uuid.UUID)
    listed = Signal()
    """The rows shown are the last read's: filled, or found unchanged (then the place and selection stayed)."""

    def __init__(self, context: AppContext | None = None) -> None:
        """Without ``context``: the scans of the start's early read (:meth:`show_early`) until :meth:`attach`."""
        super().__init__()
        self.setObjectName("scansPage")
        self.all: Rows[ListedScan] = Rows.none()
        self._early: Unchanged | None = None
        self._early_language = ""
        self.title = make_label("title", "scansTitle")
        self.count = make_label("subtitle", "scansCount")
        self.model = ScanListModel(self)
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
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.table)
        self.retranslate()
        if context is not None:
            self.attach(context)

    @property
    def attached(self) -> bool:
        return hasattr(self, "context")

    def show_early(self, rows: Rows[ListedScan], unchanged: Unchanged) -> None:
        """The scans read at the start without the workspace: shown at once; the first read after :meth:`attach`
        keeps them if ``unchanged()`` says nothing was written since."""
        self._early = unchanged
        self._early_language = active_language()  # the worker's, which prepared them: it runs in the UI thread's context
        self.stale = False
        self.show_records(rows)

    def attach(self, context: AppContext) -> None:
        """The workspace is open: from now on the page reads through it and follows every change."""
        self.context = context
        context.events.scans_changed.connect(self.mark_stale)
        context.translations.changed.connect(lambda _language: self._retranslate_rows())
        if self._early is not None:
            if self._early_language != active_language():  # the profile's language came with the workspace
                self._forget_early()
            self.mark_stale()

    def _forget_early(self) -> None:
        """The early rows can no longer be the workspace's listing: the next read prepares them again."""
        early, self._early = self._early, None
        if early is not None:
            early.close()

    def reload(self) -> None:
        if self.attached:  # before, the early rows are shown and nothing can change them
            super().reload()

    def _retranslate_rows(self) -> None:
        """Headers at once; the shown words (sectors, stages) with a fresh read in the worker."""
        self.model.retranslate_headers()
        self._forget_early()
        self.mark_stale()

    def focus_search(self) -> None:
        self.search.take_focus()

    def fetch(self) -> Callable[[], Rows[ListedScan]]:
        workspace, shown = self.context.workspace, self.all
        early, self._early = self._early, None

        def read() -> Rows[ListedScan]:
            if early is not None and early(workspace.db.path):  # in the worker: the early rows are the workspace's listing
                return shown
            return prepared_scans(workspace.scans.headlines())

        return read

    def show_records(self, records: Rows[ListedScan]) -> None:
        if records is not self.all:
            self.all = records
            self._apply_status()
        self.listed.emit()

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
