"""The dashboard's GDPR actions over HTTP: a post without its CSRF token changes nothing, the erasure asks first.

The browser test (tests/web/test_gdpr_browser.py) drives the same pages in Chromium; here each refusal
is checked on both backends, in both languages.
"""

from __future__ import annotations

import json
import uuid

import pytest

from .dashboard import Dashboard, csrf_of
from .live import Api, LiveServer
from .records import change, company, pull_all, pushed, scan


@pytest.fixture
def company_id(alice: Api) -> uuid.UUID:
    made = uuid.uuid4()
    details = company(name="Smederij Ypma")
    pushed(alice, change("company", made, details), change("scan", uuid.uuid4(), scan(made, completed=True)))
    return made


def coordinator(server: LiveServer, language: str = "en") -> Dashboard:
    dashboard = Dashboard(server.url, language)
    assert dashboard.log_in("carol").status_code == 303
    return dashboard


def test_export_and_erasure_without_the_csrf_token_are_refused_and_change_nothing(
    server: LiveServer, company_id: uuid.UUID, carol: Api
) -> None:
    dashboard = coordinator(server)
    for action in ("export", "erase"):
        refused = dashboard.post(f"/dashboard/companies/{company_id}/{action}", {}, allow_redirects=False)
        assert refused.status_code == 403
        assert "Form expired" in refused.text
        forged = dashboard.post(f"/dashboard/companies/{company_id}/{action}", {"csrf_token": "x" * 43}, allow_redirects=False)
        assert forged.status_code == 403
    assert carol.get(f"/companies/{company_id}/export").json()["company"]["name"] == "Smederij Ypma", "still there"


def test_the_erasure_asks_first_and_then_erases_everything_for_every_device(
    server: LiveServer, company_id: uuid.UUID, carol: Api, alice: Api
) -> None:
    dashboard = coordinator(server, "nl")
    page = dashboard.get(f"/dashboard/companies/{company_id}")
    assert 'id="export-company"' in page.text
    assert f'href="/dashboard/companies/{company_id}/erase"' in page.text
    asked = dashboard.get(f"/dashboard/companies/{company_id}/erase")
    assert asked.status_code == 200
    assert "Je wist Smederij Ypma (KvK 12345678) met alle scans" in asked.text
    assert carol.get(f"/companies/{company_id}/export").status_code == 200, "asking erases nothing"

    done = dashboard.post(f"/dashboard/companies/{company_id}/erase", {"csrf_token": csrf_of(asked.text)}, allow_redirects=False)
    assert (done.status_code, done.headers["location"]) == (303, "/dashboard/companies?erased=2")
    assert "Het bedrijf is gewist (2 records)" in dashboard.get(done.headers["location"]).text
    assert dashboard.get(f"/dashboard/companies/{company_id}").status_code == 404
    assert dashboard.get(f"/dashboard/companies/{company_id}/erase").status_code == 404
    again = dashboard.post(f"/dashboard/companies/{company_id}/erase", {"csrf_token": csrf_of(asked.text)})
    assert again.status_code == 404, "erased once"
    for name in ("scans", "evaluation", "companies", "drafts", "summary"):
        exported = dashboard.get(f"/dashboard/csv/{name}.csv")
        assert exported.status_code == 200
        assert "Smederij Ypma" not in exported.content.decode("utf-8-sig"), f"{name}.csv names the erased company"
    pulled, _last = pull_all(alice)
    tombstone = next(c for c in pulled if c["entity"] == "company" and c["id"] == str(company_id))
    assert tombstone["deleted"] is True, "the advisor's device learns of the erasure at its next pull"
    assert "Smederij Ypma" not in json.dumps(pulled)


def test_the_export_from_the_dashboard_is_the_api_file(server: LiveServer, company_id: uuid.UUID, carol: Api) -> None:
    dashboard = coordinator(server)
    page = dashboard.get(f"/dashboard/companies/{company_id}")
    exported = dashboard.post(f"/dashboard/companies/{company_id}/export", {"csrf_token": csrf_of(page.text)})
    assert exported.status_code == 200
    assert exported.headers["content-disposition"] == f'attachment; filename="basisscan-company-{company_id}.json"'
    from_api = carol.get(f"/companies/{company_id}/export").json()
    mine = exported.json()
    assert {k: v for k, v in mine.items() if k != "exported_at"} == {k: v for k, v in from_api.items() if k != "exported_at"}
    unknown = dashboard.post(f"/dashboard/companies/{uuid.uuid4()}/export", {"csrf_token": csrf_of(page.text)})
    assert unknown.status_code == 404


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_company_erasure_and_versions_pages_render_in_both_languages(
    server: LiveServer, company_id: uuid.UUID, language: str
) -> None:
    """Every word on them has both languages: a missing one fails the render (texts.WORDS)."""
    dashboard = coordinator(server, language)
    for path in (f"/dashboard/companies/{company_id}", f"/dashboard/companies/{company_id}/erase", "/dashboard/versions"):
        page = dashboard.get(path)
        assert page.status_code == 200, (path, page.text[:300])
        assert f'<html lang="{language}">' in page.text
    erase = dashboard.get(f"/dashboard/companies/{company_id}/erase").text
    assert ("Definitief wissen" in erase) == (language == "nl")
    assert ("Erase for good" in erase) == (language == "en")
