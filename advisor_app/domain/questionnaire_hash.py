"""What makes a published version the version it is: the SHA-256 of its content in one canonical form.

The device, the server and the sync all compute it here, so a definition hashes the same wherever it
is read, whatever its layout or key order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

HASH_FIELD = "sha256"
"""Top-level field holding the SHA-256 of the definition's canonical JSON without this field (``content_hash``)."""


def canonical_json(raw: Mapping[str, Any]) -> bytes:
    """One byte form per content: keys sorted, no spaces, UTF-8; the hash and the server's copy use it."""
    return json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def content_hash(raw: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of a definition without its own ``sha256`` field."""
    return hashlib.sha256(canonical_json({k: v for k, v in raw.items() if k != HASH_FIELD})).hexdigest()


def sealed(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The definition carrying the hash of its content, as it is published and shipped."""
    return {**{k: v for k, v in raw.items() if k != HASH_FIELD}, HASH_FIELD: content_hash(raw)}
