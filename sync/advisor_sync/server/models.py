"""The server's data model (SQLAlchemy 2, typed, its own metadata).

Records (companies, scans, plans, vouchers) keep the latest state of each
record plus a ``version``: the value of the server's one change counter at
the record's last change. Versions are unique and grow in commit order, so a
pull "since cursor N" is a range query and never misses a change. Deleted
records stay as scrubbed tombstones so every device learns of the deletion.
Answers and plan actions live inside their record as JSON: they travel and
change with it.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from advisor_app.dbkit.questionnaires import StoredQuestionnaireVersion
from advisor_app.dbkit.types import UTCDateTime, utcnow

Id64 = BigInteger().with_variant(Integer(), "sqlite")
"""64-bit keys; SQLite only autoincrements a column declared INTEGER."""


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    """Stored in lower case; logins are case-insensitive."""
    display_name: Mapped[str] = mapped_column(String(500), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(Base):
    """A device a user logged in on; its token is stored only as a SHA-256 digest."""

    __tablename__ = "devices"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class LoginAttempt(Base):
    """Kept in the database so the rate limit holds across processes and hosts."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_username_at", "username", "at"),
        Index("ix_login_attempts_remote_at", "remote", "at"),
    )

    id: Mapped[int] = mapped_column(Id64, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100))
    remote: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    succeeded: Mapped[bool]


class DashboardSession(Base):
    """A coordinator's browser session on the dashboard; the cookie holds the token, this row only its SHA-256."""

    __tablename__ = "dashboard_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    remote: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class AuditEntry(Base):
    """Append-only (a trigger refuses UPDATE and DELETE) and hash-chained: see ``crud.audit``."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Id64, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[uuid.UUID | None]
    device_id: Mapped[uuid.UUID | None]
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(20))
    record_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    version: Mapped[int | None] = mapped_column(BigInteger)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actor: Mapped[str | None] = mapped_column(String(200))
    """Who acted when no server user did: ``cli:<OS user>`` for the command line."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChangeCounter(Base):
    """One row; pushes lock it, so versions are handed out in commit order."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class VersionClaim(Base):
    """A range of versions a writer took from the counter and has not committed yet (``services.versions``).

    On PostgreSQL a push claims its versions in a short transaction of its own and ends the claim in the
    commit that writes them, so a pull reads no further than the lowest open claim.
    """

    __tablename__ = "version_claims"

    low: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    high: Mapped[int] = mapped_column(BigInteger)
    claimed_at: Mapped[datetime]


class PushBatch(Base):
    """The first answer to each batch id, returned unchanged when the batch is replayed."""

    __tablename__ = "push_batches"

    batch_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    response: Mapped[dict[str, Any]]
    mentions: Mapped[list[PushBatchMention]] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    @validates("response")
    def _index_the_records_named(self, _key: str, response: dict[str, Any]) -> dict[str, Any]:
        """Whoever stores an answer indexes the records it names with it, so an erasure finds the answer by id."""
        self.mentions = [PushBatchMention(record_id=record_id) for record_id in sorted(ids_named_in(response))]
        return response


class PushBatchMention(Base):
    """A record a remembered push answer names: the index by which an erasure forgets the answer.

    An answer names the records it settled, and a conflict's answer the references in the server's
    copy too; every id anywhere in the answer is indexed (``services.erasure.forget_traces``). Gone
    with its answer (``ON DELETE CASCADE``, also when old answers are dropped in bulk).
    """

    __tablename__ = "push_batch_mentions"

    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("push_batches.batch_id", ondelete="CASCADE"), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, index=True)


_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def ids_named_in(document: dict[str, Any]) -> set[uuid.UUID]:
    """Every id written anywhere in a JSON document (a key, a value, inside a text): what it could give away."""
    return {uuid.UUID(found) for found in _UUID_TEXT.findall(json.dumps(document))}


class Record(Base):
    """What every synced record carries on the server."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, index=True)
    deleted: Mapped[bool] = mapped_column(default=False)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    """The user who first pushed the record."""
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    """Per field a push edited after the record's creation, the version the record had before (``_Out.edited``)."""
    origin: Mapped[uuid.UUID | None]
    """The sync run whose push wrote this state (``services.versions.run_origin``); None after any other write.

    A pull by the same run leaves the record out: the device holds exactly this state already.
    """


class CompanyPart(Record):
    """A record about one company (scan, plan, voucher): erased with it."""

    __abstract__ = True

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)


class CompanyRecord(Record):
    __tablename__ = "companies"
    __table_args__ = (
        Index(
            "uq_companies_kvk_live",
            "kvk",
            unique=True,
            sqlite_where=text("deleted = 0"),
            postgresql_where=text("NOT deleted"),
        ),
    )

    name: Mapped[str] = mapped_column(String(500))
    kvk: Mapped[str] = mapped_column(String(8))
    sector: Mapped[str] = mapped_column(String(40), index=True)
    employees: Mapped[int | None]
    size_band: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    consent: Mapped[bool] = mapped_column(default=False)
    consent_at: Mapped[datetime | None]
    created_by: Mapped[str] = mapped_column(String(200), default="")


class CompanyAssignment(Base):
    """A coordinator gave an advisor a company someone else registered."""

    __tablename__ = "company_assignments"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)
    assigned_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class ScanRecord(CompanyPart):
    __tablename__ = "scans"

    advisor: Mapped[str] = mapped_column(String(200), default="")
    questionnaire_id: Mapped[str] = mapped_column(String(40))
    questionnaire_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), index=True)
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]
    revision_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scans.id"), index=True)
    """Indexed: "completed and not replaced by a completed revision" is asked for every benchmark."""
    follow_up_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scans.id"))
    intake: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ambitions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary_notes: Mapped[str] = mapped_column(Text, default="")
    answers: Mapped[list[Any]] = mapped_column(default=list)


class PlanRecord(CompanyPart):
    __tablename__ = "plans"

    scan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scans.id"))
    title: Mapped[str] = mapped_column(String(300), default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[list[Any]] = mapped_column(default=list)


class VoucherRecord(CompanyPart):
    __tablename__ = "vouchers"

    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plans.id"))
    amount_cents: Mapped[int]
    own_contribution_cents: Mapped[int] = mapped_column(default=0)
    supplier: Mapped[str] = mapped_column(String(300), default="")
    deliverables: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    status_changed_at: Mapped[datetime | None]


class StoredFile(Base):
    """A file (PDF report) by its SHA-256; kept in the database so every host behind a load balancer sees it."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    uploaded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class FileLink(Base):
    """Who uploaded a file under which name, and the scan it belongs to when known."""

    __tablename__ = "file_links"

    id: Mapped[int] = mapped_column(Id64, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    scan_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)


class BenchmarkSnapshot(Base):
    """Benchmarks per questionnaire version, recomputed when a scan or company changed since ``as_of``."""

    __tablename__ = "benchmark_snapshots"

    questionnaire_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    as_of: Mapped[int] = mapped_column(BigInteger)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)
    groups: Mapped[list[Any]] = mapped_column(default=list)


class QuestionnaireVersion(StoredQuestionnaireVersion, Base):
    """A version of the scan a coordinator published: its canonical JSON and that content's SHA-256.

    Its columns are the device's (``dbkit.questionnaires``). Written once and never changed
    (``services.questionnaires``); a row whose content no longer matches its hash is refused when
    read, so an edited copy is never scored as the original.
    """

    __tablename__ = "questionnaire_versions"

    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str | None] = mapped_column(String(200))
    """Who published it when no server user did: ``cli:<OS user>``."""


RECORD_MODELS: dict[str, type[Record]] = {
    "company": CompanyRecord,
    "scan": ScanRecord,
    "plan": PlanRecord,
    "voucher": VoucherRecord,
}
COMPANY_PARTS: dict[str, type[CompanyPart]] = {"scan": ScanRecord, "plan": PlanRecord, "voucher": VoucherRecord}
