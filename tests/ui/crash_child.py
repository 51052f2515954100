"""The child of the UI crash test: the real app, offscreen, typing into its free-text fields until it is killed.

``python -m tests.ui.crash_child DATA_DIR SCAN_ID PLAN_ID COMPANY_ID SEED`` starts the app the way
``advisor-app`` does, then types bursts of letters with real key events into a scan's item note, its
closing notes, the plan's next steps and the voucher's supplier. After each burst it waits until the UI
reports the text saved (nothing left to hand over, the Autosaver idle and not failed) and prints
``field<TAB>text`` on stdout: an acknowledgement of every character typed so far. It never stops by itself.
"""

from __future__ import annotations

import random
import sys
import uuid
from collections.abc import Callable

from advisor_ui.app import create_application, start
from advisor_ui.autosave import AutosavingText
from advisor_ui.qt import QLineEdit, QPlainTextEdit, Qt, QWidget
from advisor_ui.views.company_page import PLAN_TAB, VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from advisor_ui.wizard.dimension_page import DimensionPage
from PySide6.QtTest import QTest

FIELDS = ("note", "closing", "next_steps", "supplier")
NOTE_ITEM = "D1.1"
LETTERS = "abcdefghijklmopqrstuvwxyz"
"""Plain letters (no n: Alt+N is the note's shortcut, no spaces: stored text is stripped)."""


def wait_for(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    waited = 0
    while not condition():
        QTest.qWait(10)
        waited += 10
        if waited > timeout_ms:
            raise TimeoutError("the app did not report the text saved")


def alt(widget: QWidget, letter: Qt.Key) -> None:
    QTest.keyClick(widget, letter, Qt.KeyboardModifier.AltModifier)


class Typist:
    def __init__(self, window: MainWindow, scan_id: uuid.UUID, company_id: uuid.UUID) -> None:
        self.window = window
        self.scan_id = scan_id
        self.company_id = company_id

    def field(self, name: str) -> QPlainTextEdit | QLineEdit:
        """Go where ``name`` is typed, as the advisor would, and give it the keyboard."""
        window = self.window
        if name in ("note", "closing"):
            if window.wizard is None:
                window.open_scan(self.scan_id)  # read in a worker, as the app does
                wait_for(lambda: window.wizard is not None)
            wizard = window.wizard
            assert wizard is not None
            if name == "note":
                wizard.go_to_entry(NOTE_ITEM)
                page = wizard.current_page
                assert isinstance(page, DimensionPage)
                alt(page.list, Qt.Key.Key_N)
                return page.note
            wizard.go_to_page(len(wizard.pages) - 1)
            alt(wizard, Qt.Key.Key_C)
            return wizard.review.notes
        tab = PLAN_TAB if name == "next_steps" else VOUCHER_TAB
        window.show_company(self.company_id, tab)
        page = window.company_page
        if name == "next_steps":
            wait_for(lambda: page.plan.ready)  # the plan is read in a worker
            alt(page, Qt.Key.Key_N)
            return page.plan.next_steps
        wait_for(lambda: page.voucher.ready)  # the voucher is read in a worker; until then the form is read-only
        alt(page, Qt.Key.Key_S)
        return page.voucher.supplier

    def burst(self, name: str, rng: random.Random) -> str:
        """Type a few letters at the end of the field, leave it or not, and wait until the UI says saved."""
        field = self.field(name)
        assert field.hasFocus(), f"{name} has no keyboard focus"
        end = Qt.KeyboardModifier.ControlModifier if isinstance(field, QPlainTextEdit) else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(field, Qt.Key.Key_End, end)
        QTest.keyClicks(field, "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 6))))
        if rng.random() < 0.3:
            QTest.keyClick(field, Qt.Key.Key_Tab)  # left at once; otherwise the typing pause saves it
        autosave = field.findChild(AutosavingText)
        assert autosave is not None
        saver = self.window.context.autosaver
        wait_for(lambda: not autosave.unsaved and saver.state == "saved")
        return autosave.text()


def main(argv: list[str]) -> None:
    data_dir, scan_id, _plan_id, company_id, seed = argv
    create_application()
    window, _opening = start(data_dir, "en")
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    wait_for(lambda: window.attached)  # the data folder opens behind the shown window
    typist = Typist(window, uuid.UUID(scan_id), uuid.UUID(company_id))
    rng = random.Random(int(seed))
    print("ready", flush=True)
    while True:
        name = rng.choice(FIELDS)
        text = typist.burst(name, rng)
        print(f"{name}\t{text}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
