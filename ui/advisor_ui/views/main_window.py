"""The main window: sections on the left, the work on the right, the facts at the bottom.

It is built in two steps, so the advisor sees it at once: the frame (``window_frame``: sidebar,
menus, a place for the status bar and an "opening" state) is shown before the data folder is
opened, and :meth:`MainWindow.attach` adds the pages when the workspace is ready (``app.start``
opens it in a worker). The pages and what they import (SQLAlchemy, the services) live in ``window_parts``,
imported in that worker; this module imports only what the frame needs.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from advisor_app import __version__
from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.vocabulary import ScanStatus

from ..autosave import AutosavingText
from ..qt import (
    QApplication,
    QCloseEvent,
    QEvent,
    QLineEdit,
    QSettings,
    QWidget,
    Signal,
    is_alive,
)
from .shortcuts_dialog import ShortcutsDialog
from .widgets import inform, tell
from .window_frame import SECTION_COUNT, WindowFrame
from .window_state import keep_window, restore_window

if TYPE_CHECKING:
    from advisor_app.services.scans import ScanView

    from ..context import AppContext
    from .window_parts import (
        CompaniesController,
        CompaniesPage,
        CompanyPage,
        PlansPage,
        ResultsPage,
        ResumeBanner,
        ScanSession,
        ScansPage,
        ScanWizard,
        SettingsDialog,
        StatusBar,
        SyncPage,
        WorkPage,
    )

COMPANIES, SCANS, PLANS, SYNC, WORK = range(SECTION_COUNT)


class MainWindow(WindowFrame):
    ready = Signal()
    """The pages are in and filling: the data folder is open (emitted by :meth:`attach`)."""

    context: AppContext
    companies: CompaniesController
    companies_page: CompaniesPage
    scans_page: ScansPage
    plans_page: PlansPage
    company_page: CompanyPage
    sync_page: SyncPage
    work_page: WorkPage
    resume_banner: ResumeBanner
    status: StatusBar

    def __init__(self, context: AppContext | None = None, settings: QSettings | None = None) -> None:
        """With ``context``, the whole window at once; without, the frame that waits for :meth:`attach`.

        ``settings`` are the window settings known before the data folder opens (the chosen folder's);
        the frame takes its size and place from them, so it does not move when the pages come.
        """
        super().__init__(settings)
        self.session: ScanSession | None = None
        self.wizard: ScanWizard | None = None
        self.results: ResultsPage | None = None
        self.sections: list[QWidget] = []
        self.attached = False
        self._wanted_section = COMPANIES
        """The section asked for while the data folder was still opening (the sidebar, Ctrl+2)."""
        self._frame_settings = settings
        for action, slot in (
            (self.new_action, self._new_company),
            (self.import_action, self._import),
            (self.settings_action, self.open_settings),
            (self.backup_action, self._back_up),
            (self.folder_action, lambda: self.context.open_file(self.context.workspace.folder)),
            (self.quit_action, self.close),
            (self.find_action, self.focus_search),
            (self.keys_action, self.show_keys),
            (self.about_action, self.show_about),
        ):
            action.triggered.connect(slot)
        for index, action in enumerate(self.section_actions):
            action.triggered.connect(lambda _checked=False, index=index: self.show_section(index))
        self.navigation.currentRowChanged.connect(self.show_section)
        self._advisor_name = ""
        """The name under the brand, read in a worker at the start and after the settings closed."""
        self.retranslate()
        self.navigation.setCurrentRow(COMPANIES)
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """The data folder is open: build the pages, the status bar and the resume banner, and fill them."""
        from .window_parts import (
            PLAN_TAB,
            CompaniesController,
            CompaniesPage,
            CompanyPage,
            PlansPage,
            ResumeBanner,
            ScansPage,
            StatusBar,
            SyncPage,
            WorkPage,
        )

        self.context = context
        self.companies = CompaniesController(context, self)
        self.companies_page = CompaniesPage(self.companies)
        self.scans_page = ScansPage(context)
        self.plans_page = PlansPage(context)
        self.company_page = CompanyPage(context)
        self.sync_page = SyncPage(context)
        self.work_page = WorkPage(context)
        self.sections = [self.companies_page, self.scans_page, self.plans_page, self.sync_page, self.work_page]
        for page in [*self.sections, self.company_page]:
            self.content.addWidget(page)
        self.resume_banner = ResumeBanner()
        self.work_layout.insertWidget(0, self.resume_banner)
        self.status = StatusBar(context)
        self.setStatusBar(self.status)

        self.companies_page.open_company.connect(self.show_company)
        self.scans_page.open_scan.connect(self.open_scan)
        self.work_page.open_scan.connect(self.open_scan)
        self.plans_page.open_company.connect(lambda company_id: self.show_company(company_id, PLAN_TAB))
        self.company_page.back_requested.connect(lambda: self.show_section(COMPANIES))
        self.company_page.open_scan.connect(self.open_scan)
        self.company_page.edit_requested.connect(self._edit_company)
        self.company_page.delete_requested.connect(self._delete_company)
        context.translations.changed.connect(self.retranslate)
        self._sync_waiting = False
        """A connection appeared while a scan was open: sync once the scan is closed."""
        self.status.controller.connection_appeared.connect(self._sync_when_online)
        self.content.currentChanged.connect(lambda _index: self._sync_when_online() if self._sync_waiting else None)

        if self._frame_settings is None or self._frame_settings.fileName() != context.settings.fileName():
            restore_window(self, self.splitter, context.settings)
        self.attached = True
        for action in self.data_actions:
            action.setEnabled(True)
        self.retranslate()
        self._read_advisor_name()
        self.show_section(self._wanted_section)
        self.companies.reload()
        self.resume_banner.resume_requested.connect(self._resume)
        self.resume_banner.dismissed.connect(self._resume_declined)
        self._offer_resume()
        self.ready.emit()

    # -- navigation ------------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        if not self.attached:  # the pages come with the data folder; that section is shown then
            self._wanted_section = index
            self.sidebar.mark(index)
            return
        self._leave_scan()
        self.sidebar.mark(index)
        self.content.setCurrentWidget(self.sections[index])
        if index == COMPANIES:
            self.companies_page.table.setFocus()

    def show_company(self, company_id: uuid.UUID, tab: int | None = None) -> None:
        self._leave_scan()
        try:
            self.company_page.show_company(company_id, tab)
        except BasisscanError as error:
            tell(self, "companyGone", self.tr("Company"), str(error))
            return
        self.sidebar.mark(COMPANIES)
        self.content.setCurrentWidget(self.company_page)
        self.company_page.scan_button.setFocus()
        self.companies_page.table.select_id(company_id)

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
                tell(self, "scanGone", self.tr("Scan"), self.context.message(error))

        self.context.tasks.start(lambda _control: scans.get(scan_id), opened, gone)

    def open_wizard(self, view: ScanView) -> ScanWizard:
        """The wizard on a draft, from the view ``open_scan`` read in a worker (the UI thread reads nothing)."""
        from .window_parts import ScanSession, ScanWizard

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
        from .window_parts import PLAN_TAB, ResultsPage

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

    def _sync_when_online(self) -> None:
        """The optional sync when the server answers again (a setting); never while a scan's wizard is open."""
        from .window_parts import auto_sync_enabled

        facts = self.status.controller.facts
        if not auto_sync_enabled(self.context.settings) or facts is None or facts.demo or not facts.server:
            self._sync_waiting = False
            return
        if self.wizard is not None:
            self._sync_waiting = True
            return
        self._sync_waiting = False
        self.sync_page.sync_when_online(facts.server)

    def focus_search(self) -> None:
        """Ctrl+F anywhere: the search of the page on screen (companies, scans, plans, a scan's questions)."""
        page = self.content.currentWidget()
        search = getattr(page, "focus_search", None)
        if callable(search):
            search()

    # -- company actions ---------------------------------------------------------------------------

    def _new_company(self) -> None:
        self.show_section(COMPANIES)
        self.companies_page.new_company()

    def _import(self) -> None:
        self.show_section(COMPANIES)
        self.companies_page.choose_import()

    def _edit_company(self, company_id: uuid.UUID) -> None:
        self.companies_page.edit_company(company_id, after=lambda: self.show_company(company_id))

    def _delete_company(self, company_id: uuid.UUID) -> None:
        self.companies_page.delete_company(company_id, after=lambda: self.show_section(COMPANIES))

    # -- dialogs -------------------------------------------------------------------------------------

    def _back_up(self) -> None:
        from .window_parts import choose_backup

        choose_backup(self, self.context)

    def open_settings(self) -> SettingsDialog:
        from .window_parts import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.finished.connect(self.retranslate)
        dialog.finished.connect(self._read_advisor_name)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_keys(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts (F1): every key, per place; opened without blocking the window."""
        dialog = ShortcutsDialog(SECTION_COUNT, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        inform(
            self,
            "aboutBasisscan",
            self.tr("About Basisscan"),
            self.tr(
                "Basisscan {version}\nThe innovation basic scan for SME advisors in the Utrecht region.\nData folder: {folder}"
            ).format(version=__version__, folder=self.context.workspace.folder),
        )

    # -- texts and state ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _read_advisor_name(self) -> None:
        context = self.context

        def show(name: str) -> None:
            if is_alive(self):
                self._advisor_name = name
                self.retranslate()

        context.tasks.start(lambda _control: context.advisor_name(), show, lambda _error: None)

    def retranslate(self) -> None:
        demo = self.attached and self.context.workspace.is_demo
        self.setWindowTitle(self.tr("Basisscan – Demo") if demo else self.tr("Basisscan"))
        self.opening.set_texts(self.tr("Opening your data ..."), "")
        names = [self.tr("Companies"), self.tr("Scans"), self.tr("Plans and vouchers"), self.tr("Sync"), self.tr("Work overview")]
        self.sidebar.set_texts(self._advisor_name or self.tr("Innovation basic scan"), names, self.tr("Sections"))
        for action, name in zip(self.section_actions, names, strict=True):
            action.setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New company"))
        self.import_action.setText(self.tr("&Import registration list..."))
        self.settings_action.setText(self.tr("&Settings..."))
        self.backup_action.setText(self.tr("&Back up..."))
        self.folder_action.setText(self.tr("Open &data folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Basisscan"))

    def save_window_state(self) -> None:
        """Size, place and splitters, once the data folder is open (before, the folder may not exist yet)."""
        if not self.attached:
            return
        settings = self.context.settings
        keep_window(self, self.splitter, settings)
        if self.wizard is not None:
            self.wizard.save_layout()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Nothing typed is lost: every field hands over what is typed, and the saves finish before the window goes."""
        self.save_window_state()
        if not self.attached:  # closed while the data folder was opening: nothing typed yet
            super().closeEvent(event)
            return
        for autosave in self.findChildren(AutosavingText):
            autosave.flush()
        if self.wizard is not None:
            self.wizard.flush_pending()
        self.context.autosaver.flush()
        self.context.tasks.wait()
        super().closeEvent(event)
