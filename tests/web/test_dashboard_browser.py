"""A coordinator at work on the dashboard, in a real headless Chromium."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from playwright.sync_api import Page, Response, expect

from ..server.live import PASSWORD
from .programme import Programme


def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    page.goto("/dashboard/")
    expect(page).to_have_url(re.compile(r"/dashboard/login\?next="))
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def digits(text: str) -> int:
    return int(re.sub(r"[^0-9]", "", text))


def test_a_coordinator_logs_in_and_reads_the_programme_figures(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.get_by_role("heading", name="Programma", exact=True)).to_be_visible()
    figures = programme.api("carol").get("/monitoring").json()
    assert digits(page.locator("#scans-completed").inner_text()) == figures["scans"]["completed"]
    assert digits(page.locator("#trajectories").inner_text()) == figures["implementation"]["trajectories"]
    expect(page.locator("#card-scans")).to_contain_text("van het doel 300")
    expect(page.locator("#card-budget")).to_contain_text("€\u00a01.200.000,00")
    assert digits(page.locator("#committed").inner_text()) == figures["vouchers"]["committed_cents"]


def test_a_figure_downloads_the_csv_of_the_rows_behind_it(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    completed = digits(page.locator("#scans-completed").inner_text())
    with page.expect_download() as download:
        page.locator("#scans-completed").click()
    assert download.value.suggested_filename == "basisscan-scans.csv"
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == completed
    assert {"scan_id", "sector", "index", "stage"} <= set(rows[0])


def test_a_coordinator_finds_a_company_and_sees_its_records(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    page.get_by_role("link", name="Bedrijven").click()
    page.get_by_label("Zoeken").fill("bouw")
    page.get_by_role("button", name="Zoeken").click()
    first = page.locator("#company-table tbody a").first
    name = first.inner_text()
    first.click()
    expect(page.locator("#company-name")).to_have_text(name)
    expect(page.locator("#scan-table tbody tr").first).to_contain_text("afgerond")
    expect(page.locator("#history-table")).to_contain_text("aangemaakt (bedrijf)")


def test_the_effect_page_shows_intervals_groups_and_the_caveat(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    page.get_by_role("link", name="Effect").click()
    effect = programme.api("carol").get("/monitoring/effect").json()
    assert digits(page.locator("#effect-pairs").inner_text()) == effect["pairs"]
    expect(page.locator("#caveat")).to_contain_text("zelfbeoordeling")
    expect(page.locator("#caveat")).to_contain_text("controlegroep")
    expect(page.locator("#caveat")).to_contain_text("Regressie naar het gemiddelde")
    expect(page.locator("#effect-index")).to_contain_text(str(effect["overall"]["index"]["n"]))
    expect(page.locator("#effect-sector")).to_contain_text("te weinig (n < 10)")
    assert page.locator("svg.intervals circle").count() >= 7, "the index and six dimensions, each a dot with its interval"


def test_the_language_switch_turns_the_dashboard_english(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    page.locator("#lang-en").click()
    expect(page.get_by_role("heading", name="Programme", exact=True)).to_be_visible()
    page.get_by_role("link", name="Sectors").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#sector-programme")).to_contain_text("Whole programme")


def posted(url_end: str) -> Callable[[Response], bool]:
    return lambda response: response.request.method == "POST" and response.url.endswith(url_end)


def test_an_advisor_is_refused_with_a_plain_page(page: Page, programme: Programme) -> None:
    with page.expect_response(posted("/dashboard/login")) as answer:
        log_in(page, "alice")
    assert answer.value.status == 403
    expect(page.get_by_role("heading", name="Geen toegang")).to_be_visible()
    expect(page.locator("#message")).to_contain_text("advisor")
    page.goto("/dashboard/")
    expect(page).to_have_url(re.compile(r"/dashboard/login"))


def test_a_form_posted_without_its_csrf_token_is_refused(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    page.locator("form[action='/dashboard/logout'] input[name='csrf_token']").evaluate("input => input.remove()")
    with page.expect_response(posted("/dashboard/logout")) as answer:
        page.locator("#logout").click()
    assert answer.value.status == 403
    expect(page.get_by_role("heading", name="Formulier verlopen")).to_be_visible()
    page.goto("/dashboard/")
    expect(page.get_by_role("heading", name="Programma", exact=True)).to_be_visible()


def test_log_out_ends_the_session(page: Page, programme: Programme) -> None:
    log_in(page, "carol")
    page.locator("#logout").click()
    expect(page.locator("#logged-out")).to_have_text("Je bent uitgelogd.")
    page.go_back()
    page.goto("/dashboard/sectors")
    expect(page).to_have_url(re.compile(r"/dashboard/login\?next=/dashboard/sectors"))
    assert not [c for c in page.context.cookies() if c["name"] == "basisscan_dashboard"]
