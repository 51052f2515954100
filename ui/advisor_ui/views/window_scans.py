"""The main window's part that opens scans: the wizard on a draft, the results of a completed one, resuming after a stop.

:class:`~advisor_ui.views.main_window.MainWindow` builds on it; it is here so that each module stays
readable (its one text keeps the main window's translation context). Its pages (the wizard, the
results) are imported when first built: ``open_scan``'s worker has loaded them (``scan_parts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor_app.domain.vocabulary import ScanStatus

from ..qt import QApplication, QCoreApplication, QLineEdit, is_alive
from .widgets import tell
from .window_frame import COMPANIES
from .window_pages import PagedWindow

if TYPE_CHECKING:
    import uuid  # for the types only: uuid imports platform, which the first paint does not need

    from advisor_app.services.views import ScanView

    from .scan_parts import ResultsPage, ScanSession, ScanWizard
    from .window_parts import ResumeBanner


class ScanWindow(PagedWindow):
    resume_banner: ResumeBanner
    session: ScanSession | None
    wizard: ScanWizard | None
    results: ResultsPage | None

    def open_scan(self, scan_id: uuid.UUID) -> None:
        """A draft opens in the wizard where it was left; a completed scan shows its results (its status read in a worker)."""
        scans = self.context.workspace.scans

        def opened(view: ScanView) -> None:
            if not is_alive(self):
                return
            if view.scan.status == ScanStatus.DRAFT:
                self.open_wizard(view)  # the wizard starts from what the worker read
            else:
                self.show_results(scan_id)

        def gone(error: BaseException) -> None:
            if is_alive(self):
                tell(self, "scanGone", QCoreApplication.translate("MainWindow", "Scan"), self.context.message(error))

        def read(_control: object) -> ScanView:
            from . import scan_parts  # noqa: F401 - imported here, off the UI thread; opened() builds from it

            return scans.get(scan_id)

        self.context.tasks.start(read, opened, gone)

    def open_wizard(self, view: ScanView) -> ScanWizard:
        """The wizard on a draft, from the view ``open_scan`` read in a worker (the UI thread reads nothing)."""
        from .scan_parts import ScanSession, ScanWizard

        scan_id = view.scan.id
        self._leave_scan()
        self.session = ScanSession(self.context, view)  # owned by Python: late save callbacks may still reach it
        self.wizard = ScanWizard(self.context, self.session)
        self.wizard.leave_requested.connect(self._wizard_left)
        self.wizard.completed.connect(self.show_results)
        self.content.addWidget(self.wizard)
        self.sidebar.mark(COMPANIES)
        self.content.setCurrentWidget(self.wizard)
        self.wizard.focus_current()
        self.resume_banner.withdraw()
        self._mark_open(scan_id)
        return self.wizard

    def show_results(self, scan_id: uuid.UUID) -> ResultsPage:
        from .scan_parts import ResultsPage
        from .window_parts import PLAN_TAB

        self._leave_scan()
        if self.results is not None:
            self.content.removeWidget(self.results)
            self.results.deleteLater()
        self.results = ResultsPage(self.context, scan_id)
        self.results.back_requested.connect(self.show_company)
        self.results.open_scan.connect(self.open_scan)
        self.results.open_plan.connect(lambda company_id: self.show_company(company_id, PLAN_TAB))
        self.content.addWidget(self.results)
        self.sidebar.mark(COMPANIES)
        self.content.setCurrentWidget(self.results)
        return self.results

    def _wizard_left(self) -> None:
        company_id = self.session.company.id if self.session is not None else None
        self._leave_scan()
        if company_id is not None:
            self.show_company(company_id)

    def _leave_scan(self) -> None:
        """Close the open wizard, if any; its answers are already saved or on their way."""
        if self.wizard is None or self.session is None:
            return
        wizard, session = self.wizard, self.session
        self.wizard = self.session = None
        if self.content.currentWidget() is wizard:
            self.content.setCurrentWidget(self.company_page)
        wizard.flush_pending()
        wizard.save_layout()
        session.close()
        self.content.removeWidget(wizard)
        wizard.deleteLater()
        self._mark_open(None)

    # -- resuming after a stop ------------------------------------------------------------------

    def _mark_open(self, scan_id: uuid.UUID | None) -> None:
        """The scan open in the wizard, on disk: closing the window or a crash keeps it, leaving the scan clears it."""
        scans = self.context.workspace.scans
        self.context.autosaver.submit(lambda: scans.mark_open(scan_id))

    def _offer_resume(self) -> None:
        """A draft was being edited when the app last stopped: offer to go on where it stopped."""
        scans = self.context.workspace.scans

        def offer(view: ScanView | None) -> None:
            if view is None or self.wizard is not None:
                return
            focus = QApplication.focusWidget()
            untouched = self.content.currentWidget() is self.companies_page and not isinstance(focus, QLineEdit)
            self.resume_banner.offer(view, take_focus=untouched)  # never away from what the advisor already does

        self.context.tasks.start(lambda _control: scans.interrupted(), offer, lambda _error: None)

    def _resume(self, scan_id: uuid.UUID) -> None:
        self.open_scan(scan_id)

    def _resume_declined(self) -> None:
        self._mark_open(None)
        if self.content.currentWidget() is self.companies_page:
            self.companies_page.table.setFocus()
