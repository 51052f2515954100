"""Real windows on real data folders, offscreen; the app's own workers, no mocks."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.qt import QApplication, QDialog, QObject
from advisor_ui.style import apply_style
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from .helpers import StartAgain, close_context, make_context, open_window, started_again


@pytest.fixture(autouse=True)
def no_dialog_left_on_screen() -> Iterator[None]:
    """Hides every dialog a test left open (a message box it read, a form it filled), once the test has ended.

    A modal one left on screen blocks every window shown after it, whatever the test: a later test's
    Ctrl+2 did nothing while its window reported itself active, so that test waited 20 s and failed. Whether
    it failed depended on when the collector took the dialog, so a suite could fail in one run of two.
    """
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.hide()  # not close(): no rejected/finished handler runs against the ended test's window


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    apply_style(qapp)
    found = Translations(qapp)
    found.apply("en")
    yield found
    found.remove()


@pytest.fixture
def opened_files() -> list[Path]:
    """Files the app asked the desktop to open (a PDF, the data folder)."""
    return []


@pytest.fixture
def owner() -> QObject:
    return QObject()


@pytest.fixture
def context(tmp_path: Path, translations: Translations, opened_files: list[Path], owner: QObject) -> Iterator[AppContext]:
    made = make_context(tmp_path / "data", translations, opened_files, owner)
    made.workspace.profile.save("Ingrid Willems", "en")
    yield made
    close_context(made)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    shown = open_window(qtbot, context)
    yield shown
    shown.close()
    shown.deleteLater()


@pytest.fixture
def fresh(tmp_path: Path, translations: Translations, opened_files: list[Path], owner: QObject) -> Iterator[AppContext]:
    """A laptop on its first start: an empty data folder, no profile yet (the first-run dialog's case)."""
    made = make_context(tmp_path / "Basisscan", translations, opened_files, owner)
    yield made
    close_context(made)


@pytest.fixture
def start_again(qtbot: QtBot, tmp_path: Path, translations: Translations, opened_files: list[Path]) -> StartAgain:
    """``with start_again() as second:`` the app started anew on this test's data folder, as after a quit.

    The test closes the first window and its workspace first, the way the advisor's quit does.
    """
    return lambda: started_again(qtbot, tmp_path / "data", translations, opened_files)


@pytest.fixture
def company(context: AppContext) -> uuid.UUID:
    created = context.workspace.companies.create(
        CompanyInput(
            name="Bakkerij Zoë van Rijn",
            kvk="30123456",
            sector="assembly",
            employees=12,
            municipality="Houten",
            contact_person="Zoë van Rijn",
            email="zoe@vanrijn.example.nl",
            consent=True,
        )
    )
    return created.id


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The start's workspace (``Workspace.open_to_start``) opens only once the test sets this.

    Meanwhile the start shows its frame and the early lists, as on a slow disk.
    """
    released = threading.Event()
    opened_to_start = Workspace.open_to_start

    def held(data_dir: str | None = None) -> Workspace:
        released.wait(60)
        return opened_to_start(data_dir)

    monkeypatch.setattr(Workspace, "open_to_start", held)
    yield released
    released.set()
