"""The audit chain's hash is a stored format: however it is computed, it is that of the whole canonical row.

``crud.audit`` writes out each entry's canonical form before it takes the chain lock and puts only
``id`` and ``prev_hash`` in under it. Rows hashed years ago must still verify, so the pieces must
join to exactly the compact, key-sorted JSON of the whole row.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from advisor_sync.server.crud.audit import entry_hash
from hypothesis import given
from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
rows = st.fixed_dictionaries(
    {
        "id": st.integers(1, 2**62),
        "at": st.datetimes(timezones=st.just(UTC)),
        "user_id": st.none() | st.uuids(),
        "device_id": st.none() | st.uuids(),
        "actor": st.none() | st.text(max_size=30),
        "action": st.text(min_size=1, max_size=40),
        "entity": st.none() | st.sampled_from(["company", "scan", "plan", "voucher"]),
        "record_id": st.none() | st.uuids(),
        "version": st.none() | st.integers(0, 2**62),
        "detail": st.dictionaries(st.text(max_size=10), json_values, max_size=4),
        "prev_hash": st.text("0123456789abcdef", min_size=64, max_size=64),
    }
)


def whole_row_hash(row: dict[str, Any]) -> str:
    """The stored format, written out whole as the chain was first made (migration 0003 onwards)."""
    at: datetime = row["at"]
    canonical = {
        "id": row["id"],
        "at": at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
        "user_id": None if row["user_id"] is None else str(row["user_id"]),
        "device_id": None if row["device_id"] is None else str(row["device_id"]),
        "actor": row["actor"],
        "action": row["action"],
        "entity": row["entity"],
        "record_id": None if row["record_id"] is None else str(row["record_id"]),
        "version": row["version"],
        "detail": row["detail"],
        "prev_hash": row["prev_hash"],
    }
    encoded = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


@given(rows)
def test_an_entry_hashed_in_pieces_hashes_as_the_whole_row(row: dict[str, Any]) -> None:
    assert entry_hash(row) == whole_row_hash(row)
