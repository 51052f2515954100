"""The programme's current completed scans, scored once for every breakdown that needs them.

A scan counts once per lineage (``benchmarks.current_completed_scans``) and
in the month its lineage was first completed (as ``monitoring`` counts it).
Only its adopter category depends on the rest of the programme (Rogers
percentiles once the programme is big enough, under the weakest-link cap), so
scans are scored on their own first and ranked against the programme only
where a category is shown (:func:`ranked_against`). For figures per company
(sector means, adopter categories, stages) the domain's benchmark rule picks
each company's latest scan: :func:`latest_of_each_company`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain.benchmarks import Member, latest_per_company, population
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.scoring import ScanResult, score_scan
from advisor_app.domain.text import Text

from ..models import CompanyRecord, ScanRecord
from .benchmarks import answers_of, current_completed_scans, score
from .monitoring import _first_completion as first_completion


@dataclass(frozen=True)
class ScoredScan:
    scan: ScanRecord
    company: CompanyRecord
    result: ScanResult | None
    """``None`` when the server does not know the scan's questionnaire version."""
    counted_at: datetime
    ranked: bool = False
    """Scored against the programme's population (:func:`ranked_against`), so ``adopter`` is the programme's category."""

    @property
    def month(self) -> str:
        return self.counted_at.strftime("%Y-%m")

    @property
    def adopter(self) -> str | None:
        return None if self.result is None or not self.ranked else self.result.adopter_category

    @property
    def member(self) -> Member | None:
        """This scan as a candidate for the domain's per-company groups."""
        if self.result is None:
            return None
        completed = self.scan.completed_at or self.counted_at
        return Member(str(self.company.id), self.company.sector, completed, str(self.scan.id), self.result)


def counted_scans(session: Session) -> list[tuple[ScanRecord, CompanyRecord, datetime]]:
    """The current completed scans with the moment each counts at, in that order; nothing scored."""
    lineage = {scan.id: scan for scan in session.scalars(select(ScanRecord).where(~ScanRecord.deleted))}
    counted = [(scan, company, first_completion(scan, lineage)) for scan, company in current_completed_scans(session)]
    return sorted(counted, key=lambda row: (row[2], str(row[0].id)))


def scored_scans(session: Session, questionnaires: Mapping[str, Questionnaire]) -> list[ScoredScan]:
    """Every current completed scan, scored on its own (rank with :func:`ranked_against` for adopter categories)."""
    return [ScoredScan(scan, company, score(scan, questionnaires), at) for scan, company, at in counted_scans(session)]


def ranked_against(
    scans: Sequence[ScoredScan], programme: Sequence[ScoredScan], questionnaires: Mapping[str, Questionnaire]
) -> list[ScoredScan]:
    """``scans`` scored again with ``programme``'s companies as the population, for the programme's adopter category.

    Only the adopter category depends on the population, so figures without it skip this second pass,
    and figures per company rank only each company's latest scan.
    """
    people = population(member for s in programme if (member := s.member) is not None)
    found = []
    for scored in scans:
        scan = scored.scan
        questionnaire = questionnaires.get(f"{scan.questionnaire_id}@{scan.questionnaire_version}")
        result = None if questionnaire is None else score_scan(questionnaire, answers_of(scan), scan.ambitions, population=people)
        found.append(ScoredScan(scan, scored.company, result, scored.counted_at, ranked=True))
    return found


def latest_of_each_company(scans: Sequence[ScoredScan]) -> list[ScoredScan]:
    """Each company's latest completed scan with an index: the scans the domain's benchmark groups rest on."""
    by_id = {str(s.scan.id): s for s in scans}
    members = [member for s in scans if (member := s.member) is not None]
    return [by_id[member.scan_id] for member in latest_per_company(members)]


def dimensions(questionnaires: Mapping[str, Questionnaire]) -> list[tuple[str, Text]]:
    """Every dimension id across the known questionnaire versions, in questionnaire order, with its title."""
    found: dict[str, Text] = {}
    for questionnaire in questionnaires.values():
        for dimension in questionnaire.dimensions:
            found.setdefault(dimension.id, dimension.title)
    return list(found.items())


def interventions_of(questionnaires: Mapping[str, Questionnaire]) -> dict[str, str]:
    """Dimension id to its TNO intervention type."""
    found: dict[str, str] = {}
    for questionnaire in questionnaires.values():
        for dimension in questionnaire.dimensions:
            found.setdefault(dimension.id, dimension.intervention)
    return found
