"""An erasure forgets the remembered push answers that name the erased records, and reads no others.

The server keeps each batch's answer for 30 days, to answer a replay (``push_batches``); an answer names
the records it settled, and a conflict's answer carries the server's whole copy, so an erasure must
forget every answer that names an erased record. It used to find them by reading every stored answer
as text (``LIKE '%<id>%'``), once per erased record: a company with ten records read the whole table
ten times, inside the transaction that holds the change counter. Each answer is now indexed by the
records it names (``push_batch_mentions``), and the erasure deletes through that index.

The plans are the database's own (SQLite's ``EXPLAIN QUERY PLAN``; PostgreSQL's ``EXPLAIN`` with
sequential scans discouraged, so a table is read whole only when no index can serve the query).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from advisor_sync.server.core.db import alembic_config, make_engine, migrate
from advisor_sync.server.models import PushBatch, ids_named_in
from alembic import command
from sqlalchemy import Engine, event, select, text

from .live import BACKENDS, Api, Database, LiveServer
from .records import change, company, plan, push, pushed, scan

PUSH_TABLES = ("push_batches", "push_batch_mentions")


class Statements:
    """The SQL a server engine runs while :meth:`watching`, with its parameters as the driver got them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.seen: list[tuple[str, Any]] = []

    def _note(self, _connection: object, _cursor: object, statement: str, parameters: Any, *_rest: object) -> None:
        self.seen.append((statement, parameters))

    @contextmanager
    def watching(self) -> Iterator[None]:
        event.listen(self.engine, "before_cursor_execute", self._note)
        try:
            yield
        finally:
            event.remove(self.engine, "before_cursor_execute", self._note)

    def reading_push_answers(self) -> list[tuple[str, Any]]:
        """The statements that look for stored answers (an INSERT looks for nothing)."""
        return [
            (sql, parameters) for sql, parameters in self.seen if "push_batch" in sql and not sql.lstrip().startswith("INSERT")
        ]

    def plan(self, statement: str, parameters: Any) -> str:
        """The database's plan for a statement, as text (the statement itself does not run)."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            if self.engine.dialect.name == "sqlite":
                cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
                return "\n".join(str(row[-1]) for row in cursor.fetchall())
            cursor.execute("SET enable_seqscan = off")
            cursor.execute(f"EXPLAIN {statement}", parameters)
            return "\n".join(str(row[0]) for row in cursor.fetchall())
        finally:
            raw.rollback()
            raw.close()


def reads_whole(plan: str, table: str) -> bool:
    return f"SCAN {table}" in plan.split(" USING ", maxsplit=1)[0] or f"Seq Scan on {table}" in plan


def scans_a_table(plan: str) -> list[str]:
    return [table for table in PUSH_TABLES for line in plan.splitlines() if reads_whole(line, table)]


@pytest.fixture
def statements(server: LiveServer) -> Statements:
    return Statements(server.app.state.server.engine)


def stored_batches(database: Database) -> set[uuid.UUID]:
    engine = make_engine(database.url)
    try:
        with engine.connect() as connection:
            return {uuid.UUID(str(batch)) for batch in connection.scalars(text("SELECT batch_id FROM push_batches"))}
    finally:
        engine.dispose()


def push_company(alice: Api, kvk: str) -> tuple[uuid.UUID, uuid.UUID]:
    """A company with a scan and a plan in one batch; returns the company's id and the batch's."""
    company_id, batch_id = uuid.uuid4(), uuid.uuid4()
    changes = (
        change("company", company_id, company(kvk=kvk, name=f"Bedrijf {kvk}")),
        change("scan", uuid.uuid4(), scan(company_id)),
        change("plan", uuid.uuid4(), plan(company_id)),
    )
    answer = push(alice, *changes, batch_id=batch_id)
    assert answer.status_code == 200, answer.text
    return company_id, batch_id


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_an_erasure_forgets_the_answers_naming_the_company_through_an_index(
    alice: Api, carol: Api, database: Database, statements: Statements
) -> None:
    erased, erased_batch = push_company(alice, "12345678")
    kept = [push_company(alice, kvk) for kvk in ("23456781", "34567812", "45678123")]

    with statements.watching():
        assert carol.post(f"/companies/{erased}/erase").status_code == 200

    remembered = stored_batches(database)
    assert erased_batch not in remembered, "the answer naming the erased company is forgotten"
    assert {batch for _company, batch in kept} <= remembered, "the other companies' answers stay"
    deletes = statements.reading_push_answers()
    assert deletes, "the erasure forgot the answers naming its records"
    for statement, parameters in deletes:
        assert scans_a_table(statements.plan(statement, parameters)) == [], f"reads a whole table: {statement}"


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_deletion_pushed_by_the_advisor_forgets_only_the_answers_naming_it(
    alice: Api, database: Database, statements: Statements
) -> None:
    company_id, scan_id, batch_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    first = push(
        alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id)), batch_id=batch_id
    ).json()["results"]
    other_company, other_batch = push_company(alice, "23456781")

    with statements.watching():
        gone = pushed(alice, change("scan", scan_id, None, base=first[1]["version"], deleted=True))
    assert gone[0]["status"] == "accepted"

    remembered = stored_batches(database)
    assert batch_id not in remembered, "the answer that carried the scan is forgotten"
    assert other_batch in remembered, f"the answer about {other_company} stays"
    replay = push(
        alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id)), batch_id=other_batch
    )
    assert replay.status_code == 409, "another batch's id with other changes is still refused as its replay"
    for statement, parameters in statements.reading_push_answers():
        assert scans_a_table(statements.plan(statement, parameters)) == [], f"reads a whole table: {statement}"


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_answers_stored_before_the_upgrade_are_indexed_by_it_and_forgotten_by_an_erasure(
    alice: Api, carol: Api, database: Database
) -> None:
    erased, erased_batch = push_company(alice, "12345678")
    _kept, kept_batch = push_company(alice, "23456781")
    engine = make_engine(database.url)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")  # the release before the index: the answers are there, the index is not
        migrate(engine)
        with engine.connect() as connection:
            indexed = {
                (uuid.UUID(str(batch)), uuid.UUID(str(record)))
                for batch, record in connection.execute(text("SELECT batch_id, record_id FROM push_batch_mentions"))
            }
            answers = {
                uuid.UUID(str(batch)): response
                for batch, response in connection.execute(select(PushBatch.batch_id, PushBatch.response))
            }
    finally:
        engine.dispose()
    assert indexed == {(batch, record) for batch, response in answers.items() for record in ids_named_in(response)}
    assert carol.post(f"/companies/{erased}/erase").status_code == 200
    assert stored_batches(database) == {kept_batch}, f"the answer of batch {erased_batch} is forgotten"
