"""Starting the desktop app: the QApplication, the window, then the data folder, the language and the first run.

The start has two steps, so the advisor sees the window at once whatever the data folder holds: the
window's frame is shown first (sidebar, menus, "opening your data"), in the language chosen last
time; the data folder is opened in a worker (that is where SQLAlchemy, the services and the pages
are imported), and the pages fill when it is ready. The UI thread only draws.
"""

from __future__ import annotations

import linecache
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advisor_app import __version__
from advisor_app.domain.text import DEFAULT_LANGUAGE, active_language
from advisor_app.paths import APP_NAME, chosen_data_dir, resource

from .context import AppContext, create_context, window_settings
from .errors import install_excepthook, plain_message
from .i18n import Translations
from .qt import QApplication, QDialog, QEvent, QIcon, QMessageBox, QObject, QSettings, QTimer
from .style import apply_style
from .tasks import Control, TaskRunner
from .views.main_window import MainWindow
from .views.widgets import tell
from .views.window_frame import COMPANIES, SCANS

if TYPE_CHECKING:
    from advisor_app.services.early_listing import Unchanged
    from advisor_app.workspace import Workspace

ICON_SIZES = (32, 64, 256)
SIGNAL_CHECK_MS = 300
LANGUAGE_KEY = "language"
"""The advisor's language, kept in the chosen folder's window settings: the frame speaks it before the profile is read."""
QUIT_WHEN_SHOWN_ENV = "BASISSCAN_QUIT_WHEN_SHOWN"
OPEN_AT_LATEST_MS = 300
EARLY_LIST_WAIT_S = 1.0
"""How long the worker lets the UI thread show the early companies list before it imports the workspace."""


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The one QApplication, set up once: names, icon and look (Qt 6 already scales high-DPI screens unrounded)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([*(argv or sys.argv[:1])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("basisscan")
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"basisscan-{size}.png")))
    app.setWindowIcon(icon)
    apply_style(app)
    return app


@dataclass
class Opened:
    """What the worker hands the window: the open workspace and the advisor's language (``None``: the first run)."""

    workspace: Workspace
    language: str | None


class Start(QObject):
    """The second step of the start: open the data folder behind the shown frame, then hand it to the window.

    The worker begins once the frame has painted (or after :data:`OPEN_AT_LATEST_MS`, for a window
    the desktop does not draw yet), so its imports do not compete with the first paint for the one
    interpreter. ``failed`` gets one plain line when the folder cannot be opened; ``declined`` runs
    when the advisor quits the first run. ``workspace`` is set by the worker the moment the folder
    is open, so whoever ends the app can close it even if the window never got it.
    """

    def __init__(
        self,
        window: MainWindow,
        translations: Translations,
        settings: QSettings,
        data_dir: str | None,
        language: str | None,
        *,
        failed: Callable[[str], object],
        declined: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.folder = chosen_data_dir(data_dir)
        self.data_dir = data_dir
        self.translations = translations
        self.settings = settings
        self.language = language
        self.failed = failed
        self.declined = declined
        self.workspace: Workspace | None = None
        self.unchanged: Unchanged | None = None
        self.runner = TaskRunner(self, threads=1)
        self.early_runner = TaskRunner(self, threads=1)
        self.began = False
        self._scans_read_early = False
        window.installEventFilter(self)
        window.section_wanted.connect(self._section_wanted)
        QTimer.singleShot(OPEN_AT_LATEST_MS, self.begin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.begin()
        return False

    def begin(self) -> None:
        """Open the data folder in the worker (once)."""
        if self.began:
            return
        self.began = True
        self.window.removeEventFilter(self)
        data_dir = self.data_dir
        early = self._early_read(self.window.wanted_section)
        self._scans_read_early = self.window.wanted_section == SCANS
        shown = threading.Event()

        def open_data(control: Control) -> Opened:
            if early is not None:  # the wanted list through the driver alone, shown before the workspace's imports
                show = early()
                if show is not None:
                    control.note(show)
                    shown.wait(EARLY_LIST_WAIT_S)  # the UI thread fills the table without sharing the interpreter
            from advisor_app.domain.money import format_euros
            from advisor_app.workspace import Workspace

            from .views import window_parts  # noqa: F401 - imported here, off the UI thread; attach() builds from it

            linecache.clearcache()  # PySide6's import hook read each new module's source to look for "PySide6": 20 MB
            format_euros(0, active_language())  # Babel reads its locale data here, not while the pages are built
            workspace = self.workspace = Workspace.open_to_start(data_dir)  # the demo folder while the demo is in use
            return Opened(workspace, workspace.profile.language())  # no view: pydantic waits for one (services.views)

        def show_early(show: Callable[[MainWindow], None]) -> None:
            show(self.window)
            shown.set()

        self.runner.start(open_data, self._opened, self._not_opened, on_note=show_early)

    def _section_wanted(self, index: int) -> None:
        """The advisor went to the Scans page while the data folder opens: its early read, in a worker beside the opening."""
        if index != SCANS or not self.began or self._scans_read_early or self.window.attached:
            return
        self._scans_read_early = True
        read, window, folder = self._early_read(SCANS), self.window, self.folder
        if read is None:
            return

        def read_or_log(_control: Control) -> Callable[[MainWindow], None] | None:
            """A bug here costs only the early rows (the workspace's own listing follows); its details go to the log."""
            try:
                return read()
            except Exception as error:  # any: early_scans answers None for every error it expects
                from .errors import log_unexpected

                log_unexpected(folder, error)
                return None

        def show(shown: Callable[[MainWindow], None] | None) -> None:
            if shown is not None:
                shown(window)  # after the workspace came, it only closes what it was given

        self.early_runner.start(read_or_log, show, lambda _error: None)

    def _early_read(self, section: int) -> Callable[[], Callable[[MainWindow], None] | None] | None:
        """The job (for a worker) that reads ``section``'s list without the workspace and returns how to show it, if any.

        Each is a function of its own, so what it read (10,000 scans' stored rows) is gone before the workspace
        is imported; the rows keep only what the table shows.
        """
        folder = self.folder

        def companies() -> Callable[[MainWindow], None] | None:
            from advisor_app.services.early_listing import early_companies

            from .models.companies import prepared
            from .views import companies_page  # noqa: F401 - imported here, off the UI thread; show_early builds from it

            found = early_companies(folder)
            if found is None:
                return None
            rows = prepared(found)
            return lambda window: window.show_early(rows)

        def scans() -> Callable[[MainWindow], None] | None:
            from advisor_app.services.early_listing import early_scans

            from .models.scans import prepared_scans
            from .views import scans_page  # noqa: F401 - imported here, off the UI thread; show_early_scans builds from it

            read = early_scans(folder)
            if read is None:
                return None
            rows, unchanged = prepared_scans(read.listed), read.unchanged
            self.unchanged = unchanged  # closed by close() if the window never asks
            return lambda window: window.show_early_scans(rows, unchanged)

        return {COMPANIES: companies, SCANS: scans}.get(section)

    def _not_opened(self, error: BaseException) -> None:
        """One plain line (a folder that cannot be made, a newer database); a bug's details go to the folder's log."""
        self.failed(plain_message(error, self.folder))

    def _opened(self, opened: Opened) -> None:
        """The profile's language (``--lang`` wins for this run) is kept for the next start's frame, and later choices too."""
        language = opened.language
        if language is not None:
            self.settings.setValue(LANGUAGE_KEY, language)
        self.translations.changed.connect(lambda chosen: self.settings.setValue(LANGUAGE_KEY, chosen))
        wanted = self.language or language or DEFAULT_LANGUAGE
        if wanted != self.translations.language:
            self.translations.apply(wanted)
        context = create_context(opened.workspace, self.translations, QApplication.instance() or self.window)
        if language is not None:
            self.window.attach(context)
            return
        from .views.first_run import FirstRunDialog

        dialog = FirstRunDialog(context, self.window)  # asks the advisor's name (and offers demo data) once

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.workspace = context.workspace  # the demo folder, if the advisor chose the demo
                self.window.attach(context)
            else:
                self.declined()

        dialog.finished.connect(finished)
        dialog.open()

    def close(self) -> None:
        """After the event loop: wait for the opening worker and close what it opened."""
        self.runner.wait()
        self.early_runner.wait()
        if self.window.attached:
            self.window.context.autosaver.flush()
            self.window.context.tasks.wait()  # the Scans page's first read may be asking the early read's connection
            self.window.context.workspace.close()
        elif self.workspace is not None:
            self.workspace.close()
        if self.unchanged is not None:
            self.unchanged.close()  # a no-op once the Scans page asked it


def open_context(app: QApplication, data_dir: str | None, language: str | None, owner: QObject | None = None) -> AppContext:
    """The data folder opened at once, for scripts that build their own windows (benchmarks, screenshots).

    The app itself never waits for the folder: :func:`start` opens it behind the shown window.
    """
    from advisor_app.workspace import Workspace

    workspace = Workspace.open_to_start(data_dir)
    translations = Translations(app)
    profile = workspace.profile.get()
    translations.apply(language or (profile.language if profile is not None else DEFAULT_LANGUAGE))
    return create_context(workspace, translations, owner or app)


def start(
    data_dir: str | None = None,
    language: str | None = None,
    failed: Callable[[str], object] | None = None,
    declined: Callable[[], object] | None = None,
) -> tuple[MainWindow, Start]:
    """The frame shown (the benchmark times its first paint), the data folder opening behind it.

    ``window.ready`` fires once the folder is open (and the first run, if any, is done) and the pages fill.
    """
    app = create_application()
    settings = window_settings(chosen_data_dir(data_dir))
    translations = Translations(app)
    translations.apply(language or str(settings.value(LANGUAGE_KEY) or DEFAULT_LANGUAGE))
    window = MainWindow(settings=settings)
    window.show()
    opening = Start(
        window,
        translations,
        settings,
        data_dir,
        language,
        failed=failed or (lambda _message: window.close()),
        declined=declined or window.close,
    )
    return window, opening


def run(data_dir: str | None, language: str | None) -> int:
    app = create_application()
    exit_code = 0

    def failed(message: str) -> None:
        nonlocal exit_code
        exit_code = 1
        QMessageBox.critical(window, APP_NAME, message)  # started from a menu, nobody reads stderr
        print(f"advisor-app: {message}", file=sys.stderr)
        window.close()

    window, opening = start(data_dir, language, failed)

    def ready() -> None:
        def notify(text: str) -> None:
            tell(window, "unexpectedError", APP_NAME, text)

        install_excepthook(window.context.workspace.folder, notify)
        if os.environ.get(QUIT_WHEN_SHOWN_ENV):
            QTimer.singleShot(0, window.close)  # packaging checks and start-up benchmarks: open, then close cleanly

    window.ready.connect(ready)
    close_on_termination(window)
    try:
        code = app.exec()
    finally:
        window.close()  # a no-op after a normal close; otherwise it waits for the queued saves
        opening.close()
    return exit_code or code


def close_on_termination(window: MainWindow) -> None:
    """A logout or ``kill`` closes the window the normal way, so queued saves still reach the disk.

    Python only runs signal handlers between bytecodes; a short timer lets it
    look while Qt's event loop waits.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _number, _frame: window.close())
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(SIGNAL_CHECK_MS)
