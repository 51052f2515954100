"""The Sync page against a real server on loopback: plain words offline, a full sync, a conflict settled."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from advisor_sync.client import Credentials, OfflineError, SyncEngine
from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import SYNC, MainWindow
from advisor_ui.views.sync_page import SyncPage
from pytestqt.qtbot import QtBot

from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from ..server.live import PASSWORD, LiveServer
from ..sync.helpers import FAST_RETRY, TIMEOUTS, Device, MemoryKeyring
from .helpers import cell
from .live_sqlite import backend, database, databases, server

__all__ = ["backend", "database", "databases", "server"]


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> SyncPage:
    controller = window.sync_page.controller
    controller.credential_store = Credentials(MemoryKeyring())
    controller.engine_options = {"retry": FAST_RETRY, "timeouts": TIMEOUTS}
    window.show_section(SYNC)
    return window.sync_page


def log_in(qtbot: QtBot, page: SyncPage, url: str, user: str = "alice") -> None:
    page.server.setText(url)
    qtbot.keyClicks(page.username, user)
    qtbot.keyClicks(page.password, PASSWORD)
    with qtbot.waitSignal(page.controller.busy_changed, check_params_cb=lambda busy: not busy, timeout=30_000):
        page.login()


def sync_now(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.controller.busy_changed, check_params_cb=lambda busy: not busy, timeout=60_000):
        page.sync()


def test_an_unreachable_server_is_told_in_plain_words(qtbot: QtBot, context: AppContext, page: SyncPage) -> None:
    url = "http://127.0.0.1:9"
    with pytest.raises(OfflineError) as expected:
        SyncEngine(context.workspace, url, credentials=Credentials(MemoryKeyring()), retry=FAST_RETRY).login("alice", PASSWORD)

    log_in(qtbot, page, url)

    assert page.outcome.text() == str(expected.value)
    assert "Traceback" not in page.log.toPlainText()
    qtbot.waitUntil(lambda: page.account.text() == "This device is not logged in to this server yet.")
    assert page.sync_button.isEnabled()


@pytest.mark.parametrize(
    ("language", "cause"), [("nl", "niet bereikbaar (verbinding geweigerd)"), ("en", "cannot be reached (connection refused)")]
)
def test_a_sync_error_is_said_in_the_ui_language_without_the_operating_system_s_words(
    qtbot: QtBot, translations: Translations, page: SyncPage, language: str, cause: str
) -> None:
    """Nothing of the socket's own English ("Connection refused", "[Errno 111]", urllib3's pool) in the sentence."""
    translations.apply(language)
    log_in(qtbot, page, "http://127.0.0.1:9")
    said = page.outcome.text()
    assert cause in said
    for english in ("Connection refused", "Errno", "HTTPConnectionPool", "Max retries", "NewConnectionError"):
        assert english not in said


def test_log_in_and_sync_sends_the_changes_and_updates_the_status_bar(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, server: LiveServer, window: MainWindow, page: SyncPage
) -> None:
    log_in(qtbot, page, server.url)
    qtbot.waitUntil(lambda: page.account.text().startswith("This device is logged in as alice."))
    assert page.password.text() == "", "the password is not kept"

    sync_now(qtbot, page)

    assert page.outcome.text() == "1 sent, 0 received, 0 reports uploaded, 0 conflicts."
    qtbot.waitUntil(lambda: window.status.pending.text() == "Everything synced")
    assert window.status.last_sync.text() != "Last sync: never"
    qtbot.waitUntil(lambda: page.no_conflicts.text() == "No conflicts: everything fits together.")


def test_a_conflict_is_listed_and_keep_mine_settles_it(
    qtbot: QtBot, tmp_path: Path, context: AppContext, company: uuid.UUID, server: LiveServer, page: SyncPage
) -> None:
    log_in(qtbot, page, server.url)
    sync_now(qtbot, page)
    other = Device(tmp_path / "other-laptop", server.url).login("alice")
    try:
        other.sync()
        other.workspace.companies.update(company, renamed(other.workspace, company, "Bakkerij Van Rijn (tablet)"))
        other.sync()
        context.workspace.companies.update(company, renamed(context.workspace, company, "Bakkerij Van Rijn (laptop)"))

        sync_now(qtbot, page)

        qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1)
        assert cell(page.conflict_table, 0, 2) == "Bakkerij Van Rijn (laptop)"
        assert cell(page.conflict_table, 0, 3) == "Bakkerij Van Rijn (tablet)"
        page.conflict_table.selectRow(0)
        qtbot.keyClick(page.keep_mine, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 0)
        sync_now(qtbot, page)
        other.sync()
        assert other.workspace.companies.get(company).name == "Bakkerij Van Rijn (laptop)"
    finally:
        other.close()


def renamed(workspace: Workspace, company: uuid.UUID, name: str) -> CompanyInput:
    """The company as it is on that device, under another name."""
    current = workspace.companies.get(company)
    return CompanyInput(
        name=name,
        kvk=current.kvk,
        sector=current.sector,
        employees=current.employees,
        municipality=current.municipality,
        contact_person=current.contact_person,
        email=current.email,
        phone=current.phone,
        consent=current.consent,
    )
