"""Scan tables: every scan on the device, and one company's scans."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import attrgetter

from advisor_app.domain.text import active_language
from advisor_app.services.scan_listing import ScanSummary  # not services.scans: the start's early page loads no ORM

from .. import labels
from ..i18n import translate
from ..qt import QObject
from .records import Column, RecordTableModel, Rows, prepare

NEVER = datetime.min.replace(tzinfo=UTC)


@lru_cache(maxsize=4096)
def _formatted_day(value: date, _language: str) -> str:
    return labels.day(value)


@lru_cache(maxsize=4096)
def _formatted_score(value: float | None, _language: str) -> str:
    return labels.score(value)


@lru_cache(maxsize=256)
def _word(label: Callable[[str], str], code: str, _language: str) -> str:
    return label(code)


def word(label: Callable[[str], str], code: str | None) -> str:
    """A code's shown word (``labels.sector``, ``labels.scan_status``, ``labels.stage``), looked up once per code and
    language: each lookup translates or walks a list, and 10,000 scans hold a handful of codes."""
    return "–" if code is None else _word(label, code, active_language())


def day(value: datetime | None) -> str:
    """``labels.day``, formatted once per local day and language: 10,000 scans start on a few hundred days.

    The local day is ``date.fromtimestamp`` of the moment, the same day as ``value.astimezone().date()``
    (``labels.day``'s) without building a zone-aware time for each of 20,000 moments (a third of the rows' time).
    """
    return "–" if value is None else _formatted_day(date.fromtimestamp(value.timestamp()), active_language())


def score(value: float | None) -> str:
    """``labels.score``, formatted once per value and language (scores repeat: 24 answers of 1-5 make few of them)."""
    return _formatted_score(value, active_language())


def kind(summary: ScanSummary) -> str:
    if summary.revision_of_id is not None:
        return translate("ScanColumns", "Revision")
    if summary.follow_up_of_id is not None:
        return translate("ScanColumns", "Follow-up")
    return translate("ScanColumns", "First scan")


def _sii(summary: ScanSummary) -> float:
    return -1.0 if summary.sii_percent is None else summary.sii_percent


STARTED: Column[ScanSummary] = Column(
    lambda: translate("ScanColumns", "Started"), lambda s: day(s.started_at), lambda s: s.started_at
)
COMPLETED: Column[ScanSummary] = Column(
    lambda: translate("ScanColumns", "Completed"), lambda s: day(s.completed_at), lambda s: s.completed_at or NEVER
)
STATUS: Column[ScanSummary] = Column(
    lambda: translate("ScanColumns", "Status"), lambda s: word(labels.scan_status, s.status), value=attrgetter("status")
)
ANSWERED: Column[ScanSummary] = Column(
    lambda: translate("ScanColumns", "Answered"),
    lambda s: f"{s.answered}/{s.total}",
    lambda s: s.answered / max(1, s.total),
    numeric=True,
    value=attrgetter("answered", "total"),
)
INDEX: Column[ScanSummary] = Column(
    lambda: translate("ScanColumns", "Index (0-100)"), lambda s: score(s.sii_percent), _sii, numeric=True, value=attrgetter("sii")
)
STAGE: Column[ScanSummary] = Column(
    lambda: translate("ScanColumns", "Stage"), lambda s: word(labels.stage, s.stage), value=attrgetter("stage")
)

ALL_SCANS: list[Column[ScanSummary]] = [
    Column(lambda: translate("ScanColumns", "Company"), lambda s: s.company, lambda s: s.company.casefold()),
    Column(lambda: translate("ScanColumns", "KvK"), lambda s: s.kvk),
    Column(lambda: translate("ScanColumns", "Sector"), lambda s: word(labels.sector, s.sector), value=attrgetter("sector")),
    STATUS,
    STARTED,
    COMPLETED,
    ANSWERED,
    INDEX,
    STAGE,
    Column(lambda: translate("ScanColumns", "Advisor"), lambda s: s.advisor),
]
ONE_COMPANY: list[Column[ScanSummary]] = [
    STARTED,
    Column(lambda: translate("ScanColumns", "Kind"), kind),
    STATUS,
    ANSWERED,
    INDEX,
    STAGE,
    COMPLETED,
]


def _id(summary: ScanSummary) -> uuid.UUID:
    return summary.id


def _status(summary: ScanSummary) -> str:
    return summary.status


def prepared_scans(summaries: Sequence[ScanSummary]) -> Rows[ScanSummary]:
    """The rows of the Scans page's model (every scan, :data:`ALL_SCANS`) for ``summaries``, made in a worker
    before any model exists (the start)."""
    return prepare(ALL_SCANS, summaries, _id, keep_records=False, facet=_status)


class ScanTableModel(RecordTableModel[ScanSummary]):
    def __init__(self, columns: list[Column[ScanSummary]], parent: QObject | None = None, *, keep_records: bool = True) -> None:
        """``keep_records=False`` for every scan on the device: the rows' texts, ids and statuses only (the status filter)."""
        super().__init__(columns, _id, parent, keep_records=keep_records, facet=_status)
