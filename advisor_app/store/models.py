"""The local data model (SQLAlchemy 2, typed).

Every row that syncs has a UUID made on the device, ``updated_at``, the
server version it was last synced at, a ``dirty`` flag (pending push) and a
tombstone instead of a hard delete, so the sync never has to guess.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..dbkit.questionnaires import StoredQuestionnaireVersion
from ..dbkit.types import UTCDateTime, utcnow


class Base(DeclarativeBase):
    # float -> Float as in the migrations (SQLAlchemy 2.1 would pick Double; `make check-migrations` compares them).
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), dict[str, Any]: JSON(), float: Float()}


class Synced:
    """Columns every synced entity carries."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    server_version: Mapped[int | None] = mapped_column(default=None)
    deleted: Mapped[bool] = mapped_column(default=False)
    dirty: Mapped[bool] = mapped_column(default=True, index=True)


class AdvisorProfile(Base):
    """The person using this device; one row."""

    __tablename__ = "advisor_profile"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    language: Mapped[str] = mapped_column(String(2), default="nl")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Company(Synced, Base):
    __tablename__ = "company"
    __table_args__ = (Index("uq_company_kvk_live", "kvk", unique=True, sqlite_where=text("deleted = 0")),)

    name: Mapped[str] = mapped_column(String(500))
    kvk: Mapped[str] = mapped_column(String(8))
    sector: Mapped[str] = mapped_column(String(40))
    employees: Mapped[int | None]
    size_band: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    consent: Mapped[bool] = mapped_column(default=False)
    consent_at: Mapped[datetime | None]
    created_by: Mapped[str] = mapped_column(String(200), default="")

    scans: Mapped[list[Scan]] = relationship(back_populates="company", order_by="Scan.started_at")


class Scan(Synced, Base):
    __tablename__ = "scan"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    advisor: Mapped[str] = mapped_column(String(200), default="")
    questionnaire_id: Mapped[str] = mapped_column(String(40))
    questionnaire_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]
    revision_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scan.id"), index=True)
    follow_up_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scan.id"))
    intake: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ambitions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary_notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(String(40), default="")

    company: Mapped[Company] = relationship(back_populates="scans")
    answers: Mapped[list[Answer]] = relationship(back_populates="scan", cascade="all, delete-orphan", order_by="Answer.item_id")


class Answer(Base):
    """One item's answer; synced as part of its scan."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("scan_id", "item_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    scan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scan.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(20))
    score: Mapped[int | None]
    not_applicable: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    scan: Mapped[Scan] = relationship(back_populates="answers")


class Plan(Synced, Base):
    """The implementation plan drawn from a scan's improvement areas."""

    __tablename__ = "plan"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    scan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scan.id"))
    title: Mapped[str] = mapped_column(String(300), default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")

    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanAction.position"
    )


class PlanAction(Base):
    """One action of a plan; synced as part of its plan."""

    __tablename__ = "plan_action"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    dimension_id: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="open")

    plan: Mapped[Plan] = relationship(back_populates="actions")


class Voucher(Synced, Base):
    __tablename__ = "voucher"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan.id"))
    amount_cents: Mapped[int]
    own_contribution_cents: Mapped[int] = mapped_column(default=0)
    supplier: Mapped[str] = mapped_column(String(300), default="")
    deliverables: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    status_changed_at: Mapped[datetime | None]


class BenchmarkCache(Base):
    """Sector and programme benchmarks as last received from the server."""

    __tablename__ = "benchmark_cache"

    questionnaire_version: Mapped[str] = mapped_column(String(20), primary_key=True)
    group_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int]
    means: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sii: Mapped[float | None]
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """Companies behind a dimension's mean where fewer than ``n`` (``BenchmarkGroup.counts``)."""
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScanResultCache(Base):
    """The stored result of a scan's current answers, a draft's or a completed scan's: derived, kept only to
    spare scoring it again (``services.result_cache``).

    ``scan_id`` is the scan's id in its stored hex form. Triggers (migration 0007) delete the row when the
    scan's answers, ambitions, status or questionnaire change, whatever its status; ``basis`` names the
    questionnaire version and scoring model.
    """

    __tablename__ = "scan_result"

    scan_id: Mapped[str] = mapped_column(String(32), ForeignKey("scan.id", ondelete="CASCADE"), primary_key=True)
    basis: Mapped[str] = mapped_column(String(200))
    answers_hash: Mapped[str] = mapped_column(String(64))
    answered: Mapped[int]
    sii: Mapped[float | None]
    stage: Mapped[str | None] = mapped_column(String(20))
    result: Mapped[str] = mapped_column(Text)


class QuestionnaireDefinition(StoredQuestionnaireVersion, Base):
    """A version of the scan received from the server, as it was published: content and its SHA-256.

    Its columns are the server's (``dbkit.questionnaires``). Checked against its hash each time it is
    read (``services.questionnaires``); shipped versions stay in the app's resources and are not stored here.
    """

    __tablename__ = "questionnaire_version"

    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncState(Base):
    """Small key/value facts about syncing (cursor, last sync, server URL)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class WorkspaceSetting(Base):
    """Facts about the data folder as a whole, such as ``kind`` (``demo`` or ``real``); see ``workspace.py``."""

    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncBase(Base):
    """A record as last agreed with the server: the base of the sync's three-way merge.

    ``data`` is the protocol document in canonical JSON form and ``version``
    the server version it had, so a merge can tell which side changed a field.
    """

    __tablename__ = "sync_base"

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int]
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(default=False, server_default=false())
    """Whether the agreed copy is the server's tombstone: "keep the server's" then deletes the record again."""


class SyncTouched(Base):
    """A field of a record changed here since the copy agreed with the server, named as the merge flattens it.

    The three-way merge compares values: a field edited here and then back to its agreed value (Jan, Piet,
    Jan) looked untouched, and the server's newer value replaced the advisor's last word without a conflict.
    A row here says the advisor did edit ``field`` (``name``, ``intake.size_class``, ``answers.D1.2``,
    ``actions.<id>``); the merge then offers the local value as a conflict. Rows go when the record is clean.
    """

    __tablename__ = "sync_touched"

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(String(200), primary_key=True)


class SyncConflict(Base):
    """A local value the server's copy overruled, or a change the server refused; kept until the advisor decides.

    ``kind`` is ``field`` (both sides changed ``field``), ``deleted`` (one side
    deleted the record, the other changed it) or ``rejected`` (the server
    refused the change, ``reason`` says why). ``mine`` and ``theirs`` hold
    ``{"value": ...}``, or NULL where that side has no value.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(String(500), default="")
    field: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default="field")
    mine: Mapped[dict[str, Any] | None]
    theirs: Mapped[dict[str, Any] | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)
    resolution: Mapped[str | None] = mapped_column(String(10))
