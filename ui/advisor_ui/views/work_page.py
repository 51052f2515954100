"""The work overview: drafts to finish, completed scans not yet sent, and sent ones (like Drafts / Ready / Sent).

Each row opens where the work stopped: a draft in the wizard at its stored
question, a completed scan on its results. Read in a worker from
``advisor_app.services.work_overview``, again whenever scans change or a sync ends.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from advisor_app.services.work_overview import WorkItem, WorkOverview, work_overview

from .. import labels
from ..context import AppContext
from ..i18n import translate
from ..models.records import Column, RecordTableModel
from ..qt import QEvent, QHBoxLayout, QTabWidget, QVBoxLayout, Signal
from .lazy_page import LazyPage
from .tables import RecordTable, TableStates
from .widgets import EmptyState, make_label, tell

DRAFTS, READY, SENT = range(3)


def _where(item: WorkItem) -> str:
    if item.position == "review":
        return translate("WorkColumns", "the review")
    if not item.position or item.position == "intake":
        return translate("WorkColumns", "the intake")
    return translate("WorkColumns", "question {item}").format(item=item.position)


def _kind(item: WorkItem) -> str:
    return translate("WorkColumns", "Revision") if item.revision else translate("WorkColumns", "Scan")


COMPANY: Column[WorkItem] = Column(
    lambda: translate("WorkColumns", "Company"), lambda i: i.company, lambda i: i.company.casefold()
)
DRAFT_COLUMNS: list[Column[WorkItem]] = [
    COMPANY,
    Column(lambda: translate("WorkColumns", "Started"), lambda i: labels.day(i.started_at), lambda i: i.started_at),
    Column(
        lambda: translate("WorkColumns", "Answered"),
        lambda i: f"{i.answered}/{i.total}",
        lambda i: i.answered / max(1, i.total),
        numeric=True,
    ),
    Column(lambda: translate("WorkColumns", "Stopped at"), _where),
    Column(lambda: translate("WorkColumns", "Kind"), _kind),
]
DONE_COLUMNS: list[Column[WorkItem]] = [
    COMPANY,
    Column(
        lambda: translate("WorkColumns", "Completed"),
        lambda i: labels.day(i.completed_at),
        lambda i: i.completed_at or i.started_at,
    ),
    Column(lambda: translate("WorkColumns", "Kind"), _kind),
]


class WorkPage(LazyPage):
    open_scan = Signal(uuid.UUID)
    """A row was opened: the main window opens a draft in the wizard, a completed scan on its results."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("workPage")
        self.context = context
        self.overview: WorkOverview | None = None
        self.title = make_label("title", "workTitle")
        self.intro = make_label("subtitle", "workIntro", wrap=True)
        self.models = [
            RecordTableModel(DRAFT_COLUMNS, lambda item: item.scan_id, self),
            RecordTableModel(DONE_COLUMNS, lambda item: item.scan_id, self),
            RecordTableModel(DONE_COLUMNS, lambda item: item.scan_id, self),
        ]
        names = ("workDrafts", "workReady", "workSent")
        self.tables = [RecordTable(model, name) for model, name in zip(self.models, names, strict=True)]
        self.all_states = [
            TableStates(table, EmptyState(f"{name}Empty"), EmptyState(f"{name}Loading"), EmptyState(f"{name}NoMatch"))
            for table, name in zip(self.tables, names, strict=True)
        ]
        self.states = self.all_states[DRAFTS]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workTabs")
        for states in self.all_states:
            self.tabs.addTab(states, "")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        for table in self.tables:
            table.open_requested.connect(self.open_scan)
        self.tabs.currentChanged.connect(lambda _index: self.focus_list())
        for signal in (context.events.scans_changed, context.events.companies_changed, context.events.sync_finished):
            signal.connect(self.mark_stale)
        context.translations.changed.connect(lambda _language: self._retranslate_rows())
        self.retranslate()

    def _retranslate_rows(self) -> None:
        for model in self.models:
            model.retranslate_headers()
        self.mark_stale()

    def focus_search(self) -> None:
        """Ctrl+F: the overview has no search; the list of the open tab takes the keys."""
        self.focus_list()

    def focus_list(self) -> None:
        table = self.tables[self.tabs.currentIndex()]
        if table.proxy.rowCount() and not table.currentIndex().isValid():
            table.select_first()
        table.setFocus()

    def fetch(self) -> Callable[[], WorkOverview]:
        db, catalogue = self.context.workspace.db, self.context.workspace.catalogue
        return lambda: work_overview(db, catalogue)

    def show_records(self, records: WorkOverview) -> None:
        self.overview = records
        for model, items in zip(self.models, (records.drafts, records.ready, records.sent), strict=True):
            model.set_records(items)
        for states in self.all_states:
            states.refresh()
        self.retranslate()

    def show_load_error(self, error: BaseException) -> None:
        tell(self, "workLoadError", self.tr("Work overview"), self.context.message(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Work overview"))
        overview = self.overview
        counts = (len(overview.drafts), len(overview.ready), len(overview.sent)) if overview is not None else (0, 0, 0)
        self.tabs.setTabText(DRAFTS, self.tr("Drafts (%n)", "", counts[DRAFTS]))
        self.tabs.setTabText(READY, self.tr("Ready to send (%n)", "", counts[READY]))
        self.tabs.setTabText(SENT, self.tr("Sent (%n)", "", counts[SENT]))
        self.intro.setText(
            self.tr("Demo data is never sent; the lists show where each scan stands.")
            if overview is not None and overview.demo
            else self.tr(
                "Drafts to finish, completed scans waiting for the next sync, and those the server holds. "
                "Enter opens a draft where it stopped, a completed scan on its results."
            )
        )
        texts = (
            (self.tr("No drafts"), self.tr("Every scan is completed.")),
            (self.tr("Nothing waiting to be sent"), self.tr("Completed scans appear here until the next sync.")),
            (self.tr("Nothing sent yet"), self.tr("After a sync, the scans the server holds are listed here.")),
        )
        for states, table, (title, text) in zip(self.all_states, self.tables, texts, strict=True):
            states.empty.set_texts(title, text)
            states.loading.set_texts(self.tr("Loading ..."), "")
            states.no_match.set_texts(self.tr("Nothing matches"), "")
            table.setAccessibleName(title)
