"""The programme's current completed scans, scored once for every breakdown that needs them.

A scan counts once per lineage (``benchmarks.current_completed_scans``) and
in the month its lineage was first completed (as ``monitoring`` counts it);
its adopter category is ranked within the whole programme, the scoring
model's rule once the programme has enough scans.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.scoring import ScanResult, adopter_category, adoption_composite
from advisor_app.domain.text import Text

from ..models import CompanyRecord, ScanRecord
from .benchmarks import current_completed_scans, score
from .monitoring import _first_completion as first_completion


@dataclass(frozen=True)
class ScoredScan:
    scan: ScanRecord
    company: CompanyRecord
    result: ScanResult | None
    """``None`` when the server does not know the scan's questionnaire version."""
    counted_at: datetime
    adopter: str | None

    @property
    def month(self) -> str:
        return self.counted_at.strftime("%Y-%m")


def scored_scans(session: Session, questionnaires: Mapping[str, Questionnaire]) -> list[ScoredScan]:
    current = current_completed_scans(session)
    lineage = {scan.id: scan for scan in session.scalars(select(ScanRecord).where(~ScanRecord.deleted))}
    results = [(scan, company, score(scan, questionnaires)) for scan, company in current]
    composites = {
        scan.id: adoption_composite(result.sii, result.output_mean)
        for scan, _, result in results
        if result is not None and result.sii is not None
    }
    population = list(composites.values())
    return sorted(
        (
            ScoredScan(
                scan=scan,
                company=company,
                result=result,
                counted_at=first_completion(scan, lineage),
                adopter=adopter_category(composites[scan.id], population) if scan.id in composites else None,
            )
            for scan, company, result in results
        ),
        key=lambda scored: (scored.counted_at, str(scored.scan.id)),
    )


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
