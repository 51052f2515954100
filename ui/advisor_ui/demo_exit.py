"""Leaving the demo in the running window: the advisor's own data folder takes the demo's place.

The window stays; what changes is the folder behind it. Open work is closed
and its saves are finished first, then the core opens the real folder (and
forgets that the demo was in use, so the next start opens the real folder
too), the context points at it and every page reloads. The demo folder stays
on disk, untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from advisor_app.workspace import Workspace

from .qt import QCoreApplication, QWidget
from .views.widgets import tell

if TYPE_CHECKING:
    from .views.main_window import MainWindow


def leave_demo(window: QWidget) -> None:
    """Switch ``window`` (the main window) from its demo folder to the advisor's own folder."""
    from .views.main_window import COMPANIES  # the main window's module imports this one (through the status bar)

    main = cast("MainWindow", window)  # the status bar's window
    context = main.context
    demo = context.workspace
    if not demo.is_demo:
        return
    main.show_section(COMPANIES)  # leaves an open scan; what was typed is saved below
    context.autosaver.flush()
    context.tasks.wait()

    def done(real: Workspace) -> None:
        context.workspace = real
        demo.close()
        main.retranslate()
        events = context.events
        for changed in (events.companies_changed, events.scans_changed, events.plans_changed, events.sync_finished):
            changed.emit()
        events.notice.emit(
            QCoreApplication.translate("DemoExit", "You are now working in your own data folder {folder}").format(
                folder=real.folder
            )
        )

    def failed(error: BaseException) -> None:
        tell(main, "leaveDemoFailed", QCoreApplication.translate("DemoExit", "Leave demo"), context.message(error))

    context.tasks.start(lambda _control: demo.leave_demo(), done, failed)
