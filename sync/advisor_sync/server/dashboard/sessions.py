"""Dashboard sessions, kept in the database: any process behind the load balancer can serve any request.

The browser holds a random token in an HttpOnly cookie; the database holds
only its SHA-256 digest (as for device tokens), so a copied database opens no
session. Each session carries its own CSRF token (the synchronizer-token
pattern): every form that changes something sends it back, and a form posted
from another site cannot know it. A session ends at log-out, after
``IDLE`` without a request, and at the latest ``LIFETIME`` after log-in.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core.security import token_digest
from ..models import DashboardSession, User

COOKIE = "basisscan_dashboard"
LOGIN_COOKIE = "basisscan_dashboard_login"
"""Before log-in there is no session yet: the login form's CSRF token is a double-submit cookie."""
COOKIE_PATH = "/dashboard"
IDLE = timedelta(minutes=60)
LIFETIME = timedelta(hours=12)
TOUCH_EVERY = timedelta(minutes=1)
"""A request extends the session; writing that down once a minute is enough."""
DASHBOARD_ROLES = ("coordinator", "admin")


@dataclass(frozen=True)
class ActiveSession:
    token_hash: str
    csrf_token: str
    user: User


def new_token() -> str:
    return secrets.token_urlsafe(32)


def start(session: Session, user: User, remote: str, now: datetime) -> str:
    """A new session for ``user``; returns the cookie's token. Expired sessions are swept on the way."""
    session.execute(delete(DashboardSession).where(DashboardSession.expires_at <= now))
    token = new_token()
    session.add(
        DashboardSession(
            token_hash=token_digest(token),
            user_id=user.id,
            csrf_token=new_token(),
            remote=remote[:64],
            created_at=now,
            last_seen_at=now,
            expires_at=now + IDLE,
        )
    )
    return token


def find(session: Session, token: str | None, now: datetime) -> ActiveSession | None:
    """The live session behind a cookie (extended by this request), or ``None`` when it ended or never was."""
    if not token:
        return None
    row = session.execute(
        select(DashboardSession, User)
        .join(User, User.id == DashboardSession.user_id)
        .where(DashboardSession.token_hash == token_digest(token))
    ).first()
    if row is None:
        return None
    found, user = row
    if found.expires_at <= now or found.created_at + LIFETIME <= now or not user.active:
        session.delete(found)
        return None
    if now - found.last_seen_at >= TOUCH_EVERY:
        found.last_seen_at = now
        found.expires_at = min(now + IDLE, found.created_at + LIFETIME)
    return ActiveSession(found.token_hash, found.csrf_token, user)


def end(session: Session, token_hash: str) -> None:
    session.execute(delete(DashboardSession).where(DashboardSession.token_hash == token_hash))


def tokens_match(sent: str | None, expected: str | None) -> bool:
    """Constant-time comparison; a missing token never matches."""
    return bool(sent) and bool(expected) and secrets.compare_digest(str(sent), str(expected))
