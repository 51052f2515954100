"""Small facts about the data folder, kept in its own database (``workspace_setting``)."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from .models import WorkspaceSetting

KIND_KEY = "kind"
DEMO_KIND = "demo"
"""``kind`` is ``demo`` in a demo folder; a real folder has no ``kind`` row (every folder before demos were marked)."""
DEMO_IN_USE_KEY = "demo_in_use"
"""Set in a real folder while the advisor works in its demo folder: the next start opens the demo."""
OPEN_SCAN_KEY = "open_scan"
"""The draft open in the scan wizard (its id), kept when the app stops: the next start offers to resume it."""


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(WorkspaceSetting, key)
    return None if row is None else row.value


def set_setting(session: Session, key: str, value: str | None) -> None:
    """``None`` removes the fact."""
    if value is None:
        session.execute(delete(WorkspaceSetting).where(WorkspaceSetting.key == key))
        return
    row = session.get(WorkspaceSetting, key)
    if row is None:
        session.add(WorkspaceSetting(key=key, value=value))
    else:
        row.value = value


def is_demo(session: Session) -> bool:
    return is_demo_kind(get_setting(session, KIND_KEY))


def is_demo_kind(kind: str | None) -> bool:
    """Whether the folder's ``kind`` fact says demo (by :func:`is_demo`, or from a plain read: a sync's start)."""
    return kind == DEMO_KIND
