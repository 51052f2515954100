"""Sector and programme benchmarks from every completed scan on the server.

One device holds too few scans for a sector mean, so the server computes them
with the app's own ``build_benchmarks`` (one scan per company: its latest
completed one) and the pull carries them, with per dimension how many companies
a mean rests on where fewer than ``n``; each device then leaves its own company
out of the group it shows, exactly (``advisor_app.domain.benchmarks``). Results
are kept in ``benchmark_snapshots`` and recomputed only when a scan or a
company changed since, so the server keeps no state in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain import invariants
from advisor_app.domain.benchmarks import Member, build_benchmarks
from advisor_app.domain.invariants import ScanFacts
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.records import scoring_answers
from advisor_app.domain.scoring import ScanResult, score_scan
from advisor_app.domain.vocabulary import ScanStatus

from ...protocol.messages import BenchmarkGroupOut, BenchmarkSet
from ..models import BenchmarkSnapshot, CompanyRecord, ScanRecord


def current_completed_scans(session: Session) -> list[tuple[ScanRecord, CompanyRecord]]:
    """Completed, live scans of live companies that no completed revision replaced (the rulebook's predicate)."""
    superseded = invariants.superseded_ids(
        ScanFacts(*row)
        for row in session.execute(
            select(ScanRecord.id, ScanRecord.company_id, ScanRecord.status, ScanRecord.deleted, ScanRecord.revision_of_id).where(
                ScanRecord.revision_of_id.is_not(None)
            )
        )
    )
    rows = session.execute(
        select(ScanRecord, CompanyRecord)
        .join(CompanyRecord, CompanyRecord.id == ScanRecord.company_id)
        .where(ScanRecord.status == ScanStatus.COMPLETED, ~ScanRecord.deleted, ~CompanyRecord.deleted)
    ).all()
    return [(scan, company) for scan, company in rows if scan.id not in superseded]


def answers_of(scan: ScanRecord) -> dict[str, int | None]:
    return scoring_answers((a["item_id"], a.get("score"), bool(a.get("not_applicable"))) for a in scan.answers)


def score(scan: ScanRecord, questionnaires: Mapping[str, Questionnaire]) -> ScanResult | None:
    questionnaire = questionnaires.get(f"{scan.questionnaire_id}@{scan.questionnaire_version}")
    return None if questionnaire is None else score_scan(questionnaire, answers_of(scan), scan.ambitions)


def benchmark_sets(session: Session, questionnaires: Mapping[str, Questionnaire]) -> list[BenchmarkSet]:
    as_of = max(
        session.scalar(select(func.max(ScanRecord.version))) or 0,
        session.scalar(select(func.max(CompanyRecord.version))) or 0,
    )
    snapshots = list(session.scalars(select(BenchmarkSnapshot)))
    expected = {questionnaire.key for questionnaire in questionnaires.values()}
    if (
        not expected <= {s.questionnaire_key for s in snapshots}
        or any(s.as_of != as_of for s in snapshots)
        or any("counts" not in group for s in snapshots for group in s.groups)  # stored before counts were kept
    ):
        snapshots = _recompute(session, questionnaires, as_of)
    return [
        BenchmarkSet(
            questionnaire_id=snapshot.questionnaire_key.split("@", 1)[0],
            questionnaire_version=snapshot.questionnaire_key.split("@", 1)[1],
            computed_at=snapshot.computed_at,
            groups=[BenchmarkGroupOut.model_validate(group) for group in snapshot.groups],
        )
        for snapshot in sorted(snapshots, key=lambda s: s.questionnaire_key)
        if snapshot.groups
    ]


def _recompute(session: Session, questionnaires: Mapping[str, Questionnaire], as_of: int) -> list[BenchmarkSnapshot]:
    scored: dict[str, list[Member]] = defaultdict(list)
    for scan, company in current_completed_scans(session):
        result = score(scan, questionnaires)
        if result is not None:
            member = Member(str(company.id), company.sector, scan.completed_at or scan.started_at, str(scan.id), result)
            scored[f"{scan.questionnaire_id}@{scan.questionnaire_version}"].append(member)
    now = utcnow()
    snapshots = [
        BenchmarkSnapshot(
            questionnaire_key=key,
            as_of=as_of,
            computed_at=now,
            groups=[
                {"key": group.key, "n": group.n, "means": dict(group.means), "sii": group.sii, "counts": dict(group.counts)}
                for group in sorted(build_benchmarks(scored.get(key, [])).values(), key=lambda g: g.key)
            ],
        )
        for key in sorted(set(scored) | {q.key for q in questionnaires.values()})
    ]
    try:
        with session.begin_nested():
            session.execute(delete(BenchmarkSnapshot))
            session.add_all(snapshots)
    except IntegrityError:
        pass  # another request stored the same figures a moment ago
    return snapshots
