"""Scan tables: every scan on the device, and one company's scans."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from advisor_app.domain.scoring import to_percent
from advisor_app.domain.text import active_language
from advisor_app.services import scan_listing  # not services.scans: the early page loads no ORM
from advisor_app.services.collector import collection_paused
from advisor_app.services.scan_listing import Listed, ScanSummary

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


def _started() -> str:
    return translate("ScanColumns", "Started")


def _completed() -> str:
    return translate("ScanColumns", "Completed")


def _status_header() -> str:
    return translate("ScanColumns", "Status")


def _answered() -> str:
    return translate("ScanColumns", "Answered")


def _index() -> str:
    return translate("ScanColumns", "Index (0-100)")


def _stage() -> str:
    return translate("ScanColumns", "Stage")


ONE_COMPANY: list[Column[ScanSummary]] = [
    Column(_started, lambda s: day(s.started_at), lambda s: s.started_at),
    Column(lambda: translate("ScanColumns", "Kind"), kind),
    Column(_status_header, lambda s: word(labels.scan_status, s.status), value=attrgetter("status")),
    Column(
        _answered,
        lambda s: f"{s.answered}/{s.total}",
        lambda s: s.answered / max(1, s.total),
        numeric=True,
        value=attrgetter("answered", "total"),
    ),
    Column(_index, lambda s: score(s.sii_percent), _sii, numeric=True, value=attrgetter("sii")),
    Column(_stage, lambda s: word(labels.stage, s.stage), value=attrgetter("stage")),
    Column(_completed, lambda s: day(s.completed_at), lambda s: s.completed_at or NEVER),
]


def _id(summary: ScanSummary) -> uuid.UUID:
    return summary.id


def _status(summary: ScanSummary) -> str:
    return summary.status


ListedScan = tuple[Any, ...]
"""A scan of the Scans page: its row of ``store.listing.SCANS`` as stored (ids as hex, moments as naive UTC text),
then its headline at :data:`ANSWERED`, :data:`TOTAL`, :data:`SII` and :data:`STAGE` (``scan_listing.Listed``, flat)."""

ANSWERED, TOTAL, SII, STAGE = range(scan_listing.ROW_LENGTH, scan_listing.ROW_LENGTH + 4)
NAME, KVK, SECTOR, STATUS, ADVISOR, STARTED_AT, COMPLETED_AT = (
    scan_listing.NAME,
    scan_listing.KVK,
    scan_listing.SECTOR,
    scan_listing.STATUS,
    scan_listing.ADVISOR,
    scan_listing.STARTED_AT,
    scan_listing.COMPLETED_AT,
)


UTC_WRITTEN = "+00:00"
_parsed = datetime.fromisoformat
"""A moment as stored (naive UTC text) with :data:`UTC_WRITTEN` after it parses to the aware datetime the summary
holds (``scan_listing._moment``; the tests hold the rows to the summaries'): called straight from the columns, since
a function of our own around it was a Python call for each of 20,000 moments, twice."""


def stored_day(stored: str | None) -> str:
    """:func:`day` of a moment as stored, without the summary that held the moment."""
    return (
        "–"
        if stored is None
        else _formatted_day(date.fromtimestamp(_parsed(stored + UTC_WRITTEN).timestamp()), active_language())
    )


def _percent(sii: float | None) -> float | None:
    return None if sii is None else to_percent(sii)


STARTED: Column[ListedScan] = Column(
    _started, lambda s: stored_day(s[STARTED_AT]), lambda s: _parsed(s[STARTED_AT] + UTC_WRITTEN)
)

ALL_SCANS: list[Column[ListedScan]] = [
    Column(lambda: translate("ScanColumns", "Company"), itemgetter(NAME), lambda s: s[NAME].casefold()),
    Column(lambda: translate("ScanColumns", "KvK"), itemgetter(KVK)),
    Column(lambda: translate("ScanColumns", "Sector"), lambda s: word(labels.sector, s[SECTOR]), value=itemgetter(SECTOR)),
    Column(_status_header, lambda s: word(labels.scan_status, s[STATUS]), value=itemgetter(STATUS)),
    STARTED,
    Column(
        _completed,
        lambda s: stored_day(s[COMPLETED_AT]),
        lambda s: NEVER if s[COMPLETED_AT] is None else _parsed(s[COMPLETED_AT] + UTC_WRITTEN),
    ),
    Column(
        _answered,
        lambda s: f"{s[ANSWERED]}/{s[TOTAL]}",
        lambda s: s[ANSWERED] / max(1, s[TOTAL]),
        numeric=True,
        value=itemgetter(ANSWERED, TOTAL),
    ),
    Column(
        _index,
        lambda s: score(_percent(s[SII])),
        lambda s: -1.0 if s[SII] is None else to_percent(s[SII]),
        numeric=True,
        value=itemgetter(SII),
    ),
    Column(_stage, lambda s: word(labels.stage, s[STAGE]), value=itemgetter(STAGE)),
    Column(lambda: translate("ScanColumns", "Advisor"), itemgetter(ADVISOR)),
]
"""The Scans page's columns: what a summary of the scan would show (``ONE_COMPANY``'s), read from the stored row."""


def prepared_scans(listed: Sequence[Listed]) -> Rows[ListedScan]:
    """The rows of the Scans page's model (every scan, :data:`ALL_SCANS`) for a listing's stored rows
    (``ScanService.headlines``), made in a worker before any model exists (the start).

    With the cyclic collector held off, as the listing holds it (``services.collector``): the rows are some 100,000
    strings and tuples, none in a cycle, and the collections they set off walked every object of the process
    (at the start, with the listing's rows alive, one full collection was about a third of making the rows).
    """
    with collection_paused():
        scans = [entry[0] + entry[1:] for entry in listed]
        return prepare(ALL_SCANS, scans, scan_listing.listed_id, keep_records=False, facet=itemgetter(STATUS))


class ScanTableModel(RecordTableModel[ScanSummary]):
    """One company's scans (:data:`ONE_COMPANY`), with their summaries."""

    def __init__(self, columns: list[Column[ScanSummary]], parent: QObject | None = None) -> None:
        super().__init__(columns, _id, parent, facet=_status)


class ScanListModel(RecordTableModel[ListedScan]):
    """Every scan on the device (:data:`ALL_SCANS`): the rows' texts, ids and statuses only (the status filter)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ALL_SCANS, scan_listing.listed_id, parent, keep_records=False, facet=itemgetter(STATUS))
