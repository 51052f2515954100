"""The demo in the desktop: its own folder, "Demo" in the title and status bar, no sync, and a way out to a clean real folder."""

from __future__ import annotations

from pathlib import Path

from advisor_sync.client import Credentials
from advisor_ui.context import AppContext
from advisor_ui.qt import Qt, QWidget
from advisor_ui.views.first_run import DEMO_COMPANIES
from advisor_ui.views.main_window import SYNC, MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.workspace import Workspace

from ..server.live import PASSWORD, Database, LiveServer
from ..sync.helpers import FAST_RETRY, TIMEOUTS, MemoryKeyring, server_records
from .helpers import first_run_dialog, open_window
from .live_sqlite import backend, database, databases, server

__all__ = ["backend", "database", "databases", "server"]


def first_run_with_demo(qtbot: QtBot, context: AppContext) -> None:
    dialog = first_run_dialog(qtbot, context)
    qtbot.keyClicks(dialog.name, "Samira Haddou")
    qtbot.keyClick(dialog.demo, Qt.Key.Key_Space)
    assert dialog.demo.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)


def in_demo(context: AppContext) -> bool:
    return context.workspace.is_demo


def shown(widget: QWidget) -> bool:
    return widget.isVisible()


def test_the_first_runs_demo_opens_its_own_folder_and_leaving_it_opens_a_clean_real_one(
    qtbot: QtBot, fresh: AppContext, tmp_path: Path
) -> None:
    real_folder = tmp_path / "Basisscan"
    first_run_with_demo(qtbot, fresh)

    assert fresh.workspace.folder == real_folder / "demo", "demo data in a folder of its own"
    assert in_demo(fresh)
    with Workspace(real_folder) as real:
        assert real.companies.list() == [], "the real folder got none of it"

    window = open_window(qtbot, fresh)
    try:
        assert window.windowTitle() == "Basisscan – Demo"
        qtbot.waitUntil(lambda: shown(window.status.demo))  # the status bar reads its facts in a worker
        assert window.status.demo.text() == "Demo"
        assert window.status.pending.text() == "Demo: nothing is synced"
        assert window.companies.model.rowCount() == DEMO_COMPANIES

        qtbot.mouseClick(window.status.leave_demo, Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: window.windowTitle() == "Basisscan")
        assert fresh.workspace.folder == real_folder
        assert not in_demo(fresh)
        qtbot.waitUntil(lambda: window.companies.model.rowCount() == 0)
        qtbot.waitUntil(lambda: window.status.pending.text() == "Nothing to sync yet")  # a fresh folder, never synced
        assert not shown(window.status.demo)
        assert not shown(window.status.leave_demo)
        assert fresh.workspace.profile.advisor_name() == "Samira Haddou", "the first run is not asked again"
    finally:
        window.close()
        window.deleteLater()

    with Workspace.open_to_start(real_folder) as next_start:
        assert next_start.folder == real_folder, "the next start opens the real folder too"
        assert next_start.profile.get() is not None


def test_the_sync_page_of_a_demo_refuses_in_one_plain_line_and_sends_nothing(
    qtbot: QtBot, fresh: AppContext, server: LiveServer, database: Database
) -> None:
    first_run_with_demo(qtbot, fresh)
    window: MainWindow = open_window(qtbot, fresh)
    try:
        page = window.sync_page
        page.controller.credential_store = Credentials(MemoryKeyring())
        page.controller.engine_options = {"retry": FAST_RETRY, "timeouts": TIMEOUTS}
        window.show_section(SYNC)
        page.server.setText(server.url)
        qtbot.keyClicks(page.username, "alice")
        qtbot.keyClicks(page.password, PASSWORD)
        with qtbot.waitSignal(page.controller.busy_changed, check_params_cb=lambda busy: not busy, timeout=30_000):
            qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)

        assert page.outcome.text().startswith("This is a demo: demo data never goes to the programme's server")
        assert "\n" not in page.outcome.text()
        assert server_records(database.url) == {}
    finally:
        window.close()
        window.deleteLater()
