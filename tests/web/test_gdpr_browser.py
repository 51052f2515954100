"""A coordinator exports a company's data and erases the company on its dashboard page, in a real headless Chromium.

The server is the test's own (an erasure is for good): one company, pushed by an advisor as the app
pushes it, with a completed scan, a plan, a voucher and the scan's report PDF.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_sync.server.core.config import Settings
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import AuditEntry
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from ..server.live import PASSWORD, Api, LiveServer, seed
from ..server.records import change, company, plan, pushed, scan, voucher

PERSONAL = {"name": "Kaasmakerij Wijdenes", "kvk": "61728394", "contact": "Sjoukje Wijdenes", "email": "sjoukje@wijdenes.example"}
PDF = b"%PDF-1.7\n" + b"Rapport Kaasmakerij Wijdenes " * 200 + b"\n%%EOF\n"
SHA = hashlib.sha256(PDF).hexdigest()


@pytest.fixture
def one_company(tmp_path: Path) -> Iterator[tuple[LiveServer, dict[str, str], uuid.UUID]]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    tokens = seed(url)
    with LiveServer(Settings(database_url=url)) as server:
        alice = Api(server.url, tokens["alice"])
        company_id, scan_id = uuid.uuid4(), uuid.uuid4()
        details = company(kvk=PERSONAL["kvk"], name=PERSONAL["name"], contact_person=PERSONAL["contact"], email=PERSONAL["email"])
        results = pushed(
            alice,
            change("company", company_id, details),
            change("scan", scan_id, scan(company_id, completed=True)),
            change("plan", uuid.uuid4(), plan(company_id, title="Kaas digitaal")),
            change("voucher", uuid.uuid4(), voucher(company_id, supplier="Zuivelbureau Noord")),
        )
        assert {r["status"] for r in results} == {"accepted"}, results
        uploaded = alice.put(
            f"/files/{SHA}", data=PDF, params={"scan_id": str(scan_id)}, headers={"Content-Type": "application/pdf"}
        )
        assert uploaded.status_code in (200, 201), uploaded.text
        yield server, tokens, company_id


@pytest.fixture
def dutch_page(browser: Browser, one_company: tuple[LiveServer, dict[str, str], uuid.UUID]) -> Iterator[Page]:
    server = one_company[0]
    context = browser.new_context(
        locale="nl-NL", base_url=server.url, accept_downloads=True, viewport={"width": 1366, "height": 900}
    )
    yield context.new_page()
    context.close()


def test_a_coordinator_exports_a_company_and_then_erases_it(
    dutch_page: Page, one_company: tuple[LiveServer, dict[str, str], uuid.UUID]
) -> None:
    server, tokens, company_id = one_company
    carol = Api(server.url, tokens["carol"])
    assert carol.get(f"/files/{SHA}").status_code == 200, "the report is on the server before the erasure"
    page = dutch_page
    page.goto("/dashboard/companies")
    page.get_by_label("Gebruikersnaam").fill("carol")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_label("Zoeken").fill("wijdenes")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("link", name=PERSONAL["name"]).click()
    expect(page.locator("#company-name")).to_have_text(PERSONAL["name"])

    with page.expect_download() as download:
        page.get_by_role("button", name="Gegevens exporteren (JSON)").click()
    assert download.value.suggested_filename == f"basisscan-company-{company_id}.json"
    export = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert export["company"]["name"] == PERSONAL["name"]
    assert export["company"]["contact_person"] == PERSONAL["contact"]
    assert export["company"]["email"] == PERSONAL["email"]
    assert len(export["scans"]) == 1
    assert [p["title"] for p in export["plans"]] == ["Kaas digitaal"]
    assert [v["supplier"] for v in export["vouchers"]] == ["Zuivelbureau Noord"]
    assert [f["sha256"] for f in export["files"]] == [SHA]
    page.reload()
    expect(page.locator("#history-table")).to_contain_text("geëxporteerd (AVG)")

    page.get_by_role("link", name="Bedrijf wissen…").click()
    expect(page.get_by_role("heading", name="Bedrijf wissen")).to_be_visible()
    expect(page.locator("#erase-what")).to_contain_text(f"{PERSONAL['name']} (KvK {PERSONAL['kvk']})")
    page.get_by_role("link", name="Annuleren").click()
    expect(page.locator("#company-name")).to_have_text(PERSONAL["name"])  # cancelling erases nothing

    page.get_by_role("link", name="Bedrijf wissen…").click()
    page.get_by_role("button", name="Definitief wissen").click()
    expect(page).to_have_url(re.compile(r"/dashboard/companies\?erased=4$"))
    expect(page.locator("#notice")).to_have_text(
        "Het bedrijf is gewist (4 records); de apparaten wissen het bij hun volgende synchronisatie."
    )
    page.get_by_label("Zoeken").fill("wijdenes")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#result-count")).to_have_text("0 van 0 bedrijven")
    answer = page.goto(f"/dashboard/companies/{company_id}")
    assert answer is not None
    assert answer.status == 404
    content = page.content()
    assert [value for value in PERSONAL.values() if value in content] == []
    assert carol.get(f"/files/{SHA}").status_code == 404, "the report file is no longer served"
    assert carol.get(f"/companies/{company_id}/export").status_code == 404, "nothing left to export"
    erased, texts = audit_of(server, company_id)
    assert erased == [{"erased": 4}], "the erasure is in the audit log, by the company's id"
    assert [value for value in PERSONAL.values() if any(value in text for text in texts)] == [], "and nothing personal"


def audit_of(server: LiveServer, company_id: uuid.UUID) -> tuple[list[dict[str, object]], list[str]]:
    """The ``company.erase`` entries' details for the company, and every audit row as text."""
    engine = make_engine(server.settings.database_url)
    try:
        with session_factory(engine)() as session:
            rows = list(session.scalars(select(AuditEntry)))
    finally:
        engine.dispose()
    erased = [row.detail for row in rows if row.action == "company.erase" and row.record_id == company_id]
    return erased, [f"{row.action} {row.entity} {json.dumps(row.detail)}" for row in rows]
