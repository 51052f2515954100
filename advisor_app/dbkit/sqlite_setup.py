"""How the device and the server open SQLite: durable pragmas, and transactions that take the write lock first.

Every connection runs in WAL mode with ``synchronous=FULL`` (a commit that returned is on disk),
foreign keys on, a busy timeout and ``secure_delete`` (freed pages are zeroed, so an erased
company's bytes do not linger). The driver's own transaction handling is switched off and
SQLAlchemy's ``begin`` event says ``BEGIN`` itself: a transaction that will write begins
``IMMEDIATE``, so it holds the write lock before its first read and a read-check-write rule
(one live voucher per company, a draft still open) cannot be raced by another writer, who
waits for the lock and then sees the first one's row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


def durable_pragmas(busy_timeout_ms: int) -> tuple[str, ...]:
    return (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={busy_timeout_ms}",
        "PRAGMA secure_delete=ON",
    )


def read_only_pragmas(busy_timeout_ms: int) -> tuple[str, ...]:
    return ("PRAGMA query_only=ON", "PRAGMA foreign_keys=ON", f"PRAGMA busy_timeout={busy_timeout_ms}")


def prepare_connection(dbapi_connection: sqlite3.Connection, pragmas: Sequence[str]) -> None:
    """What every new connection gets, the engine's and the kept writer's (``kept_writer``) alike."""
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event says BEGIN, not the driver
    cursor = dbapi_connection.cursor()
    for pragma in pragmas:
        cursor.execute(pragma)
    cursor.close()


def begin_statement(immediate: bool) -> str:
    """A transaction that will write takes the write lock first; one that only reads never waits."""
    return "BEGIN IMMEDIATE" if immediate else "BEGIN"


def set_up_sqlite(engine: Engine, pragmas: Sequence[str], *, immediate_when: str | None = None) -> None:
    """Run ``pragmas`` on every new connection and begin transactions ourselves.

    Every transaction begins ``IMMEDIATE``, or, with ``immediate_when``, only those on a
    connection whose execution options set that option (the device's write sessions); the
    others begin deferred and never wait for a writer.
    """

    from sqlalchemy import event  # here: the pragmas above serve plain sqlite3 readers too (``store.plain``)

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        prepare_connection(dbapi_connection, pragmas)

    def on_begin(connection: Connection) -> None:
        immediate = immediate_when is None or bool(connection.get_execution_options().get(immediate_when, False))
        connection.exec_driver_sql(begin_statement(immediate))

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
