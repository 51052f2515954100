"""Desktop figures: a key press until "saved", and the Scans page with 10,000 scans: filling it, typing in its
search box (per key) and sorting a column. The start-up figures are in ``bench_start``.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from .common import Row, folder_with_scans, held_scans, median, percentile, timings

AREA = "ui"


def key_to_saved(folder: Path, presses: int) -> list[Row]:
    """A digit in the wizard until the save state says "saved", against the core's own write."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from advisor_ui.app import create_application, open_context
    from advisor_ui.views.main_window import MainWindow
    from advisor_ui.wizard.dimension_page import DimensionPage
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest

    from advisor_app.services.companies import CompanyInput

    app = create_application()
    context = open_context(app, str(folder), "nl")
    workspace = context.workspace
    workspace.profile.save("Ingrid Willems", "nl")
    company = workspace.companies.create(CompanyInput(name="Bench B.V.", kvk="87654321", sector="logistics"))
    scan = workspace.scans.start(company.id)
    window = MainWindow(context)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    wizard = window.open_wizard(workspace.scans.get(scan.id))  # the script reads the view; the window reads nothing
    wizard.go_to_page(1)
    page = wizard.current_page
    assert isinstance(page, DimensionPage)

    loop = QEventLoop()

    def settled() -> None:
        if context.autosaver.state == "saved":
            loop.quit()

    context.autosaver.state_changed.connect(settled)

    def wait_saved() -> None:
        if context.autosaver.state != "saved":
            loop.exec()

    ui: list[float] = []
    for press in range(presses):
        page.select("D1.1")
        page.list.setFocus()
        began = time.perf_counter()
        QTest.keyClick(page.list, Qt.Key.Key_2 if press % 2 else Qt.Key.Key_4)
        wait_saved()
        assert wizard.save_state.property("state") == "saved"
        assert wizard.session.answers["D1.1"] == (2 if press % 2 else 4), "the key press was not taken as an answer"
        ui.append(time.perf_counter() - began)

    core: list[float] = []
    for press in range(presses):
        began = time.perf_counter()
        workspace.scans.answer(scan.id, "D1.2", 2 if press % 2 else 4)
        core.append(time.perf_counter() - began)
    window.close()
    workspace.close()
    assert workspace.scans.get(scan.id).answers["D1.1"] == (2 if presses % 2 == 0 else 4)
    return [
        Row(
            AREA,
            f'key press to "saved" in the wizard, median of {presses}',
            median(ui),
            "s",
            "the core's answer() alone",
            median(core),
        ),
        Row(
            AREA,
            f'key press to "saved" in the wizard, p99 of {presses}',
            percentile(ui, 0.99),
            "s",
            "the core's answer() alone",
            percentile(core, 0.99),
        ),
    ]


def scans_page(folder: Path, scans: int, repeat: int) -> list[Row]:
    """The Scans page on ``scans`` scans: filled from a worker, filtered per key, sorted per column.

    Baselines, measured in the same run: the core's own read (``summaries()``) for the filling, and
    plain Python doing the same filtering and sorting over the same prepared strings and keys.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from advisor_ui.app import create_application, open_context
    from advisor_ui.models.search import fold
    from advisor_ui.views.scans_page import ScansPage
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    app = create_application()
    context = open_context(app, str(folder), "nl")
    page = ScansPage(context)
    page.resize(1366, 700)
    page.show()

    def wait_loaded() -> None:
        loop = QEventLoop()

        def check() -> None:
            if not page.loading:
                loop.quit()
            else:
                QTimer.singleShot(1, check)

        QTimer.singleShot(0, check)
        loop.exec()
        app.processEvents()

    wait_loaded()
    fills: list[float] = []
    for _ in range(repeat):
        began = time.perf_counter()
        page.reload()
        wait_loaded()
        fills.append(time.perf_counter() - began)
    core = [timings(context.workspace.scans.summaries, 1)[0] for _ in range(repeat)]
    assert page.model.rowCount() == scans, "the page shows every scan"

    typed = "bakkerij utrecht"
    per_key: list[float] = []
    for _ in range(max(1, repeat // 2)):
        page.search.clear()
        app.processEvents()
        for char in typed:
            began = time.perf_counter()
            QTest.keyClicks(page.search, char)
            app.processEvents()
            per_key.append(time.perf_counter() - began)
    haystacks = [page.model.data(page.model.index(row, 0), Qt.ItemDataRole.UserRole + 3) for row in range(scans)]
    plain_key: list[float] = []
    for end in range(1, len(typed) + 1):
        words = fold(typed[:end]).split()
        began = time.perf_counter()
        _ = [h for h in haystacks if all(word in h for word in words)]
        plain_key.append(time.perf_counter() - began)
    page.search.clear()
    app.processEvents()

    sorts: list[float] = []
    plain_sorts: list[float] = []
    for column in (0, 4, 7):
        keys = [page.model.data(page.model.index(row, column), Qt.ItemDataRole.UserRole + 1) for row in range(scans)]
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            began = time.perf_counter()
            page.table.sortByColumn(column, order)
            app.processEvents()
            sorts.append(time.perf_counter() - began)
            began = time.perf_counter()
            sorted(keys, key=lambda key: (key is not None, key), reverse=order == Qt.SortOrder.DescendingOrder)
            plain_sorts.append(time.perf_counter() - began)
    page.close()
    context.tasks.wait()
    context.workspace.close()
    return [
        Row(
            AREA,
            f"Scans page filled (read, scored, prepared, shown), {scans:,} scans",
            median(fills),
            "s",
            "the core's summaries() alone",
            median(core),
        ),
        Row(
            AREA,
            f"typing in the Scans search box, per key (median), {scans:,} scans",
            median(per_key),
            "s",
            "plain Python filter over the same strings",
            median(plain_key),
        ),
        Row(
            AREA,
            f"typing in the Scans search box, per key (slowest), {scans:,} scans",
            max(per_key),
            "s",
            "plain Python filter over the same strings",
            max(plain_key),
        ),
        Row(
            AREA,
            f"sorting a Scans column (median of 6), {scans:,} scans",
            median(sorts),
            "s",
            "plain Python sort of the same keys",
            median(plain_sorts),
        ),
    ]


def run(quick: bool) -> list[Row]:
    data = folder_with_scans(10_000)
    scans = held_scans(data)
    rows = scans_page(data, scans, 2 if quick else 5)
    with tempfile.TemporaryDirectory() as folder:
        rows += key_to_saved(Path(folder) / "typing", 20 if quick else 200)
    return rows
