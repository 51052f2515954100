"""Small steps the UI tests share: open a window, find a question box, type where the focus is."""

from __future__ import annotations

import uuid
from pathlib import Path

from advisor_ui.context import AppContext, create_context
from advisor_ui.i18n import Translations
from advisor_ui.qt import QAbstractButton, QApplication, QComboBox, QLineEdit, QMessageBox, QObject, Qt, QTableWidget, QWidget
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.choices import ChoiceRow
from advisor_ui.wizard.wizard import ScanWizard
from pytestqt.qtbot import QtBot

from advisor_app.workspace import Workspace

SIZE = (1366, 768)


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

    def shown() -> bool:
        box = parent.findChild(QMessageBox, name)
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown)
    box = parent.findChild(QMessageBox, name)
    assert box is not None
    return box


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
