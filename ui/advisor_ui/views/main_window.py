"""The main window: sections on the left, the work on the right, the facts at the bottom.

It is built in steps, so the advisor sees it at once: the frame (``window_frame``: sidebar, menus, a
place for the status bar and an "opening" state) is shown before the data folder is opened, and
:meth:`MainWindow.attach` adds the pages when the workspace is ready (``app.start`` opens it in a worker).
When the start could read the companies list (or the Scans page's scans) without the workspace,
:meth:`MainWindow.show_early` (:meth:`MainWindow.show_early_scans`) shows it before that, and what needs
the workspace waits for it (``advisor_ui.waiting``). The pages and what they
import (SQLAlchemy, the services) live in ``window_parts``, imported in that worker; this module imports
only what the frame needs. Opening scans is in ``window_scans``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_app import __version__
from advisor_app.domain.errors import BasisscanError

from ..qt import (
    QCloseEvent,
    QEvent,
    QSettings,
    QWidget,
    Signal,
    is_alive,
)
from ..waiting import WhenReady
from .widgets import inform, tell
from .window_frame import COMPANIES, PLANS, SCANS, SECTION_COUNT, SYNC, WORK
from .window_scans import ScanWindow
from .window_state import keep_window, restore_window

if TYPE_CHECKING:
    import uuid

    from advisor_app.services.company_listing import CompanySummary
    from advisor_app.services.early_listing import Unchanged

    from ..context import AppContext
    from ..models.records import Rows
    from ..models.scans import ListedScan
    from .scan_parts import ResultsPage, ScanSession, ScanWizard
    from .shortcuts_dialog import ShortcutsDialog
    from .window_parts import CompaniesController, CompaniesPage, ResumeBanner, ScansPage, SettingsDialog, StatusBar

__all__ = ["COMPANIES", "PLANS", "SCANS", "SYNC", "WORK", "MainWindow"]


class MainWindow(ScanWindow):
    ready = Signal()
    """The pages are in and filling: the data folder is open (emitted by :meth:`attach`)."""
    listing = Signal()
    """The companies list is there, filled or filling (:attr:`companies`): before the data folder is open
    when the start read the list without the workspace (:meth:`show_early`), else at :meth:`attach`."""
    section_wanted = Signal(int)
    """A section asked for while the data folder opens (the start may read the Scans page early for it)."""
    scans_listing = Signal()
    """The same for the Scans page (:attr:`scans_page`, its ``listed`` signal): early by :meth:`show_early_scans`."""

    companies: CompaniesController
    scans_page: ScansPage
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
        self.attached = False
        self.gate = WhenReady(self)
        """What the advisor asks for while only the early companies list is there waits here (:mod:`advisor_ui.waiting`)."""
        self.gate.waiting_changed.connect(self._show_waiting)
        self._early = False
        self._wanted_section = COMPANIES
        """The section asked for while the data folder was still opening (the sidebar, Ctrl+2)."""
        self._frame_settings = settings
        for action, slot in (
            (self.new_action, self._new_company),
            (self.import_action, self._import),
            (self.settings_action, self.open_settings),
            (self.backup_action, self._back_up),
            (self.folder_action, lambda: self.context.open_file(self.context.workspace.folder)),
            (self.about_action, self.show_about),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: self.gate.run(slot))
        for action, slot in (
            (self.quit_action, self.close),
            (self.find_action, self.focus_search),
            (self.keys_action, self.show_keys),
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

    def show_early(self, rows: Rows[CompanySummary]) -> None:
        """The companies list read at the start without the workspace, shown before the data folder is open.

        Searching, sorting and moving through it work at once; the rest waits for :meth:`attach` (:attr:`gate`).
        """
        from ..controllers.companies import CompaniesController
        from .companies_page import CompaniesPage

        if self.attached or self._early:
            return
        self._early = True
        self.companies = CompaniesController(None, self, gate=self.gate)
        self._add_companies_page(CompaniesPage(self.companies))
        self.listing.emit()
        self.companies.show_early(rows)
        for action in self.data_actions:
            action.setEnabled(True)
        if self._wanted_section == COMPANIES:
            self.content.setCurrentWidget(self.companies_page)
            self.companies_page.table.setFocus()

    def show_early_scans(self, rows: Rows[ListedScan], unchanged: Unchanged) -> None:
        """The Scans page filled with what the start read without the workspace; opening a scan waits (:attr:`gate`)."""
        from .scans_page import ScansPage

        if self.attached or hasattr(self, "scans_page"):
            unchanged.close()
            return
        self._add_scans_page(ScansPage())
        self.scans_listing.emit()
        self.scans_page.show_early(rows, unchanged)
        for action in self.data_actions:
            action.setEnabled(True)
        if self._wanted_section == SCANS:
            self.content.setCurrentWidget(self.scans_page)
            self.scans_page.table.setFocus()

    def _add_scans_page(self, page: ScansPage) -> None:
        self.scans_page = page
        self.content.addWidget(page)
        page.open_scan.connect(lambda scan_id: self.gate.run(lambda: self.open_scan(scan_id)))

    def _add_companies_page(self, page: CompaniesPage) -> None:
        self.companies_page = page
        self.content.addWidget(page)
        page.open_company.connect(lambda company_id: self.gate.run(lambda: self.show_company(company_id)))
        self.content.currentChanged.connect(self._companies_shown)

    def _companies_shown(self, _index: int) -> None:
        """The list is read when its page is first shown, when the start went to another page (``CompaniesController.want``)."""
        if self.content.currentWidget() is self.companies_page:
            self.companies.want()

    def _show_waiting(self, waiting: bool) -> None:
        """An action waits for the data folder: said in the frame's status bar (the real one comes with the data)."""
        if waiting and not self.attached:
            self.statusBar().showMessage(self.tr("Opening your data ..."))

    def attach(self, context: AppContext) -> None:
        """The data folder is open: the lists' pages, the status bar and the resume banner, filled; the other pages
        are built when first shown (``window_pages``)."""
        from .window_parts import CompaniesController, CompaniesPage, ResumeBanner, ScansPage, StatusBar

        self.context = context
        deferred = self._wanted_section != COMPANIES  # the list is read when its page is first shown (_add_companies_page)
        if self._early:
            self.companies.attach(context, deferred=deferred)  # read again from the workspace, kept as shown if the same
        else:
            self.companies = CompaniesController(context, self, gate=self.gate, deferred=deferred)
            self._add_companies_page(CompaniesPage(self.companies))
            self.listing.emit()
        if hasattr(self, "scans_page"):
            self.scans_page.attach(context)  # its first read keeps the early rows if nothing was written since
        else:
            self._add_scans_page(ScansPage(context))
            self.scans_listing.emit()
        self.resume_banner = ResumeBanner()
        self.work_layout.insertWidget(0, self.resume_banner)
        self.status = StatusBar(context)
        self.setStatusBar(self.status)

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
        if not (self._early and self._wanted_section == COMPANIES and self.content.currentWidget() is self.companies_page):
            self.show_section(self._wanted_section)  # the early list stays as it is, focus and place too
        self.resume_banner.resume_requested.connect(self._resume)
        self.resume_banner.dismissed.connect(self._resume_declined)
        self._offer_resume()
        self.ready.emit()
        self.gate.set_ready()  # what the advisor asked for meanwhile, in order

    # -- navigation ------------------------------------------------------------------------------

    @property
    def wanted_section(self) -> int:
        """The section asked for before the data folder is open (the start reads the companies first for it)."""
        return self._wanted_section

    def show_section(self, index: int) -> None:
        if not self.attached:  # the pages come with the data folder; that section is shown then
            self._wanted_section = index
            self.sidebar.mark(index)
            early = {COMPANIES: getattr(self, "companies_page", None), SCANS: getattr(self, "scans_page", None)}.get(index)
            self.content.setCurrentWidget(self.opening if early is None else early)  # a page read early, or "opening"
            self.section_wanted.emit(index)
            return
        self._leave_scan()
        self.sidebar.mark(index)
        self.content.setCurrentWidget(self.section_page(index))
        if index == COMPANIES:
            self.companies_page.table.setFocus()

    def section_page(self, index: int) -> QWidget:
        """The page of a section, once the data folder is open; the ones not shown yet are built now (``window_pages``)."""
        pages: tuple[Callable[[], QWidget], ...] = (
            lambda: self.companies_page,
            lambda: self.scans_page,
            lambda: self.plans_page,
            lambda: self.sync_page,
            lambda: self.work_page,
        )
        return pages[index]()

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
        self.companies_page.select_company(company_id)

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
        from .shortcuts_dialog import ShortcutsDialog

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
            self.gate.drop()
            super().closeEvent(event)
            return
        from ..autosave import AutosavingText  # the pages' fields; imported with them

        for autosave in self.findChildren(AutosavingText):
            autosave.flush()
        if self.wizard is not None:
            self.wizard.flush_pending()
        self.context.autosaver.flush()
        self.context.tasks.wait()
        super().closeEvent(event)
