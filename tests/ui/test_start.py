"""The start: the window is there at once, and its pages fill once the data folder is open.

The data folder is made slow for real: another connection holds its SQLite file in exclusive
locking mode (as another program writing to it would), so opening the store waits on the lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_ui.app import start
from advisor_ui.qt import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from advisor_app.paths import DATABASE_FILE
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "data"
    with Workspace(made) as workspace:
        workspace.profile.save("Ingrid Willems", "en")
        workspace.companies.create(
            CompanyInput(name="Bakkerij Zoë van Rijn", kvk="30123456", sector="assembly", municipality="Houten", consent=True)
        )
    return made


@pytest.fixture
def locked(folder: Path) -> Iterator[sqlite3.Connection]:
    """The store held by another writer until the test lets go (``close()``)."""
    holder = sqlite3.connect(folder / DATABASE_FILE, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE workspace_setting SET value = value")
    yield holder
    holder.close()


def test_the_window_shows_while_the_store_is_still_opening_then_its_pages_fill(
    qtbot: QtBot, qapp: QApplication, folder: Path, locked: sqlite3.Connection
) -> None:
    window, opening = start(str(folder), "en")
    try:
        qtbot.waitExposed(window)
        state = window.findChild(QWidget, "windowOpening")
        assert state is not None
        qtbot.waitUntil(lambda: opening.began)  # the worker now waits on the lock
        assert state.isVisible(), "the window says it is opening the data"
        assert window.content.currentWidget() is state
        title = window.findChild(QLabel, "windowOpeningTitle")
        assert title is not None
        assert title.text() == "Opening your data ..."
        assert window.navigation.item(1).text() == "Scans", "the frame is in the advisor's language already"
        assert not window.attached

        locked.close()  # the other writer lets go
        qtbot.waitUntil(lambda: window.attached and window.companies.loaded, timeout=20_000)
        assert window.content.currentWidget() is window.companies_page
        assert not state.isVisible()
        table = window.companies_page.table
        qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 1)
        assert table.model().index(0, 0).data() == "Bakkerij Zoë van Rijn"
    finally:
        window.close()
        opening.close()
        opening.translations.remove()
