"""A pulled record is the domain's record, typed per entity on the wire, and the device reads it as one.

The pull's changes (and a conflict's server copy) are a union on ``entity`` whose ``data`` is the
record of that entity, as a push's changes are; the OpenAPI document names each. A record the
server sends that does not fit (a field of the wrong type, a field this app does not know) is
refused whole, in plain words, before anything of the page is stored. A tombstone may carry no
record at all and still erases.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from advisor_sync.client import SyncError
from advisor_sync.client.ledger import CURSOR, Ledger
from advisor_sync.protocol import API_PREFIX

from advisor_app.domain import records
from advisor_app.errors import NotFoundError
from advisor_app.services.companies import CompanyInput

from ..server.live import Database, LiveServer
from .helpers import Device, device_records, edit_company
from .rewriting import rewriting_server


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _assert_one_record_per_entity(document: dict[str, Any], union: dict[str, Any]) -> None:
    assert union["discriminator"]["propertyName"] == "entity"
    mapping = union["discriminator"]["mapping"]
    assert set(mapping) == set(records.ENTITIES)
    for entity, reference in mapping.items():
        change = _resolve(document, {"$ref": reference})
        assert change["properties"]["entity"]["const"] == entity
        options = [o for o in change["properties"]["data"]["anyOf"] if o.get("type") != "null"]
        assert len(options) == 1, f"{entity}: data is its record or null (a tombstone may carry none)"
        data = _resolve(document, options[0])
        assert set(data["properties"]) == set(records.RECORD_TYPES[entity].model_fields), entity


def test_the_openapi_document_names_the_record_of_each_pulled_entity(server: LiveServer) -> None:
    document = requests.get(f"{server.url}{API_PREFIX}/openapi.json", timeout=30).json()
    pull = document["paths"][f"{API_PREFIX}/sync/pull"]["get"]["responses"]["200"]
    page = _resolve(document, pull["content"]["application/json"]["schema"])
    _assert_one_record_per_entity(document, page["properties"]["changes"]["items"])

    push = document["paths"][f"{API_PREFIX}/sync/push"]["post"]["responses"]["200"]
    answer = _resolve(document, push["content"]["application/json"]["schema"])
    result = _resolve(document, answer["properties"]["results"]["items"])
    server_copy = [o for o in result["properties"]["server"]["anyOf"] if o.get("type") != "null"]
    assert len(server_copy) == 1
    _assert_one_record_per_entity(document, server_copy[0])


def _spoil_companies(field: str, value: object) -> Callable[[str, Any], Any]:
    def spoil(path: str, answer: Any) -> Any:
        if path.endswith("/sync/pull"):
            for change in answer["changes"]:
                if change["entity"] == "company" and change["data"] is not None:
                    change["data"][field] = value
        return answer

    return spoil


@pytest.mark.parametrize(
    ("field", "value", "said", "gezegd"),
    [
        ("employees", "many", "must be a whole number", "moet een geheel getal zijn"),
        ("website", "https://example.nl", "is not a field of this record", "is geen veld van dit record"),
    ],
    ids=["wrong type", "unknown field"],
)
def test_a_pulled_record_that_does_not_fit_is_refused_in_plain_words_and_nothing_is_stored(
    device: Callable[..., Device], database: Database, tmp_path: Path, field: str, value: object, said: str, gezegd: str
) -> None:
    office = device("alice")
    company = office.workspace.companies.create(CompanyInput(name="Bakkerij Van Rijn", kvk="30123456", sector="assembly"))
    office.workspace.scans.start(company.id, "Alice")
    office.sync()

    with rewriting_server(database, _spoil_companies(field, value)) as faulty:
        laptop = Device(tmp_path / "laptop", faulty.url).login("alice")
        try:
            with pytest.raises(SyncError) as refused:
                laptop.sync()
            message = str(refused.value)
            assert message.splitlines() == [message], "one plain line"
            assert f"Field 'company.{field}' {said}" in message, message
            assert "nothing was changed. Update the app" in message
            dutch = refused.value.in_language("nl")
            assert f"Veld 'company.{field}' {gezegd}" in dutch, dutch
            assert "er is niets veranderd. Werk de app bij" in dutch
            assert device_records(laptop.workspace) == {}, "not the company, nor the scan of the same page"
            with laptop.workspace.db.read() as session:
                assert Ledger(session).state(CURSOR) is None, "the cursor did not move past the refused page"
        finally:
            laptop.close()


def _tombstones_without_data(path: str, answer: Any) -> Any:
    if path.endswith("/sync/pull"):
        for change in answer["changes"]:
            if change["deleted"]:
                change["data"] = None
    return answer


def test_a_tombstone_without_its_record_still_erases_the_company_here(
    device: Callable[..., Device], database: Database, tmp_path: Path
) -> None:
    """A tombstone may travel with ``data: null``: the erasure is applied all the same, without a conflict."""
    office = device("alice")
    company = office.workspace.companies.create(
        CompanyInput(name="Zorg BV", kvk="55667788", sector="health", contact_person="Zoë de Vries", email="zoe@example.nl")
    )
    office.workspace.scans.start(company.id, "Alice")
    office.sync()
    with rewriting_server(database, _tombstones_without_data) as stripping:
        laptop = Device(tmp_path / "laptop", stripping.url).login("alice")
        try:
            laptop.sync()
            office.workspace.companies.delete(company.id)  # erased (GDPR)
            office.sync()
            edit_company(laptop.workspace, company.id, municipality="Zeist")  # meanwhile, offline
            laptop.sync()
            assert laptop.engine.conflicts() == []
            with pytest.raises(NotFoundError):
                laptop.workspace.companies.get(company.id)
            assert laptop.workspace.scans.summaries() == []
            assert laptop.workspace.pending_changes() == 0
            assert "Zoë" not in repr(device_records(laptop.workspace)), "scrubbed, not merely hidden"
        finally:
            laptop.close()
