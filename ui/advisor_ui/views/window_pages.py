"""The main window's pages that the start need not show: built the first time they are shown or asked for.

The Plans, Sync and Work overview pages and a company's page read their data only when first shown
(each is stale until then), so building them when the data folder opens bought nothing the advisor
sees, and cost about 4.5 MB of widgets and 0.1 s of the UI thread behind the Scans page at the start
(the company page with its plan editor and voucher form is half of it). Each page is built once, at
its first use, with the same signals as before; :class:`~advisor_ui.views.main_window.MainWindow`
builds on this class. Their modules are imported in the start's worker (``window_parts``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from ..qt import QSettings, QWidget
from .window_frame import COMPANIES, WindowFrame

if TYPE_CHECKING:
    import uuid  # for the types only: uuid imports platform, which the first paint does not need

    from ..context import AppContext
    from .window_parts import CompaniesPage, CompanyPage, PlansPage, SyncPage, WorkPage

P = TypeVar("P", bound=QWidget)


class PagedWindow(WindowFrame):
    context: AppContext
    companies_page: CompaniesPage

    def __init__(self, settings: QSettings | None) -> None:
        super().__init__(settings)
        self._pages: dict[str, QWidget] = {}

    def show_company(self, company_id: uuid.UUID, tab: int | None = None) -> None:
        raise NotImplementedError  # the main window's

    def show_section(self, index: int) -> None:
        raise NotImplementedError  # the main window's

    def open_scan(self, scan_id: uuid.UUID) -> None:
        raise NotImplementedError  # the scan window's

    def _page(self, name: str, build: Callable[[], P]) -> P:
        """The page ``name``, built and put in the window's stack the first time it is asked for."""
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = build()
            self.content.addWidget(page)
        return cast(P, page)

    @property
    def plans_page(self) -> PlansPage:
        def build() -> PlansPage:
            from .window_parts import PLAN_TAB, PlansPage

            page = PlansPage(self.context)
            page.open_company.connect(lambda company_id: self.show_company(company_id, PLAN_TAB))
            return page

        return self._page("plans", build)

    @property
    def sync_page(self) -> SyncPage:
        def build() -> SyncPage:
            from .window_parts import SyncPage

            return SyncPage(self.context)

        return self._page("sync", build)

    @property
    def work_page(self) -> WorkPage:
        def build() -> WorkPage:
            from .window_parts import WorkPage

            page = WorkPage(self.context)
            page.open_scan.connect(self.open_scan)
            return page

        return self._page("work", build)

    @property
    def company_page(self) -> CompanyPage:
        def build() -> CompanyPage:
            from .window_parts import CompanyPage

            page = CompanyPage(self.context)
            page.back_requested.connect(lambda: self.show_section(COMPANIES))
            page.open_scan.connect(self.open_scan)
            page.edit_requested.connect(self._edit_company)
            page.delete_requested.connect(self._delete_company)
            return page

        return self._page("company", build)

    def _edit_company(self, company_id: uuid.UUID) -> None:
        self.companies_page.edit_company(company_id, after=lambda: self.show_company(company_id))

    def _delete_company(self, company_id: uuid.UUID) -> None:
        self.companies_page.delete_company(company_id, after=lambda: self.show_section(COMPANIES))
