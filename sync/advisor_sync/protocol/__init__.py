"""The wire format shared by client and server (protocol version 2).

Both sides import these models, so a field can never mean one thing on the
device and another on the server. See ``docs/sync-protocol.md``.
"""

from __future__ import annotations

from .documents import (
    ENTITIES,
    ActionDoc,
    AnswerDoc,
    AnyDocument,
    CompanyDoc,
    Document,
    EntityName,
    PlanDoc,
    ScanDoc,
    VoucherDoc,
    parse_document,
    references,
)
from .messages import (
    ChangeIn,
    ChangeOut,
    ChangeResult,
    LoginRequest,
    LoginResponse,
    Problem,
    PullResponse,
    PushRequest,
    PushResponse,
    Role,
)

PROTOCOL_VERSION = 2
"""The version this code speaks; a server may accept a range (see ``ServerInfo``).

2: a push names the fields edited since the agreed copy (``touched``), a server copy the versions that edited them (``edited``).
"""
VERSION_HEADER = "X-Basisscan-Protocol"
"""Carried by every request and every response."""
API_PREFIX = "/api/v1"
PROBLEM_TYPE_PREFIX = "urn:basisscan:problem:"


class ProblemCode:
    """The ``code`` of a problem response; clients branch on these, never on the text."""

    PROTOCOL_MISSING = "protocol-missing"
    PROTOCOL_MISMATCH = "protocol-mismatch"
    WRONG_PASSWORD = "wrong-password"
    TOO_MANY_ATTEMPTS = "too-many-attempts"
    TOKEN_MISSING = "token-missing"
    TOKEN_UNKNOWN = "token-unknown"
    TOKEN_REVOKED = "token-revoked"
    TOKEN_EXPIRED = "token-expired"
    ACCOUNT_DISABLED = "account-disabled"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not-found"
    METHOD_NOT_ALLOWED = "method-not-allowed"
    INVALID_REQUEST = "invalid-request"
    PAYLOAD_TOO_LARGE = "payload-too-large"
    HASH_MISMATCH = "hash-mismatch"
    ALREADY_EXISTS = "already-exists"
    BATCH_CHANGED = "batch-changed"
    INTERNAL_ERROR = "internal-error"
    NOT_READY = "not-ready"


__all__ = [
    "API_PREFIX",
    "ENTITIES",
    "PROBLEM_TYPE_PREFIX",
    "PROTOCOL_VERSION",
    "VERSION_HEADER",
    "ActionDoc",
    "AnswerDoc",
    "AnyDocument",
    "ChangeIn",
    "ChangeOut",
    "ChangeResult",
    "CompanyDoc",
    "Document",
    "EntityName",
    "LoginRequest",
    "LoginResponse",
    "PlanDoc",
    "Problem",
    "ProblemCode",
    "PullResponse",
    "PushRequest",
    "PushResponse",
    "Role",
    "ScanDoc",
    "VoucherDoc",
    "parse_document",
    "references",
]
