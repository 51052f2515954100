"""The scan wizard at the sizes of the laptops it is used on: everything whole, nothing to scroll sideways (issue 10).

Renders the intake, a dimension page and the review at 1024x700, 1366x768 and
1920x1080 (screen pixels), checks their geometry and writes the screenshots in
``docs/screenshots/`` (``wizard-<page>-<width>x<height>[-<scale>].png``). At 125 %
and 150 % scaling (``QT_SCALE_FACTOR``, which Qt reads once per process) the same
test runs in a child process per factor; the window then has the screen's
pixels divided by the factor, as on a laptop with that display scaling.

The checks: no horizontal scrollbar; every answer card inside the page's
viewport (shown without scrolling) and inside the window; the longest word of
every card's label and anchor text fits the card's text width (so no word is
broken in the middle, "Nauwelijk s"); the question and its help text have the
height their wrapped text needs (never cut off); narrow cards reflow onto more
rows rather than shrink below their words.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from functools import partial
from pathlib import Path

import pytest
from advisor_ui.context import AppContext
from advisor_ui.qt import QApplication, QFontMetrics, QLabel, QPoint, QRect, QScrollArea, QWidget
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.choices import BORDER, PADDING, ChoiceRow
from advisor_ui.wizard.dimension_page import DimensionPage
from advisor_ui.wizard.intake_page import IntakePage
from advisor_ui.wizard.review_page import ReviewPage
from advisor_ui.wizard.wizard import ScanWizard
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from .helpers import open_draft

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
SCALES = ["1.25", "1.5"]
SCALE_VARIABLE = "QT_SCALE_FACTOR"


def scale() -> float:
    return float(os.environ.get(SCALE_VARIABLE, "1") or "1")


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def longest_word_width(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def scroll_of(wizard: ScanWizard) -> QScrollArea:
    area = wizard.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    return area


def check_page(wizard: ScanWizard, where: str) -> list[str]:
    """What is wrong with the wizard's current page, in words (empty: nothing)."""
    faults: list[str] = []
    area = scroll_of(wizard)
    viewport = area.viewport()
    if area.horizontalScrollBar().maximum() > 0:
        faults.append(f"{where}: a horizontal scrollbar ({area.horizontalScrollBar().maximum()} px to scroll)")
    page = wizard.current_page
    shown = QRect(QPoint(0, 0), viewport.size())
    window = wizard.window()
    focus = QApplication.focusWidget()
    for row in page.findChildren(ChoiceRow):
        if not row.isVisibleTo(page):
            continue
        if row.height() < row.heightForWidth(row.width()):
            faults.append(f"{where}: {row.objectName()} has {row.height()} px, its cards need {row.heightForWidth(row.width())}")
        # A dimension page shows its one question's cards without scrolling; the intake, a form, scrolls to the focus.
        whole = isinstance(page, DimensionPage) or (focus is not None and (focus is row or row.isAncestorOf(focus)))
        for card in row.buttons:
            name = f"{where}: card {card.key} of {row.objectName()}"
            box = rect_in(card, viewport)
            inside = shown.contains(box) if whole else shown.left() <= box.left() and box.right() <= shown.right()
            if not inside:
                faults.append(f"{name} at {box.getRect()} is outside the viewport {shown.getRect()}")
            if whole and not QRect(QPoint(0, 0), window.size()).contains(rect_in(card, window)):
                faults.append(f"{name} is outside the window")
            _key_font, title_font, detail_font = card.fonts()
            inner = card.width() - 2 * PADDING - 2 * BORDER
            for text, font in ((card.title, title_font), (card.detail, detail_font)):
                needed = longest_word_width(text, QFontMetrics(font))
                if needed > inner:
                    faults.append(f"{name}: a word of {text!r} needs {needed} px, the card has {inner}")
            if card.height() < card.heightForWidth(card.width()):
                faults.append(f"{name}: {card.height()} px high, its text needs {card.heightForWidth(card.width())}")
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.wordWrap() and label.text():
            if label.height() < label.heightForWidth(label.width()):
                needed = label.heightForWidth(label.width())
                faults.append(f"{where}: {label.objectName()} is cut off ({label.height()} px, its text needs {needed})")
            if rect_in(label, page).right() > page.width():
                faults.append(f"{where}: {label.objectName()} runs past the page")
    return faults


def settled_faults(qtbot: QtBot, wizard: ScanWizard, where: str) -> list[str]:
    """The faults once the page has had its layout passes (Qt lays out in queued events), or those left then."""
    try:
        qtbot.waitUntil(lambda: check_page(wizard, where) == [], timeout=2000)
    except TimeoutError:
        return check_page(wizard, where)
    return []


def window_has_size(window: QWidget, size: tuple[int, int]) -> bool:
    return (window.width(), window.height()) == size


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if scale() == 1 else f"-{int(scale() * 100)}"
    assert widget.grab().save(str(SHOTS / f"{name}{suffix}.png"))


def test_the_wizard_fits_at_every_size(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    scans = context.workspace.scans
    scan = scans.start(company, "Ingrid Willems")
    q = context.workspace.questionnaire
    for item_id in q.item_ids[:3]:
        scans.answer(scan.id, item_id, 2)
    scans.answer(scan.id, q.item_ids[3], None, not_applicable=True)
    wizard = open_draft(qtbot, window, scan.id)
    faults: list[str] = []
    factor = scale()
    for width, height in SIZES:
        # The screen's pixels at this scaling; a window never gets smaller than its minimum (then it overhangs the screen).
        logical = (max(round(width / factor), window.minimumWidth()), max(round(height / factor), window.minimumHeight()))
        window.resize(*logical)
        qtbot.waitUntil(partial(window_has_size, window, logical))
        for index, kind, page_type in ((0, "intake", IntakePage), (1, "dimension", DimensionPage), (-1, "review", ReviewPage)):
            wizard.go_to_page(index % len(wizard.pages), q.item_ids[1] if kind == "dimension" else None)
            assert isinstance(wizard.current_page, page_type)
            faults += settled_faults(qtbot, wizard, f"{kind} at {width}x{height} x{factor}")
            if factor == 1 or kind == "dimension":
                shoot(window, f"wizard-{kind}-{width}x{height}")
    assert faults == [], "\n".join(faults)


def test_cards_reflow_onto_more_rows_when_the_page_is_narrow(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    scan = context.workspace.scans.start(company)
    wizard = open_draft(qtbot, window, scan.id)
    wizard.go_to_page(1)
    page = wizard.current_page
    assert isinstance(page, DimensionPage)
    row = page.answers

    def rows() -> int:
        return len({card.y() for card in row.buttons})

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: rows() == 1)  # 1-5 and 0 side by side
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: rows() == 2)
    assert [len([c for c in row.buttons if c.y() == y]) for y in sorted({c.y() for c in row.buttons})] == [3, 3]
    assert all(card.width() == row.buttons[0].width() for card in row.buttons)


@pytest.mark.skipif(scale() != 1, reason="the child process itself")
@pytest.mark.parametrize("factor", SCALES)
def test_the_wizard_fits_with_display_scaling(factor: str) -> None:
    """One process per factor: Qt reads QT_SCALE_FACTOR when the application starts."""
    env = {**os.environ, SCALE_VARIABLE: factor, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", f"{__file__}::test_the_wizard_fits_at_every_size", "-q", "-p", "no:cacheprovider"],
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
