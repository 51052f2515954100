"""Publishing a version of the scan, and the versions this server knows.

A coordinator publishes a definition file (dashboard, API or ``advisor-server
publish-questionnaire``); it is checked with the app's own validator
(``advisor_app.domain.questionnaire``) and stored with the SHA-256 of its
canonical JSON. A version, once published, is that content for good: the same
content again changes nothing, other content under the same ``id@version`` is
refused (409). Devices fetch what they lack during their sync.

Every server process reads the published versions from the database, so a
version published through one process is known to all (``QuestionnaireRegistry``).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.errors import QuestionnaireError
from advisor_app.domain.questionnaire import (
    Questionnaire,
    canonical_json,
    decode_definition,
    file_name,
    parse_questionnaire,
    sealed,
    shipped_definitions,
)
from advisor_app.domain.text import Text

from ..core.errors import AlreadyExistsError, NotFoundError
from ..crud.audit import audit
from ..models import QuestionnaireVersion, User

log = logging.getLogger("advisor_sync.server")


@dataclass(frozen=True)
class KnownVersion:
    questionnaire: Questionnaire
    content: dict[str, Any]
    """The sealed definition (carrying its ``sha256``), as devices receive it."""
    shipped: bool
    published_at: datetime | None = None
    published_by: str = ""


class QuestionnaireRegistry(Mapping[str, Questionnaire]):
    """The shipped versions and those published to the database, keyed ``id@version``.

    Published rows are immutable, so a row once read is kept; each listing asks
    the database only which keys exist. A row whose content does not match its
    hash is refused: left out, logged, and listed in ``refused``.

    It reads on a connection of its own, outside the caller's transaction: on
    SQLite every server transaction takes the write lock (``core.db``), and a
    scoring inside a push must not wait for itself.
    """

    def __init__(self, reader: Engine | None, shipped: Mapping[str, tuple[Questionnaire, dict[str, Any]]]) -> None:
        self._reader = reader
        self._shipped = {key: KnownVersion(q, raw, shipped=True) for key, (q, raw) in shipped.items()}
        self._published: dict[str, KnownVersion] = {}
        self.refused: dict[str, QuestionnaireError] = {}
        self._lock = threading.Lock()

    @classmethod
    def with_shipped(cls, engine: Engine) -> QuestionnaireRegistry:
        """The registry of a server on ``engine``; SQLite gets a plain reading engine (WAL readers never wait)."""
        reader = engine
        if engine.dialect.name == "sqlite":
            reader = create_engine(engine.url, connect_args={"check_same_thread": False, "timeout": 30})
        return cls(reader, shipped_definitions())

    def close(self) -> None:
        if self._reader is not None:
            self._reader.dispose()

    def known(self) -> dict[str, KnownVersion]:
        """Every version, as of now."""
        if self._reader is not None:
            with self._reader.connect() as connection:
                keys = set(connection.scalars(select(QuestionnaireVersion.key)))
                missing = keys - self._published.keys() - self.refused.keys()
                if missing:
                    self._read(connection, missing)
        return {**self._published, **self._shipped}

    def version(self, key: str) -> KnownVersion | None:
        found = self._shipped.get(key) or self._published.get(key)
        return found if found is not None else self.known().get(key)

    def _read(self, connection: Connection, keys: set[str]) -> None:
        rows = connection.execute(
            select(QuestionnaireVersion.__table__, User.username)
            .outerjoin(User, User.id == QuestionnaireVersion.published_by)
            .where(QuestionnaireVersion.key.in_(keys))
        )
        with self._lock:
            for row in rows:
                name = file_name(row.questionnaire_id, row.version)
                try:
                    raw = decode_definition(row.content.encode("utf-8"), name)
                    questionnaire = parse_questionnaire(raw, name, require_hash=True)
                    if questionnaire.sha256 != row.sha256 or questionnaire.key != row.key:
                        raise QuestionnaireError(name, "sha256", CHANGED_IN_DATABASE)
                except QuestionnaireError as error:
                    log.error("questionnaire version refused: %s", error.in_language("en"), extra={"questionnaire": row.key})
                    self.refused[row.key] = error
                    continue
                self._published[row.key] = KnownVersion(
                    questionnaire, raw, shipped=False, published_at=row.published_at, published_by=row.username or row.actor or ""
                )

    # -- the Mapping the scoring and the push checks read ----------------------------------

    def __getitem__(self, key: str) -> Questionnaire:
        found = self.version(key)
        if found is None:
            raise KeyError(key)
        return found.questionnaire

    def __iter__(self) -> Iterator[str]:
        return iter(self.known())

    def __len__(self) -> int:
        return len(self.known())


CHANGED_IN_DATABASE = Text(
    "de opgeslagen inhoud past niet bij de hash waaronder deze versie is gepubliceerd",
    "the stored content does not match the hash this version was published with",
)


def version_taken(questionnaire: Questionnaire) -> AlreadyExistsError:
    return AlreadyExistsError(
        Text(
            f"Versie {questionnaire.version} van {questionnaire.id} is al gepubliceerd met een andere inhoud; "
            "een gepubliceerde versie verandert nooit: geef de correctie een nieuw versienummer",
            f"Version {questionnaire.version} of {questionnaire.id} was already published with other content; "
            "a published version never changes: give the correction a new version number",
        )
    )


@dataclass(frozen=True)
class Publication:
    questionnaire: Questionnaire
    created: bool
    """False when the very same content was published before: nothing changed."""


def read_definition(data: bytes, source: str) -> tuple[Questionnaire, dict[str, Any]]:
    """The validated definition in an uploaded file; a QuestionnaireError names the file, the place and the fault."""
    raw = decode_definition(data, source)
    return parse_questionnaire(raw, source), raw


def publish(
    session: Session,
    registry: QuestionnaireRegistry,
    data: bytes,
    source: str,
    *,
    user_id: uuid.UUID | None,
    actor: str | None = None,
) -> Publication:
    """Validate and store one definition file; the caller commits (the audit entry goes with it)."""
    questionnaire, raw = read_definition(data, source)
    existing = registry.version(questionnaire.key)
    if existing is not None:
        if existing.questionnaire.sha256 != questionnaire.sha256:
            raise version_taken(questionnaire)
        return Publication(existing.questionnaire, created=False)
    if questionnaire.key in registry.refused:
        raise version_taken(questionnaire)
    session.add(
        QuestionnaireVersion(
            key=questionnaire.key,
            questionnaire_id=questionnaire.id,
            version=questionnaire.version,
            sha256=questionnaire.sha256,
            content=canonical_json(sealed(raw)).decode("utf-8"),
            published_at=utcnow(),
            published_by=user_id,
            actor=actor,
        )
    )
    audit(
        session,
        "questionnaire.publish",
        user_id=user_id,
        actor=actor,
        questionnaire=questionnaire.key,
        sha256=questionnaire.sha256,
    )
    return Publication(questionnaire, created=True)


def publish_file(
    sessions: sessionmaker[Session],
    registry: QuestionnaireRegistry,
    data: bytes,
    source: str,
    *,
    user_id: uuid.UUID | None,
    actor: str | None = None,
) -> Publication:
    """``publish`` in a transaction of its own; when another request published the same version meanwhile
    (the key is taken at commit), it is decided again against that row: the same content or a 409."""
    try:
        with sessions() as session, session.begin():
            return publish(session, registry, data, source, user_id=user_id, actor=actor)
    except IntegrityError:
        pass
    with sessions() as session, session.begin():
        return publish(session, registry, data, source, user_id=user_id, actor=actor)


def content_of(registry: QuestionnaireRegistry, questionnaire_id: str, version: str) -> KnownVersion:
    found = registry.version(f"{questionnaire_id}@{version}")
    if found is None:
        raise NotFoundError(
            Text(
                f"Vragenlijst {questionnaire_id}@{version} bestaat niet",
                f"Questionnaire {questionnaire_id}@{version} does not exist",
            )
        )
    return found


def newest_first(versions: Mapping[str, KnownVersion]) -> list[KnownVersion]:
    def order(known: KnownVersion) -> tuple[str, tuple[int, ...]]:
        q = known.questionnaire
        return q.id, tuple(int(part) for part in q.version.split(".") if part.isdigit())

    return sorted(versions.values(), key=order, reverse=True)


def pretty(content: Mapping[str, Any]) -> str:
    """A definition as a readable file, for downloads."""
    return json.dumps(content, ensure_ascii=False, indent=2) + "\n"
