"""Passwords (argon2id), device tokens (stored as SHA-256 digests) and the login rate limit.

A device token is 256 random bits, so a plain SHA-256 digest is enough to
make a stolen database useless for logging in, and it lets the server find
the device with one indexed lookup. Passwords are low-entropy, so they get
argon2id. Failed logins are counted in the database, not in memory, so the
limit holds across processes and hosts.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import LoginAttempt

TOKEN_PREFIX = "bsd_"
_hasher = PasswordHasher()
REMOTE_FAILURE_FACTOR = 4
"""One address may fail this many times the per-user limit (an office behind one NAT address)."""


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the user exists, so timing does not reveal usernames."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def new_device_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def seconds_until_login_allowed(
    session: Session, *, username: str, remote: str, now: datetime, max_failures: int, window: timedelta
) -> int:
    """0 when a login may be tried now, else how many seconds to wait.

    A user's failures count from their last successful login; an address's
    failures count over the whole window.
    """
    since = now - window
    last_success = session.scalar(
        select(func.max(LoginAttempt.at)).where(LoginAttempt.username == username, LoginAttempt.succeeded)
    )
    user_since = max(since, last_success) if last_success is not None else since
    checks = (
        (LoginAttempt.username == username, user_since, max_failures),
        (LoginAttempt.remote == remote, since, max_failures * REMOTE_FAILURE_FACTOR),
    )
    wait = 0
    for condition, start, limit in checks:
        count, oldest = session.execute(
            select(func.count(), func.min(LoginAttempt.at)).where(condition, LoginAttempt.at > start, ~LoginAttempt.succeeded)
        ).one()
        if count >= limit and oldest is not None:
            wait = max(wait, int((oldest + window - now).total_seconds()) + 1)
    return wait


def record_login_attempt(session: Session, username: str, remote: str, now: datetime, succeeded: bool) -> None:
    session.add(LoginAttempt(username=username, remote=remote, at=now, succeeded=succeeded))
