"""The pages outside the scan at 1024x700, 1366x768 and 1920x1080: nothing outside the window, no clipped
label, the results' title clear of its buttons, whole sidebar labels, names never squeezed.

Each page is also saved as a screenshot to docs/screenshots/layout-<page>-<size>.png (what docs/ shows).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from advisor_ui.context import AppContext
from advisor_ui.qt import QDialogButtonBox, QLabel, QPoint, QPushButton, Qt, QToolButton, QWidget
from advisor_ui.views.company_dialog import CompanyDialog
from advisor_ui.views.main_window import COMPANIES, PLANS, SCANS, SYNC, WORK, MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.services.companies import CompanyInput

SIZES = ((1024, 700), (1366, 768), (1920, 1080))
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LONG_NAME = "Bakkerij en Banketbakkerij Van der Vaart-Hoogendijk B.V."


def rect_in(widget: QWidget, ancestor: QWidget) -> Any:
    return widget.rect().translated(widget.mapTo(ancestor, QPoint(0, 0)))


def in_scrolled_content(widget: QWidget) -> bool:
    """Inside a scroll area's viewport, a widget may lie beyond what shows: the area scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        viewport = getattr(area, "viewport", None)
        if callable(viewport) and viewport() is parent:
            return True
        parent = area
    return False


def _is_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    viewport = getattr(area, "viewport", None)
    return callable(viewport) and viewport() is widget


def faults_of(root: QWidget, where: str) -> list[str]:
    faults = []
    frame = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        name = widget.objectName() or type(widget).__name__
        if not in_scrolled_content(widget) and not frame.contains(rect_in(widget, root)):
            faults.append(f"{where}: {name} lies outside the window ({rect_in(widget, root)})")
        parent = widget.parentWidget()
        if parent is not None and not _is_viewport(parent) and not parent.rect().contains(widget.geometry()):
            faults.append(
                f"{where}: {name} is cut off by {parent.objectName() or type(parent).__name__}"
                f" ({widget.geometry().getRect()} in {parent.rect().getRect()})"
            )
        if isinstance(widget, QLabel) and widget.text() and widget.textFormat() != Qt.TextFormat.RichText:
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    faults.append(f"{where}: {name} is cut off at the bottom")
            elif widget.width() < widget.minimumSizeHint().width():
                faults.append(f"{where}: {name} is clipped ({widget.width()} < {widget.minimumSizeHint().width()})")
        clipped = widget.width() < widget.minimumSizeHint().width()
        if isinstance(widget, QPushButton | QToolButton) and widget.text() and clipped:
            faults.append(f"{where}: the button {name} is clipped")
    return faults


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"layout-{name}.png"))


@pytest.fixture
def filled(context: AppContext, company: uuid.UUID) -> uuid.UUID:
    """A long company name with a completed scan, a second one with a draft."""
    workspace = context.workspace
    long = workspace.companies.create(
        CompanyInput(name=LONG_NAME, kvk="22334455", sector="creative", municipality="Nieuwegein", employees=140)
    )
    scan = workspace.scans.start(long.id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, 2 if item_id.startswith("D2") else 4)
    workspace.scans.complete(scan.id)
    draft = workspace.scans.start(company)
    workspace.scans.answer(draft.id, workspace.questionnaire.item_ids[0], 3)
    return scan.id


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_pages_fit_at_every_size(
    qtbot: QtBot, context: AppContext, filled: uuid.UUID, window: MainWindow, width: int, height: int
) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    size = f"{width}x{height}"
    faults: list[str] = []

    navigation = window.navigation
    for row in range(navigation.count()):
        item = navigation.item(row)
        needed = navigation.fontMetrics().horizontalAdvance(item.text()) + 2 * 14 + 4
        if navigation.visualItemRect(item).width() < needed:
            faults.append(f"{size}: the sidebar cuts '{item.text()}'")

    for section, name in ((COMPANIES, "companies"), (SCANS, "scans"), (PLANS, "plans"), (SYNC, "sync"), (WORK, "work")):
        window.show_section(section)
        page = window.section_page(section)
        qtbot.waitUntil(lambda shown=page: not getattr(shown, "loading", False) and not window.companies.loading)  # type: ignore[misc]
        qtbot.wait(1)
        faults += faults_of(window, f"{size} {name}")
        shoot(window, f"{name}-{size}")
    table = window.companies_page.table
    window.show_section(COMPANIES)
    if table.columnWidth(0) < table.fontMetrics().horizontalAdvance(LONG_NAME):
        faults.append(f"{size}: the company name is squeezed")

    window.show_company(window.companies.model.id_of(0))
    qtbot.waitUntil(lambda: window.company_page.ready)  # read in a worker
    qtbot.wait(1)  # the layout's queued pass after the texts came
    faults += faults_of(window, f"{size} company")
    shoot(window, f"company-{size}")

    results = window.show_results(filled)
    qtbot.waitUntil(  # laid out for its width
        lambda: results.ready and results.fitted and results.body.height() >= results.body.minimumHeight()
    )
    title = rect_in(results.title, window)
    for button in (results.back_button, results.revise_button, results.follow_up_button, results.pdf_button, results.plan_button):
        if button.isVisible() and title.intersects(rect_in(button, window)):
            faults.append(f"{size}: the results title runs under {button.objectName()}")
    faults += faults_of(window, f"{size} results")
    shoot(window, f"results-{size}")

    assert faults == [], "\n".join(faults)


def test_the_company_dialog_keeps_its_field_heights_after_a_failed_save(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    dialog = CompanyDialog(window.companies, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = {key: widget.height() for key, widget in dialog.field_widgets.items()}
    qtbot.keyClicks(dialog.kvk, "12")
    qtbot.keyClicks(dialog.email, "not an address")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_of("kvk")))

    after = {key: widget.height() for key, widget in dialog.field_widgets.items()}
    assert after == before, "the messages under the fields make the dialog grow, not the fields shrink"
    assert faults_of(dialog, "company dialog") == []
    shoot(dialog, "company-dialog-refused")
