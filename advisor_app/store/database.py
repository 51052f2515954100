"""The one place that opens the local database and migrates it.

Start-up order: refuse a database from a newer release, back up a database
that needs migrating (SQLite backup API), run Alembic to head. Every
connection uses WAL with ``synchronous=FULL``, so a commit that returned is on
disk: an answer the UI shows as saved survives a crash or a power cut.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.text import Text
from ..errors import NewerDatabaseError, StoreError
from .migrations import HEAD
from .types import utcnow

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision as Alembic computes it from the migration files."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


class Database:
    """An open, migrated local store; hand out sessions with :meth:`session`."""

    def __init__(self, path: Path, *, migrate: bool = True) -> None:
        self.path = path
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _on_connect)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            if migrate:
                self._migrate()
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(
                Text(f"Database {path} kan niet worden geopend: {exc}", f"Database {path} cannot be opened: {exc}")
            ) from exc
        except BaseException:
            self.engine.dispose()
            raise

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        A storage failure surfaces as :class:`StoreError`, so the edges can
        show it plainly; nothing of the failed transaction is kept.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            raise StoreError(
                Text(
                    f"Opslaan in {self.path.name} is mislukt; er is niets gewijzigd ({cause})",
                    f"Saving to {self.path.name} failed; nothing was changed ({cause})",
                )
            ) from exc

    def read(self) -> Session:
        """A session for reads only (the caller closes it, ``with db.read() as s``)."""
        return self._sessions()

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self.engine.dispose()

    def backup_to(self, target: Path) -> None:
        """A consistent copy while others may write, via SQLite's backup API."""
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(self.path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()

    def _migrate(self) -> None:
        current = self.current_revision()
        if current == HEAD:
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        config = _alembic_config()
        scripts = ScriptDirectory.from_config(config)
        if current is not None:
            known = {script.revision for script in scripts.walk_revisions()}
            if current not in known:
                raise NewerDatabaseError(
                    Text(
                        f"De database {self.path} is geschreven door een nieuwere versie van Basisscan "
                        f"(schema {current}); installeer die versie. Er is niets gewijzigd.",
                        f"The database {self.path} was written by a newer version of Basisscan "
                        f"(schema {current}); install that version. Nothing was changed.",
                    )
                )
            stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
            self.backup_to(self.path.parent / "backups" / f"{self.path.stem}-{stamp}-schema-{current}.sqlite3")
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


def open_database(path: Path) -> Database:
    return Database(path)
