"""Small steps the UI tests share: open a window or a draft, start the app again, find a question box or a file
dialog, type where the focus is."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TypeVar

from advisor_ui.autosave import SETTLE_MS
from advisor_ui.context import AppContext, create_context
from advisor_ui.i18n import Translations
from advisor_ui.qt import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QObject,
    Qt,
    QTableWidget,
    QWidget,
)
from advisor_ui.views.first_run import FirstRunDialog
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.choices import ChoiceRow
from advisor_ui.wizard.dimension_page import DimensionPage
from advisor_ui.wizard.wizard import ScanWizard
from pytestqt.qtbot import QtBot

from advisor_app.workspace import Workspace

SIZE = (1366, 768)
W = TypeVar("W", bound=QWidget)
StartAgain = Callable[[], AbstractContextManager[MainWindow]]
"""The ``start_again`` fixture: ``with start_again() as second:`` the app anew on the test's data folder."""


def make_context(folder: Path, translations: Translations, opened: list[Path], owner: QObject) -> AppContext:
    context = create_context(Workspace(folder), translations, owner)
    context.open_file = opened.append
    return context


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.companies.loaded)
    return window


def open_draft(qtbot: QtBot, window: MainWindow, scan_id: uuid.UUID) -> ScanWizard:
    """Open a draft the way the app does (its view read in a worker) and wait for the wizard on screen."""
    window.open_scan(scan_id)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.session.scan_id == scan_id)
    assert window.wizard is not None
    return window.wizard


def chosen_keys(row: ChoiceRow) -> list[str]:
    """The keys of the cards shown chosen ("0" is "don't know"); none while unanswered."""
    return [card.key for card in row.buttons if card.isChecked()]


def start_draft(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> ScanWizard:
    """A new draft of ``company``, opened in the wizard on its intake page."""
    return open_draft(qtbot, window, context.workspace.scans.start(company).id)


def start_on_first_dimension(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> ScanWizard:
    """A new draft of ``company``, turned (PageDown) from the intake to the first dimension's first question."""
    wizard = start_draft(qtbot, context, company, window)
    key(qtbot, Qt.Key.Key_PageDown)
    dimension_page(wizard)
    return wizard


def dimension_page(wizard: ScanWizard) -> DimensionPage:
    """The dimension page the wizard shows (the test fails here if it shows the intake or the review)."""
    page = wizard.current_page
    assert isinstance(page, DimensionPage), f"the wizard shows {type(page).__name__}, not a dimension"
    return page


def completed_scan(
    context: AppContext, company: uuid.UUID, score: int = 3, by_dimension: Mapping[str, int] | None = None
) -> uuid.UUID:
    """A completed scan of ``company`` through the services: ``score`` on every item, or its dimension's in ``by_dimension``."""
    scans, scores = context.workspace.scans, by_dimension or {}
    scan = scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(scan.id, item_id, scores.get(item_id.split(".")[0], score))
    scans.complete(scan.id)
    return scan.id


@contextmanager
def started_again(qtbot: QtBot, folder: Path, translations: Translations, opened_files: list[Path]) -> Iterator[MainWindow]:
    """The app started anew on the same data folder (after the test closed the first one): a new context and window."""
    owner = QObject()
    context = make_context(folder, translations, opened_files, owner)
    try:
        window = open_window(qtbot, context)
        yield window
        window.close()
    finally:
        close_context(context)


def press_save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    """A dialog's Save button, pressed with Space once the keyboard is on it (as Tab puts it there)."""
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None, "the dialog offers no Save"
    assert save.isEnabled(), "Save is switched off"
    save.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(save, Qt.Key.Key_Space)


def shown_child(qtbot: QtBot, parent: QWidget, kind: type[W], name: str) -> W:
    """The window of ``kind`` named ``name`` that ``parent`` opened without blocking, once it shows."""

    def shown() -> bool:
        child = parent.findChild(kind, name)
        return child is not None and child.isVisible()

    qtbot.waitUntil(shown)
    child = parent.findChild(kind, name)
    assert child is not None
    return child


def file_dialog(qtbot: QtBot, parent: QWidget, name: str) -> QFileDialog:
    """The (non-blocking) file dialog named ``name``, once it shows."""
    return shown_child(qtbot, parent, QFileDialog, name)


def file_name_field(dialog: QFileDialog) -> QLineEdit:
    """Where a save dialog offers its file name and the advisor types one."""
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert field is not None, "the file dialog has no file name field"
    return field


def save_as(qtbot: QtBot, dialog: QFileDialog, target: Path) -> None:
    """In a save dialog: browse to ``target``'s folder, type its name over the one offered, and press Enter."""
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    name = file_name_field(dialog)
    dialog.setDirectory(str(target.parent))  # as the advisor browses there
    name.selectAll()
    qtbot.keyClicks(name, target.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)


def first_run_dialog(qtbot: QtBot, context: AppContext) -> FirstRunDialog:
    """The first-run dialog over ``context``'s empty data folder, on screen."""
    dialog = FirstRunDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Give the window the keyboard again after a dialog closed (a desktop does this; offscreen does not)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def close_context(context: AppContext) -> None:
    context.autosaver.flush()
    context.tasks.wait()
    context.workspace.close()


def wait_for_box(qtbot: QtBot, parent: QWidget, name: str) -> QMessageBox:
    """The open (non-blocking) question or message named ``name``, once it shows."""
    return shown_child(qtbot, parent, QMessageBox, name)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: QtBot, *keys: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press keys wherever the keyboard focus is, as the user would; shortcuts fire as they do for real."""
    for pressed in keys:
        qtbot.keyClick(focused(), pressed, modifier)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item.text()


def wait_saved(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.autosaver.state == "saved")


PAUSE_MS = SETTLE_MS + 3000
"""Longer than the typing pause, with room for a busy machine: the store must hold the text within it."""


def wait_stored(qtbot: QtBot, read: Callable[[], object], expected: object) -> None:
    """Wait on the real timers until the database holds ``expected`` (no key pressed meanwhile)."""
    qtbot.waitUntil(lambda: read() == expected, timeout=PAUSE_MS)


def rings(qtbot: QtBot, widgets: list[QWidget]) -> list[str]:
    """The controls that look the same with and without the keyboard focus (no visible ring)."""
    plain = []
    for widget in widgets:
        widget.clearFocus()
        qtbot.waitUntil(lambda shown=widget: not shown.hasFocus())  # type: ignore[misc]
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        if widget.grab().toImage() == before:
            plain.append(widget.objectName() or type(widget).__name__)
    return plain


def focusable(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if (
            takes_tab
            and widget.isVisible()
            and widget.isEnabled()
            and isinstance(widget, QAbstractButton | QLineEdit | QComboBox)
        ):
            found.append(widget)
    return found
