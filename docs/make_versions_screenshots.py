"""Writes docs/screenshots/dashboard-versions*.png: the Scan versions page after a publication, and a fault.

    .venv/bin/python docs/make_versions_screenshots.py

A server of its own on loopback (a small demo programme, so the version
table shows completed scans), a coordinator publishes basisscan 1.1 from a
file and then tries a faulty 1.3 (three faults, all shown), as tests/web/test_scan_versions_browser.py
does. Needs Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.server.live import PASSWORD  # noqa: E402 - the repository root is on the path only now
from tests.server.versions import faulty_version, next_version, write  # noqa: E402
from tests.web.programme import running_programme  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as folder,
        running_programme(Path(folder), {"alice": (30, 21)}) as programme,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        page = browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 700}).new_page()
        page.goto(f"{programme.url}/dashboard/login?next=/dashboard/versions")
        page.fill("#username", "carol")
        page.fill("#password", PASSWORD)
        page.click("#log-in")
        page.set_input_files("#definition", str(write(Path(folder), next_version())))
        page.click("#publish")
        page.wait_for_selector("#notice")
        for name in ("versions", "versions-fault"):
            if name == "versions-fault":
                page.set_input_files("#definition", str(write(Path(folder), faulty_version())))
                page.click("#publish")
                page.wait_for_selector("#faults")
            path = OUT / f"dashboard-{name}.png"
            page.screenshot(path=str(path), full_page=True)
            print(path.relative_to(ROOT))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
