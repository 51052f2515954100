"""Strict in what the server accepts, tolerant in what the app reads (docs/sync-protocol.md, "Evolving the protocol").

A newer server may add an optional field to an answer: today's app must still log in, push, take a
conflict's server copy and pull. A request with a field the server does not know is refused, so a
misspelt or newer field is never dropped without a word. The records themselves stay strict both
ways (a pulled record with an unknown field: tests/sync/test_pulled_records.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor_app.services.companies import CompanyInput

from ..server.live import PASSWORD, Api, Database, LiveServer
from .helpers import Device, edit_company
from .rewriting import rewriting_server

NEWS = {"announcement": "Maintenance on Sunday"}
"""What the newer server adds to every envelope it answers with."""


class NewerServer:
    """Adds fields to every answer's envelopes (never inside a record) and notes where it did."""

    def __init__(self) -> None:
        self.paths: set[str] = set()
        self.conflict_copies = 0

    def __call__(self, path: str, answer: Any) -> Any:
        if not isinstance(answer, dict):
            return answer
        self.paths.add(path.removeprefix("/api/v1"))
        answer.update(NEWS)
        if isinstance(answer.get("user"), dict):
            answer["user"]["team"] = "Noord"
        for change in answer.get("changes") or ():
            change["signed_by"] = "server-2"
        for result in answer.get("results") or ():
            result["hint"] = "kept"
            if result.get("server"):
                result["server"]["signed_by"] = "server-2"
                self.conflict_copies += 1
        for benchmark in answer.get("benchmarks") or ():
            benchmark["method"] = "v2"
            for group in benchmark["groups"]:
                group["spread"] = 0.5
        return answer


def test_an_app_reads_a_newer_servers_answers_with_fields_it_does_not_know(
    device: Callable[..., Device], database: Database, tmp_path: Path
) -> None:
    office = device("alice")
    shared = office.workspace.companies.create(CompanyInput(name="Bakkerij Van Rijn", kvk="30123456", sector="assembly"))
    office.sync()

    newer = NewerServer()
    with rewriting_server(database, newer) as server:
        laptop = Device(tmp_path / "laptop", server.url).login("alice")
        try:
            laptop.sync()
            assert laptop.workspace.companies.get(shared.id).name == "Bakkerij Van Rijn"

            edit_company(office.workspace, shared.id, municipality="Houten")
            office.sync()
            edit_company(laptop.workspace, shared.id, municipality="Zeist")
            own = laptop.workspace.companies.create(CompanyInput(name="Smederij Jansen", kvk="30654321", sector="assembly"))
            report = laptop.sync()

            assert {"/auth/login", "/sync/push", "/sync/pull"} <= newer.paths
            assert newer.conflict_copies == 1, "the push met the office's edit: the server's copy came back"
            assert report.sent == 1
            assert laptop.workspace.companies.get(shared.id).municipality == "Houten", "the server's value, merged"
            assert [(c.field, c.mine) for c in laptop.engine.conflicts()] == [("municipality", "Zeist")]
            assert laptop.workspace.pending_changes() == 0
        finally:
            laptop.close()
    office.sync()
    assert office.workspace.companies.get(own.id).name == "Smederij Jansen"


def _refused_field(response: Any, field: str) -> None:
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "invalid-request"
    assert any(field in error["field"] for error in problem["errors"]), problem


def test_the_server_refuses_a_request_with_a_field_it_does_not_know(server: LiveServer, database: Database) -> None:
    anyone, alice = Api(server.url), Api(server.url, database.tokens["alice"])
    login = {"username": "alice", "password": PASSWORD, "device_name": "laptop"}
    _refused_field(anyone.post("/auth/login", json={**login, "remember_me": True}), "remember_me")
    _refused_field(alice.post("/sync/push", json={"batch_id": str(uuid.uuid4()), "changes": [], "priority": 1}), "priority")
    _refused_field(alice.post("/files/missing", json={"files": [], "compressed": True}), "compressed")
    assert anyone.post("/auth/login", json=login).status_code == 200, "the same request without it is answered"
