"""The push's changes are the domain's records, one typed document per entity, and the OpenAPI document says so."""

from __future__ import annotations

import uuid
from typing import Any

import requests
from advisor_sync.protocol import API_PREFIX

from advisor_app.domain import records

from .live import Api, LiveServer
from .records import change, company, pushed, scan


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _data_schema(document: dict[str, Any], change_schema: dict[str, Any]) -> dict[str, Any]:
    options = [o for o in change_schema["properties"]["data"]["anyOf"] if o.get("type") != "null"]
    assert len(options) == 1
    return _resolve(document, options[0])


def test_the_openapi_document_names_each_entity_and_its_record(server: LiveServer) -> None:
    document = requests.get(f"{server.url}{API_PREFIX}/openapi.json", timeout=30).json()
    push = document["paths"][f"{API_PREFIX}/sync/push"]["post"]
    body = _resolve(document, push["requestBody"]["content"]["application/json"]["schema"])
    items = body["properties"]["changes"]["items"]
    assert items["discriminator"]["propertyName"] == "entity"
    assert set(items["discriminator"]["mapping"]) == set(records.ENTITIES)
    for entity in records.ENTITIES:
        change_schema = _resolve(document, {"$ref": items["discriminator"]["mapping"][entity]})
        assert change_schema["properties"]["entity"]["const"] == entity
        data = _data_schema(document, change_schema)
        record = records.RECORD_TYPES[entity]
        assert set(data["properties"]) == set(record.model_fields), entity
        assert set(data.get("required", [])) == {n for n, f in record.model_fields.items() if f.is_required()}, entity
    scan_data = _data_schema(document, _resolve(document, {"$ref": items["discriminator"]["mapping"]["scan"]}))
    answer = _resolve(document, scan_data["properties"]["answers"]["items"])
    assert answer["properties"]["item_id"]["maxLength"] == 20
    assert set(_resolve(document, scan_data["properties"]["status"])["enum"]) == {"draft", "completed"}


def test_one_record_of_the_wrong_shape_is_refused_alone_and_names_its_field(alice: Api) -> None:
    """The union is read per change: a too-long name and an unknown field spoil only their own record."""
    good, long_name, unknown = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    results = pushed(
        alice,
        change("company", good, company()),
        change("company", long_name, company(kvk="87654321", name="x" * 501)),
        change("scan", unknown, {**scan(good), "colour": "blue"}),
    )
    verdict = {r["id"]: r for r in results}
    assert verdict[str(good)]["status"] == "accepted"
    assert verdict[str(long_name)]["status"] == "rejected"
    assert verdict[str(long_name)]["field"] == "name"
    assert "500" in verdict[str(long_name)]["reason"]
    assert verdict[str(unknown)]["status"] == "rejected"
    assert verdict[str(unknown)]["field"] == "colour"


def test_a_change_naming_no_known_entity_fails_the_request(alice: Api) -> None:
    response = alice.post(
        "/sync/push",
        json={"batch_id": str(uuid.uuid4()), "changes": [change("invoice", uuid.uuid4(), {"amount": 1})]},
    )
    assert response.status_code == 422, response.text
