"""Field types of the wire format: bounded so that no value can break a database.

Every text refuses NUL characters and lone surrogates (PostgreSQL cannot store
them) and has a maximum length that matches the columns on both sides; every
number fits a 32-bit column; every moment is an aware time in a sane range.
Bad input is thus refused at the edge with a reason instead of failing deep
inside the server.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, StrictBool, StrictInt

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
INT32_MAX = 2**31 - 1
VERSION_MAX = 2**62


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("is not valid Unicode text") from None
    return value


def _sane_moment(value: datetime) -> datetime:
    if not EARLIEST <= value < LATEST:
        raise ValueError(f"lies outside the years {EARLIEST.year}-{LATEST.year}")
    return value.astimezone(UTC)


def _sane_day(value: date) -> date:
    if not EARLIEST.date() <= value < LATEST.date():
        raise ValueError(f"lies outside the years {EARLIEST.year}-{LATEST.year}")
    return value


Code = Annotated[str, Field(strict=True, max_length=40), AfterValidator(_clean_text)]
ShortText = Annotated[str, Field(strict=True, max_length=200), AfterValidator(_clean_text)]
Title = Annotated[str, Field(strict=True, max_length=300), AfterValidator(_clean_text)]
Email = Annotated[str, Field(strict=True, max_length=320), AfterValidator(_clean_text)]
Name = Annotated[str, Field(strict=True, max_length=500), AfterValidator(_clean_text)]
LongText = Annotated[str, Field(strict=True, max_length=100_000), AfterValidator(_clean_text)]
Moment = Annotated[AwareDatetime, AfterValidator(_sane_moment)]
Day = Annotated[date, AfterValidator(_sane_day)]
Count = Annotated[StrictInt, Field(ge=0, le=INT32_MAX)]
Version = Annotated[StrictInt, Field(ge=0, le=VERSION_MAX)]
Flag = StrictBool
