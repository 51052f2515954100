"""The server's errors; each becomes an RFC 7807 problem response with a plain reason.

They derive from the core's ``BasisscanError``, so a message is a bilingual
``Text``; the handler renders it in the language the request asked for.
"""

from __future__ import annotations

from typing import Any

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.text import Text

from ...protocol import ProblemCode


class ConfigError(BasisscanError):
    """A setting or the database is not usable; the server does not start."""


class ApiError(BasisscanError):
    """A request the server refuses; ``status`` and ``code`` go into the problem document (its title: ``problems.TITLES``)."""

    status = 400
    code = ProblemCode.INVALID_REQUEST

    def __init__(self, message: Text, *, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.headers = headers or {}
        self.extra = extra


class NotAuthenticatedError(ApiError):
    status = 401

    def __init__(self, code: str, message: Text) -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})
        self.code = code


class ForbiddenError(ApiError):
    status = 403
    code = ProblemCode.FORBIDDEN


class AccountDisabledError(ForbiddenError):
    code = ProblemCode.ACCOUNT_DISABLED


class NotFoundError(ApiError):
    status = 404
    code = ProblemCode.NOT_FOUND


class AlreadyExistsError(ApiError):
    status = 409
    code = ProblemCode.ALREADY_EXISTS


class PayloadTooLargeError(ApiError):
    status = 413
    code = ProblemCode.PAYLOAD_TOO_LARGE


class TooManyAttemptsError(ApiError):
    status = 429
    code = ProblemCode.TOO_MANY_ATTEMPTS


class HashMismatchError(ApiError):
    status = 422
    code = ProblemCode.HASH_MISMATCH
