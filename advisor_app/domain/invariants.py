"""The rulebook: every rule that ties records together, stated once.

The device's services and the server's push describe what they know as small
facts (:class:`ScanFacts`, :class:`PlanFacts`, :class:`VoucherFacts`) and call
these functions, so a rule cannot hold on the laptop and drift on the server,
and an old, buggy or hostile client cannot put the programme's data into a
state the device would refuse. A broken rule raises :class:`RuleError` naming
the field; its text, in both languages, comes from :data:`MESSAGES` and is what
the advisor reads on either side.

Rules about one value alone (the KvK format, the voucher limit, score ranges)
live in :mod:`.rules`; this module adds the rules between values and records.
``docs/architecture.md`` ("Rulebook") lists each rule with who calls it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from . import rules
from .errors import ValidationError
from .questionnaire import Item, Questionnaire
from .scoring import score_scan
from .text import Text
from .vocabulary import VOUCHER_TRANSITIONS, ScanStatus, VoucherStatus


class RuleError(ValidationError):
    """Records together break a rule of the rulebook; ``field`` names where (:data:`WHOLE_RECORD`: no one field)."""


WHOLE_RECORD = "*"


MESSAGES = {
    "frozen": Text(
        "Deze scan is afgerond en ligt vast; maak een herziening om hem te corrigeren",
        "This scan was completed and is frozen; make a revision to correct it",
    ),
    "revise_draft": Text("Alleen een afgeronde scan kan worden herzien", "Only a completed scan can be revised"),
    "follow_up_draft": Text("Alleen een afgeronde scan kan een vervolgscan krijgen", "Only a completed scan can be followed up"),
    "superseded": Text(
        "Deze scan is al vervangen door een afgeronde herziening; herzie de nieuwste herziening",
        "This scan was already replaced by a completed revision; revise the newest revision",
    ),
    "revision_of_id": Text(
        "De herziene scan hoort bij een ander bedrijf dan deze scan",
        "The revised scan belongs to another company than this scan",
    ),
    "follow_up_of_id": Text(
        "De eerdere scan hoort bij een ander bedrijf dan deze scan",
        "The earlier scan belongs to another company than this scan",
    ),
    "scan_id": Text("De scan hoort bij een ander bedrijf dan dit plan", "The scan belongs to another company than this plan"),
    "plan_id": Text(
        "Het plan hoort bij een ander bedrijf dan deze voucher", "The plan belongs to another company than this voucher"
    ),
    "completed_at": Text(
        "De scan kan niet zijn afgerond voordat hij begon", "The scan cannot be completed before it was started"
    ),
    "completed_without_time": Text(
        "Een afgeronde scan mist het moment van afronden", "A completed scan lacks its completion time"
    ),
    "too_few_scores": Text(
        "De scan kan nog niet worden afgerond: te weinig scores bij {parts}",
        "The scan cannot be completed yet: too few scores in {parts}",
    ),
    "one_voucher": Text(
        "Dit bedrijf heeft al een voucher; één voucher per bedrijf", "This company already has a voucher; one voucher per company"
    ),
    "contribution": Text(
        "De eigen bijdrage is hoger dan het voucherbedrag", "The own contribution is more than the voucher amount"
    ),
    "erased": Text(
        "Dit bedrijf is gewist (AVG); wissen is niet terug te draaien. Registreer het opnieuw als nieuw bedrijf.",
        "This company was erased (GDPR); erasure cannot be undone. Register it again as a new company.",
    ),
    "others_data": Text(
        "Bij dit bedrijf horen gegevens van andere adviseurs; vraag de coördinator het te wissen",
        "Records of other advisors belong to this company; ask the coordinator to erase it",
    ),
    "unknown_item": Text("Onbekende vraag {item}", "Unknown item {item}"),
    "needs_score": Text("Vraag {item} moet een score krijgen", "Item {item} needs a score"),
    "unknown_dimension": Text("Onbekende dimensie {dimension}", "Unknown dimension {dimension}"),
    "unknown_intake": Text("Onbekende intakevraag {key}", "Unknown intake question {key}"),
}
"""Every message of the rulebook, in one place."""


@dataclass(frozen=True)
class ScanFacts:
    """What the rules need to know of a scan, on the device or on the server (tombstones included)."""

    id: uuid.UUID
    company_id: uuid.UUID
    status: str
    deleted: bool = False
    revision_of_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlanFacts:
    id: uuid.UUID
    company_id: uuid.UUID


@dataclass(frozen=True)
class KvkHolder:
    """The live company that holds a KvK number, as far as the one asking may see it."""

    id: uuid.UUID
    name: str
    visible: bool = True
    """False for another advisor's company on the server: the refusal then names no company (no oracle)."""


@dataclass(frozen=True)
class VoucherFacts:
    id: uuid.UUID
    company_id: uuid.UUID
    status: str
    deleted: bool = False


# -- scans --------------------------------------------------------------------------


def check_scan_editable(stored: ScanFacts | None) -> None:
    """A completed scan is frozen: nothing changes it, not even after it was deleted (a tombstone stays completed)."""
    if stored is not None and stored.status == ScanStatus.COMPLETED:
        raise RuleError("status", MESSAGES["frozen"])


def check_scan_times(status: str, started_at: datetime, completed_at: datetime | None) -> None:
    """A completed scan knows when it was completed, and that is not before it started."""
    if status == ScanStatus.COMPLETED and completed_at is None:
        raise RuleError("completed_at", MESSAGES["completed_without_time"])
    if completed_at is not None and completed_at < started_at:
        raise RuleError("completed_at", MESSAGES["completed_at"])


def supersedes(revision: ScanFacts, original_id: uuid.UUID) -> bool:
    """Whether ``revision`` replaces the scan ``original_id``: a live, completed revision of it."""
    return revision.revision_of_id == original_id and revision.status == ScanStatus.COMPLETED and not revision.deleted


def is_superseded(scan_id: uuid.UUID, others: Iterable[ScanFacts]) -> bool:
    """A superseded scan is history: the benchmarks, the monitoring and "the latest scan" skip it."""
    return any(supersedes(other, scan_id) for other in others)


def superseded_ids(revisions: Iterable[ScanFacts]) -> set[uuid.UUID]:
    """The scans that ``revisions`` replace (:func:`supersedes`), for a store that reads many scans at once.

    The device's and the server's benchmark and monitoring queries read the
    facts of every scan that revises another and drop these ids, so "which
    scans are current" is decided here and nowhere restated in SQL.
    """
    return {
        revision.revision_of_id
        for revision in revisions
        if revision.revision_of_id is not None and supersedes(revision, revision.revision_of_id)
    }


def check_revision(
    scan: ScanFacts, original: ScanFacts, revisions_of_original: Iterable[ScanFacts], *, stored: ScanFacts | None = None
) -> None:
    """A revision corrects a completed scan of the same company that no completed revision replaced yet.

    "Not replaced yet" is a rule about *making* a revision: ``stored`` is the
    revision as already recorded (``None``: it is being made). A revision made
    while its original was current may still be saved and completed after a
    sibling revision (begun on another laptop) was completed first; the device
    lets the advisor do so, and refusing it at the sync would strand her answers.
    """
    if original.company_id != scan.company_id:
        raise RuleError("revision_of_id", MESSAGES["revision_of_id"])
    if original.status != ScanStatus.COMPLETED:
        raise RuleError("revision_of_id", MESSAGES["revise_draft"])
    made_already = stored is not None and not stored.deleted and stored.revision_of_id == original.id
    if not made_already and is_superseded(original.id, (other for other in revisions_of_original if other.id != scan.id)):
        raise RuleError("revision_of_id", MESSAGES["superseded"])


def check_follow_up(scan: ScanFacts, earlier: ScanFacts) -> None:
    """A follow-up is compared with a completed earlier scan of the same company."""
    if earlier.company_id != scan.company_id:
        raise RuleError("follow_up_of_id", MESSAGES["follow_up_of_id"])
    if earlier.status != ScanStatus.COMPLETED:
        raise RuleError("follow_up_of_id", MESSAGES["follow_up_draft"])


def known_item(questionnaire: Questionnaire, item_id: str, field: str = "item") -> Item:
    try:
        return questionnaire.item(item_id)
    except KeyError:
        raise RuleError(field, MESSAGES["unknown_item"].format(item=item_id)) from None


def check_answer(
    questionnaire: Questionnaire, item_id: str, score: int | None, *, not_applicable: bool, field: str = "item"
) -> int | None:
    """The stored score of one answer: 1-5, or ``None`` for "don't know / n.a." where the item allows it."""
    item = known_item(questionnaire, item_id, field)
    if not_applicable:
        if not item.allow_na:
            raise RuleError("score", MESSAGES["needs_score"].format(item=item_id))
        return None
    return None if score is None else rules.validate_score(item_id, score)


def check_ambition(questionnaire: Questionnaire, dimension_id: str, level: int, field: str = "ambition") -> int:
    try:
        questionnaire.dimension(dimension_id)
    except KeyError:
        raise RuleError(field, MESSAGES["unknown_dimension"].format(dimension=dimension_id)) from None
    return rules.validate_ambition(dimension_id, level)


def clean_intake(questionnaire: Questionnaire, key: str, value: object) -> str | int | None:
    for question in questionnaire.intake:
        if question.id == key:
            return question.clean(value)
    raise RuleError("intake", MESSAGES["unknown_intake"].format(key=key))


def missing_for_completion(questionnaire: Questionnaire, answers: Mapping[str, int | None]) -> dict[str, int]:
    """Capability dimensions lacking scored answers, with how many more each needs."""
    result = score_scan(questionnaire, answers)
    return {
        score.dimension_id: questionnaire.min_answered - score.scored
        for score, dimension in zip(result.dimensions, questionnaire.dimensions, strict=True)
        if dimension.is_capability and not score.sufficient
    }


def check_completable(questionnaire: Questionnaire, answers: Mapping[str, int | None]) -> None:
    """A scan is completed only with enough scores in every capability dimension for an index."""
    missing = missing_for_completion(questionnaire, answers)
    if missing:
        parts = ", ".join(f"{dimension} (+{count})" for dimension, count in missing.items())
        raise RuleError("status", MESSAGES["too_few_scores"].format(parts=parts))


# -- plans and vouchers ------------------------------------------------------------------


def check_plan_scan(plan_company_id: uuid.UUID, scan: ScanFacts) -> None:
    """A plan is drawn from a scan of its own company."""
    if scan.company_id != plan_company_id:
        raise RuleError("scan_id", MESSAGES["scan_id"])


def check_voucher_plan(voucher_company_id: uuid.UUID, plan: PlanFacts) -> None:
    """A voucher funds a plan of its own company."""
    if plan.company_id != voucher_company_id:
        raise RuleError("plan_id", MESSAGES["plan_id"])


def voucher_is_live(status: str, deleted: bool = False) -> bool:
    """A voucher that still claims the company's one voucher: not deleted, not rejected."""
    return not deleted and status != VoucherStatus.REJECTED


def check_one_live_voucher(voucher: VoucherFacts, others: Iterable[VoucherFacts]) -> None:
    """One voucher per company (programme rule); a rejected one leaves room for a new request."""
    if not voucher_is_live(voucher.status, voucher.deleted):
        return
    if any(
        other.id != voucher.id and other.company_id == voucher.company_id and voucher_is_live(other.status, other.deleted)
        for other in others
    ):
        raise RuleError("company_id", MESSAGES["one_voucher"])


def check_contribution(amount_cents: int, own_contribution_cents: int) -> None:
    """The company's own contribution is part of the voucher's project, so never more than the voucher amount."""
    if own_contribution_cents > amount_cents:
        raise RuleError("own_contribution", MESSAGES["contribution"])


def check_voucher_progress(current: str, new: str) -> None:
    """A voucher may take several allowed steps between two syncs; the end state must be reachable."""
    if new == current:
        return
    reachable: set[str] = set()
    frontier = [current]
    while frontier:
        for following in VOUCHER_TRANSITIONS.get(frontier.pop(), ()):
            if following not in reachable:
                reachable.add(following)
                frontier.append(following)
    if new not in reachable:
        rules.check_voucher_transition(current, new)


# -- companies -----------------------------------------------------------------------------


def check_unique_kvk(kvk: str, company_id: uuid.UUID | None, holder: KvkHolder | None, *, on_server: bool) -> None:
    """One live company per KvK number; the company that already has it is named only to who may see it.

    ``company_id`` is the company being saved (None for a new one), so saving a company again passes.
    """
    if holder is None or holder.id == company_id:
        return
    if not holder.visible:
        raise RuleError(
            "kvk",
            Text(
                f"KvK-nummer {kvk} is op de server al door een andere adviseur geregistreerd; "
                "vraag de coördinator het bedrijf aan jou toe te wijzen",
                f"KvK number {kvk} is already registered on the server by another advisor; "
                "ask the coordinator to assign the company to you",
            ),
        )
    if on_server:
        raise RuleError(
            "kvk",
            Text(
                f"KvK-nummer {kvk} is op de server al geregistreerd voor '{holder.name}'",
                f"KvK number {kvk} is already registered on the server for '{holder.name}'",
            ),
        )
    raise RuleError(
        "kvk", Text(f"KvK-nummer {kvk} hoort al bij '{holder.name}'", f"KvK number {kvk} already belongs to '{holder.name}'")
    )


def check_not_erased(company_deleted: bool) -> None:
    """Erasure (GDPR) always wins: an erased company never comes back, whatever a device still holds.

    The field is ``deleted``: the server's deletion is what stands (a device that gives in deletes it too).
    """
    if company_deleted:
        raise RuleError("deleted", MESSAGES["erased"])


def check_may_erase(eraser: uuid.UUID, owners_of_live_parts: Iterable[uuid.UUID], *, erases_for_everyone: bool) -> None:
    """An advisor erases a company only when every live scan, plan and voucher of it is theirs.

    Anything else is the coordinator's decision (``erases_for_everyone``): an
    advisor assigned to a company must not wipe out a colleague's completed scans.
    """
    if not erases_for_everyone and any(owner != eraser for owner in owners_of_live_parts):
        raise RuleError(WHOLE_RECORD, MESSAGES["others_data"])
