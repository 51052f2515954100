"""Desktop start-up with 10,000 scans on the device (issue 12: ``start_window_10k``, ``start_companies_10k``,
``start_scans_10k``, ``rss_scans_10k``); ``python -m benchmarks [--quick] start`` runs only these.

Start-up is timed from outside, one fresh process per start: from spawning the interpreter until the
main window has painted itself, until the companies list has been filled (told by the window's
``listing`` signal: the list may be read before the workspace is open), and (another process) until the
Scans page is filled (``scans_listing``, the same), with that process's peak memory once the workspace is
open too and the page has read through it; a fourth goes on to open the first scan listed
and reports its peak too (a row without an id). The baseline is a bare
PySide6 window started the same way, taken in turns with the app's starts in the same run. All are
"cold" as a process, not as a disk: the operating system's file cache is warm.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from .common import Row, folder_with_scans, held_scans, median, size_label

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
    from advisor_ui.qt import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print("shown", flush=True)
            return False

    app = create_application()
    watcher = FirstPaint()
    watcher.seen = watcher.filled = watcher.opened = False
    mode = sys.argv[2]

    def listed(loading):
        if not loading and window.companies.loaded:
            print("listed", flush=True)
            app.quit()

    def scans_filled():
        page = window.scans_page
        if not page.loading and not page.stale and page.model.rowCount() > 0 and not watcher.filled:
            watcher.filled = True
            print("scans", flush=True)
            if mode == "opened":  # the advisor then opens the first scan listed (the wizard, or a completed scan's results)
                window.content.currentChanged.connect(lambda _index: scan_shown())
                page.open_scan.emit(page.model.id_of(0))  # as Return does: it waits for the workspace if need be
        if mode == "scans" and watcher.filled and window.attached and not page.loading and not page.stale:
            app.quit()  # the page may be filled before the workspace: the peak counts the workspace opened behind it

    def scan_shown():
        shown = window.content.currentWidget()
        if shown is window.wizard and shown is not None:
            opened()
        elif shown is window.results and shown is not None:
            shown.states.currentChanged.connect(lambda _index: opened() if shown.ready else None)

    def opened():
        if not watcher.opened:
            watcher.opened = True
            print("opened", flush=True)
            app.quit()

    def scans_listing():  # told by signals, not polled: a timer every few ms would take the interpreter from the worker
        window.scans_page.listed.connect(scans_filled)

    def listing():  # the companies list's controller is there: before the workspace when the start read it early
        window.companies.loading_changed.connect(listed)

    window, opening = start(sys.argv[1], "nl")  # the frame is shown; the data folder opens behind it
    window.installEventFilter(watcher)
    if mode == "companies":
        window.listing.connect(listing)
    else:
        window.scans_listing.connect(scans_listing)
        window.show_section(1)  # the advisor goes to the Scans page at once
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
    """Fresh processes, taken in turns: the bare window, the app until its companies list, the app on the Scans page.

    A fourth process goes on from the filled Scans page to open its first scan, for the peak memory with
    the editing machinery loaded: the companies list may be shown before the workspace is (see
    ``advisor_ui.waiting``), and its start's peak alone would flatter the app.
    """
    bare: list[float] = []
    bare_rss: list[float] = []
    companies: list[dict[str, float]] = []
    on_scans: list[dict[str, float]] = []
    scans_rss: list[float] = []
    opened_rss: list[float] = []
    for _ in range(repeat):
        marks, rss = timed_marks(BARE_WINDOW)
        bare.append(marks["shown"])
        bare_rss.append(rss)
        companies.append(timed_marks(APP_WINDOW, str(folder), "companies")[0])
        marks, rss = timed_marks(APP_WINDOW, str(folder), "scans")
        on_scans.append(marks)
        scans_rss.append(rss)
        opened_rss.append(timed_marks(APP_WINDOW, str(folder), "opened")[1])
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
        Row(
            AREA,
            f"peak memory, the same after the advisor opens the first scan listed, {scans:,} scans",
            median(opened_rss),
            "MB",
            "bare PySide6 window",
            median(bare_rss),
        ),
    ]


def run(quick: bool) -> list[Row]:
    data = folder_with_scans(10_000)
    return start_up(data, held_scans(data), 2 if quick else 5)
