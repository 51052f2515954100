"""Versions of the scan: what the server lists, what a device downloads, what publishing answers.

A device asks for the list during its sync and downloads the versions it lacks
or holds with another hash; each carries the SHA-256 of its canonical JSON
(``advisor_app.domain.questionnaire.content_hash``), checked again on arrival.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .messages import Response, Sha256


class VersionTitle(Response):
    nl: str
    en: str


class QuestionnaireVersionInfo(Response):
    id: str
    version: str
    published: str
    """The date the definition itself names."""
    title: VersionTitle
    sha256: Sha256
    shipped: bool
    """Shipped with the app (in ``resources/questionnaires``) rather than published on this server."""
    published_at: datetime | None = None
    published_by: str = ""


class QuestionnaireList(Response):
    versions: list[QuestionnaireVersionInfo]
    """Newest first within each questionnaire id."""


class QuestionnaireContent(Response):
    id: str
    version: str
    sha256: Sha256
    content: dict[str, Any]
    """The definition file's JSON, carrying its ``sha256``."""


class PublishResult(Response):
    version: QuestionnaireVersionInfo
    created: bool
    """False: the very same content was published before, and nothing changed."""
