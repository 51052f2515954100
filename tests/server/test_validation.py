"""Every record is checked with the app's own rules; bad input is refused with a reason, never a 500."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from .live import BACKENDS, Api, DatabaseFactory, live_server
from .records import answers, change, company, pushed, scan, voucher

COMPANY = uuid.UUID(int=1)


def bad_scan(**extra: Any) -> dict[str, Any]:
    return scan(COMPANY, **extra)


CASES = [
    ("company", company(kvk="1234567"), "kvk", "KvK number '1234567' must be exactly 8 digits"),
    ("company", company(kvk="1234567a"), "kvk", "must be exactly 8 digits"),
    ("company", company(sector="mining"), "sector", "Unknown sector: mining"),
    ("company", company(name="   "), "name", "The name is missing"),
    ("company", company(email="zoe@"), "email", "'zoe@' is not a valid e-mail address"),
    ("company", company(employees=10, size_band="50-249"), "size_band", "Size band 50-249 does not match 10 employees"),
    ("company", company(name="Nul\x00teken"), "name", "Field 'name' contains a NUL character"),
    ("company", company(employees=10**20), "employees", "Field 'employees' must be at most 2147483647"),
    ("company", company(created_at="0001-01-01T00:00:00+05:00"), "created_at", "'created_at' lies outside the years 1990-2200"),
    ("company", company(created_at="2025-10-01T10:00:00"), "created_at", "Field 'created_at' must carry a time zone"),
    ("company", company(colour="red"), "colour", "Field 'colour' is not a field of this record"),
    ("scan", bad_scan(answers=[{"item_id": "D1.1", "score": 7}]), "score", "Score 7 for D1.1 is not between 1 and 5"),
    ("scan", bad_scan(answers=[{"item_id": "D9.9", "score": 3}]), "answers", "Unknown item D9.9"),
    ("scan", bad_scan(answers=[{"item_id": "D1.1", "score": "3"}]), "answers.0.score", "answers.0.score' must be a whole number"),
    ("scan", bad_scan(answers=[*answers(), {"item_id": "D1.1", "score": 2}]), "answers", "Item D1.1 appears twice"),
    ("scan", bad_scan(questionnaire_version="9.9"), "questionnaire", "Questionnaire basisscan@9.9 is unknown to the server"),
    ("scan", bad_scan(status="completed", completed_at="2025-10-02T10:00:00Z"), "status", "too few scores in"),
    ("scan", bad_scan(intake={"turnover_new_pct": 140}), "turnover_new_pct", "'140' is not between 0 and 100"),
    ("scan", bad_scan(intake={"size_class": "huge"}), "size_class", "'huge' is not one of 1-9, 10-49, 50-249, 250+"),
    ("scan", bad_scan(ambitions={"D1": 4}), "ambition", "Ambition 4 for D1 is not between 1 and 3"),
    ("scan", bad_scan(status="archived"), "status", "Field 'status' must be one of 'draft' or 'completed'"),
    ("voucher", voucher(COMPANY, 0), "amount", "The voucher amount must be more than €0.00"),
    ("voucher", voucher(COMPANY, own_contribution_cents=-1), "own_contribution", "cannot be negative"),
    ("voucher", voucher(COMPANY, status="paid"), "status", "Field 'status' must be one of 'draft', 'submitted', 'approved'"),
]


@pytest.fixture(scope="module", params=BACKENDS)
def alice_with_a_company(request: pytest.FixtureRequest, databases: DatabaseFactory) -> Iterator[Api]:
    """One server per backend for the whole module: refused records change nothing, so tests cannot disturb each other."""
    made = databases.make(request.param)
    with live_server(made) as server:
        api = Api(server.url, made.tokens["alice"])
        pushed(api, change("company", COMPANY, company(kvk="99999999")))
        yield api
    databases.drop(made)


@pytest.mark.parametrize(("entity", "data", "field", "reason"), CASES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_a_broken_rule_is_refused_with_the_field_and_a_plain_reason(
    alice_with_a_company: Api, entity: str, data: dict[str, Any], field: str, reason: str
) -> None:
    result = pushed(alice_with_a_company, change(entity, uuid.uuid4(), data))[0]
    assert result["status"] == "rejected"
    assert result["field"] == field
    assert reason in result["reason"]


def test_one_bad_record_spoils_nothing_else_in_its_batch(alice: Api) -> None:
    good, bad = uuid.uuid4(), uuid.uuid4()
    results = pushed(
        alice,
        change("company", good, company()),
        change("company", bad, company(kvk="nope")),
        change("scan", uuid.uuid4(), scan(good)),
    )
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]


def test_reasons_come_in_the_language_of_the_request(server: Any, database: Any) -> None:
    dutch = Api(server.url, database.tokens["alice"], language="nl")
    result = pushed(dutch, change("company", uuid.uuid4(), company(kvk="123")))[0]
    assert result["reason"] == "KvK-nummer '123' moet uit precies 8 cijfers bestaan"


def test_a_record_naming_an_unknown_company_is_refused(alice: Api) -> None:
    result = pushed(alice, change("scan", uuid.uuid4(), scan(uuid.uuid4())))[0]
    assert result["field"] == "company_id"
    assert "which the server does not know" in result["reason"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"batch_id": "not-a-uuid", "changes": []}, "batch_id"),
        ({"batch_id": str(uuid.uuid4()), "changes": [{"entity": "invoice", "id": str(uuid.uuid4())}]}, "changes.0.entity"),
        ({"batch_id": str(uuid.uuid4()), "changes": [{"entity": "company", "id": str(uuid.uuid4())}] * 501}, "changes"),
        ({"batch_id": str(uuid.uuid4()), "changes": [], "extra": 1}, "extra"),
    ],
)
def test_a_malformed_push_is_a_422_problem_naming_the_field(alice_with_a_company: Api, body: dict[str, Any], field: str) -> None:
    response = alice_with_a_company.post("/sync/push", json=body)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid-request"
    assert problem["errors"][0]["field"] == field
    assert problem["detail"].startswith(f"The request is not valid: {field}:")


def test_a_body_that_is_not_json_or_too_large_is_refused_plainly(alice: Api) -> None:
    for body, status in ((b"{not json", 422), (b"\xff{not json", 400)):
        garbage = alice.post("/sync/push", data=body, headers={"Content-Type": "application/json"})
        assert garbage.status_code == status
        assert "The request body is not valid JSON" in garbage.json()["detail"]
    huge = alice.post("/sync/push", data=b" " * (33 * 1024 * 1024), headers={"Content-Type": "application/json"})
    assert huge.status_code == 413
    assert huge.json()["code"] == "payload-too-large"
