"""File > Back up...: the advisor picks a file, the copy is made in the background and checked."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import file_dialog, file_name_field, save_as, wait_for_box


def test_back_up_from_the_file_menu(qtbot: QtBot, window: MainWindow, company: uuid.UUID, tmp_path: Path) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_B)
    dialog = file_dialog(qtbot, window, "backupDialog")
    assert file_name_field(dialog).text().startswith("basisscan-backup-"), "a dated name is offered"
    target = tmp_path / "stick" / "kopie.sqlite3"
    target.parent.mkdir()
    save_as(qtbot, dialog, target)
    box = wait_for_box(qtbot, window, "backupDone")
    assert str(target) in box.text()
    assert "checked" in box.text()
    with sqlite3.connect(target) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM company")]
    connection.close()
    assert names == ["Bakkerij Zoë van Rijn"]
