"""Sector and programme benchmarks as this device knows them.

The server's figures (cached at each sync) win; until a device has synced it
falls back to the completed scans on hand, which the results screen labels
with their ``n`` like any other benchmark.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import aliased

from ..domain.questionnaire import Questionnaire
from ..domain.scoring import BenchmarkGroup, ScanResult, adoption_composite, build_benchmarks, score_scan
from ..store.database import Database
from ..store.models import Answer, BenchmarkCache, Company, Scan
from ..store.types import utcnow
from .questionnaires import QuestionnaireCatalogue


class BenchmarkService:
    def __init__(self, db: Database, catalogue: QuestionnaireCatalogue) -> None:
        self.db = db
        self.catalogue = catalogue
        self._cache: tuple[tuple[object, ...], list[tuple[str, ScanResult]]] | None = None

    def groups(self, questionnaire: Questionnaire) -> dict[str, BenchmarkGroup]:
        cached = self.cached(questionnaire.version)
        return cached if cached else self.local(questionnaire)

    def cached(self, version: str) -> dict[str, BenchmarkGroup]:
        with self.db.read() as session:
            rows = session.scalars(select(BenchmarkCache).where(BenchmarkCache.questionnaire_version == version))
            return {r.group_key: BenchmarkGroup(r.group_key, r.n, dict(r.means), r.sii) for r in rows}

    def store_from_server(self, version: str, groups: Iterable[BenchmarkGroup]) -> None:
        """Replace the cache for ``version`` with what the server sent."""
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
                        received_at=utcnow(),
                    )
                )

    def local(self, questionnaire: Questionnaire) -> dict[str, BenchmarkGroup]:
        return build_benchmarks(self._scored(questionnaire))

    def population(self, questionnaire: Questionnaire) -> list[float]:
        """Adoption composites of the current scans on hand, for Rogers percentiles."""
        return [
            adoption_composite(result.sii, result.output_mean)
            for _sector, result in self._scored(questionnaire)
            if result.sii is not None
        ]

    def _scored(self, questionnaire: Questionnaire) -> list[tuple[str, ScanResult]]:
        """Current completed scans with their results, recomputed only after scans or companies changed.

        A results screen or a report asks for groups and population several times; every change
        to a scan or company moves its ``updated_at``, so the fingerprint below notices it.
        """
        with self.db.read() as session:
            fingerprint = (
                questionnaire.key,
                *session.execute(select(func.count(), func.max(Scan.updated_at)).select_from(Scan)).one(),
                *session.execute(select(func.count(), func.max(Company.updated_at)).select_from(Company)).one(),
            )
        if self._cache is None or self._cache[0] != fingerprint:
            scored = [(sector, score_scan(questionnaire, answers)) for sector, answers in self._current_answers(questionnaire)]
            self._cache = (fingerprint, scored)
        return self._cache[1]

    def _current_answers(self, questionnaire: Questionnaire) -> list[tuple[str, dict[str, int | None]]]:
        """Answers of completed scans that no completed revision replaced."""
        newer = aliased(Scan)
        superseded = exists().where(newer.revision_of_id == Scan.id, newer.status == "completed", ~newer.deleted)
        with self.db.read() as session:
            scans = session.execute(
                select(Scan.id, Company.sector)
                .join(Company, Company.id == Scan.company_id)
                .where(
                    Scan.status == "completed",
                    ~Scan.deleted,
                    ~Company.deleted,
                    ~superseded,
                    Scan.questionnaire_id == questionnaire.id,
                    Scan.questionnaire_version == questionnaire.version,
                )
            ).all()
            answers: dict[object, dict[str, int | None]] = defaultdict(dict)
            ids = [scan_id for scan_id, _ in scans]
            for start in range(0, len(ids), 500):
                for scan_id, item_id, score, not_applicable in session.execute(
                    select(Answer.scan_id, Answer.item_id, Answer.score, Answer.not_applicable).where(
                        Answer.scan_id.in_(ids[start : start + 500])
                    )
                ):
                    if not_applicable or score is not None:
                        answers[scan_id][item_id] = None if not_applicable else score
        return [(sector, answers.get(scan_id, {})) for scan_id, sector in scans]
