"""The columns of a stored questionnaire version: one description for the device's table and the server's.

The server keeps the versions coordinators published (``questionnaire_versions``), the device those it
received from the server (``questionnaire_version``). Both hold the same facts of a version, its key,
id, version, canonical content and the SHA-256 it was published with, and both check the content
against that hash each time they read it, so the two must agree on what a row can hold. Declared once
here, a column cannot be widened on one side and forgotten on the other. Each side adds its own facts
(when it was received; when and by whom it was published) and keeps its own migrations; the
models-against-migrations checks (``.ci/alembic_revision.py --check``, ``test_model_migrations``) hold
each table to them.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column


class StoredQuestionnaireVersion:
    """Mixin for a declarative model: the columns of a questionnaire version both sides store."""

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    """``id@version``, as scans name it."""
    questionnaire_id: Mapped[str] = mapped_column(String(40))
    """As wide as a scan's ``questionnaire_id`` (the record's ``Code``)."""
    version: Mapped[str] = mapped_column(String(40))
    """As wide as a scan's ``questionnaire_version``."""
    sha256: Mapped[str] = mapped_column(String(64))
    """The hex SHA-256 of the canonical content, as published."""
    content: Mapped[str] = mapped_column(Text)
    """The canonical JSON of the definition."""
