"""``advisor-server``: serve the API, migrate the database, manage users and devices.

    advisor-server [--db URL] [--env-file FILE] serve --host H --port P [--fd N] [--workers N]
    advisor-server [--db URL] migrate
    advisor-server [--db URL] backup FILE
    advisor-server [--db URL] restore FILE [--app NAME]
    advisor-server [--db URL] create-user NAME --role advisor|coordinator|admin --password-stdin
    advisor-server [--db URL] devices [--user NAME]
    advisor-server [--db URL] revoke-device ID
    advisor-server [--db URL] verify-audit [--known-head HASH]
    advisor-server [--db URL] publish-questionnaire FILE
    advisor-server [--db URL] setup-roles [--owner NAME] [--app NAME] [--schema NAME] [--apply]

Without ``--db`` the database is ``$BASISSCAN_SERVER_DB``, else a SQLite file
in the server's data folder; the other settings come from ``BASISSCAN_SERVER_*``
variables and an optional ``.env`` file (``core.config``, docs/server.md).
``serve`` logs JSON lines to stdout. Every failure is one plain line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from advisor_app import __version__
from advisor_app.dbkit.types import utcnow
from advisor_app.domain.errors import BasisscanError, QuestionnaireError
from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.text import Text, normalise_language, set_language

from ..protocol.messages import ROLES
from . import backups, roles
from .core.config import DB_ENV, ENV_FILE_ENV, Settings
from .core.db import is_sqlite, make_engine, migrate, require_current_schema, session_factory
from .core.logs import configure_logging, logging_config
from .crud import audit, devices, users
from .listening import inherited_socket, serve_on

EXIT_FAILURE = 1
APP_FACTORY = "advisor_sync.server.main:create_app"
log = logging.getLogger("advisor_sync.server")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="advisor-server", description="The Basisscan central server.")
    parser.add_argument("--version", action="version", version=f"Basisscan server {__version__}")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: $BASISSCAN_SERVER_DB or a SQLite file in the data folder)"
    )
    parser.add_argument("--env-file", metavar="FILE", help=f"settings file (default: ./.env if there is one, or ${ENV_FILE_ENV})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="run the HTTP API (migrates a SQLite database first)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--fd", type=int, help="listen on an inherited socket (systemd socket activation)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")

    commands.add_parser("migrate", help="bring the database schema up to date")

    backup = commands.add_parser("backup", help="copy the database to a file (PostgreSQL: pg_dump; SQLite: backup API)")
    backup.add_argument("file", metavar="FILE")
    restore = commands.add_parser("restore", help="replace the database with a backup made by 'backup' (checked first)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--app",
        action="append",
        default=[],
        metavar="NAME",
        help="PostgreSQL: the app role to grant again (default: the roles that could add to the audit log before)",
    )

    create = commands.add_parser("create-user", help="add a user")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--role", choices=ROLES, required=True)
    create.add_argument("--display-name", default="", help="full name shown in monitoring (default: NAME)")
    create.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")

    listing = commands.add_parser("devices", help="list devices and their state")
    listing.add_argument("--user", metavar="NAME")

    revoke = commands.add_parser("revoke-device", help="revoke a device's token")
    revoke.add_argument("device_id", metavar="ID")

    verify = commands.add_parser("verify-audit", help="check the audit log's hash chain; prints its last hash to keep")
    verify.add_argument("--known-head", metavar="HASH", help="a hash an earlier run printed: the chain must still hold it")

    publish = commands.add_parser("publish-questionnaire", help="publish a version of the scan (checked as the app checks it)")
    publish.add_argument("file", metavar="FILE")

    setup = commands.add_parser("setup-roles", help="PostgreSQL: print (or --apply) the SQL for the owner and app roles")
    setup.add_argument("--owner", default=roles.DEFAULT_OWNER, help=f"role owning the tables, migrating ({roles.DEFAULT_OWNER})")
    setup.add_argument("--app", default=roles.DEFAULT_APP, help=f"role the server serves as ({roles.DEFAULT_APP})")
    setup.add_argument("--schema", default=roles.DEFAULT_SCHEMA, help=f"schema of the tables ({roles.DEFAULT_SCHEMA})")
    setup.add_argument("--apply", action="store_true", help="run the SQL on --db (as a superuser) instead of printing it")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    set_language(normalise_language(os.environ.get("BASISSCAN_LANG") or os.environ.get("LANG") or "en"))
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env(args.db, args.env_file)
        handler = {
            "serve": serve,
            "migrate": run_migrate,
            "backup": run_backup,
            "restore": run_restore,
            "create-user": create_user,
            "devices": list_devices,
            "revoke-device": revoke_device,
            "verify-audit": verify_audit,
            "setup-roles": setup_roles,
            "publish-questionnaire": publish_questionnaire,
        }[args.command]
        return handler(settings, args)
    except BasisscanError as error:
        print(f"advisor-server: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def shown_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def run_migrate(settings: Settings, args: argparse.Namespace) -> int:
    engine = make_engine(settings.database_url)
    try:
        before, after = migrate(engine)
    finally:
        engine.dispose()
    if before == after:
        print(f"{shown_url(settings.database_url)}: schema {after}, already up to date")
    else:
        print(f"{shown_url(settings.database_url)}: schema {before or 'empty'} -> {after}")
    return 0


def run_backup(settings: Settings, args: argparse.Namespace) -> int:
    made = backups.backup(settings.database_url, args.file)
    print(f"{shown_url(settings.database_url)}: backup written to {made.path} (schema {made.revision})")
    return 0


def run_restore(settings: Settings, args: argparse.Namespace) -> int:
    restored = backups.restore(settings.database_url, args.file, app_roles=args.app)
    print(f"{shown_url(settings.database_url)}: restored from {restored.path} (schema {restored.revision})")
    for app in restored.granted:
        print(f"role {app}: its grants are back (as setup-roles gives them; the audit log: read and add only)")
    if restored.revision != restored.head:
        print(f"the backup is at schema {restored.revision}; run 'advisor-server migrate' to bring it to {restored.head}")
    return 0


def serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    configure_logging(settings.log_level)
    shipped_questionnaires()  # an edited shipped definition stops the server here, in one line naming the file
    engine = make_engine(settings.database_url)
    try:
        if is_sqlite(engine):
            migrate(engine)
        else:
            require_current_schema(engine)
    finally:
        engine.dispose()
    # Worker processes build their app from the environment: hand them --db and --env-file.
    os.environ[DB_ENV] = settings.database_url
    if args.env_file:
        os.environ[ENV_FILE_ENV] = str(Path(args.env_file).resolve())
    where = f"file descriptor {args.fd}" if args.fd is not None else f"http://{args.host}:{args.port}"
    log.info(
        "Basisscan server %s on %s, database %s",
        __version__,
        where,
        shown_url(settings.database_url),
        extra={"version": __version__, "listen": where, "database": shown_url(settings.database_url), "workers": args.workers},
    )
    # Proxy headers are the app's business (Settings.trusted_proxies), and RequestLog writes the access log.
    options: dict[str, Any] = {
        "factory": True,
        "proxy_headers": False,
        "access_log": False,
        "log_config": logging_config(settings.log_level),
        "log_level": settings.log_level.lower(),
    }
    if args.fd is not None:
        # Not uvicorn's own --fd, which takes any descriptor for a Unix socket and so leaves Nagle on (listening.py).
        serve_on(uvicorn.Config(APP_FACTORY, workers=args.workers, **options), inherited_socket(args.fd))
        return 0
    uvicorn.run(APP_FACTORY, host=args.host, port=args.port, fd=args.fd, workers=args.workers, **options)
    return 0


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise BasisscanError(Text("De wachtwoorden zijn niet gelijk", "The passwords do not match"))
    else:
        raise BasisscanError(Text("Geef het wachtwoord via --password-stdin", "Give the password with --password-stdin"))
    return password


def create_user(settings: Settings, args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    users.check_password_strength(password)
    engine = make_engine(settings.database_url)
    try:
        require_current_schema(engine)
        with session_factory(engine)() as session, session.begin():
            user = users.create_user(session, args.name, password, args.role, args.display_name, actor=operator())
            print(f"created {user.role} '{user.username}'")
    finally:
        engine.dispose()
    return 0


def list_devices(settings: Settings, args: argparse.Namespace) -> int:
    engine = make_engine(settings.database_url)
    try:
        require_current_schema(engine)
        with session_factory(engine)() as session:
            now = utcnow()
            for device, user in devices.list_devices(session, args.user):
                state = "revoked" if device.revoked_at else "expired" if device.expires_at <= now else "active"
                seen = device.last_seen_at.strftime("%Y-%m-%d %H:%M") if device.last_seen_at else "-"
                print(f"{device.id}  {user.username:<20} {state:<8} last seen {seen}  {device.name}")
    finally:
        engine.dispose()
    return 0


def revoke_device(settings: Settings, args: argparse.Namespace) -> int:
    try:
        device_id = uuid.UUID(args.device_id)
    except ValueError:
        raise BasisscanError(Text(f"'{args.device_id}' is geen apparaat-id", f"'{args.device_id}' is not a device id")) from None
    engine = make_engine(settings.database_url)
    try:
        require_current_schema(engine)
        with session_factory(engine)() as session, session.begin():
            device = devices.revoke(session, device_id, utcnow(), by=None, actor=operator())
            print(f"revoked device {device.id}")
    finally:
        engine.dispose()
    return 0


def operator() -> str:
    """The audit log's actor for a change made here: the OS account that ran the command."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name and no passwd entry (a bare container)
        return f"cli:uid {os.getuid()}"


def verify_audit(settings: Settings, args: argparse.Namespace) -> int:
    """One line: intact with the count and the last hash, or the first broken row; exit 1 when broken."""
    engine = make_engine(settings.database_url)
    try:
        require_current_schema(engine)
        with session_factory(engine)() as session:
            report = audit.verify(session, known_head=args.known_head)
    finally:
        engine.dispose()
    print(report.line())
    return 0 if report.fault is None else EXIT_FAILURE


def publish_questionnaire(settings: Settings, args: argparse.Namespace) -> int:
    """One line: published, or already published with this content; else a line for every fault (file, place, reason)."""
    from .services.questionnaires import QuestionnaireRegistry, publish_file

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BasisscanError(
            Text(f"{path} kan niet gelezen worden: {error.strerror}", f"{path} cannot be read: {error.strerror}")
        ) from None
    engine = make_engine(settings.database_url)
    registry = QuestionnaireRegistry.with_shipped(engine)
    try:
        require_current_schema(engine)
        published = publish_file(session_factory(engine), registry, data, path.name, user_id=None, actor=operator())
    except QuestionnaireError as error:
        for fault in error.faults:
            print(f"advisor-server: {fault}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        registry.close()
        engine.dispose()
    q = published.questionnaire
    state = "published" if published.created else "already published with this content, nothing changed"
    print(f"{q.key}: {state} (sha256 {q.sha256})")
    return 0


def setup_roles(settings: Settings, args: argparse.Namespace) -> int:
    statements = roles.setup_sql(args.owner, args.app, args.schema)
    if not args.apply:
        print("\n".join(f"{statement};" for statement in statements))
        return 0
    engine = make_engine(settings.database_url)
    try:
        roles.apply(engine, statements)
    finally:
        engine.dispose()
    print(f"{shown_url(settings.database_url)}: roles {args.owner} (owner, migrations) and {args.app} (serve) set up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
