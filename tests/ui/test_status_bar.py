"""The status bar tells the state of work at a glance: online or not, what waits, how the last sync went.

Against a real server on loopback (uvicorn) and an address where nothing listens.
"""

from __future__ import annotations

import uuid

from advisor_sync.client import Credentials
from advisor_ui.context import AppContext
from advisor_ui.controllers.status import Connection
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import SYNC, MainWindow
from advisor_ui.views.settings_dialog import SettingsDialog
from pytestqt.qtbot import QtBot

from advisor_app.services.sync_status import SERVER_URL_KEY
from advisor_app.store.models import SyncState

from ..server.live import PASSWORD, LiveServer
from ..sync.helpers import FAST_RETRY, TIMEOUTS, MemoryKeyring
from .helpers import activate, press_save, start_draft
from .live_sqlite import backend, database, databases, server

__all__ = ["backend", "database", "databases", "server"]
NOBODY = "http://127.0.0.1:9"


def remember_server(context: AppContext, url: str) -> None:
    """What a first sync leaves behind: the server this device syncs with."""
    with context.workspace.db.session() as session:
        session.merge(SyncState(key=SERVER_URL_KEY, value=url))
    context.events.sync_finished.emit()


def fast_client(window: MainWindow) -> None:
    controller = window.sync_page.controller
    controller.credential_store = Credentials(MemoryKeyring())
    controller.engine_options = {"retry": FAST_RETRY, "timeouts": TIMEOUTS}


def test_a_fresh_install_has_nothing_to_sync_and_no_server_rather_than_everything_synced(
    qtbot: QtBot, window: MainWindow
) -> None:
    status = window.status
    qtbot.waitUntil(lambda: status.controller.connection == Connection.NO_SERVER)
    assert status.pending.text() == "Nothing to sync yet"
    assert status.last_sync.text() == "Last sync: never"
    assert status.connection.text() == "No server set up"
    assert "Everything synced" not in {status.pending.text(), status.last_sync.text()}


def test_the_configured_server_is_probed_in_the_background_online_then_offline(
    qtbot: QtBot, context: AppContext, server: LiveServer, window: MainWindow
) -> None:
    status = window.status
    remember_server(context, server.url)
    qtbot.waitUntil(lambda: status.connection.text() == "● Online", timeout=10_000)
    assert server.url in status.connection.toolTip()

    remember_server(context, NOBODY)
    qtbot.waitUntil(lambda: status.connection.text() == "○ Offline", timeout=10_000)
    assert "cannot be reached" in status.connection.toolTip()


def test_a_failed_sync_shows_in_red_with_its_reason_until_a_sync_succeeds(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, server: LiveServer, window: MainWindow
) -> None:
    fast_client(window)
    window.show_section(SYNC)
    page = window.sync_page
    page.server.setText(server.url)
    with qtbot.waitSignal(page.controller.failed, timeout=30_000):
        qtbot.keyClick(page.sync_button, Qt.Key.Key_Space)

    status = window.status
    qtbot.waitUntil(lambda: status.last_sync.text().startswith("Last sync failed: "))
    assert status.last_sync.property("role") == "error"
    assert "not logged in" in status.last_sync.toolTip()
    assert status.pending.text() == "1 change not yet synced"

    qtbot.keyClicks(page.username, "alice")
    qtbot.keyClicks(page.password, PASSWORD)
    with qtbot.waitSignal(page.controller.logged_in, timeout=30_000):
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.controller.finished, timeout=60_000):
        qtbot.keyClick(page.sync_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: status.last_sync.text().startswith("Last sync: "))
    assert status.last_sync.property("role") == ""
    qtbot.waitUntil(lambda: status.pending.text() == "Everything synced")


def test_sync_when_the_server_appears_is_off_by_default_and_waits_while_a_scan_is_open(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, server: LiveServer, window: MainWindow
) -> None:
    fast_client(window)
    engine = window.sync_page.controller.engine(server.url)
    engine.login("alice", PASSWORD)
    status = window.status

    remember_server(context, server.url)
    qtbot.waitUntil(lambda: status.controller.connection == Connection.ONLINE, timeout=10_000)
    assert status.pending.text() == "1 change not yet synced", "off by default: nothing was sent"

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.ready)
    assert not dialog.auto_sync.isChecked()
    qtbot.keyClick(dialog.auto_sync, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog.buttons)
    activate(qtbot, window)

    start_draft(qtbot, context, company, window)
    remember_server(context, NOBODY)
    qtbot.waitUntil(lambda: status.controller.connection == Connection.OFFLINE, timeout=10_000)
    remember_server(context, server.url)
    qtbot.waitUntil(lambda: status.controller.connection == Connection.ONLINE, timeout=10_000)
    assert not window.sync_page.controller.busy, "no sync while the scan's wizard is open"

    with qtbot.waitSignal(window.sync_page.controller.finished, timeout=60_000):
        window.show_section(SYNC)
    qtbot.waitUntil(lambda: status.pending.text() == "Everything synced")
