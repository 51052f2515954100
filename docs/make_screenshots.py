"""Writes the screenshots in docs/screenshots/ from the real app, offscreen, at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--lang nl|en] [--scale 1]

Demo data with a fixed seed makes the pictures the same on every run, so a
changed screenshot in a diff means the screen changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from advisor_ui.app import create_application, open_context
from advisor_ui.qt import QApplication, QWidget
from advisor_ui.views.main_window import PLANS, SYNC, MainWindow

from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
ANSWERS = {"D1.1": 4, "D1.2": 3, "D1.3": 2, "D1.4": 3, "D2.1": 4}


def settle(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let the event loop run until ``done`` (workers report back through it)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, language: str) -> Path:
    path = OUT / f"{name}-{language}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 2 for a high-DPI check")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    OUT.mkdir(exist_ok=True)
    app = create_application(["make_screenshots"])
    with tempfile.TemporaryDirectory() as folder:
        context = open_context(app, folder, args.lang)
        context.open_file = lambda _path: None
        workspace = context.workspace
        workspace.profile.save("Ingrid Willems", args.lang)
        generate_demo(workspace, 120, seed=2009)
        window = MainWindow(context)
        window.resize(*SIZE)
        window.show()
        settle(app, lambda: window.companies.loaded)
        save(window, "main-window", args.lang)

        summaries = workspace.scans.summaries(status="completed")
        target = next(s for s in summaries if s.follow_up_of_id is not None)
        window.show_results(target.id)
        settle(app, lambda: window.results is not None and window.results.ready)
        save(window, "results", args.lang)

        fresh = workspace.companies.create(
            CompanyInput(
                name="Installatiebedrijf Öztürk & Dekker B.V.",
                kvk="3012 3456",
                sector="construction",
                employees=34,
                municipality="Nieuwegein",
                contact_person="Emre Öztürk",
                email="emre@oztürk-dekker.example.nl".replace("ü", "u"),
                phone="030-6021234",
                consent=True,
            ),
            created_by="Ingrid Willems",
        )
        scan = workspace.scans.start(fresh.id, advisor="Ingrid Willems")
        for item_id, score in ANSWERS.items():
            workspace.scans.answer(scan.id, item_id, score)
        workspace.scans.note(scan.id, "D2.1", "Teamleiders beslissen zelf over planning en inkoop tot € 5.000.")
        workspace.scans.set_position(scan.id, "D2.2")
        wizard = window.open_wizard(workspace.scans.get(scan.id))
        settle(app, wizard.isVisible)
        save(window, "wizard", args.lang)

        wizard.go_to_page(len(wizard.pages) - 1)
        settle(app, wizard.review.isVisible)
        save(window, "review", args.lang)

        window.show_company(fresh.id)
        settle(app, lambda: window.company_page.isVisible() and window.company_page.ready)  # read in a worker
        save(window, "company", args.lang)

        window.show_section(PLANS)
        settle(app, lambda: not window.plans_page.loading)
        save(window, "plans", args.lang)

        window.show_section(SYNC)
        window.sync_page.server.setText("https://basisscan.example.nl")
        settle(app, window.sync_page.isVisible)
        save(window, "sync", args.lang)

        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
