"""A record of the wrong shape is refused in the advisor's language: one plain line per fault, naming the field."""

from __future__ import annotations

import uuid

import pytest

from .live import Api
from .records import change, company, fresh_kvk, push, scan

EXPECTED = {
    "nl": (
        "Veld 'status' moet een van deze waarden zijn: 'draft' of 'completed'",
        "Veld 'name' is te lang: hoogstens 500 tekens",
    ),
    "en": (
        "Field 'status' must be one of 'draft' or 'completed'",
        "Field 'name' is too long: at most 500 characters",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_bad_status_and_a_too_long_name_are_refused_in_the_asked_language(alice: Api, language: str) -> None:
    owner, bad_status, long_name = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    alice.http.headers["Accept-Language"] = language
    response = push(
        alice,
        change("company", owner, company(kvk=fresh_kvk())),
        change("scan", bad_status, scan(owner, status="finished")),
        change("company", long_name, company(kvk=fresh_kvk(), name="x" * 501)),
    )
    assert response.status_code == 200, response.text
    verdict = {r["id"]: r for r in response.json()["results"]}
    assert verdict[str(owner)]["status"] == "accepted"
    status_line, name_line = EXPECTED[language]
    assert verdict[str(bad_status)]["status"] == "rejected"
    assert verdict[str(bad_status)]["field"] == "status"
    assert verdict[str(bad_status)]["reason"] == status_line
    assert verdict[str(long_name)]["status"] == "rejected"
    assert verdict[str(long_name)]["reason"] == name_line


def test_each_fault_of_one_record_is_a_line_of_its_own(alice: Api) -> None:
    record = uuid.uuid4()
    alice.http.headers["Accept-Language"] = "nl"
    incomplete = {key: value for key, value in company(name="x" * 501).items() if key != "sector"}
    response = push(alice, change("company", record, incomplete))
    assert response.status_code == 200, response.text
    reason = response.json()["results"][0]["reason"]
    assert sorted(reason.splitlines()) == ["Veld 'name' is te lang: hoogstens 500 tekens", "Veld 'sector' ontbreekt"]
