"""Companies: the list (loaded off the main thread), create, edit, erase and the CSV import.

The controller may exist before the data folder is open, holding the list read at the start without
the workspace (``advisor_app.services.early_listing``); :meth:`CompaniesController.attach` hands it the
workspace. So this module imports no service at load time (they bring SQLAlchemy): only for types.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.companies import CompanyTableModel
from ..models.records import Rows
from ..qt import QObject, Signal
from ..tasks import Control, Task
from ..waiting import WhenReady

if TYPE_CHECKING:
    from advisor_app.services.companies import CompanyInput
    from advisor_app.services.company_listing import CompanySummary
    from advisor_app.services.importing import ImportReport
    from advisor_app.services.views import CompanyView

    from ..context import AppContext


class CompaniesController(QObject):
    """Owns the companies table model and keeps it in step with the database."""

    loading_changed = Signal(bool)
    load_failed = Signal(str)

    context: AppContext

    def __init__(
        self,
        context: AppContext | None,
        parent: QObject | None = None,
        *,
        gate: WhenReady | None = None,
        deferred: bool = False,
    ) -> None:
        """Without ``context``: the list of the start's early read (:meth:`show_early`) until :meth:`attach`.

        ``gate`` keeps what the advisor asks of a company until the workspace is there (the window's own);
        ``deferred``: the list is read at the first :meth:`want` (its page shown), not at :meth:`attach`.
        """
        super().__init__(parent)
        self.gate = gate if gate is not None else WhenReady(self)
        """Set ready by its owner, the window, once every page is there; a gate of its own is ready with the context."""
        self.model = CompanyTableModel(self)
        self.loaded = False
        self._loading: Task | None = None
        self._reload_again = False
        self._early: Rows[CompanySummary] | None = None
        self._deferred = False
        if context is not None:
            self.attach(context, deferred=deferred)
            if gate is None:
                self.gate.set_ready()

    @property
    def attached(self) -> bool:
        return hasattr(self, "context")

    def show_early(self, rows: Rows[CompanySummary]) -> None:
        """The list read at the start without the workspace: shown at once; :meth:`attach` reads it again."""
        self.model.set_rows(rows)
        self._early = rows
        self.loaded = True
        self.loading_changed.emit(False)

    def attach(self, context: AppContext, *, deferred: bool = False) -> None:
        """The workspace is open: read the list from it (``deferred``: at the first :meth:`want`) and keep it in step
        with the database from now on."""
        self.context = context
        self._deferred = deferred
        context.events.companies_changed.connect(self.reload)
        context.translations.changed.connect(lambda _language: self._retranslate())
        self.reload()

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def reload(self) -> None:
        """Read the list in a worker; a request while reading reads once more afterwards."""
        if self._loading is not None:
            self._reload_again = True
            return
        if not self.attached or self._deferred:  # not asked for yet: read fresh when it is
            return
        workspace, model = self.context.workspace, self.model
        self._loading = self.context.tasks.start(
            lambda _control: model.prepare(workspace.companies.summaries()), self._loaded, self._failed
        )
        self.loading_changed.emit(True)

    def want(self) -> None:
        """The list's page is shown: a deferred list is read now (a no-op otherwise)."""
        if self._deferred:
            self._deferred = False
            self.reload()

    def _retranslate(self) -> None:
        """Headers at once; the shown words (sector names) with a fresh read in the worker."""
        self.model.retranslate_headers()
        self.reload()

    def save(
        self,
        company_id: uuid.UUID | None,
        data: CompanyInput,
        on_done: Callable[[CompanyView], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Create (``company_id`` None) or update a company in a worker; the core's verdict comes back to the dialog."""
        context = self.context

        def run(_control: Control) -> CompanyView:
            companies = context.workspace.companies
            if company_id is None:
                return companies.create(data, created_by=context.advisor_name())
            return companies.update(company_id, data)

        def done(company: CompanyView) -> None:
            self.context.events.companies_changed.emit()
            on_done(company)

        return self.context.tasks.start(run, done, on_error)

    def get(
        self, company_id: uuid.UUID, on_done: Callable[[CompanyView], None], on_error: Callable[[BaseException], None]
    ) -> Task:
        companies = self.context.workspace.companies
        return self.context.tasks.start(lambda _control: companies.get(company_id), on_done, on_error)

    def delete(self, company_id: uuid.UUID, on_done: Callable[[], None] | None = None) -> None:
        companies = self.context.workspace.companies

        def done(_result: object) -> None:
            events = self.context.events
            for changed in (events.companies_changed, events.scans_changed, events.plans_changed):
                changed.emit()
            if on_done is not None:
                on_done()

        self.context.tasks.start(
            lambda _control: companies.delete(company_id), done, lambda error: self.load_failed.emit(self.context.message(error))
        )

    def start_import(
        self, path: Path, on_done: Callable[[ImportReport], None], on_error: Callable[[BaseException], None]
    ) -> Task:
        context = self.context

        def run(_control: Control) -> ImportReport:
            from advisor_app.services.importing import import_companies

            return import_companies(context.workspace, path, created_by=context.advisor_name())

        def done(report: ImportReport) -> None:
            self.context.events.companies_changed.emit()
            on_done(report)

        return self.context.tasks.start(run, done, on_error)

    def _loaded(self, rows: Rows[CompanySummary]) -> None:
        early, self._early = self._early, None
        if early is None or rows.ids != early.ids or rows.shown != early.shown:
            self.model.set_rows(rows)  # else the workspace read what the start showed: the place and selection stay
        self.loaded = True
        self._finish()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.load_failed.emit(self.context.message(error))

    def _finish(self) -> None:
        self._loading = None
        self.loading_changed.emit(False)
        if self._reload_again:
            self._reload_again = False
            self.reload()
