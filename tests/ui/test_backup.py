"""File > Back up...: the advisor picks a file, the copy is made in the background and checked."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from advisor_ui.qt import QFileDialog, QLineEdit, Qt
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import wait_for_box


def backup_dialog(qtbot: QtBot, window: MainWindow) -> QFileDialog:
    def shown() -> bool:
        dialog = window.findChild(QFileDialog, "backupDialog")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(shown)
    dialog = window.findChild(QFileDialog, "backupDialog")
    assert dialog is not None
    return dialog


def test_back_up_from_the_file_menu(qtbot: QtBot, window: MainWindow, company: uuid.UUID, tmp_path: Path) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_B)
    dialog = backup_dialog(qtbot, window)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    assert name.text().startswith("basisscan-backup-"), "a dated name is offered"
    target = tmp_path / "stick" / "kopie.sqlite3"
    target.parent.mkdir()
    dialog.setDirectory(str(target.parent))  # as the advisor browses to the stick
    name.selectAll()
    qtbot.keyClicks(name, target.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    box = wait_for_box(qtbot, window, "backupDone")
    assert str(target) in box.text()
    assert "checked" in box.text()
    with sqlite3.connect(target) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM company")]
    connection.close()
    assert names == ["Bakkerij Zoë van Rijn"]
