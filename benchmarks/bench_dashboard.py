"""Dashboard figures: how long a coordinator waits for each page, beside the JSON with the same figures.

A server process (``advisor-server serve``, SQLite) holds the demo data of two
advisors' devices, pushed over HTTP as the app pushes it; a coordinator logs in
once and asks for every page. The baseline from the same run is
``GET /api/v1/monitoring``: the programme's figures as JSON, which the
Programme page renders, so the ratio is what the pages add (more breakdowns,
HTML, SVG) on top of counting.
"""

from __future__ import annotations

import functools
import re
import tempfile
import uuid
from pathlib import Path

import requests
from advisor_sync.client.ledger import Ledger
from advisor_sync.client.outgoing import outbox
from advisor_sync.protocol import API_PREFIX, PROTOCOL_VERSION, VERSION_HEADER
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import User
from sqlalchemy import update

from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from .common import Row, median, timings
from .sync_setup import PASSWORD, server

AREA = "dashboard"
PAGES = ("/dashboard/", "/dashboard/sectors", "/dashboard/advisors", "/dashboard/effect", "/dashboard/csv/scans.csv")
SIZES = (300, 1000)


def _api(base: str, username: str) -> requests.Session:
    http = requests.Session()
    http.headers[VERSION_HEADER] = str(PROTOCOL_VERSION)
    answer = http.post(f"{base}{API_PREFIX}/auth/login", json={"username": username, "password": PASSWORD}, timeout=60)
    answer.raise_for_status()
    http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return http


def _push_demo(folder: Path, base: str, username: str, companies: int, seed: int) -> None:
    with Workspace(folder) as workspace:
        generate_demo(workspace, companies, seed=seed)
        with workspace.db.read() as session:
            changes = [change.model_dump(mode="json") for change in outbox(session, Ledger(session))]
    http = _api(base, username)
    for start in range(0, len(changes), 200):
        body = {"batch_id": str(uuid.uuid4()), "changes": changes[start : start + 200]}
        http.post(f"{base}{API_PREFIX}/sync/push", json=body, timeout=300).raise_for_status()


def _browser(base: str) -> requests.Session:
    browser = requests.Session()
    form = browser.get(f"{base}/dashboard/login", timeout=60).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token is not None
    browser.post(
        f"{base}/dashboard/login", data={"username": "carol", "password": PASSWORD, "csrf_token": token.group(1)}, timeout=60
    ).raise_for_status()
    return browser


def _fetch(browser: requests.Session, url: str) -> None:
    browser.get(url, timeout=120).raise_for_status()


def size_rows(folder: Path, companies: int, repeat: int) -> list[Row]:
    with server(folder / "server", ["alice", "bob", "carol"]) as base:
        engine = make_engine(f"sqlite:///{folder / 'server' / 'server.sqlite3'}")
        with session_factory(engine)() as session, session.begin():
            session.execute(update(User).where(User.username == "carol").values(role="coordinator"))
        engine.dispose()
        _push_demo(folder / "alice", base, "alice", companies // 2, seed=21)
        _push_demo(folder / "bob", base, "bob", companies - companies // 2, seed=22)
        json_api, browser = _api(base, "carol"), _browser(base)
        baseline = median(timings(lambda: json_api.get(f"{base}{API_PREFIX}/monitoring", timeout=60).raise_for_status(), repeat))
        rows = []
        for page in PAGES:
            value = median(timings(functools.partial(_fetch, browser, f"{base}{page}"), repeat))
            rows.append(
                Row(
                    AREA,
                    f"{page} with {companies:,} companies, median of {repeat}",
                    value,
                    "s",
                    "GET /monitoring (JSON)",
                    baseline,
                )
            )
        return rows


def run(quick: bool = False) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for companies in (60,) if quick else SIZES:
            rows += size_rows(Path(tmp) / f"size-{companies}", companies, 3 if quick else 7)
    return rows
