"""Words: Qt's own dialogs in the UI's language, plurals, amounts and dates per language, the first run's texts."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations
from advisor_ui.qt import QDialogButtonBox, QFileDialog, QMessageBox, Qt
from advisor_ui.views.main_window import COMPANIES, PLANS, MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.services.companies import CompanyInput

from .helpers import first_run_dialog, wait_for_box


def test_qt_s_own_dialogs_speak_dutch_in_the_dutch_ui(
    qtbot: QtBot, context: AppContext, translations: Translations, company: uuid.UUID, window: MainWindow
) -> None:
    translations.apply("nl")
    window.show_section(COMPANIES)
    page = window.companies_page
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1 and not window.companies.loading)
    page.table.setFocus()
    page.table.select_first()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = wait_for_box(qtbot, window, "confirmDeleteCompany")
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text() == "Annuleren", "Qt's own button, from qtbase_nl.qm"
    box.reject()

    dialog = page.choose_import()
    qtbot.waitExposed(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Zoeken in:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Bestands&type:"
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Annuleren"
    dialog.reject()


def test_counts_have_their_plurals_and_amounts_their_language(
    qtbot: QtBot, context: AppContext, translations: Translations, company: uuid.UUID, window: MainWindow
) -> None:
    page = window.companies_page
    qtbot.waitUntil(lambda: page.count.text() == "1 company")
    translations.apply("nl")
    qtbot.waitUntil(lambda: page.count.text() == "1 bedrijf")
    context.workspace.companies.create(CompanyInput(name="Studio Kramer", kvk="22334455", sector="creative"))
    context.events.companies_changed.emit()
    qtbot.waitUntil(lambda: page.count.text() == "2 bedrijven")

    voucher = context.workspace.vouchers.request(company, 350_000, supplier="Hogeschool Utrecht")
    context.workspace.vouchers.set_status(voucher.id, "submitted")
    context.events.plans_changed.emit()
    window.show_section(PLANS)
    plans = window.plans_page
    qtbot.waitUntil(lambda: "1 voucher" in plans.totals.text())
    assert "€ 3.500,00" in plans.totals.text()
    translations.apply("en")
    qtbot.waitUntil(lambda: "€3,500.00" in plans.totals.text())
    assert "1 voucher ·" in plans.totals.text()


def test_dates_on_screen_follow_the_ui_language(
    qtbot: QtBot, context: AppContext, translations: Translations, company: uuid.UUID, window: MainWindow
) -> None:
    """The results' date as the UI's language writes it (the English UI said a Dutch date before): 27/11/2026, 27-11-2026."""
    scans = context.workspace.scans
    scan = scans.start(company)
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(scan.id, item_id, 3)
    completed = scans.complete(scan.id)
    assert completed.completed_at is not None
    from advisor_app.report.sections import local_date

    day = local_date(completed.completed_at)  # the programme's calendar day (Europe/Amsterdam), as on the PDF
    results = window.show_results(scan.id)
    qtbot.waitUntil(lambda: results.ready and f"{day:%d/%m/%Y}" in results.subtitle.text())
    translations.apply("nl")
    qtbot.waitUntil(lambda: f"{day:%d-%m-%Y}" in results.subtitle.text())
    assert results.subtitle.text().startswith("Afgerond")


def test_the_first_run_s_buttons_and_messages_follow_a_language_switch(
    qtbot: QtBot, fresh: AppContext, translations: Translations
) -> None:
    translations.apply("nl")
    dialog = first_run_dialog(qtbot, fresh)
    qtbot.keyClicks(dialog.email, "geen adres")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.message == "De naam ontbreekt"
    assert dialog.email_error.message.startswith("'geen adres' is geen geldig")
    assert dialog.start_button.text() == "Beginnen"

    qtbot.mouseClick(dialog.english, Qt.MouseButton.LeftButton)

    assert dialog.start_button.text() == "Start"
    assert dialog.cancel_button.text() == "Quit"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is dialog.start_button
    assert dialog.name_error.message == "The name is missing"
    assert dialog.email_error.message == "'geen adres' is not a valid e-mail address"
