"""The dashboard works on an intranet: every page loads only from its own server, and the browser reports no error."""

from __future__ import annotations

from playwright.sync_api import ConsoleMessage, Page, Request, Response, expect

from .programme import Programme
from .test_dashboard_browser import log_in

PAGES = {
    "/dashboard/": "Programma",
    "/dashboard/sectors": "Sectoren",
    "/dashboard/advisors": "Adviseurs",
    "/dashboard/companies?q=bouw": "Bedrijven",
    "/dashboard/effect": "Effect",
    "/dashboard/versions": "Scanversies",
}


def test_every_page_loads_only_from_its_own_server_without_errors(page: Page, programme: Programme) -> None:
    requested: list[str] = []
    complaints: list[str] = []
    page.on("request", lambda request: requested.append(request_url(request)))
    page.on("console", lambda message: complaints.extend(console_errors(message)))
    page.on("pageerror", lambda error: complaints.append(str(error)))
    page.on("response", lambda response: complaints.extend(failed(response)))
    log_in(page, "carol")
    for path, heading in PAGES.items():
        page.goto(path)
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
        expect(page.locator("link[rel=stylesheet]")).to_have_attribute("href", "/dashboard/static/dashboard.css")
    page.goto("/dashboard/companies?q=bouw")
    page.locator("#company-table tbody a").first.click()
    expect(page.locator("#company-name")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui"), "the stylesheet applied"
    assert requested, "the pages made requests"
    assert [url for url in requested if not url.startswith(programme.url)] == [], "no CDN, no font or script from elsewhere"
    assert complaints == [], "no blocked resource (the pages' CSP), no script error"


def request_url(request: Request) -> str:
    return request.url


def failed(response: Response) -> list[str]:
    return [f"{response.status} {response.url}"] if response.status >= 400 else []


def console_errors(message: ConsoleMessage) -> list[str]:
    return [message.text] if message.type == "error" else []
