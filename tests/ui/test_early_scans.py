"""The Scans page at the start, before the workspace (SQLAlchemy, the services) is open (issue 12).

The workspace is held back for real: ``Workspace.open_to_start`` waits for the test, so the page can
only have been filled through the driver alone (``advisor_app.services.early_listing``). The advisor
goes to the page with Ctrl+2 once the frame shows, as at any start.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_ui.app import Start, start
from advisor_ui.qt import QApplication, QGuiApplication, Qt
from advisor_ui.views.main_window import SCANS, MainWindow
from pytestqt.qtbot import QtBot

from advisor_app import logs
from advisor_app.services import early_listing
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from .helpers import focused, key

CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two companies: a completed scan of one, then a draft of the other (the newest, listed first)."""
    made = tmp_path / "data"
    with Workspace(made) as workspace:
        workspace.profile.save("Ingrid Willems", "en")
        bakery = workspace.companies.create(
            CompanyInput(name="Bakkerij Zoë van Rijn", kvk="30123456", sector="assembly", municipality="Houten", consent=True)
        )
        builder = workspace.companies.create(
            CompanyInput(name="Aannemer Öztürk", kvk="30123457", sector="assembly", municipality="Zeist", consent=True)
        )
        scans = workspace.scans
        completed = scans.start(bakery.id)
        for item_id in workspace.questionnaire.item_ids:
            scans.answer(completed.id, item_id, 4)
        scans.complete(completed.id)
        scans.answer(scans.start(builder.id).id, workspace.questionnaire.item_ids[0], 2)
        scans.summaries()  # as an earlier start did: the completed scan's result is stored by the first listing
    return made


@pytest.fixture
def started(qtbot: QtBot, qapp: QApplication, folder: Path, release: threading.Event) -> Iterator[tuple[MainWindow, Start]]:
    """The app started on ``folder``; the advisor pressed Ctrl+2 once the frame showed."""
    window, opening = start(str(folder), "en")
    try:
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: opening.began)
        qtbot.keyClick(window, Qt.Key.Key_2, CONTROL)
        qtbot.waitUntil(lambda: window.content.currentWidget() is getattr(window, "scans_page", None), timeout=20_000)
        yield window, opening
    finally:
        release.set()
        window.close()
        opening.close()
        opening.translations.remove()


def shown_rows(window: MainWindow) -> list[tuple[str, str]]:
    proxy = window.scans_page.table.proxy
    return [(proxy.index(row, 0).data(), proxy.index(row, 3).data()) for row in range(proxy.rowCount())]


def test_the_scans_page_fills_before_the_workspace_and_keeps_its_rows_when_it_comes(
    qtbot: QtBot, folder: Path, started: tuple[MainWindow, Start], release: threading.Event
) -> None:
    window, _opening = started
    assert not window.attached, "the workspace is still opening"
    page = window.scans_page
    assert shown_rows(window) == [("Aannemer Öztürk", "Draft"), ("Bakkerij Zoë van Rijn", "Completed")]
    assert page.count.text() == "2 scans"
    key(qtbot, Qt.Key.Key_F, modifier=CONTROL)  # searching and the status filter work at once
    qtbot.keyClicks(page.search, "30123456")
    assert shown_rows(window) == [("Bakkerij Zoë van Rijn", "Completed")]
    page.search.clear()
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.status
    key(qtbot, Qt.Key.Key_Down)
    assert shown_rows(window) == [("Aannemer Öztürk", "Draft")]
    key(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Tab)
    assert focused() is page.table
    key(qtbot, Qt.Key.Key_End, modifier=CONTROL)
    chosen = page.table.current_id()
    assert chosen is not None

    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.listed, timeout=20_000):
        release.set()  # the workspace comes; its first read finds nothing written since: the rows stay
    qtbot.waitUntil(lambda: window.attached)
    assert page.table.current_id() == chosen, "the selected scan stays selected"
    with Workspace(folder) as workspace:
        listed = [(summary.company, summary.status) for summary in workspace.scans.summaries()]
    assert [(name, status.lower()) for name, status in shown_rows(window)] == listed, "the workspace's own listing"


def test_opening_a_scan_before_the_workspace_waits_for_it_and_then_opens_it(
    qtbot: QtBot, started: tuple[MainWindow, Start], release: threading.Event
) -> None:
    window, _opening = started
    page = window.scans_page
    page.table.setFocus()
    key(qtbot, Qt.Key.Key_End, modifier=CONTROL)
    key(qtbot, Qt.Key.Key_Return)  # the completed scan (the last row): it waits, and says so
    assert window.statusBar().currentMessage() == "Opening your data ..."
    assert QGuiApplication.overrideCursor() is not None, "a busy cursor while it waits"
    assert not window.attached

    release.set()
    qtbot.waitUntil(lambda: window.results is not None and window.content.currentWidget() is window.results, timeout=20_000)
    assert QGuiApplication.overrideCursor() is None


def test_a_change_written_before_the_workspace_came_is_read_again(
    qtbot: QtBot, folder: Path, started: tuple[MainWindow, Start], release: threading.Event
) -> None:
    window, _opening = started
    page = window.scans_page
    assert page.count.text() == "2 scans"
    with Workspace(folder) as workspace:  # another program (a sync from the command line) writes meanwhile
        company = workspace.companies.create(CompanyInput(name="Drukkerij Vos", kvk="30123458", sector="assembly", consent=True))
        workspace.scans.start(company.id)

    with qtbot.waitSignal(page.model.modelReset, timeout=20_000):
        release.set()
    qtbot.waitUntil(lambda: page.count.text() == "3 scans")
    assert shown_rows(window)[0] == ("Drukkerij Vos", "Draft")


def test_the_profiles_language_reads_the_early_rows_again(
    qtbot: QtBot, qapp: QApplication, folder: Path, release: threading.Event
) -> None:
    """The frame speaks the default (Dutch: no start has kept a language yet); the profile says English."""
    window, opening = start(str(folder), None)
    try:
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: opening.began)
        qtbot.keyClick(window, Qt.Key.Key_2, CONTROL)
        qtbot.waitUntil(lambda: window.content.currentWidget() is getattr(window, "scans_page", None), timeout=20_000)
        page = window.scans_page
        dutch = shown_rows(window)
        assert [name for name, _status in dutch] == ["Aannemer Öztürk", "Bakkerij Zoë van Rijn"]
        assert dutch[0][1] != "Draft"

        with qtbot.waitSignal(page.model.modelReset, timeout=20_000):
            release.set()
        qtbot.waitUntil(lambda: shown_rows(window) == [("Aannemer Öztürk", "Draft"), ("Bakkerij Zoë van Rijn", "Completed")])
    finally:
        release.set()
        window.close()
        opening.close()
        opening.translations.remove()


@pytest.mark.parametrize("asked", ["before the frame painted", "after the early companies list"])
def test_the_companies_list_is_read_when_its_page_is_first_shown_and_keeps_a_selection_asked_before(
    qtbot: QtBot, qapp: QApplication, folder: Path, release: threading.Event, asked: str
) -> None:
    """The Scans page was the start page: the companies list is not read behind it (again), only once it is asked for."""
    window, opening = start(str(folder), "en")
    try:
        if asked == "before the frame painted":
            window.show_section(SCANS)  # only the scans are read early
        else:
            qtbot.waitUntil(lambda: getattr(window, "companies_page", None) is not None, timeout=20_000)
            qtbot.keyClick(window, Qt.Key.Key_2, CONTROL)
        qtbot.waitUntil(lambda: window.content.currentWidget() is getattr(window, "scans_page", None), timeout=20_000)
        release.set()
        qtbot.waitUntil(lambda: window.attached and not window.scans_page.loading and not window.scans_page.stale, timeout=20_000)
        assert not window.companies.loading, "nothing read for a page not shown"
        assert window.companies.loaded == (asked != "before the frame painted"), "an early list stays as it was read"
        chosen = next(c.id for c in window.context.workspace.companies.summaries() if c.name == "Bakkerij Zoë van Rijn")
        window.companies_page.select_company(chosen)  # as opening the company does, maybe before the list is there

        with qtbot.waitSignal(window.companies.loading_changed, check_params_cb=lambda loading: not loading, timeout=20_000):
            key(qtbot, Qt.Key.Key_1, modifier=CONTROL)  # the advisor goes to the companies: read now
        assert window.content.currentWidget() is window.companies_page
        assert window.companies.loaded
        assert window.companies_page.count.text() == "2 companies"
        assert window.companies_page.table.current_id() == chosen, "the selection asked for before it loaded"
    finally:
        release.set()
        window.close()
        opening.close()
        opening.translations.remove()


def test_a_bug_in_the_early_read_goes_to_the_log_and_the_workspace_fills_the_page(
    qtbot: QtBot, qapp: QApplication, folder: Path, release: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The advisor sees "opening" a moment longer; a bug report finds the details in the data folder's log."""

    def broken(_folder: Path) -> None:
        raise RuntimeError("the early read broke")

    monkeypatch.setattr(early_listing, "early_scans", broken)
    window, opening = start(str(folder), "en")
    log = logs.log_path(folder)
    try:
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: opening.began)
        qtbot.keyClick(window, Qt.Key.Key_2, CONTROL)
        qtbot.waitUntil(lambda: log.is_file() and "the early read broke" in log.read_text(encoding="utf-8"), timeout=20_000)
        assert getattr(window, "scans_page", None) is None, "no rows to show before the workspace"
        release.set()
        qtbot.waitUntil(lambda: window.attached and window.content.currentWidget() is window.scans_page, timeout=20_000)
        qtbot.waitUntil(lambda: window.scans_page.count.text() == "2 scans", timeout=20_000)
    finally:
        release.set()
        window.close()
        opening.close()
        opening.translations.remove()
