"""The one place that opens the local database and migrates it.

Start-up order: look at the file read-only first and refuse another
application's database (:mod:`.probe`); refuse a database from a newer
release; back up a database that needs migrating (SQLite backup API); run
Alembic to head. Every connection uses WAL with ``synchronous=FULL``, so a
commit that returned is on disk: an answer the UI shows as saved survives a
crash or a power cut.

Write sessions begin ``IMMEDIATE``: they take SQLite's write lock before
their first read, so a read-check-write rule (a draft is still open, one
voucher per company) cannot be raced by the autosave thread, the sync worker
and the UI at once; the later writer waits (busy timeout) and then sees the
earlier one's row. Read sessions begin deferred and never wait for writers.

A folder or file that cannot be written (read-only media, a write-protected
stick) is opened read-only: no migration, no backup, no WAL files; reading
works and every write says plainly that the folder is read-only.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..dbkit import migrations as alembic_runner
from ..dbkit.kept_writer import KeptWriter, PlainStatements
from ..dbkit.sqlite_copy import copy_database
from ..dbkit.sqlite_setup import durable_pragmas, read_only_pragmas, set_up_sqlite
from ..dbkit.types import utcnow
from ..domain.text import Text
from ..errors import NewerDatabaseError, ReadOnlyError, StoreError
from ..paths import PRIVATE_FILE_MODE, create_private_file, make_private_folder
from .bookkeeping import track_local_edits
from .failures import plain_cause, read_failure
from .migrations import HEAD
from .probe import may_write, probe, read_only_uri

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
PRAGMAS = durable_pragmas(busy_timeout_ms=5000)
READ_ONLY_PRAGMAS = read_only_pragmas(busy_timeout_ms=5000)
WRITE = "basisscan_write"
"""Execution option of the engine that write sessions use: their transactions begin IMMEDIATE."""
COMPANION_SUFFIXES = ("-wal", "-shm")


def _alembic_config() -> Config:
    return alembic_runner.alembic_config(MIGRATIONS)


def head_revision() -> str:
    """The newest revision as Alembic computes it from the migration files."""
    return alembic_runner.head_revision(MIGRATIONS)


class Database:
    """An open, migrated local store; hand out sessions with :meth:`session` (writes) and :meth:`read`."""

    def __init__(self, path: Path, *, migrate: bool = True, read_only: bool | None = None) -> None:
        self.path = path
        self.read_only = not may_write(path) if read_only is None else read_only
        try:
            state = probe(path)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise StoreError(
                Text(f"Database {path} kan niet worden gelezen: {reason}", f"Database {path} cannot be read: {reason}")
            ) from None
        self._state_revision = state.revision
        if self.read_only:
            if state.empty:
                raise ReadOnlyError(self._read_only_text(Text("er staat nog geen database in", "it holds no database yet")))
            target, pragmas = read_only_uri(path), READ_ONLY_PRAGMAS
            self.engine: Engine = create_engine(f"sqlite:///{target}&uri=true")
        else:
            self._keep_private(state.empty)
            target, pragmas = str(path), PRAGMAS
            self.engine = create_engine(f"sqlite:///{path}")
        set_up_sqlite(self.engine, pragmas, immediate_when=WRITE)
        self._kept = KeptWriter(
            target, uri=self.read_only, pragmas=pragmas, immediate=not self.read_only, dialect=self.engine.dialect
        )
        self._writer = self.engine.execution_options(**{WRITE: not self.read_only})
        self._sessions = sessionmaker(self._writer, expire_on_commit=False)
        track_local_edits(self._sessions)  # dirty and updated_at are set here, for every service alike
        self._readers = sessionmaker(self.engine, expire_on_commit=False)
        try:
            if self.read_only:
                self._require_current_schema()
            elif migrate:
                self._migrate()
        except SQLAlchemyError as exc:
            self.engine.dispose()
            cause = plain_cause(exc)
            raise StoreError(
                Text(f"Database {path} kan niet worden geopend: {cause.nl}", f"Database {path} cannot be opened: {cause.en}")
            ) from exc
        except BaseException:
            self.engine.dispose()
            raise

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session: it holds the write lock from the start, commits on success, rolls back on any error.

        A storage failure surfaces as :class:`StoreError` in one plain line,
        so the edges can show it; nothing of the failed transaction is kept.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise self._write_failure(exc) from exc

    @contextmanager
    def statements(self, *, durable: bool = True) -> Iterator[PlainStatements]:
        """A write transaction of plain Core statements, without an ORM session: the same lock, durability and errors.

        For the hottest write, the autosave of one answer (``services.scans``): a session's set-up and flush cost
        as much as the statements, and then the engine's checkout, begin, commit and reset cost as much again.
        So these run on one kept driver connection set up as the engine's are (``dbkit.kept_writer``): the same
        pragmas (WAL, ``synchronous=FULL``), ``BEGIN IMMEDIATE``, a commit that returned is on disk.

        Not ``durable`` (see ``KeptWriter.transaction``) only for bookkeeping that may be lost in a power cut,
        never a user's data: the moment of the last sync, written by every sync, also one with nothing to do.
        """
        try:
            with self._kept.transaction(durable=durable) as statements:
                yield statements
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise self._write_failure(exc) from exc

    def _write_failure(self, exc: SQLAlchemyError | sqlite3.Error) -> StoreError:
        if self.read_only:
            return ReadOnlyError(self._read_only_text(Text("er kan niets worden opgeslagen", "nothing can be saved")))
        cause = plain_cause(exc)
        return StoreError(
            Text(
                f"Opslaan in {self.path.name} is mislukt; er is niets gewijzigd ({cause.nl})",
                f"Saving to {self.path.name} failed; nothing was changed ({cause.en})",
            )
        )

    @contextmanager
    def plain_read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction on the driver's own connection: rows come back as plain tuples.

        For the listings that read every scan (``store.listing``): building 10,000 ORM rows, UUIDs and
        datetimes through SQLAlchemy cost more than the query. The transaction begins deferred, like
        :meth:`read`, so several statements see one state of the data and never wait for a writer.
        """
        try:
            with self.engine.connect() as connection, connection.begin():
                yield cast(sqlite3.Connection, connection.connection.driver_connection)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise read_failure(self.path.name, exc) from exc

    @contextmanager
    def plain_reads(self) -> Iterator[PlainStatements]:
        """One read transaction of Core statements run on the driver's connection, as :meth:`statements` runs writes.

        For a sync's start (``advisor_sync.client.start``), its few small reads being most of what a sync with
        nothing to do costs on the device besides its one request: through SQLAlchemy's Core connection the
        execution contexts around the statements cost several times SQLite's own work. Begins deferred, like :meth:`read`.
        """
        with self.plain_read() as driver:
            yield self._kept.reading(driver)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads (``with db.read() as s``); a storage failure is one plain :class:`StoreError` too."""
        try:
            with self._readers() as session:
                yield session
        except SQLAlchemyError as exc:
            raise read_failure(self.path.name, exc) from exc

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self._kept.close()
        self.engine.dispose()

    def backup_to(self, target: Path) -> None:
        """A consistent, self-contained copy (0600) while others may write; see :func:`private_copy`."""
        private_copy(self.path, target)

    def _read_only_text(self, what: Text) -> Text:
        folder = self.path.parent
        return Text(
            f"De map {folder} is alleen-lezen; {what.nl}. Kopieer de map naar een schrijfbare plek om te wijzigen.",
            f"The folder {folder} is read-only; {what.en}. Copy the folder to a writable place to make changes.",
        )

    def _keep_private(self, empty: bool) -> None:
        """The database and its WAL files are the owner's only (0600) on POSIX systems."""
        if not self.path.exists():
            create_private_file(self.path)
            return
        if os.name != "posix":
            return
        for candidate in (self.path, *(self.path.with_name(self.path.name + s) for s in COMPANION_SUFFIXES)):
            try:
                status = candidate.stat()
                if status.st_uid == os.getuid() and status.st_mode & 0o777 != PRIVATE_FILE_MODE:
                    candidate.chmod(PRIVATE_FILE_MODE)
            except OSError:
                continue  # missing, or not ours to change: SQLite decides whether it can be opened

    def _require_current_schema(self) -> None:
        current = self._state_revision
        if current == HEAD:
            return
        self._refuse_newer(current)
        raise ReadOnlyError(
            self._read_only_text(
                Text(
                    f"de database (schema {current}) moet eerst worden bijgewerkt en dat kan hier niet",
                    f"the database (schema {current}) must first be upgraded and that cannot be done here",
                )
            )
        )

    def _refuse_newer(self, current: str | None) -> None:
        if current is not None and current not in alembic_runner.known_revisions(MIGRATIONS):
            raise NewerDatabaseError(
                Text(
                    f"De database {self.path} is geschreven door een nieuwere versie van Basisscan "
                    f"(schema {current}); installeer die versie. Er is niets gewijzigd.",
                    f"The database {self.path} was written by a newer version of Basisscan "
                    f"(schema {current}); install that version. Nothing was changed.",
                )
            )

    def _migrate(self) -> None:
        current = self._state_revision
        if current == HEAD:
            return
        self._refuse_newer(current)
        if current is not None:
            stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
            self.backup_to(self.path.parent / "backups" / f"{self.path.stem}-{stamp}-schema-{current}.sqlite3")
        alembic_runner.upgrade_to_head(self._writer, MIGRATIONS)


def private_copy(source: Path, target: Path) -> None:
    """Copy a database file the way the device and the server both copy one (``dbkit.sqlite_copy``).

    SQLite's backup API, so the copy is consistent while others write, into one self-contained file;
    personal data, so the copy is the owner's only (0600 in a 0700 folder), like the database itself.
    """
    make_private_folder(target.parent)
    create_private_file(target)
    copy_database(source, target)
