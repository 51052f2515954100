"""A coordinator publishes a version of the scan on the Scan versions page, in a real headless Chromium.

This server is the test's own (not the shared demo programme): publishing a
version changes what every other page scores against.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_sync.server.core.config import Settings
from playwright.sync_api import Browser, Page, expect

from ..server.live import PASSWORD, LiveServer, seed
from ..server.versions import FAULTS, broken_version, faulty_version, next_version, write


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    seed(url)
    with LiveServer(Settings(database_url=url)) as server:
        yield server


@pytest.fixture
def dutch_page(browser: Browser, own_server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL", base_url=own_server.url, viewport={"width": 1366, "height": 900})
    yield context.new_page()
    context.close()


def test_a_coordinator_publishes_a_version_and_a_faulty_file_shows_every_fault(dutch_page: Page, tmp_path: Path) -> None:
    page = dutch_page
    page.goto("/dashboard/versions")
    page.get_by_label("Gebruikersnaam").fill("carol")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", name="Scanversies", exact=True)).to_be_visible()
    expect(page.locator("#version-basisscan-1\\.0")).to_contain_text("meegeleverd met de app")

    page.get_by_label("Vragenlijstbestand (JSON)").set_input_files(str(write(tmp_path, next_version())))
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator("#notice")).to_have_text(
        "basisscan@1.1 is gepubliceerd; apparaten krijgen deze versie bij hun volgende synchronisatie."
    )
    expect(page.locator("#version-basisscan-1\\.1")).to_contain_text("carol")
    expect(page.locator("#version-table tbody tr").first).to_have_id("version-basisscan-1.1")

    page.get_by_label("Vragenlijstbestand (JSON)").set_input_files(str(write(tmp_path, broken_version())))
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator("#faults li")).to_have_text(
        ["Vragenlijst basisscan-1.2.json is ongeldig bij item D2.3.anchors: veld '3' ontbreekt"]
    )
    expect(page.locator("#version-basisscan-1\\.2")).to_have_count(0)

    page.get_by_label("Vragenlijstbestand (JSON)").set_input_files(str(write(tmp_path, faulty_version())))
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator("#faults li")).to_have_text(FAULTS["nl"])  # every fault at once, in the file's order
    expect(page.locator("#version-basisscan-1\\.3")).to_have_count(0)

    with page.expect_download() as download:
        page.locator("#version-basisscan-1\\.1").get_by_role("link", name="Downloaden").click()
    assert download.value.suggested_filename == "basisscan-1.1.json"
    assert json.loads(download.value.path().read_text(encoding="utf-8"))["version"] == "1.1"
    expect(page).to_have_url(re.compile(r"/dashboard/versions"))
