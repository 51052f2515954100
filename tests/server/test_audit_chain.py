"""The audit log holds: a hash chain shows a deleted, altered or inserted row; on PostgreSQL the app role can only add.

Tampering goes the way an intruder would: on SQLite through the raw file with
the append-only triggers dropped, on PostgreSQL as the tables' owner with the
trigger disabled. ``advisor-server verify-audit`` must then name the row.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from advisor_sync.server import cli
from advisor_sync.server.core.db import alembic_config, head_revision, make_engine, migrate, session_factory
from advisor_sync.server.crud import audit as audit_module
from advisor_sync.server.crud.audit import audit, entry_hash
from advisor_sync.server.models import AuditEntry
from alembic import command as alembic_command
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from .live import POSTGRES_ENV, Api, Database, live_server, seed
from .records import change, company, pushed, scan

ROWS = 5
"""Audit rows each tampering test starts from: 1 .. 5."""


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BASISSCAN_LANG", "en")


def verify_audit(url: str, *extra: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``advisor-server verify-audit`` in this process: its exit code and its one line."""
    capsys.readouterr()
    code = cli.main(["--db", url, "verify-audit", *extra])
    out = capsys.readouterr().out
    assert out.count("\n") == 1, out
    return code, out.strip()


def write_rows(url: str, count: int) -> None:
    """``count`` audit rows, one committed transaction each."""
    engine = make_engine(url)
    try:
        for number in range(count):
            with session_factory(engine)() as session, session.begin():
                audit(session, "login", user_id=uuid.uuid4(), remote="127.0.0.1", n=number)
    finally:
        engine.dispose()


@pytest.fixture
def tamper(database: Database) -> Iterator[Callable[..., list[Any]]]:
    """Run SQL past the append-only guard: the raw SQLite file, or the owner on PostgreSQL."""
    if database.backend == "sqlite":
        raw = sqlite3.connect(make_url(database.url).database or "", isolation_level=None)
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("DROP TRIGGER audit_log_no_delete")

        def run_sqlite(statement: str, *params: Any) -> list[Any]:
            return raw.execute(statement, params).fetchall()

        yield run_sqlite
        raw.close()
        return
    engine = make_engine(database.url)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))

    def run_postgresql(statement: str, *params: Any) -> list[Any]:
        numbered = statement
        for index in range(len(params)):
            numbered = numbered.replace("?", f":p{index}", 1)
        with engine.begin() as connection:
            result = connection.execute(text(numbered), {f"p{index}": value for index, value in enumerate(params)})
            return list(result.all()) if result.returns_rows else []

    yield run_postgresql
    engine.dispose()


def test_the_chain_holds_after_a_sync_workload(alice: Api, carol: Api, root: Api, database: Database) -> None:
    company_id, scan_id, other_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    first = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id)))
    pushed(alice, change("scan", scan_id, scan(company_id, completed=True), base=first[1]["version"]))
    pushed(alice, change("company", other_id, company(kvk="87654321", name="Metaal Jansen")))
    assert carol.post(f"/companies/{other_id}/erase").status_code == 200
    assert root.patch("/admin/users/bob", json={"role": "coordinator"}).status_code == 200
    assert Api(alice.base_url).post("/auth/login", json={"username": "alice", "password": "wrong password!"}).status_code == 401
    assert alice.post("/auth/logout").status_code == 204
    engine = make_engine(database.url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM audit_log")).scalar()
        last_id, last_hash = connection.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).one()
    engine.dispose()
    checked = subprocess.run(
        [sys.executable, "-m", "advisor_sync.server.cli", "--db", database.url, "verify-audit"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "BASISSCAN_LANG": "en"},
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"audit log intact: {count} rows; last row {last_id}, hash {last_hash} ")
    assert count is not None
    assert count >= 8


@pytest.mark.parametrize(
    ("statements", "reported"),
    [
        (["DELETE FROM audit_log WHERE id = 3"], "row 4 does not follow row 2: a row between them was deleted or inserted"),
        (["DELETE FROM audit_log WHERE id = 1"], "row 2 does not start the chain: rows before it were deleted"),
        (["UPDATE audit_log SET action = 'login.failed' WHERE id = 3"], "row 3 was altered: its content no longer matches"),
        (["UPDATE audit_log SET id = id + 1000 WHERE id > 3", "INSERT FORGED 4"], "row 1004 does not follow row 4"),
    ],
    ids=["deleted", "first-deleted", "altered", "inserted"],
)
def test_a_row_deleted_altered_or_inserted_in_the_middle_is_named(
    database: Database,
    tamper: Callable[..., list[Any]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    statements: list[str],
    reported: str,
) -> None:
    monkeypatch.setattr(audit_module, "READ_BATCH", 2)  # the chain is read in pages: breaks across a page's edge show too
    write_rows(database.url, ROWS)
    assert verify_audit(database.url, capsys=capsys)[0] == 0
    for statement in statements:
        if statement.startswith("INSERT FORGED"):
            forge_row(tamper, database.backend, after=3, number=int(statement.split()[-1]))
        else:
            tamper(statement)
    code, line = verify_audit(database.url, capsys=capsys)
    assert code == 1
    assert line.startswith(f"audit log BROKEN: {reported}"), line


def forge_row(tamper: Callable[..., list[Any]], backend: str, *, after: int, number: int) -> None:
    """A row that chains properly onto row ``after``, as someone who read crud.audit would make it."""
    [(prev_hash,)] = tamper("SELECT hash FROM audit_log WHERE id = ?", after)
    at = datetime(2026, 12, 1, 12, 0, 0)
    fields = {"id": number, "at": at, "user_id": None, "device_id": None, "actor": None, "action": "login"}
    fields |= {"entity": None, "record_id": None, "version": None, "detail": {}, "prev_hash": prev_hash}
    stored_at = at.isoformat(sep=" ", timespec="microseconds") if backend == "sqlite" else at
    tamper(
        "INSERT INTO audit_log (id, at, action, detail, prev_hash, hash) VALUES (?, ?, 'login', '{}', ?, ?)",
        number,
        stored_at,
        prev_hash,
        entry_hash(fields),
    )


def test_a_rewritten_row_with_a_recomputed_hash_breaks_the_next_link(
    database: Database, tamper: Callable[..., list[Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    write_rows(database.url, ROWS)
    tamper("UPDATE audit_log SET action = 'logout' WHERE id = 2")
    engine = make_engine(database.url)
    with engine.connect() as connection:
        table = AuditEntry.__table__
        row = connection.execute(select(table).where(table.c.id == 2)).mappings().one()
    engine.dispose()
    tamper("UPDATE audit_log SET hash = ? WHERE id = 2", entry_hash(row))
    code, line = verify_audit(database.url, capsys=capsys)
    assert (code, line) == (
        1,
        "audit log BROKEN: row 3 does not follow row 2: a row between them was deleted or inserted, or row 2 was rewritten",
    )


def test_a_cut_off_end_shows_against_the_head_kept_elsewhere(
    database: Database, tamper: Callable[..., list[Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    write_rows(database.url, ROWS)
    code, line = verify_audit(database.url, capsys=capsys)
    kept = line.split("hash ")[1].split()[0]
    assert (code, len(kept)) == (0, 64)
    assert verify_audit(database.url, "--known-head", kept, capsys=capsys)[0] == 0
    tamper("DELETE FROM audit_log WHERE id = ?", ROWS)
    code, line = verify_audit(database.url, capsys=capsys)
    assert (code, line.split(";")[0]) == (0, f"audit log intact: {ROWS - 1} rows"), "the chain alone cannot see a cut-off end"
    code, line = verify_audit(database.url, "--known-head", kept, capsys=capsys)
    assert code == 1
    assert line.startswith(f"audit log BROKEN: no row carries the hash {kept} kept earlier: rows at the end were removed")


def test_concurrent_appends_keep_one_chain(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Threads on connections of two engines (two server processes, say) append at once; no fork, no lost row."""
    engines = [make_engine(database.url), make_engine(database.url)]
    threads, commits, start = 8, 15, threading.Barrier(8)
    failures: list[BaseException] = []

    def append(worker: int) -> None:
        sessions = session_factory(engines[worker % 2])
        start.wait()
        try:
            for number in range(commits):
                with sessions() as session, session.begin():
                    for entry in range(1 + number % 3):
                        audit(session, "login", user_id=None, worker=worker, n=number, entry=entry)
        except BaseException as exc:  # reported below: a thread's exception would otherwise vanish
            failures.append(exc)

    workers = [threading.Thread(target=append, args=(worker,)) for worker in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    for engine in engines:
        engine.dispose()
    assert failures == []
    expected = threads * sum(1 + number % 3 for number in range(commits))
    code, line = verify_audit(database.url, capsys=capsys)
    assert (code, line.split(";")[0]) == (0, f"audit log intact: {expected} rows")


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database with no tables yet: a SQLite file, or a PostgreSQL schema of its own."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'older.sqlite3'}"
        return
    superuser = os.environ[POSTGRES_ENV]
    schema = f"older_{uuid.uuid4().hex[:12]}"
    admin = make_engine(superuser)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    yield role_url(superuser, str(make_url(superuser).username), schema)
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def test_rows_written_before_the_chain_are_chained_by_its_migration(empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(empty_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic_command.upgrade(config, "0002")
    older = [
        ("login", {"remote": "127.0.0.1"}),
        ("file.upload", {"sha256": "ab" * 32, "name": "basisscan-12345678-2026-11-30-1a2b3c4d-nl.pdf", "new": True}),
        ("record.create", {"fields": ["kvk", "name"]}),
    ]
    with engine.begin() as connection:
        for action, detail in older * 400:  # more than one page of the migration's
            connection.execute(
                text("INSERT INTO audit_log (at, user_id, action, detail) VALUES (:at, :user_id, :action, :detail)"),
                {"at": datetime(2026, 11, 30, 9, 15, 0, 250), "user_id": None, "action": action, "detail": json.dumps(detail)},
            )
    assert migrate(engine) == ("0002", head_revision())
    engine.dispose()
    code, line = verify_audit(empty_url, capsys=capsys)
    assert (code, line.split(";")[0]) == (0, "audit log intact: 1200 rows")
    uploads = audit_rows(empty_url, "file.upload")
    assert {json.dumps(row["detail"], sort_keys=True) for row in uploads} == {json.dumps({"new": True, "sha256": "ab" * 32})}, (
        "the file name (with a KvK number) went before the row was sealed"
    )


def audit_rows(url: str, action: str) -> list[dict[str, Any]]:
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT user_id, actor, detail FROM audit_log WHERE action = :action ORDER BY id"), {"action": action}
        )
        found = [dict(row) for row in rows.mappings()]
    engine.dispose()
    for row in found:
        row["detail"] = row["detail"] if isinstance(row["detail"], dict) else json.loads(row["detail"])
    return found


def test_users_made_on_the_command_line_are_audited_with_the_operator(
    database: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("een lang wachtwoord\n"))
    assert cli.main(["--db", database.url, "create-user", "Ingrid", "--role", "coordinator", "--password-stdin"]) == 0
    [created] = audit_rows(database.url, "user.create")
    assert created == {
        "user_id": None,
        "actor": f"cli:{getpass.getuser()}",
        "detail": {"target": "ingrid", "role": "coordinator"},
    }
    engine = make_engine(database.url)
    with engine.connect() as connection:
        device_id = connection.execute(text("SELECT id FROM devices LIMIT 1")).scalar_one()
    engine.dispose()
    assert cli.main(["--db", database.url, "revoke-device", str(uuid.UUID(str(device_id)))]) == 0
    [revoked] = audit_rows(database.url, "device.revoke")
    assert revoked["actor"] == f"cli:{getpass.getuser()}"
    assert verify_audit(database.url, capsys=capsys)[0] == 0


def test_a_role_change_records_the_new_role(root: Api, database: Database) -> None:
    assert root.patch("/admin/users/alice", json={"role": "coordinator"}).status_code == 200
    assert root.patch("/admin/users/alice", json={"display_name": "Alice de Boer"}).status_code == 200
    engine = make_engine(database.url)
    with engine.connect() as connection:
        root_id = connection.execute(text("SELECT id FROM users WHERE username = 'root'")).scalar_one()
    engine.dispose()
    changed, renamed = audit_rows(database.url, "user.update")
    assert uuid.UUID(str(changed["user_id"])) == uuid.UUID(str(root_id))
    assert changed["detail"] == {"target": "alice", "fields": ["role"], "role": "coordinator"}
    assert renamed["detail"] == {"target": "alice", "fields": ["display_name"]}, "a name is personal data: its field only"


# -- PostgreSQL: the app role may only add to the audit log ------------------------------------------


def role_url(superuser_url: str, role: str, schema: str) -> str:
    url = make_url(superuser_url).set(username=role).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def roles_cluster() -> Iterator[tuple[str, str, str, str]]:
    """A schema and an owner and an app role of their own; (superuser URL, owner, app, schema); all dropped after."""
    superuser = os.environ.get(POSTGRES_ENV)
    if not superuser:
        pytest.skip(f"{POSTGRES_ENV} is not set (.ci/run sets it)")
    tag = uuid.uuid4().hex[:10]
    owner, app, schema = f"bs_owner_{tag}", f"bs_app_{tag}", f"roles_{tag}"
    yield superuser, owner, app, schema
    engine = make_engine(superuser)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        connection.execute(text(f"DROP OWNED BY {owner}, {app} CASCADE"))
        connection.execute(text(f"DROP ROLE {owner}, {app}"))
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("order", ["roles-first", "tables-first"])
def test_the_app_role_can_only_add_to_the_audit_log(
    roles_cluster: tuple[str, str, str, str], order: str, capsys: pytest.CaptureFixture[str]
) -> None:
    superuser, owner, app, schema = roles_cluster
    if order == "tables-first":  # a server that ran as one role, owning schema and tables: the owner takes them over
        admin = make_engine(superuser)
        with admin.begin() as connection:
            connection.execute(text(f"CREATE ROLE {app} LOGIN"))
            connection.execute(text(f"CREATE SCHEMA {schema} AUTHORIZATION {app}"))
        admin.dispose()
        assert cli.main(["--db", role_url(superuser, app, schema), "migrate"]) == 0
    setup = ["--db", superuser, "setup-roles", "--owner", owner, "--app", app, "--schema", schema]
    assert cli.main(setup) == 0
    assert (
        f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {schema}.audit_log FROM {app}, PUBLIC"
        in capsys.readouterr().out
    )
    assert cli.main([*setup, "--apply"]) == 0
    assert cli.main(["--db", role_url(superuser, owner, schema), "migrate"]) == 0, "migrations run as the owner"
    app_url = role_url(superuser, app, schema)
    database = Database(app_url, seed(app_url))
    with live_server(database) as server:
        alice = Api(server.url, database.tokens["alice"])
        company_id = uuid.uuid4()
        pushed(alice, change("company", company_id, company()), change("scan", uuid.uuid4(), scan(company_id)))
        assert Api(server.url).post("/auth/login", json={"username": "alice", "password": "wrong password!"}).status_code == 401
        assert alice.post("/auth/logout").status_code == 204
    assert_refused(make_engine(app_url))
    code, line = verify_audit(app_url, capsys=capsys)
    assert (code, line.split(";")[0]) == (0, "audit log intact: 4 rows"), "2 records created, a failed login, a logout"


def assert_refused(engine: Engine) -> None:
    try:
        for statement in (
            "UPDATE audit_log SET action = 'nothing'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "DROP TABLE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
            "CREATE TRIGGER sneaky BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            "UPDATE alembic_version SET version_num = '0001'",
        ):
            with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), engine.begin() as connection:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_setup_roles_refuses_sqlite_and_odd_names_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert cli.main(["--db", url, "setup-roles", "--apply"]) == 1
    assert capsys.readouterr().err == (
        "advisor-server: Roles exist only in PostgreSQL; with SQLite the file's permissions guard the database\n"
    )
    assert cli.main(["--db", url, "setup-roles", "--app", "app; DROP TABLE audit_log"]) == 1
    assert capsys.readouterr().err.startswith("advisor-server: 'app; DROP TABLE audit_log' cannot be used as a name")
