"""Checking a dashboard log-in: the API's users, argon2id hashes and rate limit, through the very same function.

The API trades a password for a device token, the dashboard for a browser
session; both check the password with ``core.security.limited_password_check``
(reserve the attempt, count failures with it included, check outside any
transaction, settle), so the limit is one and atomic for both doors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from ..core.config import Settings
from ..core.security import hash_password, limited_password_check, needs_rehash
from ..crud.audit import audit
from ..crud.users import find_user, normalise_username
from ..models import User


@dataclass(frozen=True)
class Outcome:
    """``user`` on success; otherwise ``refusal`` names the word to show (and ``wait`` the seconds to wait)."""

    user: User | None
    refusal: str = ""
    wait: int = 0


def authenticate(
    sessions: sessionmaker[Session], settings: Settings, *, username: str, password: str, remote: str, now: datetime
) -> Outcome:
    name = normalise_username(username)
    checked = limited_password_check(
        sessions,
        username=name,
        password=password,
        remote=remote,
        now=now,
        max_failures=settings.login_max_failures,
        window=timedelta(minutes=settings.login_window_minutes),
    )
    if checked.wait:
        return Outcome(None, "too_many", checked.wait)
    with sessions() as session, session.begin():
        user = find_user(session, name)
        if not checked.succeeded or user is None:
            audit(session, "login.failed", user_id=user.id if user else None, username=name, remote=remote, via="dashboard")
            return Outcome(None, "wrong_password")
        if not user.active:
            return Outcome(None, "account_disabled")
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        return Outcome(user)
