"""Dutch first, English complete: the first run, the switch in settings, and the translation files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.qt import Qt
from advisor_ui.views.first_run import DEMO_COMPANIES
from advisor_ui.views.main_window import MainWindow
from advisor_ui.views.settings_dialog import SettingsDialog
from pytestqt.qtbot import QtBot

from advisor_app.domain.text import active_language
from advisor_app.paths import resource

from .helpers import first_run_dialog, press_save

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def translation_states(path: Path) -> list[tuple[str, str]]:
    """Each message's source text with its translation's ``type`` ("" when finished)."""
    states = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        states.append((message.findtext("source") or "", translation.get("type", "")))
    return states


def visible_texts(window: MainWindow) -> dict[str, str]:
    return {
        "section": window.navigation.item(0).text(),
        "title": window.companies_page.title.text(),
        "new": window.companies_page.new_button.text(),
        "last sync": window.status.last_sync.text(),
        "menu": window.file_menu.title(),
        "sector": window.companies.model.index(0, 2).data(),
        "column": window.companies.model.headerData(2, Qt.Orientation.Horizontal),
    }


def test_switching_the_language_in_settings_changes_the_visible_texts_at_once(
    qtbot: QtBot, context: AppContext, company: object, window: MainWindow
) -> None:
    window.companies.reload()
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 1)
    assert visible_texts(window) == {
        "section": "Companies",
        "title": "Companies",
        "new": "New company",
        "last sync": "Last sync: never",
        "menu": "&File",
        "sector": "Assembly Industry (metal)",
        "column": "Sector",
    }

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.ready)  # the profile is read in a worker
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    press_save(qtbot, dialog.buttons)

    dutch = {
        "section": "Bedrijven",
        "title": "Bedrijven",
        "new": "Nieuw bedrijf",
        "last sync": "Laatste synchronisatie: nooit",
        "menu": "&Bestand",
        "sector": "Maakindustrie (metaal)",
        "column": "Sector",
    }
    qtbot.waitUntil(lambda: visible_texts(window) == dutch)  # Qt posts the change to every widget
    assert active_language() == "nl", "core messages follow too"
    profile = context.workspace.profile.get()
    assert profile is not None
    assert profile.language == "nl", "the choice is remembered for the next start"


def test_the_first_run_asks_name_and_language_in_dutch_and_can_add_demo_data(
    qtbot: QtBot, fresh: AppContext, translations: Translations
) -> None:
    translations.apply("nl")
    dialog = first_run_dialog(qtbot, fresh)
    assert dialog.dutch.isChecked()
    assert dialog.title.text() == "Welkom bij Basisscan"

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.message == "De naam ontbreekt"
    assert fresh.workspace.profile.get() is None

    dialog.english.setChecked(True)
    assert dialog.title.text() == "Welcome to Basisscan", "the dialog switches language as soon as one is picked"
    qtbot.keyClicks(dialog.name, "Samira Haddou")
    dialog.demo.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    profile = fresh.workspace.profile.get()
    assert profile is not None
    assert (profile.name, profile.language) == ("Samira Haddou", "en")
    assert len(fresh.workspace.companies.list()) == DEMO_COMPANIES


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_message_is_translated(language: str) -> None:
    source = TRANSLATIONS / f"basisscan_{language}.ts"
    unfinished = [text for text, state in translation_states(source) if state in ("unfinished", "vanished")]
    assert unfinished == []
    assert Path(resource("translations", f"basisscan_{language}.qm")).stat().st_mtime >= source.stat().st_mtime, (
        "the .qm is older than its .ts: run `make translations`"
    )


def test_the_translation_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds nothing that the .ts files lack (so no tr() string goes untranslated)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None, "pyside6-lupdate is missing from the virtual environment"
    copy = tmp_path / "basisscan_nl.ts"
    shutil.copy(TRANSLATIONS / "basisscan_nl.ts", copy)
    subprocess.run(
        [
            lupdate,
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(ROOT / "ui" / "advisor_ui"),
            "-ts",
            str(copy),
        ],
        check=True,
        timeout=120,
    )
    new = [text for text, state in translation_states(copy) if state == "unfinished"]
    assert new == []
