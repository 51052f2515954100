"""``scans list --json``: one record per listed scan, and the listing's JSON text written straight from its rows.

Apart from the evaluation export (``services.export``) because the command writes it without the workspace:
this module imports neither the store's ORM nor the views, so a listing costs the select and the text.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from ..domain.formatting import round_half_up
from ..domain.scoring import to_percent
from ..store import listing
from ..store.stored_ids import uuid_text
from .scan_listing import Listed, moment_text

if TYPE_CHECKING:
    from .scans import ScanSummary


_ROUNDED: dict[float, float] = {}
"""``one_decimal`` of the values met before: a listing's 10,000 indices take a few hundred distinct values."""
_ROUNDED_AT_MOST = 65_536


def kept_one_decimal(value: float | None) -> float | None:
    """``one_decimal(value)``, rounded through ``Decimal`` once per distinct value (``scans list --json``).

    Zero is left out: ``-0.0`` equals ``0.0`` as a key but rounds to ``-0.0``, which JSON writes apart.
    The kept values are forgotten when there are many, so a long-running app never grows them unbounded.
    """
    if value is None:
        return None
    try:
        return _ROUNDED[value]
    except KeyError:
        rounded = float(round_half_up(value, 1))
        if value:
            if len(_ROUNDED) >= _ROUNDED_AT_MOST:
                _ROUNDED.clear()
            _ROUNDED[value] = rounded
        return rounded


LISTING_FIELDS = (
    "id",
    "company",
    "company_id",
    "kvk",
    "sector",
    "status",
    "advisor",
    "started_at",
    "completed_at",
    "answered",
    "total",
    "sii",
    "stage",
    "revision_of",
    "follow_up_of",
)
"""The fields of a listed scan's record, in their order (:func:`summary_record`, :func:`listed_json`)."""


def summary_record(summary: ScanSummary) -> dict[str, Any]:
    """One row of ``scans list --json`` (:data:`LISTING_FIELDS`); ``sii`` (a 1-5 mean) on the 0-100 scale shown to users."""
    completed_at = summary.completed_at
    revision_of = summary.revision_of_id
    follow_up_of = summary.follow_up_of_id
    sii = summary.sii
    values = (
        str(summary.id),
        summary.company,
        str(summary.company_id),
        summary.kvk,
        summary.sector,
        summary.status,
        summary.advisor,
        summary.started_at.isoformat(),
        None if completed_at is None else completed_at.isoformat(),
        summary.answered,
        summary.total,
        kept_one_decimal(None if sii is None else to_percent(sii)),
        summary.stage,
        str(revision_of) if revision_of else None,
        str(follow_up_of) if follow_up_of else None,
    )
    return dict(zip(LISTING_FIELDS, values, strict=True))


ID, NAME, COMPANY_ID, KVK, SECTOR, STATUS, ADVISOR, STARTED_AT, COMPLETED_AT, REVISION_OF_ID, FOLLOW_UP_OF_ID = (
    listing.ID,
    listing.NAME,
    listing.COMPANY_ID,
    listing.KVK,
    listing.SECTOR,
    listing.STATUS,
    listing.ADVISOR,
    listing.STARTED_AT,
    listing.COMPLETED_AT,
    listing.REVISION_OF_ID,
    listing.FOLLOW_UP_OF_ID,
)
"""Positions in a listed row, read for every row as module names."""

_RECORD_TEXT = "{" + ",".join(f"{json.dumps(name)}:%s" for name in LISTING_FIELDS) + "}"
"""One record as compact JSON writes it, each field's value text to be filled in: the names are encoded once."""


def listed_json(listed: list[Listed]) -> str:
    """The compact JSON of :func:`summary_record` of each scan of a listing, from its stored rows (``scan_listing.headlines``).

    Byte for byte what ``json.dumps(records, ensure_ascii=False, separators=(",", ":"))`` writes, without the
    records: the encoder wrote the 15 names of each of 10,000 records again, and building the dicts and the
    text cost more than the select. Each value's text is written as the encoder writes it: ids and moments
    go from their stored text to the record's (``store.stored_ids.uuid_text``, ``moment_text``), an id being hex
    digits and dashes needs no escaping, other texts go through the encoder's own string escape, and a
    number not of the type the column holds through ``json.dumps`` itself.
    """
    text, number, sii_text = encode_basestring, _number_text, _sii_text
    records = []
    for row, answered, total, sii, stage in listed:
        completed_at, revision_of, follow_up_of = row[COMPLETED_AT], row[REVISION_OF_ID], row[FOLLOW_UP_OF_ID]
        records.append(
            _RECORD_TEXT
            % (
                f'"{uuid_text(row[ID])}"',
                text(row[NAME]),
                f'"{uuid_text(row[COMPANY_ID])}"',
                text(row[KVK]),
                text(row[SECTOR]),
                text(row[STATUS]),
                text(row[ADVISOR]),
                text(moment_text(row[STARTED_AT])),
                "null" if completed_at is None else text(moment_text(completed_at)),
                answered if type(answered) is int else number(answered),
                total if type(total) is int else number(total),
                sii_text(sii),
                "null" if stage is None else text(stage),
                "null" if revision_of is None else f'"{uuid_text(revision_of)}"',
                "null" if follow_up_of is None else f'"{uuid_text(follow_up_of)}"',
            )
        )
    return f"[{','.join(records)}]"


def _number_text(value: Any) -> str:
    """A stored value where a whole number belongs, as ``json.dumps`` writes it (a float, or its error)."""
    return json.dumps(value)


_SII_TEXTS: dict[float, str] = {}
"""The ``sii`` value text of each index met before (a 1-5 mean): a listing's 10,000 take a few hundred distinct ones."""


def _sii_text(sii: float | None) -> str:
    """The text of a record's ``sii``: ``kept_one_decimal`` of the index on the 0-100 scale, as JSON writes it.

    Kept by the mean itself: two means that are equal give the same percentage (even 0.0 and -0.0), so the
    same text; NaN, equal to nothing, is written each time.
    """
    if sii is None:
        return "null"
    found = _SII_TEXTS.get(sii)
    if found is None:
        found = json.dumps(kept_one_decimal(to_percent(sii)))
        if not math.isnan(sii):
            if len(_SII_TEXTS) >= _ROUNDED_AT_MOST:
                _SII_TEXTS.clear()
            _SII_TEXTS[sii] = found
    return found
