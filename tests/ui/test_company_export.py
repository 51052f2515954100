"""Export (GDPR) on a company's page: the advisor presses it, picks a file, and the company's data is written there."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.qt import Qt
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import completed_scan, file_dialog, file_name_field, save_as, wait_for_box


def test_export_writes_the_company_with_its_scans_plans_and_vouchers_to_the_chosen_file(
    qtbot: QtBot, window: MainWindow, context: AppContext, company: uuid.UUID, tmp_path: Path, translations: Translations
) -> None:
    scan_id = completed_scan(context, company, 4)
    context.workspace.plans.create(company, "Bakken met data", scan_id=scan_id)

    window.show_company(company)
    page = window.company_page
    qtbot.waitUntil(lambda: page.company is not None and page.company.id == company)  # read in a worker
    button = page.export_button
    assert button.text() == "Export (GDPR)..."
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)

    dialog = file_dialog(qtbot, window, "companyExportDialog")
    assert file_name_field(dialog).text() == f"basisscan-company-{company}.json", "named by the id, never by the company's name"
    target = tmp_path / "voor-de-ondernemer" / "bakkerij.json"
    target.parent.mkdir()
    save_as(qtbot, dialog, target)

    box = wait_for_box(qtbot, window, "companyExportDone")
    assert str(target) in box.text()
    assert "1 scan," in box.text()
    assert "personal data" in box.text()
    export = json.loads(target.read_text(encoding="utf-8"))
    assert export["company"]["name"] == "Bakkerij Zoë van Rijn"
    assert export["company"]["contact_person"] == "Zoë van Rijn"
    assert export["company"]["email"] == "zoe@vanrijn.example.nl"
    assert [s["id"] for s in export["scans"]] == [str(scan_id)]
    assert [p["title"] for p in export["plans"]] == ["Bakken met data"]
    box.close()

    translations.apply("nl")
    qtbot.waitUntil(lambda: button.text() == "Exporteren (AVG)...")
