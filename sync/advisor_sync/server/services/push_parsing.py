"""A pushed batch read before its transaction: each change checked on its own, and the order to apply them.

Its own module because none of it needs the database: the checks run before the batch's transaction
begins (so the companies' locks are not held while a document is validated), and the order is worked
out from the documents alone. :mod:`.push` then applies the changes in that order, answering them in
the order they were listed.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping

from advisor_app.domain.errors import ValidationError
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.text import Text

from ...protocol.documents import ENTITIES, AnyDocument, references
from ...protocol.messages import ChangeIn, MalformedChange
from ...protocol.validation import check_document
from .push_checks import ChangeRejectedError

Parsed = tuple[ChangeIn, AnyDocument | ChangeRejectedError | None]
"""A change with its checked document, the reason it cannot be stored, or None for a deletion."""


def parse_change(change: ChangeIn, questionnaires: Mapping[str, Questionnaire]) -> Parsed:
    """The change's document checked on its own (shape, the domain's rules for one record): no database needed."""
    if change.deleted:
        return change, None
    if isinstance(change, MalformedChange):  # the typed document was read with the request (protocol.messages)
        return change, ChangeRejectedError(change.reason, change.field)
    if change.data is None:
        return change, ChangeRejectedError(Text("De wijziging bevat geen gegevens", "The change carries no data"), "data")
    try:
        return change, check_document(change.data, questionnaires)
    except ValidationError as exc:
        return change, ChangeRejectedError(exc.text, exc.field)


def parents_first(parsed: list[Parsed]) -> list[int]:
    """The positions of a batch's changes in the order to apply them: a record after the records it names.

    A device may list a plan before its scan, or a revision before the scan it
    revises; applied as listed, the plan would name a scan the server does not
    know yet. Companies come before scans, scans before plans, plans before
    vouchers, and within a kind the listed order holds unless a record names
    another of the batch (a revision or follow-up after its scan). Results
    are still answered in the listed order.
    """
    position_of = {(change.entity, change.id): position for position, (change, _doc) in enumerate(parsed)}
    waiting_on = [0] * len(parsed)
    named_by: dict[int, list[int]] = defaultdict(list)
    for position, (change, doc) in enumerate(parsed):
        if doc is None or isinstance(doc, ChangeRejectedError):
            continue
        for named in {position_of[key] for key in references(change.entity, doc) if key in position_of} - {position}:
            waiting_on[position] += 1
            named_by[named].append(position)

    def rank(position: int) -> tuple[int, int]:
        return ENTITIES.index(parsed[position][0].entity), position

    ready = [rank(position) for position in range(len(parsed)) if not waiting_on[position]]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _kind, position = heapq.heappop(ready)
        order.append(position)
        for child in named_by[position]:
            waiting_on[child] -= 1
            if not waiting_on[child]:
                heapq.heappush(ready, rank(child))
    # Records that name each other in a circle are left in the listed order; the checks refuse them.
    done = set(order)
    return order + [position for position in range(len(parsed)) if position not in done]
