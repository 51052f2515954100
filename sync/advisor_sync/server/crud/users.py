"""Users: created by an administrator (API or ``advisor-server create-user``)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain.text import Text

from ...protocol.messages import ROLES
from ..core.errors import AlreadyExistsError, ApiError, NotFoundError
from ..core.security import hash_password
from ..models import User
from .audit import audit

MIN_PASSWORD_LENGTH = 10


def normalise_username(username: str) -> str:
    return username.strip().lower()


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ApiError(
            Text(
                f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben",
                f"The password must have at least {MIN_PASSWORD_LENGTH} characters",
            ),
            field="password",
        )


def find_user(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == normalise_username(username))).first()


def get_user(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise NotFoundError(Text(f"Gebruiker '{username}' bestaat niet", f"User '{username}' does not exist"))
    return user


def create_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    *,
    by: uuid.UUID | None = None,
    actor: str | None = None,
) -> User:
    name = normalise_username(username)
    if role not in ROLES:
        raise ApiError(Text(f"Onbekende rol '{role}'", f"Unknown role '{role}'"), field="role")
    check_password_strength(password)
    if find_user(session, name) is not None:
        raise AlreadyExistsError(Text(f"Gebruiker '{name}' bestaat al", f"User '{name}' already exists"))
    user = User(username=name, display_name=display_name.strip() or name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit(session, "user.create", user_id=by, actor=actor, target=name, role=role)
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))
