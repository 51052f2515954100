"""The advisor using this device (name and language), asked on first run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from ..domain.rules import validate_email, validate_name
from ..domain.text import normalise_language
from ..store.database import Database
from ..store.models import AdvisorProfile

if TYPE_CHECKING:
    from .views import ProfileView


def profile_view(profile: AdvisorProfile) -> ProfileView:
    from .views import ProfileView  # pydantic with the first view, not with the workspace (``services.views``)

    return ProfileView(name=profile.name, email=profile.email, language=profile.language)


class ProfileService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> ProfileView | None:
        with self.db.read() as session:
            profile = session.scalars(select(AdvisorProfile).limit(1)).first()
            return None if profile is None else profile_view(profile)

    def save(self, name: str, language: str = "nl", email: str = "") -> ProfileView:
        with self.db.session() as session:
            profile = session.scalars(select(AdvisorProfile).limit(1)).first() or AdvisorProfile()
            profile.name = validate_name(name)
            profile.email = validate_email(email)
            profile.language = normalise_language(language)
            session.add(profile)
            return profile_view(profile)

    def language(self) -> str | None:
        """The advisor's language, ``None`` before the first run: what the desktop's start asks, without a view."""
        with self.db.read() as session:
            return session.scalars(select(AdvisorProfile.language).limit(1)).first()

    def advisor_name(self) -> str:
        """The name the window shows, read as :meth:`language` is: neither builds a view (pydantic stays unloaded)."""
        with self.db.read() as session:
            return session.scalars(select(AdvisorProfile.name).limit(1)).first() or ""
