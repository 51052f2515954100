"""The advisor using this device (name and language), asked on first run."""

from __future__ import annotations

from sqlalchemy import select

from ..domain.rules import validate_email, validate_name
from ..domain.text import normalise_language
from ..store.database import Database
from ..store.models import AdvisorProfile


class ProfileService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> AdvisorProfile | None:
        with self.db.read() as session:
            return session.scalars(select(AdvisorProfile).limit(1)).first()

    def save(self, name: str, language: str = "nl", email: str = "") -> AdvisorProfile:
        with self.db.session() as session:
            profile = session.scalars(select(AdvisorProfile).limit(1)).first() or AdvisorProfile()
            profile.name = validate_name(name)
            profile.email = validate_email(email)
            profile.language = normalise_language(language)
            session.add(profile)
            return profile

    def advisor_name(self) -> str:
        profile = self.get()
        return profile.name if profile else ""
