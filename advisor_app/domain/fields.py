"""The field types of the domain's records: bounded, so that no value can break a database.

Every text refuses NUL characters and lone surrogates (PostgreSQL cannot store them) and has a
maximum length; that length *is* the width of the column on the device and on the server
(``tests/sync/test_record_columns.py`` holds both sides to it). Every number fits a 32-bit column;
every moment is an aware time in a sane range. A vocabulary (``StrEnum``) carries its column
width as :class:`Width`, so a longer word added later fails that same test instead of a
PostgreSQL insert.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, StrictBool, StrictInt
from pydantic_core import PydanticCustomError

from .vocabulary import ActionStatus, ScanStatus, VoucherStatus

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
INT32_MAX = 2**31 - 1


@dataclass(frozen=True)
class Width:
    """The column width of a vocabulary field (pydantic ignores this marker; the column test reads it)."""

    characters: int


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise PydanticCustomError("text_nul", "contains a NUL character")  # shape.py says it in Dutch too
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PydanticCustomError("text_unicode", "is not valid Unicode text") from None
    return value


def _sane_moment(value: datetime) -> datetime:
    if not EARLIEST <= value < LATEST:
        raise PydanticCustomError(
            "out_of_range", "lies outside the years {earliest}-{latest}", {"earliest": EARLIEST.year, "latest": LATEST.year}
        )
    return value.astimezone(UTC)


def _sane_day(value: date) -> date:
    if not EARLIEST.date() <= value < LATEST.date():
        raise PydanticCustomError(
            "out_of_range", "lies outside the years {earliest}-{latest}", {"earliest": EARLIEST.year, "latest": LATEST.year}
        )
    return value


KvkText = Annotated[str, Field(strict=True, max_length=8), AfterValidator(_clean_text)]
"""A KvK number as stored: 8 digits (``rules.normalise_kvk`` decides the digits)."""
BandText = Annotated[str, Field(strict=True, max_length=10), AfterValidator(_clean_text)]
ItemCode = Annotated[str, Field(strict=True, max_length=20), AfterValidator(_clean_text)]
"""An item or dimension id of a questionnaire (``A1``, ``strategy``)."""
Code = Annotated[str, Field(strict=True, max_length=40), AfterValidator(_clean_text)]
ShortText = Annotated[str, Field(strict=True, max_length=200), AfterValidator(_clean_text)]
Title = Annotated[str, Field(strict=True, max_length=300), AfterValidator(_clean_text)]
Email = Annotated[str, Field(strict=True, max_length=320), AfterValidator(_clean_text)]
Name = Annotated[str, Field(strict=True, max_length=500), AfterValidator(_clean_text)]
LONG_TEXT_MAX = 100_000
LongText = Annotated[str, Field(strict=True, max_length=LONG_TEXT_MAX), AfterValidator(_clean_text)]
"""Free text (notes, deliverables): an unbounded ``TEXT`` column, bounded here so one record stays small."""
Moment = Annotated[AwareDatetime, AfterValidator(_sane_moment)]
Day = Annotated[date, AfterValidator(_sane_day)]
Count = Annotated[StrictInt, Field(ge=0, le=INT32_MAX)]
Int32 = Annotated[StrictInt, Field(ge=-(2**31), le=INT32_MAX)]
Flag = StrictBool

ScanStatusField = Annotated[ScanStatus, Width(10)]
VoucherStatusField = Annotated[VoucherStatus, Width(20)]
ActionStatusField = Annotated[ActionStatus, Width(20)]
