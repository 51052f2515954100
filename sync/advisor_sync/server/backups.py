"""Backup and restore of the server's database: ``advisor-server backup FILE`` / ``restore FILE``.

PostgreSQL: ``pg_dump --format=custom`` (one compressed file; ``pg_restore --list`` reads it) and
``pg_restore --clean --if-exists --single-transaction``, so a restore that fails half-way changes
nothing. Owners and grants are left out, so a dump restores under another role. The password
goes to the tools in ``PGPASSWORD``, never on their command line. SQLite: a copy with the backup
API (consistent while the server writes), and a restore that checks the copy first.

Before a restore the backup's schema revision is read and checked against this release's
migration history: a backup from a newer server is refused; an older one is restored and then
wants ``advisor-server migrate``.

A PostgreSQL backup carries no grants, so a restore would leave the app role (``roles``) with no
access at all, or, had someone granted it by hand, with more than it should have. The restore
therefore grants the app role its privileges again, the audit log's withheld, as ``setup-roles``
does: the app roles are those that could add to the audit log before the restore (or ``--app``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from advisor_app.dbkit.sqlite_copy import checked_revision, copy_database
from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.text import Text

from . import roles
from .core.db import alembic_config, current_revision, head_revision, make_engine

PG_BIN_ENV = "BASISSCAN_SERVER_PG_BIN"
"""Folder of pg_dump and pg_restore (default: PATH, else the newest /usr/lib/postgresql/*/bin)."""


class BackupError(BasisscanError):
    """A backup or restore did not happen; the database is unchanged."""


@dataclass(frozen=True)
class Backup:
    path: Path
    revision: str
    """The schema revision in the backup."""
    head: str
    """The revision this release expects."""
    granted: tuple[str, ...] = ()
    """PostgreSQL: the app roles given their privileges again after a restore."""


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup(database_url: str, file: str | os.PathLike[str]) -> Backup:
    url = make_url(database_url)
    target = Path(file).expanduser().resolve()
    revision = _revision_of_database(database_url)
    if url.get_backend_name() == "sqlite":
        copy_database(_sqlite_path(url), target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        _run(
            [
                pg_tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                *_schema(url),
                f"--file={target}",
                _libpq_uri(url),
            ],
            url,
        )
    return Backup(target, revision, head_revision())


def restore(database_url: str, file: str | os.PathLike[str], *, app_roles: Sequence[str] = ()) -> Backup:
    """Replace the database with the backup; on PostgreSQL the app roles (found, or ``app_roles``) get their grants back."""
    url = make_url(database_url)
    source = Path(file).expanduser().resolve()
    if not source.is_file():
        raise BackupError(Text(f"{source} bestaat niet", f"{source} does not exist"))
    if url.get_backend_name() == "sqlite":
        revision = checked_revision(source, known_revisions(), required_tables=("users", "devices"))
        copy_database(source, _sqlite_path(url))
    else:
        revision = _revision_in_dump(source)
        schema = _schema_name(url)
        apps = tuple(app_roles) or _app_roles_before(database_url, schema)
        _run(
            [
                pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={_libpq_uri(url)}",
                str(source),
            ],
            url,
        )
        _grant_again(database_url, schema, apps)
        return Backup(source, revision, head_revision(), granted=apps)
    return Backup(source, revision, head_revision())


def _app_roles_before(database_url: str, schema: str) -> tuple[str, ...]:
    """The app roles as the database has them now, else ``basisscan_app`` where that role exists."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            found = roles.app_roles_of(connection, schema)
            if not found and roles.role_exists(connection, roles.DEFAULT_APP):
                found = [roles.DEFAULT_APP]
    finally:
        engine.dispose()
    return tuple(found)


def _grant_again(database_url: str, schema: str, apps: tuple[str, ...]) -> None:
    """As the role that restored, and so owns, the tables: one transaction for all app roles."""
    if not apps:
        return
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            owner = str(connection.scalar(text("SELECT current_user")))
        roles.apply(engine, [statement for app in apps for statement in roles.grants_sql(owner, app, schema)])
    finally:
        engine.dispose()


def _revision_of_database(database_url: str) -> str:
    engine = make_engine(database_url)
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    if revision is None:
        raise BackupError(
            Text(
                "De database is leeg (geen schema); er valt niets te bewaren. Voer eerst 'advisor-server migrate' uit.",
                "The database is empty (no schema); there is nothing to back up. Run 'advisor-server migrate' first.",
            )
        )
    return revision


def _revision_in_dump(dump: Path) -> str:
    """The alembic_version row inside a pg_dump archive, read without restoring anything."""
    listed = subprocess.run(
        [pg_tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-", str(dump)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if listed.returncode != 0:
        raise BackupError(
            Text(
                f"{dump} is geen pg_dump-archief ({_first_line(listed.stderr)}); er is niets gewijzigd",
                f"{dump} is not a pg_dump archive ({_first_line(listed.stderr)}); nothing was changed",
            )
        )
    found = re.search(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n([^\n\\]+)\n", listed.stdout, re.MULTILINE)
    if found is None:
        raise BackupError(
            Text(
                f"{dump} bevat geen Basisscan-serverdatabase (geen schemaversie); er is niets gewijzigd",
                f"{dump} holds no Basisscan server database (no schema version); nothing was changed",
            )
        )
    revision = found.group(1).strip()
    if revision not in known_revisions():
        raise BackupError(
            Text(
                f"{dump} komt van een nieuwere server (schema {revision}); installeer die versie. Er is niets gewijzigd.",
                f"{dump} comes from a newer server (schema {revision}); install that version. Nothing was changed.",
            )
        )
    return revision


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError(
            Text("Een database in het geheugen kan niet worden bewaard", "An in-memory database cannot be backed up")
        )
    return Path(url.database)


def _schema(url: URL) -> list[str]:
    """A server kept in its own schema (``options=-csearch_path=NAME`` in the URL) is dumped alone."""
    options = url.query.get("options", "")
    found = re.search(r"search_path=([A-Za-z0-9_]+)", options if isinstance(options, str) else " ".join(options))
    return [f"--schema={found.group(1)}"] if found else []


def _schema_name(url: URL) -> str:
    dumped = _schema(url)
    return dumped[0].partition("=")[2] if dumped else roles.DEFAULT_SCHEMA


def _libpq_uri(url: URL) -> str:
    """The URL as libpq reads it, without the password (that goes in PGPASSWORD)."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def pg_tool(name: str) -> str:
    """The PostgreSQL client tool: in $BASISSCAN_SERVER_PG_BIN, on PATH, or the newest installed one."""
    folder = os.environ.get(PG_BIN_ENV)
    if folder:
        return str(Path(folder) / name)
    found = shutil.which(name)
    if found:
        return found
    versions = Path("/usr/lib/postgresql").glob(f"*/bin/{name}")
    installed = sorted((p for p in versions if p.parts[-3].isdigit()), key=lambda p: int(p.parts[-3]))
    if installed:
        return str(installed[-1])
    raise BackupError(
        Text(
            f"{name} is niet gevonden; installeer de PostgreSQL-client (apt-get install postgresql-client) of zet {PG_BIN_ENV}",
            f"{name} was not found; install the PostgreSQL client (apt-get install postgresql-client) or set {PG_BIN_ENV}",
        )
    )


def _run(command: list[str], url: URL) -> None:
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=3600)
    if done.returncode != 0:
        tool = Path(command[0]).name
        raise BackupError(
            Text(
                f"{tool} is mislukt: {_first_line(done.stderr)}; er is niets gewijzigd",
                f"{tool} failed: {_first_line(done.stderr)}; nothing was changed",
            )
        )


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "no message"
