"""A restore on PostgreSQL gives the app role its grants back, as setup-roles does: the server serves at once,
and the audit log stays read-and-add-only for it (a backup carries no grants)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from advisor_sync.server import cli
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import User
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from .live import Api, Database, live_server, seed
from .records import change, company, pushed, scan
from .test_audit_chain import assert_refused, role_url, roles_cluster

__all__ = ["roles_cluster"]


def add_user(url: str, name: str) -> None:
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session, session.begin():
            session.add(User(username=name, display_name=name.title(), role="advisor", password_hash="-"))
    finally:
        engine.dispose()


def usernames(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(User.username)))
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("named", [False, True], ids=["found", "named"])
def test_a_restore_grants_the_app_role_again_and_the_audit_log_stays_append_only(
    roles_cluster: tuple[str, str, str, str], named: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    superuser, owner, app, schema = roles_cluster
    assert cli.main(["--db", superuser, "setup-roles", "--owner", owner, "--app", app, "--schema", schema, "--apply"]) == 0
    owner_url, app_url = role_url(superuser, owner, schema), role_url(superuser, app, schema)
    admin = make_engine(superuser)
    with admin.begin() as connection:  # a server in a schema of its own: the restore drops and re-creates the schema
        connection.execute(text(f"GRANT CREATE ON DATABASE {make_url(superuser).database} TO {owner}"))
    admin.dispose()
    assert cli.main(["--db", owner_url, "migrate"]) == 0
    tokens = seed(app_url)
    dump = tmp_path / "basisscan.dump"
    assert cli.main(["--db", app_url, "backup", str(dump)]) == 0, "the app role makes the backups"
    add_user(app_url, "later")  # after the backup: the restore takes it away
    capsys.readouterr()

    restore = ["--db", owner_url, "restore", str(dump), *(["--app", app] if named else [])]
    assert cli.main(restore) == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert f"role {app}: its grants are back" in said
    assert "later" not in usernames(app_url), "the backup's data is back"

    database = Database(app_url, tokens)
    with live_server(database) as server:
        alice = Api(server.url, tokens["alice"])
        company_id = uuid.uuid4()
        results = pushed(alice, change("company", company_id, company()), change("scan", uuid.uuid4(), scan(company_id)))
        assert {r["status"] for r in results} == {"accepted"}, "the app role reads and writes the records again"
    assert_refused(make_engine(app_url))
    assert cli.main(["--db", app_url, "verify-audit"]) == 0
    assert capsys.readouterr().out.startswith("audit log intact")
