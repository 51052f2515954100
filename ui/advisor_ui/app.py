"""Starting the desktop app: the QApplication, the data folder, the language, the first run, the window."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence

from advisor_app import __version__
from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.text import DEFAULT_LANGUAGE
from advisor_app.errors import os_failure
from advisor_app.paths import APP_NAME, resource
from advisor_app.workspace import Workspace

from .context import AppContext, create_context
from .errors import install_excepthook
from .i18n import Translations
from .qt import QApplication, QDialog, QGuiApplication, QIcon, QMessageBox, QObject, Qt, QTimer
from .style import apply_style
from .views.first_run import FirstRunDialog
from .views.main_window import MainWindow
from .views.widgets import tell

ICON_SIZES = (32, 64, 256)
SIGNAL_CHECK_MS = 300


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The one QApplication, set up once: high-DPI rounding, names, icon and look."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
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


def open_context(app: QApplication, data_dir: str | None, language: str | None, owner: QObject | None = None) -> AppContext:
    """Open the data folder and set the language: ``--lang``, else the advisor's choice, else Dutch."""
    workspace = Workspace.open_to_start(data_dir)  # the demo folder while the advisor is trying the demo
    translations = Translations(app)
    profile = workspace.profile.get()
    translations.apply(language or (profile.language if profile is not None else DEFAULT_LANGUAGE))
    return create_context(workspace, translations, owner or app)


QUIT_WHEN_SHOWN_ENV = "BASISSCAN_QUIT_WHEN_SHOWN"


def first_run_done(context: AppContext) -> bool:
    """Ask the advisor's name (and offer demo data) once; ``False`` when they chose to quit."""
    if context.workspace.profile.get() is not None:
        return True
    return FirstRunDialog(context).exec() == QDialog.DialogCode.Accepted


def start(data_dir: str | None = None, language: str | None = None) -> MainWindow | None:
    """Everything up to a shown main window (the benchmark times exactly this); ``None`` if the user quit."""
    app = create_application()
    context = open_context(app, data_dir, language)
    if not first_run_done(context):
        context.workspace.close()
        return None
    window = MainWindow(context)
    window.show()
    return window


def run(data_dir: str | None, language: str | None) -> int:
    app = create_application()
    try:
        window = start(data_dir, language)
    except (BasisscanError, OSError) as error:  # e.g. a data folder that cannot be made: one plain line too
        message = os_failure(error) if isinstance(error, OSError) else str(error)
        QMessageBox.critical(None, APP_NAME, message)  # started from a menu, nobody reads stderr
        print(f"advisor-app: {message}", file=sys.stderr)
        return 1
    if window is None:
        return 0

    def notify(text: str) -> None:
        tell(window, "unexpectedError", APP_NAME, text)

    install_excepthook(window.context.workspace.folder, notify)
    close_on_termination(window)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        QTimer.singleShot(0, window.close)  # packaging checks and start-up benchmarks: open, then close cleanly
    try:
        return app.exec()
    finally:
        window.close()  # a no-op after a normal close; otherwise it waits for the queued saves
        window.context.workspace.close()


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
