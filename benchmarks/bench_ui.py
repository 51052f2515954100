"""Desktop figures: start-up with 10,000 scans on the device, a key press until "saved", and the Scans page
with 10,000 scans: filling it, typing in its search box (per key) and sorting a column.

Start-up is timed from outside, one fresh process per start: from spawning the
interpreter until the main window has painted itself (and, separately, until
the companies list has been filled by its worker). The baseline is a bare
PySide6 window started the same way in the same run. Both are "cold" as a
process, not as a disk: the operating system's file cache is warm.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from .common import Row, folder_with_scans, held_scans, median, percentile, size_label, timings

AREA = "ui"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print("shown", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1366, 768)
    window.show()
    app.exec()
    print("peak_kb", next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
    """
)

APP_WINDOW = textwrap.dedent(
    """
    import sys
    from advisor_ui.app import create_application, start
    from advisor_ui.qt import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print("shown", flush=True)
            return False

    app = create_application()
    watcher = FirstPaint()
    watcher.seen = False
    mode = sys.argv[2]

    def listed():
        if window.attached and window.companies.loaded:
            print("listed", flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, listed)

    def scans_filled():
        page = window.scans_page if window.attached else None
        if page is not None and not page.loading and not page.stale and page.model.rowCount() > 0:
            print("scans", flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, scans_filled)

    window, opening = start(sys.argv[1], "nl")  # the frame is shown; the data folder opens behind it
    window.installEventFilter(watcher)
    if mode == "scans":
        window.show_section(1)  # the advisor goes to the Scans page at once
        QTimer.singleShot(0, scans_filled)
    else:
        QTimer.singleShot(0, listed)
    app.exec()
    print("peak_kb", next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
    window.close()
    opening.close()
    """
)


def timed_marks(code: str, *args: str) -> tuple[dict[str, float], float]:
    """Seconds from spawning the process until it printed each mark, and its peak resident memory in MB.

    The probe reports its own peak (``VmHWM``): the rusage of a child counts the parent's size at the fork.
    """
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=ENV)
    assert process.stdout is not None
    marks: dict[str, float] = {}
    peak_kb = 0.0
    for line in process.stdout:
        mark, *value = line.split()
        if mark == "peak_kb":
            peak_kb = float(value[0])
        else:
            marks[mark] = time.perf_counter() - began
    if process.wait(timeout=300) != 0:
        raise RuntimeError(f"the start-up probe failed with exit code {process.returncode}")
    return marks, peak_kb / 1024


def start_up(folder: Path, scans: int, repeat: int) -> list[Row]:
    """Fresh processes, taken in turns: the bare window, the app until its companies list, the app on the Scans page."""
    bare: list[float] = []
    bare_rss: list[float] = []
    companies: list[dict[str, float]] = []
    on_scans: list[dict[str, float]] = []
    scans_rss: list[float] = []
    for _ in range(repeat):
        marks, rss = timed_marks(BARE_WINDOW)
        bare.append(marks["shown"])
        bare_rss.append(rss)
        companies.append(timed_marks(APP_WINDOW, str(folder), "companies")[0])
        marks, rss = timed_marks(APP_WINDOW, str(folder), "scans")
        on_scans.append(marks)
        scans_rss.append(rss)
    baseline = median(bare)
    label = size_label(scans)
    same = "bare PySide6 window, same way"
    return [
        Row(
            AREA,
            f"cold start to the first shown main window, {scans:,} scans (median of {repeat})",
            median([m["shown"] for m in companies]),
            "s",
            same,
            baseline,
            id=f"start_window_{label}",
        ),
        Row(
            AREA,
            f"cold start until the companies list is filled, {scans:,} scans",
            median([m["listed"] for m in companies]),
            "s",
            same,
            baseline,
            id=f"start_companies_{label}",
        ),
        Row(
            AREA,
            f"cold start until the Scans page is filled, {scans:,} scans",
            median([m["scans"] for m in on_scans]),
            "s",
            same,
            baseline,
            id=f"start_scans_{label}",
        ),
        Row(
            AREA,
            f"peak memory, the app with {scans:,} scans on the Scans page",
            median(scans_rss),
            "MB",
            "bare PySide6 window",
            median(bare_rss),
            id=f"rss_scans_{label}",
        ),
    ]


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
    rows = start_up(data, scans, 2 if quick else 5)
    rows += scans_page(data, scans, 2 if quick else 5)
    with tempfile.TemporaryDirectory() as folder:
        rows += key_to_saved(Path(folder) / "typing", 20 if quick else 200)
    return rows
