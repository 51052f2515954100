"""The PDF summary's data read through the driver alone, for ``advisor-app report`` as a command.

A fresh process that opened the workspace for one report spent about half of its CPU importing SQLAlchemy,
the ORM models and every service, to read one scan, its company, plans and vouchers and the benchmark
groups' kept inputs. :class:`PlainReport` reads the same rows with ``sqlite3`` in one read transaction
(so, as ``BenchmarkService.steady``, everything comes from one state of the data) and builds the same
views with ``model_construct``, each field read as the store's column types hand it back
(:func:`view_reader`). It answers only where the workspace would do nothing but read: the database is
current (``store.plain``), holds no questionnaire versions received from the server, no server's
benchmarks for the scan's questionnaire, and the groups' inputs kept at the current state of the
completed scans (``services.benchmark_members``): their sums, from which the company is left out without
reading the 10,000 members (``domain.benchmark_sums``), made from the members kept at that state and kept
by the first command that finds none.
Anything else raises :class:`UnanswerableError`, and the command opens the workspace, which builds and
keeps the inputs for the next report. The running app reads a summary's scans, plans and vouchers with
the same :class:`PlainViews` (``report.content.WorkspaceSource``).
"""

from __future__ import annotations

import json
import sqlite3
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import AwareDatetime, BaseModel

from ..domain.adoption import Population
from ..domain.benchmark_sums import Sums, sums
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import BenchmarkGroup, ScanResult
from ..domain.text import Text
from ..errors import NotFoundError
from ..store import listing
from ..store.plain import PlainDatabase
from ..store.stored_ids import uuid_of
from .benchmark_members import keep_sums, kept_members, kept_sums
from .plain_listing import KeepOnConnection, ShippedVersions
from .scan_listing import ScanSummary, Versions, summaries
from .views import ActionView, AnswerView, CompanyView, PlanView, ScanRecord, ScanView, VoucherView

View = TypeVar("View", bound=BaseModel)
Reader = Callable[[Any], Any]


class UnanswerableError(Exception):
    """Only the workspace can read this summary's data (received versions, the server's benchmarks, no kept inputs)."""


def _moment(stored: str) -> datetime:
    return datetime.fromisoformat(stored + "+00:00")  # naive UTC as stored, aware UTC as the ORM's UTCDateTime gives


def _mapping(stored: str) -> types.MappingProxyType[str, Any]:
    return types.MappingProxyType(json.loads(stored))


READERS: dict[object, Reader] = {
    uuid.UUID: uuid_of,
    AwareDatetime: _moment,
    date: date.fromisoformat,
    bool: bool,
    dict: _mapping,
}
"""A column's stored value to the value the ORM hands a view, by the field's type (others are as stored)."""


def _reader(annotation: object) -> Reader | None:
    """The reader of a field's type; ``None`` passes through, and the value is read as the type inside it."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _reader(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        [inner] = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        found = _reader(inner)
        return None if found is None else (lambda value: None if value is None else found(value))
    return READERS.get(typing.get_origin(annotation) or annotation)


def view_reader(view: type[View], *, leaving: tuple[str, ...] = ()) -> tuple[str, Callable[..., View]]:
    """The columns of ``view``'s fields (all but ``leaving``, read apart), and what makes a view of a row of them."""
    names = [name for name in view.model_fields if name not in leaving]
    readers = [_reader(view.model_fields[name].annotation) for name in names]
    construct = view.model_construct

    def made(row: tuple[Any, ...], **apart: Any) -> View:
        values = {name: value if read is None else read(value) for name, read, value in zip(names, readers, row, strict=True)}
        return construct(**values, **apart)

    return ", ".join(names), made


_SCAN, _scan = view_reader(ScanRecord, leaving=("answers",))
_ANSWER, _answer = view_reader(AnswerView)
_COMPANY, _company = view_reader(CompanyView)
_PLAN, _plan = view_reader(PlanView, leaving=("actions",))
_ACTION, _action = view_reader(ActionView)
_VOUCHER, _voucher = view_reader(VoucherView)
SCAN = f"SELECT {_SCAN} FROM scan WHERE id = ? AND deleted = 0"
ANSWERS = f"SELECT {_ANSWER} FROM answer WHERE scan_id = ? ORDER BY item_id"
COMPANY = f"SELECT {_COMPANY} FROM company WHERE id = ?"
PLANS = f"SELECT {_PLAN}, id FROM plan WHERE company_id = ? AND deleted = 0 ORDER BY created_at"
ACTIONS = f"SELECT {_ACTION} FROM plan_action WHERE plan_id = ? ORDER BY position"
VOUCHERS = f"SELECT {_VOUCHER} FROM voucher WHERE company_id = ? AND deleted = 0 ORDER BY created_at"
"""As the services read them (``ScanService.get``, ``PlanService.for_company``, ``VoucherService.for_company``)."""
RECEIVED = "SELECT count(*) FROM questionnaire_version"
SERVER_GROUP_COUNT = "SELECT count(*) FROM benchmark_cache WHERE questionnaire_version = ?"
PROFILE = "SELECT name, language FROM advisor_profile LIMIT 1"


class PlainViews:
    """A scan with its answers and company, a company's plans and vouchers, as the services give them, read
    on one driver connection: for :class:`PlainReport`, and for the summary in the running app
    (``report.content.WorkspaceSource``), where the ORM's loads of two scans, the plans and the vouchers
    took half of reading a summary's data."""

    def __init__(self, connection: sqlite3.Connection, versions: Versions) -> None:
        self.connection, self.versions = connection, versions

    def get(self, scan_id: uuid.UUID) -> ScanView:
        found = self.connection.execute(SCAN, (scan_id.hex,)).fetchone()
        if found is None:
            raise NotFoundError(Text("Scan", "Scan"), scan_id)
        answers = tuple(_answer(row) for row in self.connection.execute(ANSWERS, (scan_id.hex,)))
        scan = _scan(found, answers=answers)
        company = _company(self.connection.execute(COMPANY, (scan.company_id.hex,)).fetchone())
        return ScanView(scan, company, self.versions.get(scan.questionnaire_id, scan.questionnaire_version))

    def plans(self, company_id: uuid.UUID) -> list[PlanView]:
        rows = self.connection.execute(PLANS, (company_id.hex,)).fetchall()
        return [_plan(row[:-1], actions=tuple(_action(a) for a in self.connection.execute(ACTIONS, (row[-1],)))) for row in rows]

    def vouchers(self, company_id: uuid.UUID) -> list[VoucherView]:
        return [_voucher(row) for row in self.connection.execute(VOUCHERS, (company_id.hex,))]


class PlainReport:
    """A summary's reads (``report.content.Source``) in one read transaction of a current database."""

    def __init__(self, db: PlainDatabase, connection: sqlite3.Connection) -> None:
        (received,) = connection.execute(RECEIVED).fetchone()
        if received:
            raise UnanswerableError("questionnaire versions received from the server")
        self.db, self.connection = db, connection
        self.read_only = db.read_only
        self.versions = ShippedVersions()
        self.views = PlainViews(connection, self.versions)
        self.get, self.plans, self.vouchers = self.views.get, self.views.plans, self.views.vouchers
        self.state = listing.completed_scans_state(connection)
        self._sums: dict[str, Sums] = {}
        self._groups: dict[tuple[str, uuid.UUID], dict[str, BenchmarkGroup]] = {}
        self._population: dict[str, Population] = {}

    def result(self, view: ScanView) -> ScanResult:
        groups = self.groups(view.questionnaire, view.company.id)
        key = view.questionnaire.key
        if key not in self._population:
            self._population[key] = self._kept(view.questionnaire).population()
        return view.scored(groups, self._population[key])

    def groups(self, questionnaire: Questionnaire, company_id: uuid.UUID) -> dict[str, BenchmarkGroup]:
        key = (questionnaire.key, company_id)
        if key not in self._groups:
            (cached,) = self.connection.execute(SERVER_GROUP_COUNT, (questionnaire.version,)).fetchone()
            if cached:
                raise UnanswerableError("the server's benchmarks")
            self._groups[key] = self._kept(questionnaire).leaving_out(str(company_id))
        return dict(self._groups[key])

    def scans(self, company_id: uuid.UUID | None = None) -> list[ScanSummary]:
        """The company's scans (every scan without one), as ``ScanService.summaries`` lists them."""
        return summaries(self, self.versions, KeepOnConnection(self.db.read_only), company_id)

    def advisor_name(self) -> str:
        row = self.connection.execute(PROFILE).fetchone()
        return str(row[0]) if row else ""

    def language(self) -> str | None:
        """The advisor's language, as the profile holds it (``None`` without a profile)."""
        row = self.connection.execute(PROFILE).fetchone()
        return str(row[1]) if row else None

    @contextmanager
    def plain_read(self) -> Iterator[sqlite3.Connection]:
        """The listing of the company's scans (``scan_listing.summaries``) reads in this transaction too."""
        yield self.connection

    def _kept(self, questionnaire: Questionnaire) -> Sums:
        """The groups' sums kept at this state, else made from the members kept at it and kept for the next report."""
        summed = self._sums.get(questionnaire.key)
        if summed is None:
            summed = kept_sums(self.connection, questionnaire, self.state)
            if summed is None:
                members = kept_members(self.connection, questionnaire, self.state)
                if members is None or self.state is None:
                    raise UnanswerableError("no benchmark inputs kept at this state")
                summed = sums(members)
                if not self.read_only:
                    keep_sums(self.connection, questionnaire, self.state, summed)
            self._sums[questionnaire.key] = summed
        return summed


@contextmanager
def plain_report(database_file: Path) -> Iterator[PlainReport]:
    """:class:`PlainReport` over one read transaction of ``database_file``, if it is current (``store.plain``)."""
    db = PlainDatabase.open_current(database_file)
    if db is None:
        raise UnanswerableError("no current database")
    with db.plain_read() as connection:
        yield PlainReport(db, connection)
