"""The PDF hand-off: a computer without a PDF viewer is told so; "Save as..." writes a copy on a stick."""

from __future__ import annotations

import uuid
from pathlib import Path

from advisor_ui.context import AppContext
from advisor_ui.qt import Qt
from advisor_ui.results.page import ResultsPage
from advisor_ui.views.main_window import MainWindow
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from .helpers import completed_scan, key


def pdf_made(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> ResultsPage:
    results = window.show_results(completed_scan(context, company))
    qtbot.waitUntil(lambda: results.ready)
    key(qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(results.handoff.isVisible, timeout=15_000)
    return results


def test_no_pdf_viewer_is_said_plainly(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    context.open_file = lambda _path: False  # the desktop answers: no program for this
    results = pdf_made(qtbot, context, company, window)

    key(qtbot, Qt.Key.Key_Space)  # "Open" has the focus

    problem = results.handoff.problem
    assert problem.isVisible()
    assert problem.text().startswith("No program to show PDF files is installed on this computer.")
    assert "Traceback" not in problem.text()


def test_save_as_writes_a_copy_where_the_advisor_chooses(
    qtbot: QtBot, tmp_path: Path, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    results = pdf_made(qtbot, context, company, window)
    stick = tmp_path / "USB-STICK"
    stick.mkdir()

    with qtbot.waitSignal(results.handoff.copied, timeout=15_000) as copied:
        dialog = results.handoff.save_as()
        assert dialog is not None
        dialog.selectFile(str(stick / "samenvatting.pdf"))
        dialog.accept()

    target = stick / "samenvatting.pdf"
    assert copied.args == [target]
    assert results.last_pdf is not None
    assert target.read_bytes() == results.last_pdf.read_bytes()
    assert "Bakkerij Zoë van Rijn" in PdfReader(target).pages[0].extract_text()
    assert window.status.currentMessage() == f"Copy saved: {target}"
