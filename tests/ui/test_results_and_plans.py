"""Results, the PDF, the plan and the voucher: what the advisor hands over before leaving."""

from __future__ import annotations

import html
import uuid
from pathlib import Path

from advisor_ui.context import AppContext
from advisor_ui.models.plan_actions import DESCRIPTION, STATUS
from advisor_ui.qt import Qt
from advisor_ui.views.company_page import PLAN_TAB, VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from pypdf import PdfReader
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from advisor_app.domain.formatting import round_whole
from advisor_app.domain.money import format_euros
from advisor_app.domain.rules import VOUCHER_LIMIT_CENTS
from advisor_app.services.demo import generate_demo

from .helpers import cell, completed_scan, focused, key, wait_saved


def test_results_show_the_index_the_stage_and_the_sector_benchmark_with_its_n(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    generate_demo(context.workspace, 120, seed=2009)
    summary = next(s for s in context.workspace.scans.summaries(status="completed") if s.sector == "health")
    results = window.show_results(summary.id)
    qtbot.waitUntil(lambda: results.ready)

    result = context.workspace.scans.result(context.workspace.scans.get(summary.id))
    groups = context.workspace.benchmarks.groups(context.workspace.questionnaire, summary.company_id)  # as in the PDF
    assert result.sii_percent is not None
    assert results.body.index_figure.text() == str(round_whole(result.sii_percent)), "rounded half up, as on the PDF"
    assert (
        results.body.benchmark_note.text() == f"Sector benchmark: Human Health, the mean of {groups['health'].n} completed scans."
    )
    header = results.body.table.horizontalHeaderItem(3)
    assert header is not None
    assert header.text() == f"Sector (n={groups['health'].n})"
    assert [series.name for series in results.body.radar.series][:2] == ["This scan", f"Sector (n={groups['health'].n})"]
    assert results.body.areas.text().count("<li>") == sum(len(p.actions) for p in result.improvement_areas)


def test_the_results_show_the_pdf_s_strengths_areas_and_actions_in_its_order(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """One view model for both (``report.content.gather``): the screen cannot tell the entrepreneur another story."""
    from advisor_app.report.content import gather

    scan_id = completed_scan(context, company, by_dimension={"D1": 5, "D2": 1, "D3": 2, "D4": 4})
    results = window.show_results(scan_id)
    qtbot.waitUntil(lambda: results.ready)
    content = gather(context.workspace, scan_id, "en")
    areas, strengths = results.body.areas.text(), results.body.strengths.text()
    titles = [f"<b>{area.id} {area.title}</b>" for area in content.priorities]
    assert titles, "this scan has improvement areas"
    assert [areas.index(title) for title in titles] == sorted(areas.index(title) for title in titles), "in the PDF's order"
    for area in content.priorities:
        for action in [a.text for a in area.actions] or list(area.general_actions):
            assert html.escape(action) in areas
    assert content.strengths, "this scan has strengths"
    shown = sorted((strengths.index(f"<b>{d} "), d) for d in ("D1", "D2", "D3", "D4", "D5", "D6") if f"<b>{d} " in strengths)
    assert [d for _position, d in shown] == list(content.strengths)


def test_a_small_sector_says_why_there_is_no_benchmark(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scan_id = completed_scan(context, company, by_dimension={"D1": 2, "D5": 4})
    results = window.show_results(scan_id)
    qtbot.waitUntil(lambda: results.ready)

    assert results.body.benchmark_note.text() == (
        "No sector benchmark yet: 0 other companies in Assembly Industry (metal) with a completed scan on this device "
        "or server; it is shown from 10 on."
    )
    assert [series.name for series in results.body.radar.series] == ["This scan"]


def test_a_follow_up_is_compared_with_the_previous_scan(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    completed_scan(context, company, by_dimension={"D1": 2})
    later = completed_scan(context, company, by_dimension={"D1": 4})
    results = window.show_results(later)
    qtbot.waitUntil(lambda: results.ready)

    assert cell(results.body.table, 0, 4) == "25"
    assert cell(results.body.table, 0, 5) == "+50"
    assert results.body.comparison.text().startswith("Index ")
    assert "Previous scan" in results.body.radar.series[-1].name


def test_make_pdf_runs_in_the_background_and_offers_open_folder_and_save_as(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow, opened_files: list[Path]
) -> None:
    scan_id = completed_scan(context, company)
    results = window.show_results(scan_id)
    qtbot.waitUntil(lambda: results.ready)

    key(qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier)  # "Make PDF"
    assert not results.pdf_button.isEnabled(), "one PDF at a time, while the window stays usable"
    qtbot.waitUntil(results.handoff.isVisible, timeout=15_000)

    pdf = results.last_pdf
    assert pdf is not None
    assert pdf.parent == context.workspace.reports_dir
    assert "Bakkerij Zoë van Rijn" in PdfReader(pdf).pages[0].extract_text()
    assert results.pdf_button.isEnabled()
    assert window.status.currentMessage() == f"PDF saved: {pdf}"
    assert focused() is results.handoff.open_button, "the focus stays on the actions"
    assert opened_files == [], "nothing opens by itself"

    key(qtbot, Qt.Key.Key_Space)
    assert opened_files == [pdf]
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    assert opened_files == [pdf, pdf.parent]


def test_make_plan_takes_the_actions_of_the_improvement_areas_and_edits_are_saved(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scan_id = completed_scan(context, company, by_dimension={"D2": 1, "D4": 2})
    results = window.show_results(scan_id)
    qtbot.waitUntil(lambda: results.ready)
    key(qtbot, Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)  # "Make plan"

    page = window.company_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page)  # the plan is drawn up in a worker
    assert page.tabs.currentIndex() == PLAN_TAB
    qtbot.waitUntil(lambda: page.plan.ready)  # the plans are read in a worker
    model = page.plan.model
    assert [row.dimension_id for row in model.rows][:1] == ["D2"]
    assert model.rowCount() == sum(
        len(p.actions) for p in context.workspace.scans.result(context.workspace.scans.get(scan_id)).improvement_areas
    )

    assert model.setData(model.index(0, DESCRIPTION), "Werkoverleg elke maandag om 8 uur")
    assert model.setData(model.index(0, STATUS), "in_progress")
    assert not model.setData(model.index(1, DESCRIPTION), "   "), "an action needs words"
    wait_saved(qtbot, context)

    stored = context.workspace.plans.for_company(company)[0].actions[0]
    assert (stored.description, stored.status) == ("Werkoverleg elke maandag om 8 uur", "in_progress")
    assert model.index(0, STATUS).data() == "In progress"


def test_a_voucher_above_the_limit_is_refused_in_the_form(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: form.ready)  # the company's voucher is read in a worker
    limit = format_euros(VOUCHER_LIMIT_CENTS, "en")
    assert limit in form.intro.text()

    qtbot.keyClicks(form.amount, "4500")
    assert form.amount_error.message == "The voucher amount €4,500.00 is above the maximum of €4,000.00"
    assert not form.request_button.isEnabled()
    form.request()
    assert context.workspace.vouchers.for_company(company) == []

    form.amount.clear()
    qtbot.keyClicks(form.amount, "4,000.00")
    assert form.amount_error.message == ""
    qtbot.keyClicks(form.supplier, "Hogeschool Utrecht")
    qtbot.mouseClick(form.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ready and form.voucher is not None)  # requested through the autosaver

    [voucher] = context.workspace.vouchers.for_company(company)
    assert (voucher.amount_cents, voucher.status, voucher.supplier) == (VOUCHER_LIMIT_CENTS, "draft", "Hogeschool Utrecht")
    assert form.status.text().startswith(f"Voucher {limit} · Draft since")


def test_a_draft_voucher_autosaves_and_moves_on_through_its_statuses(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    context.workspace.vouchers.request(company, 2_500_00)
    window.show_company(company, VOUCHER_TAB)
    form = window.company_page.voucher
    qtbot.waitUntil(lambda: form.ready)  # the company's voucher is read in a worker

    form.amount.selectAll()
    qtbot.keyClicks(form.amount, "3000")
    form.amount.editingFinished.emit()
    wait_saved(qtbot, context)
    assert context.workspace.vouchers.for_company(company)[0].amount_cents == 3_000_00

    [submit] = form.transition_buttons
    assert submit.text() == "Request voucher"
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ready and form.voucher is not None and form.voucher.status == "submitted")
    assert context.workspace.vouchers.for_company(company)[0].status == "submitted"
    assert form.amount.isReadOnly()
    assert sorted(b.text() for b in form.transition_buttons) == ["Back to draft", "Mark approved", "Mark rejected"]


def test_fitting_the_results_to_the_window_warns_of_no_negative_size(
    qtbot: QtBot, qtlog: _QtMessageCapture, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    """A wrapped label with nothing to wrap has no height for its width (-1): holding that as its minimum made Qt
    warn once per label and fit, which filled the advisor's log on every results page shown."""
    scan_id = completed_scan(context, company, by_dimension={"D1": 5, "D2": 1, "D3": 2, "D4": 4})
    results = window.show_results(scan_id)
    qtbot.waitUntil(lambda: results.ready and results.body.fitted)
    window.resize(window.width() - 40, window.height())
    qtbot.waitUntil(lambda: results.body.fitted)
    warnings = [record.message for record in qtlog.records if "Negative sizes" in record.message]
    assert warnings == []
