"""``scan_listing.moment_text`` writes a stored moment as ``scans list --json`` always wrote it, without the datetime.

The record's ``started_at`` was ``_moment(stored).isoformat()``: the stored naive UTC text parsed with its
offset written on, then written out. The short way parses the naive text and writes the offset on after;
for every moment ``UTCDateTime`` can write, and for any other text of the same length, it must give the
same text or the same error.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from advisor_app.services.scan_listing import STORED_MOMENT_LENGTH, _moment, moment_text

SQLITE_DATETIME = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
"""How SQLAlchemy's ``DateTime`` (under ``UTCDateTime``) writes a moment to SQLite."""


def written(stored: str) -> str:
    try:
        return _moment(stored).isoformat()
    except ValueError as error:
        return f"ValueError: {error}"


def made(stored: str) -> str:
    try:
        return moment_text(stored)
    except ValueError as error:
        return f"ValueError: {error}"


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_every_stored_moment_is_written_as_the_datetime_writes_it(moment: datetime) -> None:
    stored = SQLITE_DATETIME % {
        name: getattr(moment, name) for name in ("year", "month", "day", "hour", "minute", "second", "microsecond")
    }
    assert len(stored) == STORED_MOMENT_LENGTH
    assert made(stored) == written(stored) == moment.isoformat() + "+00:00"


@given(
    st.text("0123456789-:. T+Z", min_size=STORED_MOMENT_LENGTH, max_size=STORED_MOMENT_LENGTH)
    | st.text(st.characters(codec="utf-8"), min_size=STORED_MOMENT_LENGTH, max_size=STORED_MOMENT_LENGTH)
    | st.datetimes().map(lambda m: m.isoformat(sep=" ", timespec="microseconds")[:20] + "+01:00")
    | st.datetimes().map(str)
    | st.datetimes().map(lambda m: m.isoformat(timespec="microseconds"))
    | st.datetimes().map(lambda m: m.isoformat(sep=" ", timespec="microseconds").replace(".", ","))
    | st.datetimes(min_value=datetime(1000, 1, 1)).map(lambda m: m.strftime("%G-W%V-%u %H:%M:%S.%f"))
    | st.text("0123456789-:. T+Z")
)
def test_any_other_text_is_written_or_refused_as_before(stored: str) -> None:
    """Odd lengths, offsets of its own, other separators (``T``, a decimal comma), week dates (the same length as a
    stored moment), other scripts' digits: the same text or the same error."""
    assert made(stored) == written(stored)
