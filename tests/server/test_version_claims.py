"""On PostgreSQL a push claims its versions in a short transaction of its own (``services.versions``).

An open claim holds every pull's cursor below it, so a claim must end: with the push's commit, at
once when the push fails, and, for a push that died without a word (its process killed), when a pull
finds it older than the grace and held by nobody. Only PostgreSQL claims: on SQLite a push takes its
versions under the database's one write lock.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from advisor_sync.server.core.db import make_engine
from advisor_sync.server.models import ChangeCounter, VersionClaim
from advisor_sync.server.services.versions import CLAIM_GRACE, Versions
from sqlalchemy import insert, select, update

from advisor_app.dbkit.types import utcnow

from .live import BACKENDS, Api, Database
from .records import change, company, pull_all, push, pushed

POSTGRESQL = [BACKENDS[1]]


def bobs_companies(bob: Api) -> set[str]:
    ids = [uuid.uuid4() for _ in range(2)]
    pushed(bob, *(change("company", i, company(kvk=f"2{n:07d}")) for n, i in enumerate(ids)))
    return {str(i) for i in ids}


def claim_of_a_dead_push(database: Database, *, age: timedelta) -> int:
    """Versions claimed as a push does, by a push that then died: no transaction holds the claim."""
    engine = make_engine(database.url)
    with engine.begin() as connection:
        high = connection.execute(
            update(ChangeCounter)
            .where(ChangeCounter.id == 1)
            .values(value=ChangeCounter.value + 3)
            .returning(ChangeCounter.value)
        ).scalar_one()
        connection.execute(insert(VersionClaim).values(low=high - 2, high=high, claimed_at=utcnow() - age))
    engine.dispose()
    return int(high - 2)


def open_claims(database: Database) -> list[int]:
    engine = make_engine(database.url)
    with engine.connect() as connection:
        found = list(connection.scalars(select(VersionClaim.low)))
    engine.dispose()
    return found


@pytest.mark.parametrize("backend", POSTGRESQL)
def test_a_push_that_fails_after_claiming_gives_its_claim_up(
    database: Database, alice: Api, bob: Api, carol: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    assign = Versions.assign

    def assign_then_fail(versions: Versions) -> None:
        assign(versions)
        raise RuntimeError("the push fails after claiming its versions")

    monkeypatch.setattr(Versions, "assign", assign_then_fail)
    assert push(alice, change("company", uuid.uuid4(), company(kvk="10000001"))).status_code == 500
    monkeypatch.undo()
    assert open_claims(database) == []
    bobs = bobs_companies(bob)
    assert {c["id"] for c in pull_all(carol)[0]} == bobs, "the pull waited for the failed push's versions"


@pytest.mark.parametrize("backend", POSTGRESQL)
def test_the_claim_of_a_push_that_died_holds_pulls_until_the_grace_then_is_given_up(
    database: Database, bob: Api, carol: Api
) -> None:
    young = claim_of_a_dead_push(database, age=timedelta(seconds=1))
    bobs = bobs_companies(bob)
    seen, page = pull_all(carol)
    assert seen == [], "a pull passed a claim that may still commit"
    assert page["cursor"] < young

    engine = make_engine(database.url)
    with engine.begin() as connection:  # the grace has passed
        connection.execute(update(VersionClaim).values(claimed_at=utcnow() - CLAIM_GRACE - timedelta(seconds=1)))
    engine.dispose()
    assert {c["id"] for c in pull_all(carol, cursor=page["cursor"])[0]} == bobs
    assert open_claims(database) == []
