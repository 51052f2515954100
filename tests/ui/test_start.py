"""The start: the window is there at once, and its pages fill once the data folder is open.

The data folder is made slow for real: another connection holds its SQLite file in exclusive
locking mode (as another program writing to it would), so opening the store waits on the lock.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_ui.app import QUIT_WHEN_SHOWN_ENV, start
from advisor_ui.context import window_settings
from advisor_ui.qt import QApplication, QGuiApplication, QLabel, Qt, QWidget
from pytestqt.qtbot import QtBot

from advisor_app.paths import DATABASE_FILE
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from .helpers import focused, key


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "data"
    with Workspace(made) as workspace:
        workspace.profile.save("Ingrid Willems", "en")
        workspace.companies.create(
            CompanyInput(name="Bakkerij Zoë van Rijn", kvk="30123456", sector="assembly", municipality="Houten", consent=True)
        )
    return made


def lock(folder: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(folder / DATABASE_FILE, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE workspace_setting SET value = value")
    return holder


@pytest.fixture
def locked(folder: Path) -> Iterator[sqlite3.Connection]:
    """The store held by another writer until the test lets go (``close()``)."""
    holder = lock(folder)
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


def test_the_companies_list_shows_before_the_workspace_opens_and_what_the_advisor_asks_meanwhile_waits(
    qtbot: QtBot, qapp: QApplication, folder: Path, release: threading.Event
) -> None:
    """The list is read through the driver alone; the workspace (SQLAlchemy, the services) is held back here."""
    with Workspace(folder) as workspace:
        workspace.companies.create(CompanyInput(name="Aannemer Öztürk", kvk="30123457", sector="assembly", municipality="Zeist"))
    window, opening = start(str(folder), "en")
    try:
        qtbot.waitUntil(lambda: window.content.currentWidget() is getattr(window, "companies_page", None), timeout=20_000)
        assert not window.attached, "the workspace is still opening"
        page = window.companies_page
        table = page.table
        assert [table.model().index(row, 0).data() for row in range(2)] == ["Aannemer Öztürk", "Bakkerij Zoë van Rijn"]
        assert page.count.text() == "2 companies"
        qtbot.keyClicks(page.search, "houten")  # searching works at once
        assert table.model().rowCount() == 1
        key(qtbot, Qt.Key.Key_Down)
        assert focused() is table
        key(qtbot, Qt.Key.Key_Return)  # open it: it waits for the workspace, and says so
        assert window.statusBar().currentMessage() == "Opening your data ..."
        assert QGuiApplication.overrideCursor() is not None, "a busy cursor while it waits"
        assert not window.attached

        release.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        assert window.content.currentWidget() is window.company_page, "the company the advisor opened"
        qtbot.waitUntil(lambda: window.company_page.title.text() == "Bakkerij Zoë van Rijn")
        assert QGuiApplication.overrideCursor() is None
        assert page.search.text() == "houten", "what was typed stays"
    finally:
        release.set()
        window.close()
        opening.close()
        opening.translations.remove()


def test_the_frame_speaks_the_language_of_the_last_start_before_the_profile_is_read(
    qtbot: QtBot, qapp: QApplication, folder: Path
) -> None:
    window, opening = start(str(folder), None)  # the profile says English
    try:
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    finally:
        window.close()
        opening.close()
        opening.translations.remove()
    assert window_settings(folder).value("language") == "en"

    holder = lock(folder)
    window, opening = start(str(folder), None)
    try:
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: opening.began)
        assert not window.attached
        assert window.navigation.item(2).text() == "Plans and vouchers", "not the Dutch default"
        holder.close()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    finally:
        holder.close()
        window.close()
        opening.close()
        opening.translations.remove()


def test_a_bare_advisor_app_opens_the_window_on_its_folder_and_closes_cleanly(folder: Path) -> None:
    """``advisor-app --data-dir DIR --lang en`` as the advisor starts it (straight to the window, no command parser)."""
    done = subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_WHEN_SHOWN_ENV: "1"},
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert window_settings(folder).value("language") == "en"


def start_in_a_process(script: str, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (which starts the app on ``folder``) in a fresh interpreter, where nothing is imported yet."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=folder,
    )
    assert done.returncode == 0, done.stderr
    return done


EARLY_LIST_IMPORTS = """
import os, sys
from importlib.abc import MetaPathFinder

class Watch(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "advisor_app.domain.money":  # the start's worker, done with the early list, goes on to the workspace
            shown = [name for name in EARLY if name in sys.modules]
            heavy = [name for name in HEAVY if name in sys.modules]
            print("early:", ",".join(shown), "heavy:", ",".join(heavy), flush=True)
            os._exit(0)
        return None

EARLY = ("advisor_app.services.company_listing", "advisor_ui.models.companies", "advisor_ui.views.companies_page")
HEAVY = ("babel", "advisor_app.domain.scoring", "advisor_app.domain.questionnaire", "advisor_app.services.scan_listing",
         "sqlalchemy", "pydantic")
sys.meta_path.insert(0, Watch())
from advisor_ui.app import create_application, start
app = create_application()
window, opening = start(sys.argv[1], "en")
app.exec()
"""


def test_the_early_companies_list_imports_neither_the_scans_listing_nor_babel_nor_the_scoring(folder: Path) -> None:
    """What the start reads and shows before the workspace: the companies through the driver, and their table only."""
    done = start_in_a_process(EARLY_LIST_IMPORTS, folder)
    assert done.stdout.split() == [
        "early:",
        "advisor_app.services.company_listing,advisor_ui.models.companies,advisor_ui.views.companies_page",
        "heavy:",
    ], done.stderr


OPENED_IMPORTS = """
import sys
from advisor_ui.app import create_application, start
from advisor_ui.qt import QTimer

def opened():
    window.context.tasks.wait()  # what attach started: the status, the advisor's name, an interrupted scan
    print("opened:", "pydantic" in sys.modules, flush=True)
    window.context.workspace.companies.list()  # the first view: the companies as the services hand them out
    print("viewed:", "pydantic" in sys.modules, flush=True)
    app.quit()

app = create_application()
window, opening = start(sys.argv[1], "en")
window.ready.connect(lambda: QTimer.singleShot(0, opened))
window.show_section(int(sys.argv[2]))
app.exec()
window.close()
opening.close()
"""


@pytest.mark.parametrize("section", [0, 1], ids=["companies", "scans"])
def test_the_window_opens_its_folder_without_pydantic_until_a_view_is_asked_for(folder: Path, section: int) -> None:
    """The workspace, the status, the name and the lists need no view: pydantic and the records stay unloaded (5 MB)."""
    done = start_in_a_process(OPENED_IMPORTS, folder, str(section))
    assert done.stdout.split() == ["opened:", "False", "viewed:", "True"], done.stderr
