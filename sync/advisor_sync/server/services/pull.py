"""Pulling changes since a cursor, page by page.

The cursor is a version. A page holds the next visible records in version
order, but never beyond the high mark read at the start: the counter, or just
below the lowest claim of versions a writer has not committed yet
(:func:`.versions.readable_high`), so the cursor can never jump over a change
that is still being written. Records
a page names but the device will only receive later (a company edited after its
scans) come along in the same page, so the device can always apply a page on
its own. A pull that names its sync run (``origin``) leaves out the records
whose current state that run's pushes wrote: the device sent them and stored
the answers before it pulled. The cursor still moves past them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import ColumnElement, and_, func, literal, select, text, union_all
from sqlalchemy.orm import Session

from advisor_app.domain.questionnaire import Questionnaire

from ...protocol.documents import ENTITIES, EntityName, references
from ...protocol.messages import ChangeOut, PullResponse, QuestionnaireRef
from ..models import RECORD_MODELS, Record, User
from .access import visible
from .benchmarks import benchmark_sets
from .records import change_out
from .versions import readable_high

MAX_REFERENCE_DEPTH = 3
"""voucher -> plan -> scan -> company is the longest chain of references."""


def pull(
    session: Session,
    user: User,
    cursor: int,
    limit: int,
    questionnaires: Mapping[str, Questionnaire],
    *,
    origin: uuid.UUID | None = None,
) -> PullResponse:
    """The next page after ``cursor``; ``origin`` is the server's name of the caller's sync run (``run_origin``)."""
    questionnaires = dict(questionnaires)  # the registry asks the database each time it is listed: once per pull
    high = readable_high(session)
    if cursor > high:
        cursor = 0  # the server was restored from an older backup: send everything again
    keys: list[tuple[int, str, uuid.UUID]] = []  # at the high mark already (nothing to do): nothing newer to read
    if cursor < high:
        keys = _next_keys(session, user, origin, cursor=cursor, high=high, count=limit + 1)
    on_page, beyond = keys[:limit], keys[limit:]
    page = _rows_of(session, on_page, cursor, high)
    remaining_after_page = _count_wanted(session, user, origin, on_page[-1][0], high) if beyond else 0
    has_more = remaining_after_page > 0
    new_cursor = on_page[-1][0] if has_more else max(cursor, high)
    changes = [change_out(entity, row) for _, entity, row in page]
    parents = _parents_not_yet_sent(session, user, origin, changes, new_cursor)
    return PullResponse(
        changes=parents + changes,
        cursor=new_cursor,
        has_more=has_more,
        remaining=remaining_after_page,
        benchmarks=None if has_more else benchmark_sets(session, questionnaires),
        questionnaires=None
        if has_more
        else [QuestionnaireRef(id=q.id, version=q.version, sha256=q.sha256) for q in questionnaires.values()],
    )


def to_send(model: type[Record], user: User, origin: uuid.UUID | None) -> ColumnElement[bool]:
    """Rows the user may read, less those the caller's own sync run wrote."""
    if origin is None:
        return visible(model, user)
    return and_(visible(model, user), model.origin.is_distinct_from(origin))


def _next_keys(
    session: Session, user: User, origin: uuid.UUID | None, *, cursor: int, high: int, count: int
) -> list[tuple[int, str, uuid.UUID]]:
    """The version, kind and id of the next ``count`` records to send, in version order, across the four kinds.

    Only the keys: the page's rows are read after, so a page reads the rows it sends and no more (reading
    ``limit`` whole rows of each kind to keep ``limit`` of them read up to four times as many).
    """
    kinds = [
        select(model.version.label("version"), literal(entity).label("entity"), model.id.label("id")).where(
            model.version > cursor, model.version <= high, to_send(model, user, origin)
        )
        for entity, model in RECORD_MODELS.items()
    ]
    ordered = union_all(*kinds).order_by(text("version")).limit(count)
    return [(int(version), entity, record_id) for version, entity, record_id in session.execute(ordered)]


def _rows_of(session: Session, keys: list[tuple[int, str, uuid.UUID]], cursor: int, high: int) -> list[tuple[int, str, Record]]:
    """The rows of ``keys``, in version order; one written anew since (above ``high``) waits for a later pull."""
    ids: dict[str, list[uuid.UUID]] = defaultdict(list)
    for _version, entity, record_id in keys:
        ids[entity].append(record_id)
    rows: list[tuple[int, str, Record]] = []
    for entity, wanted in ids.items():
        model = RECORD_MODELS[entity]
        found = session.scalars(select(model).where(model.id.in_(wanted), model.version > cursor, model.version <= high))
        rows += [(row.version, entity, row) for row in found]
    return sorted(rows, key=lambda row: row[0])


def _count_wanted(session: Session, user: User, origin: uuid.UUID | None, after: int, high: int) -> int:
    total = 0
    for model in RECORD_MODELS.values():
        total += (
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.version > after, model.version <= high, to_send(model, user, origin))
            )
            or 0
        )
    return total


def _parents_not_yet_sent(
    session: Session, user: User, origin: uuid.UUID | None, changes: list[ChangeOut], cursor: int
) -> list[ChangeOut]:
    """Referenced records newer than the page: the device would otherwise get them only in a later page."""
    sent = {(change.entity, change.id) for change in changes}
    extra: list[ChangeOut] = []
    frontier = changes
    for _ in range(MAX_REFERENCE_DEPTH):
        wanted: dict[EntityName, set[uuid.UUID]] = defaultdict(set)
        for change in frontier:
            if change.data is None:
                continue
            for kind, key in references(change.entity, change.data):
                if (kind, key) not in sent:
                    wanted[kind].add(key)
        frontier = []
        for kind, ids in wanted.items():
            model = RECORD_MODELS[kind]
            for row in session.scalars(
                select(model).where(model.id.in_(ids), model.version > cursor, to_send(model, user, origin))
            ):
                change = change_out(kind, row)
                sent.add((change.entity, row.id))
                frontier.append(change)
        if not frontier:
            break
        extra = frontier + extra
    return sorted(extra, key=lambda change: ENTITIES.index(change.entity))
