"""Write transactions of a few plain statements on one kept driver connection.

Why: the autosave writes one answer per key press in two statements, and through SQLAlchemy's
``Engine.begin`` most of its CPU went to the machinery around them, not to SQLite: a pool checkout, the
``begin`` event, building an execution context per statement, the commit's bookkeeping and the pool's
reset and checkin (py-spy, 20,000 saves: about 60 % of the save outside the driver's own calls). Here one
``sqlite3`` connection is opened once, with the engine's own set-up (:func:`.sqlite_setup.prepare_connection`,
the same pragmas, so WAL with ``synchronous=FULL``: a commit that returned is on disk), and each transaction
begins the way the engine's write transactions begin (``BEGIN IMMEDIATE``), so the lock and the durability
are the engine's. The statements stay SQLAlchemy Core constructs: each is compiled once for the engine's
dialect and runs with that dialect's own bind and result conversions, so no rule or column is written twice.

One connection serves every thread, one transaction at a time (a lock): writes to one SQLite file are
serial anyway, and the app's autosaver is a single writer. After any driver error the connection is
closed and the next transaction opens a fresh one, as the engine's pool would discard a broken one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .sqlite_setup import begin_statement, prepare_connection

if TYPE_CHECKING:
    from sqlalchemy import Dialect
    from sqlalchemy.sql.elements import ClauseElement

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    """A statement as the driver runs it: the SQL, where each bound value goes, and how it is converted."""

    sql: str
    names: tuple[str, ...]
    fixed: tuple[Any, ...]
    """Per position the statement's own value (a literal in a WHERE clause), or ``_GIVEN`` for the caller's."""
    processors: tuple[Processor, ...]
    row: Callable[[Iterable[Any]], tuple[Any, ...]] | None
    """Makes a named tuple of the RETURNING columns; ``None`` when the statement returns no rows."""
    row_processors: tuple[Processor, ...]


_GIVEN = object()


def _named_row(fields: list[str]) -> Callable[[Iterable[Any]], tuple[Any, ...]]:
    """Rows that name their columns (``row.questionnaire_id``), as SQLAlchemy's rows do."""
    kind: Any = namedtuple("Row", fields, rename=True)  # type: ignore[misc]
    return cast(Callable[[Iterable[Any]], tuple[Any, ...]], kind._make)


def compile_plain(statement: ClauseElement, keys: Sequence[str], dialect: Dialect) -> _Compiled:
    """Compile ``statement`` as SQLAlchemy would for parameters named ``keys``; refuse what needs its runtime.

    Python-side column defaults, expanding ``IN`` lists and literal-rendered values are evaluated by an
    execution context, which this path has not: such a statement is refused here, loudly, not run wrong.
    """
    from sqlalchemy.sql.compiler import SQLCompiler

    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    if not isinstance(compiled, SQLCompiler) or compiled.positiontup is None:
        raise TypeError(f"not a plain positional statement: {statement}")
    if compiled.insert_prefetch or compiled.update_prefetch or compiled.literal_execute_params or compiled.post_compile_params:
        raise TypeError(f"a plain statement needs every value given, with no Python-side default: {compiled.string}")
    names = tuple(compiled.positiontup)
    binds = [compiled.binds[name] for name in names]
    given = set(keys)
    if any(bind.callable is not None or bind.expanding for bind in binds):
        raise TypeError(f"a plain statement takes plain values, not computed or expanding ones: {compiled.string}")
    missing = [name for name, bind in zip(names, binds, strict=True) if name not in given and bind.required]
    if missing:
        raise TypeError(f"values missing for {missing}: {compiled.string}")
    fixed = tuple(_GIVEN if name in given else bind.value for name, bind in zip(names, binds, strict=True))
    processors = tuple(bind.type.bind_processor(dialect) for bind in binds)
    columns = list(getattr(statement, "exported_columns", ()))
    row = _named_row([column.key for column in columns]) if columns else None
    row_processors = tuple(column.type.result_processor(dialect, None) for column in columns)
    return _Compiled(compiled.string, names, fixed, processors, row, row_processors)


class PlainResult:
    """The rows a statement returned, all fetched (so no statement is left open when the transaction ends)."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def all(self) -> list[Any]:
        return list(self._rows)


class PlainStatements:
    """What a transaction's body uses: ``execute`` a Core statement with one set of parameters."""

    def __init__(self, writer: KeptWriter, connection: sqlite3.Connection) -> None:
        self._writer = writer
        self._connection = connection

    def execute(self, statement: ClauseElement, parameters: Mapping[str, Any] | None = None) -> PlainResult:
        given = parameters or {}
        plain = self._writer.compiled(statement, given)
        values = []
        for name, fixed, process in zip(plain.names, plain.fixed, plain.processors, strict=True):
            value = given[name] if fixed is _GIVEN else fixed
            values.append(value if process is None else process(value))
        cursor = self._connection.execute(plain.sql, values)
        try:
            fetched = cursor.fetchall()
        finally:
            cursor.close()
        if plain.row is None:
            return PlainResult([])
        make, processors = plain.row, plain.row_processors
        if not any(processors):
            return PlainResult([make(raw) for raw in fetched])
        return PlainResult([make(v if p is None else p(v) for v, p in zip(raw, processors, strict=True)) for raw in fetched])


class KeptWriter:
    """One kept connection for short write transactions; open it lazily, close it with :meth:`close`."""

    def __init__(self, database: str, *, uri: bool, pragmas: Sequence[str], immediate: bool, dialect: Dialect) -> None:
        self._database = database
        self._uri = uri
        self._pragmas = tuple(pragmas)
        self._begin = begin_statement(immediate)
        self._dialect = dialect
        self._lock = threading.RLock()  # a nested transaction fails in SQLite's words instead of waiting forever
        self._connection: sqlite3.Connection | None = None
        self._compiled: dict[tuple[int, frozenset[str]], tuple[ClauseElement, _Compiled]] = {}

    def compiled(self, statement: ClauseElement, parameters: Mapping[str, Any]) -> _Compiled:
        key = (id(statement), frozenset(parameters))
        found = self._compiled.get(key)
        if found is None or found[0] is not statement:
            found = (statement, compile_plain(statement, tuple(parameters), self._dialect))
            self._compiled[key] = found
        return found[1]

    def reading(self, connection: sqlite3.Connection) -> PlainStatements:
        """Plain statements on another driver connection (a pooled reader in its own read transaction).

        The same compiled statements and conversions as a write transaction's, for a few small reads that
        run often (``Database.plain_reads``).
        """
        return PlainStatements(self, connection)

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[PlainStatements]:
        """Begin (``IMMEDIATE`` for a writer), run the body, commit; roll back on any error.

        Not ``durable``: this one transaction commits with ``synchronous=NORMAL``, without waiting for the
        disk. In WAL mode it is still atomic, and the log is append-only: a power cut can take this commit
        (and any other such) since the last commit that did wait, never an earlier one, and the next
        durable commit syncs it with its own. Only for a write that may be lost, never for what a user
        entered (``Database.statements``). The connection's own setting is back before the lock is freed.
        Driver errors come out as ``sqlite3.Error``; the caller words them.
        """
        with self._lock:
            connection = self._connection or self._open()
            try:
                relaxed = None if durable else self._relax(connection)
                connection.execute(self._begin)
                yield PlainStatements(self, connection)
                connection.execute("COMMIT")
            except BaseException as error:
                self._end_failed(connection, broken=isinstance(error, sqlite3.Error) or not durable)
                raise
            if relaxed is not None:
                self._restore(connection, relaxed)

    @staticmethod
    def _relax(connection: sqlite3.Connection) -> int:
        """Switch to ``synchronous=NORMAL``; returns the setting to go back to."""
        (setting,) = connection.execute("PRAGMA synchronous").fetchone()
        connection.execute("PRAGMA synchronous=NORMAL")
        return int(setting)

    def _restore(self, connection: sqlite3.Connection, setting: int) -> None:
        """After the commit: a failure here is no failed write, but the connection goes (the next is set up anew)."""
        try:
            connection.execute(f"PRAGMA synchronous={setting}")
        except sqlite3.Error:
            connection.close()
            self._connection = None

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self._database, uri=self._uri, isolation_level=None, check_same_thread=False)
        try:
            dialect_setup = self._dialect.on_connect()  # what the engine's dialect adds (SQL functions it renders)
            if dialect_setup is not None:
                dialect_setup(connection)
            prepare_connection(connection, self._pragmas)
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return connection

    def _end_failed(self, connection: sqlite3.Connection, *, broken: bool) -> None:
        try:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        except sqlite3.Error:
            broken = True
        if broken:
            connection.close()
            self._connection = None
