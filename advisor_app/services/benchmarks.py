"""Sector and programme benchmarks as this device knows them.

The server's figures (cached at each sync) win; until a device has synced it
falls back to the completed scans on hand, which the results screen labels
with their ``n`` like any other benchmark. Either way a group counts each
company once and leaves out the company it is shown to (``domain.benchmarks``).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from ..dbkit.types import utcnow
from ..domain import invariants
from ..domain.adoption import Population
from ..domain.benchmarks import PROGRAMME, Member, build_benchmarks, latest_per_company, leave_out
from ..domain.benchmarks import population as programme_population
from ..domain.invariants import ScanFacts
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import BenchmarkGroup
from ..domain.vocabulary import ScanStatus
from ..store import listing
from ..store.database import Database
from ..store.models import BenchmarkCache, Company, Scan
from .benchmark_members import keep_members, kept_members
from .collector import collection_paused
from .questionnaires import QuestionnaireCatalogue
from .result_cache import AMBITIONS_TEXT, ResultCache, ToScore

SERVER_GROUPS = "SELECT group_key, n, means, sii, counts FROM benchmark_cache WHERE questionnaire_version = ?"
"""``BenchmarkCache``'s rows as the ORM reads them (``means`` and ``counts`` are JSON text), in the table's order."""


@dataclass
class _Scored:
    """The current completed scans with their results, and what was built from them while they hold.

    A report asks for the groups three times and the population twice; building them is most of its
    time at 10,000 scans, so each is built once per state of the completed scans (the fingerprint).
    """

    fingerprint: tuple[str, str | None]
    members: list[Member]
    groups: dict[str | None, dict[str, BenchmarkGroup]] = field(default_factory=dict)
    population: Population | None = None


class BenchmarkService:
    def __init__(self, db: Database, catalogue: QuestionnaireCatalogue) -> None:
        self.db = db
        self.catalogue = catalogue
        self._cache: _Scored | None = None
        self._held = threading.local()
        self.results = ResultCache(db)

    @contextmanager
    def steady(self) -> Iterator[None]:
        """Inside, this thread's reads take the state of the completed scans once, at the first look.

        A report asks for the groups three times and the population twice; with one look, all of them are
        built from one state of the data even when a sync commits in between (and the look is one read).
        The groups a company is compared with are read once too: each read looks at the server's figures
        first, and three reads of them were a tenth of a report in the running app.
        """
        if getattr(self._held, "state", None) is not None:
            yield
            return
        self._held.state, self._held.groups = {}, {}
        try:
            yield
        finally:
            self._held.state = self._held.groups = None

    def groups(self, questionnaire: Questionnaire, company_id: uuid.UUID | None = None) -> dict[str, BenchmarkGroup]:
        """The groups a company is compared with; ``company_id`` (the company shown) is left out of them."""
        held: dict[object, dict[str, BenchmarkGroup]] | None = getattr(self._held, "groups", None)
        if held is None:
            return self._groups(questionnaire, company_id)
        key = (questionnaire.key, company_id)
        if key not in held:
            held[key] = self._groups(questionnaire, company_id)
        return dict(held[key])

    def _groups(self, questionnaire: Questionnaire, company_id: uuid.UUID | None) -> dict[str, BenchmarkGroup]:
        cached = self.cached(questionnaire.version)
        if not cached:
            return self.local(questionnaire, company_id)
        counted = self._counted_by_server(questionnaire, company_id) if company_id is not None else None
        if counted is None:
            return cached
        return {
            key: leave_out(group, counted.result) if key in (counted.sector, PROGRAMME) else group
            for key, group in cached.items()
        }

    def cached(self, version: str) -> dict[str, BenchmarkGroup]:
        """The server's figures for ``version`` as last received (none before a first sync), read on the driver."""
        with self.db.plain_read() as connection:
            rows = connection.execute(SERVER_GROUPS, (version,)).fetchall()
        return {key: BenchmarkGroup(key, n, json.loads(means), sii, json.loads(counts)) for key, n, means, sii, counts in rows}

    def _counted_by_server(self, questionnaire: Questionnaire, company_id: uuid.UUID) -> Member | None:
        """The company's scan in the server's figures: its latest completed scan that had been synced."""
        own = [m for m in self._scored(questionnaire) if m.company_id == str(company_id)]
        with self.db.read() as session:
            synced = {
                str(scan_id)
                for scan_id in session.scalars(
                    select(Scan.id).where(Scan.company_id == company_id, Scan.server_version.is_not(None))
                )
            }
        chosen = latest_per_company(m for m in own if m.scan_id in synced)
        return chosen[0] if chosen else None

    def store_from_server(self, version: str, groups: Iterable[BenchmarkGroup]) -> None:
        """Replace the cache for ``version`` with what the server sent, counts per dimension included."""
        with self.db.session() as session:
            session.execute(delete(BenchmarkCache).where(BenchmarkCache.questionnaire_version == version))
            for group in groups:
                session.add(
                    BenchmarkCache(
                        group_key=group.key,
                        questionnaire_version=version,
                        n=group.n,
                        means=dict(group.means),
                        sii=group.sii,
                        counts=dict(group.counts),
                        received_at=utcnow(),
                    )
                )

    def local(self, questionnaire: Questionnaire, company_id: uuid.UUID | None = None) -> dict[str, BenchmarkGroup]:
        scored = self._current(questionnaire)
        leaving_out = None if company_id is None else str(company_id)
        if leaving_out not in scored.groups:
            scored.groups[leaving_out] = build_benchmarks(scored.members, leaving_out=leaving_out)
        return dict(scored.groups[leaving_out])

    def population(self, questionnaire: Questionnaire) -> Population:
        """Adoption composites of the companies on hand (one each), for Rogers percentiles."""
        scored = self._current(questionnaire)
        if scored.population is None:
            scored.population = programme_population(scored.members)
        return scored.population

    def _scored(self, questionnaire: Questionnaire) -> list[Member]:
        return self._current(questionnaire).members

    def _current(self, questionnaire: Questionnaire) -> _Scored:
        """Current completed scans with their results, recomputed only after what they are made of changed.

        A results screen or a report asks for groups and population several times; the state of the
        completed scans (``store.listing.completed_scans_state``) changes with every change to them or their
        companies' sectors, and not with a draft's autosave. Without a state nothing is kept.
        """
        state = self._state_of_scans()
        fingerprint = (questionnaire.key, state)
        if self._cache is None or self._cache.fingerprint != fingerprint or state is None:
            with collection_paused():  # 10,000 members with their parts, none in a cycle
                with self.db.plain_read() as connection:
                    kept = kept_members(connection, questionnaire, state)
                self._cache = _Scored(fingerprint, kept if kept is not None else self._members(questionnaire, state))
        return self._cache

    def _members(self, questionnaire: Questionnaire, state: str | None) -> list[Member]:
        """The members from the stored results of completed scans (services.result_cache), scored only where missing.

        They were scored with the scan's ambitions, which move its priorities only, never the dimension means,
        index or output mean that the groups and the population are made of. Kept for the next process.
        """
        current = self._current_scans(questionnaire)
        outcomes = self.results.results(ToScore(row[0].hex, questionnaire, row[4]) for row in current)
        members = [
            Member(str(company_id), sector, completed_at or utcnow(), str(scan_id), outcomes[scan_id.hex].result())
            for scan_id, company_id, sector, completed_at, _ in current
        ]
        keep_members(self.db, questionnaire, state, members)
        return members

    def _state_of_scans(self) -> str | None:
        held: dict[str, str | None] | None = getattr(self._held, "state", None)
        if held is not None and "state" in held:
            return held["state"]
        with self.db.plain_read() as connection:
            state = listing.completed_scans_state(connection)
        if held is not None:
            held["state"] = state
        return state

    def _current_scans(self, questionnaire: Questionnaire) -> list[tuple[uuid.UUID, uuid.UUID, str, datetime | None, Any]]:
        """Completed scans that no completed revision replaced, with their ambitions (to score a missing result)."""
        with self.db.read() as session:
            # The rulebook decides which scans are replaced (invariants.superseded_ids, as on the server), over
            # the few scans that revise another; a correlated NOT EXISTS in SQL had SQLite walk the status
            # index for each of 10,000 scans once 0009 rebuilt the table (158 s for one report).
            superseded = invariants.superseded_ids(
                ScanFacts(*row)
                for row in session.execute(
                    select(Scan.id, Scan.company_id, Scan.status, Scan.deleted, Scan.revision_of_id).where(
                        Scan.revision_of_id.is_not(None)
                    )
                )
            )
            query = (
                select(Scan.id, Scan.company_id, Company.sector, Scan.completed_at, AMBITIONS_TEXT)
                .join(Company, Company.id == Scan.company_id)
                .where(
                    Scan.status == ScanStatus.COMPLETED,
                    ~Scan.deleted,
                    ~Company.deleted,
                    Scan.questionnaire_id == questionnaire.id,
                    Scan.questionnaire_version == questionnaire.version,
                )
            )
            return [(row[0], row[1], row[2], row[3], row[4]) for row in session.execute(query) if row[0] not in superseded]
