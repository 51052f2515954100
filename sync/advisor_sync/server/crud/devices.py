"""Devices and their tokens: created at login, found by token digest, revoked by an admin or at logout."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain.text import Text

from ..core.errors import NotFoundError
from ..core.security import new_device_token, token_digest
from ..models import Device, User
from .audit import audit

TOUCH_INTERVAL = timedelta(minutes=5)
"""``last_seen_at`` is written at most this often, so reads do not all become writes."""


def create_device(session: Session, user: User, name: str, now: datetime, idle: timedelta) -> tuple[Device, str]:
    token = new_device_token()
    device = Device(
        user_id=user.id,
        name=name.strip(),
        token_hash=token_digest(token),
        created_at=now,
        last_seen_at=now,
        expires_at=now + idle,
    )
    session.add(device)
    session.flush()
    return device, token


def device_for_token(session: Session, token: str) -> tuple[Device, User] | None:
    row = session.execute(
        select(Device, User).join(User, User.id == Device.user_id).where(Device.token_hash == token_digest(token))
    ).first()
    return None if row is None else (row[0], row[1])


def touch(device: Device, now: datetime, idle: timedelta) -> None:
    """Slide the expiry forward on use."""
    if device.last_seen_at is None or now - device.last_seen_at >= TOUCH_INTERVAL:
        device.last_seen_at = now
        device.expires_at = now + idle


def revoke(session: Session, device_id: uuid.UUID, now: datetime, *, by: uuid.UUID | None, actor: str | None = None) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFoundError(Text(f"Apparaat {device_id} bestaat niet", f"Device {device_id} does not exist"))
    if device.revoked_at is None:
        device.revoked_at = now
        audit(session, "device.revoke", user_id=by, device_id=device.id, actor=actor)
    return device


def list_devices(session: Session, username: str | None = None) -> list[tuple[Device, User]]:
    query = select(Device, User).join(User, User.id == Device.user_id).order_by(User.username, Device.created_at)
    if username:
        query = query.where(User.username == username.strip().lower())
    return [(device, user) for device, user in session.execute(query).all()]
