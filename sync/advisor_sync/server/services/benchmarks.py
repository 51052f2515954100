"""Sector and programme benchmarks from every completed scan on the server.

One device holds too few scans for a sector mean, so the server computes them
with the app's own ``build_benchmarks`` (one scan per company: its latest
completed one) and the pull carries them, with per dimension how many companies
a mean rests on where fewer than ``n``; each device then leaves its own company
out of the group it shows, exactly (``advisor_app.domain.benchmarks``). Results
are kept in ``benchmark_snapshots`` and recomputed only when a scan or a
company changed since, so the server keeps no state in memory that decides anything.

A recompute scores only the scans it has not scored before. What the groups read of a
completed scan's result depends on nothing but the scan's state, and every write of a
scan gives it a new version, so the result of ``(scan id, version)`` never changes: a
process keeps it (:class:`GroupResults`) and reads a scan's answers only when it meets a
version it has not scored yet. Before, every pull after any change scored every
completed scan on the server again, so N devices syncing after each other cost N times
N scorings. Of a company it scores the latest scan first and an older one only while the
later ones have no index, and only what the groups read (``score_for_groups``): the pull
after a new device's push of 3,000 scans scored each of them in full before.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections import OrderedDict, defaultdict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain import invariants
from advisor_app.domain.benchmarks import Member, build_benchmarks, recency
from advisor_app.domain.invariants import ScanFacts
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.records import scoring_answers
from advisor_app.domain.scoring import ScanResult, score_for_groups, score_scan
from advisor_app.domain.vocabulary import ScanStatus

from ...protocol.messages import BenchmarkGroupOut, BenchmarkSet
from ..models import BenchmarkSnapshot, CompanyRecord, ScanRecord


def current_completed_scans(session: Session) -> list[tuple[ScanRecord, CompanyRecord]]:
    """Completed, live scans of live companies that no completed revision replaced (the rulebook's predicate)."""
    superseded = _superseded(session)
    rows = session.execute(
        select(ScanRecord, CompanyRecord).join(CompanyRecord, CompanyRecord.id == ScanRecord.company_id).where(_completed_live())
    ).all()
    return [(scan, company) for scan, company in rows if scan.id not in superseded]


def _superseded(session: Session) -> set[uuid.UUID]:
    """The scans a completed revision replaced (``invariants.superseded_ids`` over every revision's facts)."""
    return invariants.superseded_ids(
        ScanFacts(*row)
        for row in session.execute(
            select(ScanRecord.id, ScanRecord.company_id, ScanRecord.status, ScanRecord.deleted, ScanRecord.revision_of_id).where(
                ScanRecord.revision_of_id.is_not(None)
            )
        )
    )


def _completed_live() -> ColumnElement[bool]:
    """Completed, live scans of live companies (joined on the scan's company); superseded ones are left out after."""
    return and_(ScanRecord.status == ScanStatus.COMPLETED, ~ScanRecord.deleted, ~CompanyRecord.deleted)


def answers_of(scan: ScanRecord) -> dict[str, int | None]:
    return _scoring_answers(scan.answers)


def _scoring_answers(answers: list[Any]) -> dict[str, int | None]:
    """A scan's stored answers (the JSON column) as the scoring reads them."""
    return scoring_answers((a["item_id"], a.get("score"), bool(a.get("not_applicable"))) for a in answers)


def score(scan: ScanRecord, questionnaires: Mapping[str, Questionnaire]) -> ScanResult | None:
    questionnaire = questionnaires.get(f"{scan.questionnaire_id}@{scan.questionnaire_version}")
    return None if questionnaire is None else score_scan(questionnaire, answers_of(scan), scan.ambitions)


def benchmark_sets(session: Session, questionnaires: Mapping[str, Questionnaire]) -> list[BenchmarkSet]:
    questionnaires = dict(questionnaires)  # one listing of the registry (each asks the database) for the whole read
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


class GroupResults:
    """What the groups read of each scored scan, by ``(scan id, version)``: its dimension means and index.

    A version names one state of a scan for good (every write moves it), and a questionnaire version's
    content never changes, so a kept result is never stale. (A database restored from an older backup
    hands out versions again, but a completed scan never changes, on the device either: the scan that
    comes back under the same id and version is the same.) Kept as ``score_for_groups`` scores it (without
    the priorities and texts a report needs), at most ``limit`` of them, the least recently used going
    first: past that a recompute scores the rest again, as before. Only results of a known questionnaire
    are kept (one published later may score a scan that scored nothing before).
    """

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._kept: OrderedDict[tuple[uuid.UUID, int], ScanResult] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[uuid.UUID, int]) -> ScanResult | None:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, key: tuple[uuid.UUID, int], result: ScanResult) -> None:
        with self._lock:
            self._kept[key] = result
            self._kept.move_to_end(key)
            while len(self._kept) > self.limit:
                self._kept.popitem(last=False)


READ_BATCH = 500
"""Scans whose answers one statement reads (an IN list of ids)."""
_KEPT: weakref.WeakKeyDictionary[Engine, GroupResults] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def group_results(session: Session) -> GroupResults:
    """The kept results for the session's database: one set per engine (a test process opens many databases)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with _KEPT_LOCK:
        found = _KEPT.get(engine)
        if found is None:
            found = _KEPT[engine] = GroupResults()
        return found


Candidate = tuple[uuid.UUID, int, str, datetime, uuid.UUID, str]
"""A current completed scan as the groups may read it: id, version, questionnaire key, completion, company, sector."""


def _members(session: Session, questionnaires: Mapping[str, Questionnaire]) -> dict[str, list[Member]]:
    """Per questionnaire key, each company's member of the groups: its latest current completed scan with an index.

    The groups read nothing else of a company (``latest_per_company``), so the scans are scored latest first
    and a company's older ones only while its later ones have no index: after a push of new scans a pull
    scores one per company, not every follow-up too. Known versions come from the kept results.
    """
    kept = group_results(session)
    superseded = _superseded(session)
    waiting: dict[tuple[str, uuid.UUID], list[Candidate]] = defaultdict(list)
    scored: dict[str, list[Member]] = {}
    for scan_id, version, questionnaire, edition, completed_at, started_at, company_id, sector in session.execute(
        select(
            ScanRecord.id,
            ScanRecord.version,
            ScanRecord.questionnaire_id,
            ScanRecord.questionnaire_version,
            ScanRecord.completed_at,
            ScanRecord.started_at,
            CompanyRecord.id,
            CompanyRecord.sector,
        )
        .join(CompanyRecord, CompanyRecord.id == ScanRecord.company_id)
        .where(_completed_live())
    ):
        key = f"{questionnaire}@{edition}"
        if scan_id not in superseded and key in questionnaires:  # an unknown version scores nothing
            waiting[key, company_id].append((scan_id, version, key, completed_at or started_at, company_id, sector))
            scored.setdefault(key, [])
    for queue in waiting.values():
        queue.sort(key=lambda c: recency(c[3], str(c[0])))  # the latest last
    while waiting:
        heads = {group: queue.pop() for group, queue in waiting.items()}
        results = _results(session, kept, questionnaires, list(heads.values()))
        for group, (scan_id, version, key, completed, company_id, sector) in heads.items():
            result = results.get((scan_id, version))
            if result is not None and result.sii is not None:
                scored[key].append(Member(str(company_id), sector, completed, str(scan_id), result))
                waiting[group].clear()
        waiting = defaultdict(list, {group: queue for group, queue in waiting.items() if queue})
    return scored


def _results(
    session: Session, kept: GroupResults, questionnaires: Mapping[str, Questionnaire], candidates: list[Candidate]
) -> dict[tuple[uuid.UUID, int], ScanResult]:
    """What the groups read of each candidate: kept, or scored now from its answers (and kept)."""
    results: dict[tuple[uuid.UUID, int], ScanResult] = {}
    unscored: dict[tuple[uuid.UUID, int], Questionnaire] = {}
    for scan_id, version, key, *_ in candidates:
        found = kept.get((scan_id, version))
        if found is not None:
            results[scan_id, version] = found
        else:
            unscored[scan_id, version] = questionnaires[key]
    wanted = list(unscored)
    for start in range(0, len(wanted), READ_BATCH):
        ids = [scan_id for scan_id, _version in wanted[start : start + READ_BATCH]]
        for scan_id, version, answers in session.execute(
            select(ScanRecord.id, ScanRecord.version, ScanRecord.answers).where(ScanRecord.id.in_(ids))
        ):
            if (scan_id, version) not in unscored:
                continue  # written since the first read (an erasure): the next pull sees the new state
            # Without ambitions: they only weigh the priorities, which the groups do not read.
            result = score_for_groups(unscored[scan_id, version], _scoring_answers(answers))
            results[scan_id, version] = result
            kept.put((scan_id, version), result)
    return results


def _recompute(session: Session, questionnaires: Mapping[str, Questionnaire], as_of: int) -> list[BenchmarkSnapshot]:
    scored = _members(session, questionnaires)
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
