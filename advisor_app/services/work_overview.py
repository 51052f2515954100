"""The state of work at a glance: drafts to finish, completed scans not yet sent, and what the server holds.

Like a field-data app's Drafts / Ready to send / Sent. Three plain queries
whatever the number of scans (no scoring: the overview only says where each scan
stands), returned as immutable views the desktop can hand between threads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from ..domain.errors import BasisscanError
from ..domain.vocabulary import ScanStatus
from ..store.database import Database
from ..store.models import Answer, Company, Scan
from ..store.settings import DEMO_KIND, KIND_KEY, get_setting
from .questionnaires import QuestionnaireCatalogue


@dataclass(frozen=True)
class WorkItem:
    scan_id: uuid.UUID
    company_id: uuid.UUID
    company: str
    started_at: datetime
    completed_at: datetime | None
    answered: int
    total: int
    position: str
    """Where a draft stopped (a question id such as ``D2.3``, ``review``, or empty: the start)."""
    revision: bool
    """A correction of a completed scan."""


@dataclass(frozen=True)
class WorkOverview:
    drafts: tuple[WorkItem, ...]
    """Open scans, the most recently touched first."""
    ready: tuple[WorkItem, ...]
    """Completed scans the server does not hold yet (changed here since the last sync)."""
    sent: tuple[WorkItem, ...]
    """Completed scans the server holds as they are here, newest first."""
    demo: bool
    """A demo folder: nothing in it is ever sent."""

    @property
    def count(self) -> int:
        return len(self.drafts) + len(self.ready) + len(self.sent)


def work_overview(db: Database, catalogue: QuestionnaireCatalogue) -> WorkOverview:
    answered = (
        select(Answer.scan_id, func.count().label("answered"))
        .where(or_(Answer.score.is_not(None), Answer.not_applicable))
        .group_by(Answer.scan_id)
        .subquery()
    )
    query = (
        select(Scan, Company.name, func.coalesce(answered.c.answered, 0))
        .join(Company, Company.id == Scan.company_id)
        .outerjoin(answered, answered.c.scan_id == Scan.id)
        .where(Scan.deleted.is_(False), Company.deleted.is_(False))
        .order_by(Scan.updated_at.desc(), Scan.started_at.desc(), Scan.id)
    )
    drafts: list[WorkItem] = []
    ready: list[WorkItem] = []
    sent: list[WorkItem] = []
    totals: dict[tuple[str, str], int] = {}
    with db.read() as session:
        demo = get_setting(session, KIND_KEY) == DEMO_KIND
        for scan, company, count in session.execute(query):
            key = (scan.questionnaire_id, scan.questionnaire_version)
            if key not in totals:
                totals[key] = _total(catalogue, *key)
            item = WorkItem(
                scan.id,
                scan.company_id,
                company,
                scan.started_at,
                scan.completed_at,
                int(count),
                totals[key],
                scan.position,
                scan.revision_of_id is not None,
            )
            if scan.status != ScanStatus.COMPLETED:
                drafts.append(item)
            elif demo or scan.dirty or scan.server_version is None:
                ready.append(item)
            else:
                sent.append(item)
    sent.sort(key=lambda item: item.completed_at or item.started_at, reverse=True)
    return WorkOverview(tuple(drafts), tuple(ready), tuple(sent), demo)


def _total(catalogue: QuestionnaireCatalogue, questionnaire_id: str, version: str) -> int:
    try:
        return len(catalogue.get(questionnaire_id, version).item_ids)
    except BasisscanError:
        return 0
