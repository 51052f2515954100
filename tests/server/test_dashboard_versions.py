"""The Scan versions page over HTTP: a coordinator uploads a file; faults are named; a form needs its token."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest
import requests

from .dashboard import Dashboard, csrf_of
from .live import LiveServer
from .versions import FAULTS, broken_version, faulty_version, next_version


@pytest.fixture
def coordinator(server: LiveServer) -> Dashboard:
    dashboard = Dashboard(server.url)
    assert dashboard.log_in("carol").status_code == 303
    return dashboard


def upload(dashboard: Dashboard, raw: dict[str, Any], name: str, *, token: str | None = None) -> requests.Response:
    page = dashboard.get("/dashboard/versions")
    data = {"csrf_token": csrf_of(page.text) if token is None else token}
    files = {"definition": (name, json.dumps(raw).encode("utf-8"), "application/json")}
    url = f"{dashboard.base_url}/dashboard/versions"
    return dashboard.http.post(url, data=data, files=files, allow_redirects=False, timeout=30)


def test_the_page_lists_the_shipped_version(coordinator: Dashboard) -> None:
    page = coordinator.get("/dashboard/versions")
    assert page.status_code == 200
    assert 'id="version-basisscan-1.0"' in page.text
    assert "shipped with the app" in page.text
    assert 'id="nav-versions"' in page.text


def test_an_upload_publishes_and_the_list_shows_it(coordinator: Dashboard) -> None:
    sent = upload(coordinator, next_version(), "basisscan-1.1.json")
    assert sent.status_code == 303
    assert sent.headers["location"] == "/dashboard/versions?published=basisscan%401.1"
    page = coordinator.get(sent.headers["location"])
    assert "basisscan@1.1 is published; devices receive this version at their next sync." in page.text
    assert 'id="version-basisscan-1.1"' in page.text
    assert page.text.index("version-basisscan-1.1") < page.text.index("version-basisscan-1.0"), "newest first"
    again = upload(coordinator, next_version(), "basisscan-1.1.json")
    assert again.headers["location"] == "/dashboard/versions?unchanged=basisscan%401.1"
    download = coordinator.get("/dashboard/versions/basisscan/1.1.json")
    assert download.headers["content-disposition"] == 'attachment; filename="basisscan-1.1.json"'
    assert download.json()["version"] == "1.1"
    assert len(download.json()["sha256"]) == 64


def test_a_faulty_file_shows_its_fault_with_file_item_and_reason(server: LiveServer) -> None:
    dutch = Dashboard(server.url, language="nl")
    assert dutch.log_in("carol").status_code == 303
    refused = upload(dutch, broken_version(), "basisscan-1.2.json")
    assert refused.status_code == 422
    assert "<li>Vragenlijst basisscan-1.2.json is ongeldig bij item D2.3.anchors: veld &#39;3&#39; ontbreekt</li>" in refused.text
    several = upload(dutch, faulty_version(), "basisscan-1.3.json")
    assert several.status_code == 422
    shown = re.findall(r"<li>(Vragenlijst [^<]+)</li>", several.text)
    assert [html.unescape(line) for line in shown] == FAULTS["nl"], "every fault, each on its own line"
    assert 'id="version-basisscan-1.2"' not in refused.text
    other = next_version(label="Niet")
    assert upload(dutch, next_version(), "basisscan-1.1.json").status_code == 303
    taken = upload(dutch, other, "basisscan-1.1-bis.json")
    assert taken.status_code == 409
    assert "Versie 1.1 van basisscan is al gepubliceerd met een andere inhoud" in taken.text
    not_json = upload(dutch, {}, "notes.txt")
    assert not_json.status_code == 422
    assert "Vragenlijst notes.txt is ongeldig bij format" in not_json.text


def test_an_upload_without_the_form_token_is_refused(coordinator: Dashboard) -> None:
    refused = upload(coordinator, next_version(), "basisscan-1.1.json", token="")
    assert refused.status_code == 403
    assert 'id="version-basisscan-1.1"' not in coordinator.get("/dashboard/versions").text


def test_an_advisor_gets_no_access(server: LiveServer) -> None:
    advisor = Dashboard(server.url)
    refused = advisor.log_in("alice")
    assert refused.status_code == 403
    assert "The dashboard is for coordinators and administrators" in refused.text
    assert advisor.get("/dashboard/versions", allow_redirects=False).headers["location"].startswith("/dashboard/login")
    page = advisor.get("/dashboard/versions", allow_redirects=False)
    form = advisor.get("/dashboard/login")
    posted = advisor.http.post(
        f"{server.url}/dashboard/versions",
        data={"csrf_token": csrf_of(form.text)},
        files={"definition": ("basisscan-1.1.json", json.dumps(next_version()).encode(), "application/json")},
        allow_redirects=False,
        timeout=30,
    )
    assert (page.status_code, posted.status_code) == (303, 303), "no session, no publishing"
