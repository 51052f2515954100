"""Companies: create with inline validation, search and sort, delete after asking, import with a report."""

from __future__ import annotations

import uuid
from pathlib import Path

from advisor_ui.context import AppContext
from advisor_ui.qt import QMessageBox, QPushButton, Qt
from advisor_ui.views.company_dialog import CompanyDialog
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import activate, cell, key, press_save, wait_for_box


def open_new_company_dialog(qtbot: QtBot, window: MainWindow) -> CompanyDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(CompanyDialog, "companyDialog") is not None)
    dialog = window.findChild(CompanyDialog, "companyDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot: QtBot, dialog: CompanyDialog, *, kvk: str = "4012 3456") -> None:
    dialog.name.insert("Smederij Öztürk B.V.")  # as typed with dead keys or pasted: QTest types ASCII only
    qtbot.keyClicks(dialog.kvk, kvk)
    dialog.sector.setCurrentIndex(dialog.sector.findData("assembly"))
    qtbot.keyClicks(dialog.employees, "17")
    qtbot.keyClicks(dialog.municipality, "Veenendaal")
    qtbot.keyClicks(dialog.email, "info@ozturk.example.nl")
    dialog.consent.setChecked(True)


def save(qtbot: QtBot, dialog: CompanyDialog) -> None:
    press_save(qtbot, dialog.buttons)


def save_and_close(qtbot: QtBot, dialog: CompanyDialog) -> None:
    """Save, and wait for the worker's verdict to close the dialog."""
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)


def test_a_new_company_is_saved_listed_and_opened(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    dialog = open_new_company_dialog(qtbot, window)
    fill(qtbot, dialog)
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: window.content.currentWidget() is window.company_page)
    qtbot.waitUntil(lambda: window.company_page.title.text() == "Smederij Öztürk B.V.")  # read in a worker
    stored = context.workspace.companies.list()
    assert [(c.name, c.kvk, c.sector, c.employees, c.consent) for c in stored] == [
        ("Smederij Öztürk B.V.", "40123456", "assembly", 17, True)
    ]
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 1)
    assert window.companies_page.count.text() == "1 company"


def test_a_bad_kvk_number_is_refused_under_its_field(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    dialog = open_new_company_dialog(qtbot, window)
    fill(qtbot, dialog, kvk="1234")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_of("kvk") == "KvK number '1234' must be exactly 8 digits"
    assert dialog.kvk.property("invalid") is True
    assert dialog.focusWidget() is dialog.kvk
    assert context.workspace.companies.list() == []

    qtbot.keyClicks(dialog.kvk, "5678")
    assert dialog.error_of("kvk") == "", "the message goes as soon as the number is right"


def test_missing_name_and_sector_and_a_bad_email_are_each_named(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_new_company_dialog(qtbot, window)
    qtbot.keyClicks(dialog.kvk, "30123456")
    qtbot.keyClicks(dialog.email, "not an address")
    save(qtbot, dialog)

    assert dialog.error_of("name") == "The name is missing"
    assert dialog.error_of("sector") == "Choose the company's sector"
    assert dialog.error_of("email") == "'not an address' is not a valid e-mail address"
    assert dialog.error_of("kvk") == ""


def test_a_kvk_number_already_on_the_device_is_named_under_the_field(
    qtbot: QtBot, company: uuid.UUID, window: MainWindow
) -> None:
    dialog = open_new_company_dialog(qtbot, window)
    fill(qtbot, dialog, kvk="30123456")
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: dialog.error_of("kvk") != "")  # the core's verdict comes back from the worker
    assert dialog.isVisible()
    assert dialog.error_of("kvk") == "KvK number 30123456 already belongs to 'Bakkerij Zoë van Rijn'"


def test_search_narrows_the_list_and_enter_opens_the_company(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    dialog = open_new_company_dialog(qtbot, window)
    fill(qtbot, dialog)
    save_and_close(qtbot, dialog)
    activate(qtbot, window)
    window.show_section(0)
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 2)

    page = window.companies_page
    key(qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "houten")
    assert page.table.proxy.rowCount() == 1
    assert page.count.text() == "1 of 2 shown"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.content.currentWidget() is window.company_page)
    qtbot.waitUntil(lambda: window.company_page.ready)  # the company is read in a worker
    assert window.company_page.company is not None
    assert window.company_page.company.id == company


def test_the_table_sorts_by_a_column(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    dialog = open_new_company_dialog(qtbot, window)
    fill(qtbot, dialog)
    save_and_close(qtbot, dialog)
    window.show_section(0)
    table = window.companies_page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 2)

    names = lambda: [table.proxy.index(row, 0).data() for row in range(2)]  # noqa: E731
    assert names() == ["Bakkerij Zoë van Rijn", "Smederij Öztürk B.V."]
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert names() == ["Smederij Öztürk B.V.", "Bakkerij Zoë van Rijn"], "17 employees before 12"


def test_delete_asks_first_and_erases_only_after_yes(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    window.companies.reload()
    page = window.companies_page
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1 and not window.companies.loading)
    page.table.setFocus()
    page.table.select_first()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = wait_for_box(qtbot, window, "confirmDeleteCompany")
    assert "Bakkerij Zoë van Rijn" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer is "Cancel"
    qtbot.waitUntil(lambda: not box.isVisible())
    assert [c.id for c in context.workspace.companies.list()] == [company]

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmDeleteCompany") is None)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = wait_for_box(qtbot, window, "confirmDeleteCompany")
    yes = box.findChild(QPushButton, "confirmDeleteCompanyYes")
    assert yes is not None
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 0)
    assert context.workspace.companies.list() == []
    assert page.states.currentWidget() is page.states.empty


def test_import_lands_the_good_rows_and_reports_the_rejected_ones(
    qtbot: QtBot, tmp_path: Path, context: AppContext, window: MainWindow
) -> None:
    csv = tmp_path / "aanmeldingen.csv"
    csv.write_text(
        "Bedrijfsnaam;KvK-nummer;Sector;Gemeente\n"
        "Bouwbedrijf De Vries;1234 5678;Bouw;Utrecht\n"
        "Zorggroep Maas;87654321;Zorg;Zeist\n"
        "Studio Kramer;12;CI;Houten\n"
        "Fietsenwinkel Bos;11223344;vissen;Baarn\n",
        encoding="utf-8",
    )
    dialog = window.companies_page.import_file(csv)
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert dialog.summary.text() == "2 added, 0 updated, 2 not imported."
    rejected = dialog.rejected_table
    lines = [cell(rejected, row, 0) for row in range(rejected.rowCount())]
    reasons = [cell(rejected, row, 1) for row in range(rejected.rowCount())]
    assert lines == ["4", "5"]
    assert "must be exactly 8 digits" in reasons[0]
    assert "vissen" in reasons[1]
    assert dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 2)
    assert sorted(c.name for c in context.workspace.companies.list()) == ["Bouwbedrijf De Vries", "Zorggroep Maas"]
