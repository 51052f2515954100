"""Writes docs/screenshots/dashboard-*.png from the real dashboard in headless Chromium (Playwright).

    .venv/bin/python docs/make_dashboard_screenshots.py

A server on loopback gets the browser tests' demo programme (fixed seeds, see
tests/web/programme.py), a coordinator logs in, and every page is captured
full-length at 1366 px wide, in Dutch (the default) and the Programme page in
English too. Needs Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.server.live import PASSWORD  # noqa: E402 - the repository root is on the path only now
from tests.web.programme import running_programme  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/dashboard/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#log-in")


def shoot(page: Page, name: str) -> None:
    path = OUT / f"dashboard-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(path.relative_to(ROOT))


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, running_programme(Path(folder)) as programme, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        base = programme.url
        context = browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 800})
        page = context.new_page()
        page.goto(f"{base}/dashboard/login")
        shoot(page, "login")
        log_in(page, base, "carol")
        for name, path in (
            ("programme", "/dashboard/"),
            ("sectors", "/dashboard/sectors"),
            ("advisors", "/dashboard/advisors"),
            ("companies", "/dashboard/companies?q=bouw"),
            ("effect", "/dashboard/effect"),
        ):
            page.goto(f"{base}{path}")
            shoot(page, name)
        page.goto(f"{base}/dashboard/companies?q=bouw")
        page.locator("#company-table tbody a").first.click()
        shoot(page, "company")
        page.locator("#erase-company").click()  # the confirmation step only: nothing is erased
        shoot(page, "erase")
        page.goto(f"{base}/dashboard/language/en?next=/dashboard/")
        shoot(page, "programme-en")
        page.goto(f"{base}/dashboard/effect")
        shoot(page, "effect-en")
        advisor = browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 600}).new_page()
        log_in(advisor, base, "alice")
        shoot(advisor, "no-access")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
