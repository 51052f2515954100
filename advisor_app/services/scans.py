"""Running a scan: start, answer (durably), complete, revise, follow up."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from ..dbkit.kept_writer import PlainStatements
from ..dbkit.types import utcnow
from ..domain import invariants
from ..domain.flat_fields import answer_field
from ..domain.invariants import ScanFacts
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import ScanResult
from ..domain.text import Text
from ..domain.vocabulary import ScanStatus
from ..errors import NotFoundError
from ..store.database import Database
from ..store.models import Answer, Company, Scan
from ..store.settings import OPEN_SCAN_KEY, get_setting, set_setting
from ..store.touched import TOUCH
from . import scan_listing
from .benchmarks import BenchmarkService
from .companies import company_view
from .questionnaires import QuestionnaireCatalogue
from .result_cache import ResultCache
from .scan_listing import ScanSummary

if TYPE_CHECKING:
    from .views import ScanRecord, ScanView

__all__ = ["SCAN", "PreviousAnswers", "ScanService", "ScanSummary", "facts_of", "scan_record"]
"""``ScanSummary`` lives with the listing (``services.scan_listing``) and is named from here too, beside the service;
``ScanView`` and ``answers_of`` are named only in ``services.views``, which imports pydantic: the workspace opens
without it, and the first view built imports it."""

SCAN = Text("Scan", "Scan")

_SCANS, _ANSWERS = cast(Table, Scan.__table__), cast(Table, Answer.__table__)
MARK_DRAFT_CHANGED = (
    update(_SCANS)
    .where(_SCANS.c.id == bindparam("scan_id"), _SCANS.c.status != ScanStatus.COMPLETED, ~_SCANS.c.deleted)
    .values(updated_at=bindparam("now"), position=bindparam("position"))
    .returning(_SCANS.c.questionnaire_id, _SCANS.c.questionnaire_version, _SCANS.c.server_version, _SCANS.c.dirty)
)
"""Statement one of an answer's save: a live draft only (a completed scan is frozen), its moment and position moved.

``dirty`` is not in it: SQLite rewrites an index entry of every column an UPDATE sets, changed or not, so
setting ``dirty`` on a draft that already is (every save after the first since a sync) wrote the page of
``ix_scan_dirty`` again, one of a save's three pages to the log and its fsync. :data:`MARK_DIRTY` sets it
where it was not."""
MARK_DIRTY = update(_SCANS).where(_SCANS.c.id == bindparam("scan_id")).values(dirty=True)
"""The draft marked for the next push, in the same transaction, where statement one found it clean."""
_UPSERT = sqlite_insert(_ANSWERS)
SAVE_ANSWER = _UPSERT.on_conflict_do_update(
    index_elements=[_ANSWERS.c.scan_id, _ANSWERS.c.item_id],
    set_={
        "score": _UPSERT.excluded.score,
        "not_applicable": _UPSERT.excluded.not_applicable,
        "updated_at": _UPSERT.excluded.updated_at,
    },
)
"""Statement two: the answer, new or over the old one (its note stays)."""
SAVE_NOTE = _UPSERT.on_conflict_do_update(
    index_elements=[_ANSWERS.c.scan_id, _ANSWERS.c.item_id],
    set_={"note": _UPSERT.excluded.note, "updated_at": _UPSERT.excluded.updated_at},
)
"""Statement two of a note's save: the note, new or over the old one (the score stays)."""


@dataclass(frozen=True)
class PreviousAnswers:
    """What the scan a follow-up compares with answered, item by item: read-only values for the wizard.

    Shown beside each item so the conversation can turn to what changed; never
    copied into the new scan's answers.
    """

    scan_id: uuid.UUID
    completed_at: datetime | None
    answers: Mapping[str, int | None]
    """Answered items only: a score, or ``None`` for "don't know / n.a."."""
    ambitions: Mapping[str, int]


def scan_record(scan: Scan) -> ScanRecord:
    from .views import AnswerView, ScanRecord  # pydantic with the first view, not with the workspace (``services.views``)

    return ScanRecord.model_construct(
        id=scan.id,
        company_id=scan.company_id,
        advisor=scan.advisor,
        questionnaire_id=scan.questionnaire_id,
        questionnaire_version=scan.questionnaire_version,
        status=scan.status,
        started_at=scan.started_at,
        completed_at=scan.completed_at,
        revision_of_id=scan.revision_of_id,
        follow_up_of_id=scan.follow_up_of_id,
        intake=MappingProxyType(dict(scan.intake)),
        ambitions=MappingProxyType(dict(scan.ambitions)),
        summary_notes=scan.summary_notes,
        position=scan.position,
        answers=tuple(
            AnswerView.model_construct(item_id=a.item_id, score=a.score, not_applicable=a.not_applicable, note=a.note)
            for a in scan.answers
        ),
        created_at=scan.created_at,
        updated_at=scan.updated_at,
        dirty=scan.dirty,
    )


def facts_of(scan: Scan) -> ScanFacts:
    """What the rulebook needs to know of a stored scan."""
    return ScanFacts(scan.id, scan.company_id, scan.status, scan.deleted, scan.revision_of_id)


class ScanService:
    def __init__(self, db: Database, catalogue: QuestionnaireCatalogue, benchmarks: BenchmarkService) -> None:
        self.db = db
        self.catalogue = catalogue
        self.benchmarks = benchmarks
        self.results = ResultCache(db)

    # -- starting -----------------------------------------------------------

    def start(self, company_id: uuid.UUID, advisor: str = "") -> ScanRecord:
        """A new draft on the current questionnaire; a later scan follows up the last completed one."""
        questionnaire = self.catalogue.current
        with self.db.session() as session:
            company = session.get(Company, company_id)
            if company is None or company.deleted:
                raise NotFoundError(Text("Bedrijf", "Company"), company_id)
            previous = self._latest_completed(session, company_id)
            scan = Scan(
                company_id=company_id,
                advisor=advisor,
                questionnaire_id=questionnaire.id,
                questionnaire_version=questionnaire.version,
                follow_up_of_id=previous.id if previous else None,
                intake={"size_class": company.size_band} if company.size_band else {},
                ambitions={},
                answers=[],
            )
            session.add(scan)
            session.flush()
            return scan_record(scan)

    def revise(self, scan_id: uuid.UUID) -> ScanRecord:
        """Correct a completed scan: a new draft revision pointing to it (or the open one)."""
        with self.db.session() as session:
            old = self._live(session, scan_id)
            revisions = list(session.scalars(select(Scan).where(Scan.revision_of_id == scan_id, ~Scan.deleted)))
            open_revision = next((r for r in revisions if r.status == ScanStatus.DRAFT), None)
            revision_id = open_revision.id if open_revision is not None else uuid.uuid4()
            invariants.check_revision(
                ScanFacts(revision_id, old.company_id, ScanStatus.DRAFT, revision_of_id=old.id),
                facts_of(old),
                [facts_of(r) for r in revisions],
            )
            if open_revision is not None:
                return scan_record(open_revision)
            revision = Scan(
                id=revision_id,
                company_id=old.company_id,
                advisor=old.advisor,
                questionnaire_id=old.questionnaire_id,
                questionnaire_version=old.questionnaire_version,
                revision_of_id=old.id,
                follow_up_of_id=old.follow_up_of_id,
                intake=dict(old.intake),
                ambitions=dict(old.ambitions),
                summary_notes=old.summary_notes,
                answers=[
                    Answer(item_id=a.item_id, score=a.score, not_applicable=a.not_applicable, note=a.note) for a in old.answers
                ],
            )
            session.add(revision)
            session.flush()
            return scan_record(revision)

    # -- answering (every call is durable when it returns) -------------------

    def answer(self, scan_id: uuid.UUID, item_id: str, score: int | None, *, not_applicable: bool = False) -> None:
        """Set a score (1-5), or "don't know / n.a." with ``not_applicable``; ``score=None`` alone clears it.

        Plain statements in one durable transaction (an autosave per key press): the scan is marked changed
        while checking it is a live draft, the answer is written over its old value, and the item is marked
        edited here if the server has the scan (``store.touched``: the sync's merge then never mistakes a value
        typed back for no edit; a draft never synced has nothing to merge with, and its first push sends it whole).
        """
        with self.db.statements() as connection:
            now = utcnow()
            questionnaire = self._mark_draft_changed(connection, scan_id, item_id, now)
            stored = invariants.check_answer(questionnaire, item_id, score, not_applicable=not_applicable)
            connection.execute(
                SAVE_ANSWER,
                {**self._new_answer(scan_id, item_id, now), "score": stored, "not_applicable": not_applicable},
            )

    def note(self, scan_id: uuid.UUID, item_id: str, text: str) -> None:
        """Keep the advisor's note on an item; durable like an answer, in the same statements."""
        with self.db.statements() as connection:
            now = utcnow()
            questionnaire = self._mark_draft_changed(connection, scan_id, item_id, now)
            invariants.known_item(questionnaire, item_id)
            connection.execute(SAVE_NOTE, {**self._new_answer(scan_id, item_id, now), "note": text.strip()})

    def set_intake(self, scan_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        with self.db.session() as session:
            scan, questionnaire = self._draft(session, scan_id)
            intake = dict(scan.intake)
            for key, value in values.items():
                intake[key] = invariants.clean_intake(questionnaire, key, value)
            scan.intake = intake

    def set_ambition(self, scan_id: uuid.UUID, dimension_id: str, level: int) -> None:
        with self.db.session() as session:
            scan, questionnaire = self._draft(session, scan_id)
            level = invariants.check_ambition(questionnaire, dimension_id, level)
            scan.ambitions = {**scan.ambitions, dimension_id: level}

    def clear_ambition(self, scan_id: uuid.UUID, dimension_id: str) -> None:
        """Take an ambition back (an undo in the wizard): the dimension counts as medium again."""
        with self.db.session() as session:
            scan, _ = self._draft(session, scan_id)
            scan.ambitions = {key: level for key, level in scan.ambitions.items() if key != dimension_id}

    def set_summary_notes(self, scan_id: uuid.UUID, text: str) -> None:
        with self.db.session() as session:
            scan, _ = self._draft(session, scan_id)
            scan.summary_notes = text.strip()

    def set_position(self, scan_id: uuid.UUID, position: str) -> None:
        """Where the advisor is in the wizard, so reopening resumes there (not synced as a change)."""
        with self.db.session() as session:
            scan = self._live(session, scan_id)
            scan.position = position

    # -- completing -----------------------------------------------------------

    def missing_for_completion(self, view: ScanView) -> dict[str, int]:
        """Capability dimensions lacking scored answers, with how many more each needs."""
        return invariants.missing_for_completion(view.questionnaire, view.answers)

    def complete(self, scan_id: uuid.UUID) -> ScanRecord:
        """Freeze a draft; it needs enough answers in every capability dimension for an index."""
        with self.db.session() as session:
            scan, questionnaire = self._draft(session, scan_id)
            from .views import answers_of  # pydantic with the first view, not with the workspace (``services.views``)

            invariants.check_completable(questionnaire, answers_of(scan.answers))
            now = utcnow()
            invariants.check_scan_times(ScanStatus.COMPLETED, scan.started_at, now)
            scan.status, scan.completed_at = ScanStatus.COMPLETED, now
            session.flush()
            return scan_record(scan)

    def delete(self, scan_id: uuid.UUID) -> None:
        with self.db.session() as session:
            scan = self._live(session, scan_id)
            scan.deleted = True

    # -- reading ---------------------------------------------------------------

    def get(self, scan_id: uuid.UUID) -> ScanView:
        with self.db.read() as session:
            scan = session.scalars(
                select(Scan).options(selectinload(Scan.answers), selectinload(Scan.company)).where(Scan.id == scan_id)
            ).first()
            if scan is None or scan.deleted:
                raise NotFoundError(SCAN, scan_id)
            from .views import ScanView  # pydantic with the first view, not with the workspace (``services.views``)

            return ScanView(
                scan_record(scan),
                company_view(scan.company),
                self.catalogue.get(scan.questionnaire_id, scan.questionnaire_version),
            )

    def result(self, view: ScanView) -> ScanResult:
        """Scores with the sector benchmark the device knows (server's, else local), this company left out."""
        groups = self.benchmarks.groups(view.questionnaire, view.company.id)
        return view.scored(groups, self.benchmarks.population(view.questionnaire))

    def previous(self, view: ScanView) -> ScanView | None:
        """The scan this one follows up, for the comparison."""
        return self.get(view.scan.follow_up_of_id) if view.scan.follow_up_of_id else None

    def previous_answers(self, scan_id: uuid.UUID) -> PreviousAnswers | None:
        """The answers of the scan ``scan_id`` follows up (``None`` for a first scan), as immutable values."""
        previous = self.previous(self.get(scan_id))
        if previous is None:
            return None
        return PreviousAnswers(
            scan_id=previous.scan.id,
            completed_at=previous.scan.completed_at,
            answers=MappingProxyType(dict(previous.answers)),
            ambitions=MappingProxyType(dict(previous.ambitions)),
        )

    def mark_open(self, scan_id: uuid.UUID | None) -> None:
        """Remember the draft open in the wizard (``None``: none is); a stop of the app keeps it, leaving clears it."""
        with self.db.session() as session:
            set_setting(session, OPEN_SCAN_KEY, None if scan_id is None else str(scan_id))

    def interrupted(self) -> ScanView | None:
        """The draft that was open in the wizard when the app last stopped, while it is still a live draft."""
        with self.db.read() as session:
            value = get_setting(session, OPEN_SCAN_KEY)
        if value is None:
            return None
        try:
            view = self.get(uuid.UUID(value))
        except (ValueError, NotFoundError):
            return None
        return view if view.scan.status == ScanStatus.DRAFT else None

    def for_company(self, company_id: uuid.UUID) -> list[ScanSummary]:
        return self.summaries(company_id=company_id)

    def summaries(self, company_id: uuid.UUID | None = None, status: str | None = None) -> list[ScanSummary]:
        """Every live scan with its result, newest first (``services.scan_listing``: plain SQL, stored results)."""
        return scan_listing.summaries(self.db, self.catalogue, self.results, company_id, status)

    def headlines(self, status: str | None = None) -> list[scan_listing.Listed]:
        """The same scans as :meth:`summaries`, as their stored rows with their headlines (the Scans page, which shows
        no id but its own and no whole result: making 10,000 summaries' UUIDs and moments cost more than the query)."""
        return scan_listing.headlines(self.db, self.catalogue, self.results, status)

    # -- helpers -----------------------------------------------------------------

    def _live(self, session: Session, scan_id: uuid.UUID) -> Scan:
        scan = session.get(Scan, scan_id)
        if scan is None or scan.deleted:
            raise NotFoundError(SCAN, scan_id)
        return scan

    def _draft(self, session: Session, scan_id: uuid.UUID) -> tuple[Scan, Questionnaire]:
        scan = self._live(session, scan_id)
        invariants.check_scan_editable(facts_of(scan))
        return scan, self.catalogue.get(scan.questionnaire_id, scan.questionnaire_version)

    def _mark_draft_changed(self, connection: PlainStatements, scan_id: uuid.UUID, item_id: str, now: datetime) -> Questionnaire:
        """An answer's first statements: the live draft marked changed, and the item edited here; its questionnaire.

        This bypasses the ORM (and so the flush-time bookkeeping of ``store.bookkeeping``): the statements set
        ``dirty`` (where it was not) and ``updated_at``, as that bookkeeping does for a changed answer, and move
        ``position`` (where the wizard resumes) to the item. Where the server has the scan the item is marked edited, as the
        bookkeeping marks it. No row: not a live draft, and the ORM path says why in the user's words.
        """
        found = connection.execute(MARK_DRAFT_CHANGED, {"scan_id": scan_id, "now": now, "position": item_id}).first()
        if found is None:
            with self.db.read() as session:
                self._draft(session, scan_id)
            raise NotFoundError(SCAN, scan_id)
        if not found.dirty:
            connection.execute(MARK_DIRTY, {"scan_id": scan_id})
        if found.server_version is not None:
            connection.execute(TOUCH, {"entity": "scan", "record_id": scan_id, "field": answer_field(item_id)})
        return self.catalogue.get(found.questionnaire_id, found.questionnaire_version)

    @staticmethod
    def _new_answer(scan_id: uuid.UUID, item_id: str, now: datetime) -> dict[str, object]:
        """The values of an answer row as first written (an existing row keeps its id and its other fields)."""
        return {
            "id": uuid.uuid4(),
            "scan_id": scan_id,
            "item_id": item_id,
            "score": None,
            "not_applicable": False,
            "note": "",
            "updated_at": now,
        }

    @staticmethod
    def _latest_completed(session: Session, company_id: uuid.UUID) -> Scan | None:
        """The company's current completed scan: the newest one no completed revision replaced."""
        scans = list(session.scalars(select(Scan).where(Scan.company_id == company_id, ~Scan.deleted)))
        facts = [facts_of(scan) for scan in scans]
        current = [scan for scan in scans if scan.status == ScanStatus.COMPLETED and not invariants.is_superseded(scan.id, facts)]
        return max(current, key=lambda scan: scan.completed_at or scan.started_at, default=None)
