"""Opening the server's database (SQLite or PostgreSQL), and checking and migrating its schema.

:func:`make_engine` turns the configured URL into an engine, or into one plain ``ConfigError``
saying which URLs work. SQLite, the embedded default, is set up as the device's store is
(``advisor_app.dbkit.sqlite_setup``: WAL, ``synchronous=FULL``, foreign keys, a 30-second busy
timeout, ``secure_delete``), with every transaction beginning ``IMMEDIATE``, so concurrent
requests queue for the one write lock instead of failing halfway. PostgreSQL, the production
choice, gets a pooled engine that checks a connection before use; how writers share the change
counter there is ``services.versions``'s business, not this module's.

The server's migrations (``migrations/``) run through the runner it shares with the device
(``advisor_app.dbkit.migrations``): :func:`migrate` brings the schema to head in one transaction
(``advisor-server migrate``), :func:`require_current_schema` refuses at start-up to serve a
database behind or ahead of this release, and a revision this release does not know is refused
as written by a newer server; nothing is changed then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.dbkit import migrations as alembic_runner
from advisor_app.dbkit.sqlite_setup import durable_pragmas, set_up_sqlite
from advisor_app.domain.text import Text

from .errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config

SUPPORTED = ("sqlite", "postgresql")
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_PRAGMAS = durable_pragmas(busy_timeout_ms=30000)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a URL SQLAlchemy cannot use is a plain ``ConfigError``."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() not in SUPPORTED:
            raise ValueError(f"{parsed.get_backend_name()} is not supported")
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 30})
            set_up_sqlite(engine, SQLITE_PRAGMAS)
            return engine
        return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=20)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise ConfigError(
            Text(
                f"De database-URL '{url}' is onbruikbaar ({exc}); gebruik sqlite:///PAD of postgresql+psycopg://...",
                f"The database URL '{url}' cannot be used ({exc}); use sqlite:///PATH or postgresql+psycopg://...",
            )
        ) from None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    return alembic_runner.alembic_config(MIGRATIONS)


def head_revision() -> str:
    return alembic_runner.head_revision(MIGRATIONS)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; returns (before, after)."""
    before = _reachable_revision(engine)
    try:
        alembic_runner.upgrade_to_head(engine, MIGRATIONS)
    except SQLAlchemyError as exc:
        raise ConfigError(
            Text(f"De database kan niet worden bijgewerkt: {_cause(exc)}", f"The database cannot be migrated: {_cause(exc)}")
        ) from exc
    return before, head_revision()


def require_current_schema(engine: Engine) -> None:
    """Refuse to serve a database that is behind (or ahead of) this release."""
    current = _reachable_revision(engine)
    head = head_revision()
    if current != head:
        raise ConfigError(
            Text(
                f"De database staat op schema {current or 'leeg'}, deze server verwacht {head}; "
                "voer eerst 'advisor-server migrate' uit",
                f"The database is at schema {current or 'empty'}, this server expects {head}; run 'advisor-server migrate' first",
            )
        )


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _reachable_revision(engine: Engine) -> str | None:
    try:
        current = current_revision(engine)
    except SQLAlchemyError as exc:
        raise ConfigError(
            Text(f"De database is niet bereikbaar: {_cause(exc)}", f"The database cannot be reached: {_cause(exc)}")
        ) from None
    if current is not None and current not in alembic_runner.known_revisions(MIGRATIONS):
        raise ConfigError(
            Text(
                f"De database is geschreven door een nieuwere server (schema {current}); installeer die versie",
                f"The database was written by a newer server (schema {current}); install that version",
            )
        )
    return current


def _cause(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).strip()
