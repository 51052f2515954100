"""A 1024x700 laptop screen at 100 %, 125 % and 150 % display scaling: the window fits the screen (issue 10).

At 150 % such a screen has 683x467 logical pixels. The window used to insist on
1000x620, so it overhung the screen and its buttons and status bar lay beyond
the bottom edge. Here the app starts on that screen the way it starts for real
(no saved geometry: it sizes itself to the screen), and every page is checked
at that size with the same geometry checks as at the three window sizes: the
window within the screen, nothing outside the window or cut off, the answer
cards whole and shown without a horizontal scrollbar.

Qt reads the scale factor and the screen once per process, so each factor runs
in a child process with ``QT_SCALE_FACTOR`` and the offscreen platform's screen
set to 1024x700 (its ``configfile``). Screenshots: ``docs/screenshots/small-screen-<page>-<percent>.png``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from advisor_ui.context import AppContext
from advisor_ui.qt import QGuiApplication, QScrollArea, QWidget
from advisor_ui.views.main_window import COMPANIES, PLANS, SCANS, SYNC, WORK, MainWindow
from advisor_ui.wizard.dimension_page import DimensionPage
from advisor_ui.wizard.intake_page import IntakePage
from advisor_ui.wizard.review_page import ReviewPage
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from .helpers import open_draft
from .test_layout_sizes import LONG_NAME, faults_of
from .test_wizard_sizes import settled_faults

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
SCREEN = (1024, 700)
FACTORS = ["1", "1.25", "1.5"]
CHILD = "BASISSCAN_SMALL_SCREEN_CHILD"


def factor() -> float:
    return float(os.environ.get("QT_SCALE_FACTOR", "1") or "1")


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"small-screen-{name}-{round(factor() * 100)}.png"))


def fits_the_screen(window: MainWindow) -> list[str]:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    available = screen.availableGeometry()
    if window.width() <= available.width() and window.height() <= available.height():
        return []
    return [f"the window is {window.width()}x{window.height()}, the screen has {available.width()}x{available.height()}"]


def settled(qtbot: QtBot, check: Callable[[], list[str]]) -> list[str]:
    """The faults once the layout has had its passes (Qt lays out in queued events), or those left then."""
    try:
        qtbot.waitUntil(lambda: check() == [], timeout=2000)
    except TimeoutError:
        return check()
    return []


def scrolled_only_down(window: QWidget, where: str) -> list[str]:
    """A page that does not fit scrolls down, never sideways."""
    return [
        f"{where}: {area.objectName() or type(area).__name__} scrolls sideways ({area.horizontalScrollBar().maximum()} px)"
        for area in window.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]


@pytest.mark.child_process(CHILD)
def test_every_page_fits_the_small_screen(qtbot: QtBot, context: AppContext, company: uuid.UUID) -> None:
    from advisor_app.services.companies import CompanyInput

    workspace = context.workspace
    long = workspace.companies.create(CompanyInput(name=LONG_NAME, kvk="22334455", sector="creative", employees=140))
    done = workspace.scans.start(long.id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(done.id, item_id, 4)
    workspace.scans.complete(done.id)
    draft = workspace.scans.start(company)

    window = MainWindow(context)  # no saved geometry: the window sizes itself to the screen, as on a first start
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.companies.loaded)
    percent = f"{round(factor() * 100)} %"
    faults = fits_the_screen(window)

    for section, name in ((COMPANIES, "companies"), (SCANS, "scans"), (PLANS, "plans"), (SYNC, "sync"), (WORK, "work")):
        window.show_section(section)
        page = window.section_page(section)
        qtbot.waitUntil(lambda shown=page: not getattr(shown, "loading", False) and not window.companies.loading)  # type: ignore[misc]
        qtbot.wait(1)
        faults += faults_of(window, f"{percent} {name}") + scrolled_only_down(window, f"{percent} {name}")
        shoot(window, name)

    results = window.show_results(done.id)
    qtbot.waitUntil(lambda: results.ready and results.fitted and results.body.height() >= results.body.minimumHeight())
    title = results.title.geometry()
    for button in (results.back_button, results.follow_up_button, results.pdf_button, results.plan_button):
        if button.isVisible() and title.intersects(button.geometry()):
            faults.append(f"{percent}: the results title runs under {button.objectName()}")
    faults += faults_of(window, f"{percent} results") + scrolled_only_down(window, f"{percent} results")
    shoot(window, "results")

    wizard = open_draft(qtbot, window, draft.id)
    q = workspace.questionnaire
    for index, kind, page_type in ((0, "intake", IntakePage), (1, "dimension", DimensionPage), (-1, "review", ReviewPage)):
        wizard.go_to_page(index % len(wizard.pages), q.item_ids[0] if kind == "dimension" else None)
        assert isinstance(wizard.current_page, page_type)
        faults += settled_faults(qtbot, wizard, f"{percent} wizard {kind}")
        faults += settled(qtbot, lambda where=f"{percent} wizard {kind}": faults_of(window, where))  # type: ignore[misc]
        shoot(window, f"wizard-{kind}")

    faults += fits_the_screen(window)
    assert faults == [], "\n".join(faults)


@pytest.mark.child_process(CHILD)
def test_the_company_page_fits_the_small_screen(qtbot: QtBot, context: AppContext, company: uuid.UUID) -> None:
    window = MainWindow(context)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.companies.loaded)
    window.show_company(company)
    qtbot.waitUntil(window.company_page.isVisible)
    qtbot.waitUntil(lambda: window.company_page.ready)  # the company is read in a worker: check it shown, not loading
    faults = fits_the_screen(window) + settled(qtbot, lambda: faults_of(window, f"{round(factor() * 100)} % company"))
    shoot(window, "company")
    assert faults == [], "\n".join(faults)


def run_child(test: str, scale: str, tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    width, height = SCREEN
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", CHILD: "1"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", f"{__file__}::{test}", "-q", "-p", "no:cacheprovider"],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = run.stdout + run.stderr
    crash = output.find("Fatal Python error")
    assert run.returncode == 0, output[crash : crash + 4000] if crash >= 0 else output[-4000:]


@pytest.mark.skipif(os.environ.get(CHILD) == "1", reason="the child process itself")
@pytest.mark.parametrize("scale", FACTORS)
def test_the_window_fits_a_1024x700_screen(scale: str, tmp_path: Path) -> None:
    run_child("test_every_page_fits_the_small_screen", scale, tmp_path)


@pytest.mark.skipif(os.environ.get(CHILD) == "1", reason="the child process itself")
@pytest.mark.parametrize("scale", FACTORS)
def test_the_company_page_fits_a_1024x700_screen(scale: str, tmp_path: Path) -> None:
    run_child("test_the_company_page_fits_the_small_screen", scale, tmp_path)
