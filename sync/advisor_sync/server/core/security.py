"""Passwords (argon2id), device tokens (stored as SHA-256 digests) and the login rate limit.

A device token is 256 random bits, so a plain SHA-256 digest is enough to
make a stolen database useless for logging in, and it lets the server find
the device with one indexed lookup. Passwords are low-entropy, so they get
argon2id. Failed logins are counted in the database, not in memory, so the
limit holds across processes and hosts.

The limit is atomic without locks, on SQLite and PostgreSQL alike: an attempt
is first *reserved* (stored as a failure and committed), and only then are the
failures counted, this one included. Of any attempts whose passwords get
checked, the one counted last sees every other's reservation, so no more than
``max_failures`` can ever be checked at once, however many arrive together.
A refused attempt takes its reservation back; a checked one keeps it, marked
succeeded or not.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from ..models import LoginAttempt, User

TOKEN_PREFIX = "bsd_"
_hasher = PasswordHasher()
LOGIN_MEMORY = timedelta(days=2)
"""Attempts older than this (or the window, if longer) are forgotten."""
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
    session: Session,
    *,
    username: str,
    remote: str,
    now: datetime,
    max_failures: int,
    window: timedelta,
) -> int:
    """0 when the reserved attempt may be checked now, else how many seconds to wait.

    The count includes the caller's own reservation (and those of attempts
    arriving at the same moment), so ``max_failures`` of them pass. A user's failures count from their last successful login; an
    address's failures count over the whole window.
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
        if count > limit and oldest is not None:
            wait = max(wait, int((oldest + window - now).total_seconds()) + 1)
    return wait


@dataclass(frozen=True)
class PasswordCheck:
    wait: int
    """Seconds to wait when refused (the password was not checked), else 0."""
    succeeded: bool


def limited_password_check(
    sessions: sessionmaker[Session],
    *,
    username: str,
    password: str,
    remote: str,
    now: datetime,
    max_failures: int,
    window: timedelta,
) -> PasswordCheck:
    """Check a password under the login limit: reserve, count (this attempt included), check, settle.

    Three short transactions; the slow argon2 check runs outside all of them, so it holds no lock.
    ``username`` is already normalised.
    """
    with sessions() as session, session.begin():
        session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - max(LOGIN_MEMORY, window)))
        attempt = LoginAttempt(username=username, remote=remote, at=now, succeeded=False)
        session.add(attempt)
        session.flush()
        attempt_id = attempt.id
    with sessions() as session, session.begin():
        wait = seconds_until_login_allowed(
            session, username=username, remote=remote, now=now, max_failures=max_failures, window=window
        )
        if wait:
            session.execute(delete(LoginAttempt).where(LoginAttempt.id == attempt_id))  # never checked: not a failure
            return PasswordCheck(wait, succeeded=False)
        password_hash = session.scalar(select(User.password_hash).where(User.username == username))
    succeeded = verify_password(password_hash, password)
    with sessions() as session, session.begin():
        session.execute(update(LoginAttempt).where(LoginAttempt.id == attempt_id).values(succeeded=succeeded))
    return PasswordCheck(0, succeeded)
