"""What the convergence test expects at the end, and the checks that compare it with what happened.

Two records of what was acknowledged are kept while the test runs:

* the **device writes**: after every service call on a device, the device's
  records before and after are compared field by field (the same flattened
  fields the merge uses: each answer, intake value, ambition and action on its
  own, plus ``deleted``). Whatever changed is a write the advisor saw saved.
* the **server's acknowledgements**: every push the server answered, as
  recorded by :class:`~tests.sync.push_tap.PushTap` in front of it, whether or
  not the answer reached the device.

At the end, after fault-free syncs, the checks say what went wrong, in plain
lines, so one failing run lists every problem at once.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from advisor_sync.client.documents import canonical
from advisor_sync.client.merge import ABSENT
from advisor_sync.protocol.documents import parse_document
from advisor_sync.protocol.validation import check_document
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import RECORD_MODELS
from advisor_sync.server.services.records import document_of
from sqlalchemy import select

from advisor_app.domain import invariants
from advisor_app.domain.errors import ValidationError
from advisor_app.domain.flat_fields import flatten
from advisor_app.domain.invariants import PlanFacts, ScanFacts, VoucherFacts
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.vocabulary import ScanStatus
from advisor_app.store.models import SyncConflict
from advisor_app.workspace import Workspace

from ..server.live import Api
from .helpers import device_records
from .push_tap import Acknowledged

RecordKey = tuple[str, uuid.UUID]
Flat = dict[str, Any]
"""A record's flattened fields (see ``advisor_sync.client.merge.flatten``) plus ``deleted``."""


def snapshot(workspace: Workspace) -> dict[RecordKey, Flat]:
    """Every synced record on a device, flattened."""
    return {
        (entity, uuid.UUID(record_id)): {**flatten(entity, doc), "deleted": deleted}
        for (entity, record_id), (deleted, doc) in device_records(workspace).items()
    }


@dataclass(frozen=True)
class Write:
    device: str
    step: int
    entity: str
    record_id: uuid.UUID
    field: str
    value: Any


@dataclass
class Expectations:
    """The acknowledged device writes and coordinator erasures, in the order they happened."""

    writes: list[Write] = field(default_factory=list)
    erased: dict[uuid.UUID, int] = field(default_factory=dict)
    """Company erased by the coordinator -> how many server acknowledgements there were before."""
    step: int = 0

    def record(self, device: str, before: Mapping[RecordKey, Flat], after: Mapping[RecordKey, Flat]) -> int:
        """Writes are whatever changed on the device during a service call; returns how many."""
        self.step += 1
        count = 0
        for key in before.keys() | after.keys():
            old, new = before.get(key, {}), after.get(key, {})
            for name in old.keys() | new.keys():
                value = new.get(name, ABSENT)
                if old.get(name, ABSENT) != value:
                    self.writes.append(Write(device, self.step, key[0], key[1], name, value))
                    count += 1
        return count


@dataclass(frozen=True)
class ServerRecord:
    version: int
    deleted: bool
    owner_id: uuid.UUID
    doc: dict[str, Any]


def server_state(database_url: str) -> dict[RecordKey, ServerRecord]:
    """Every record the server holds, tombstones included, read straight from its database."""
    engine = make_engine(database_url)
    try:
        with session_factory(engine)() as session:
            return {
                (entity, row.id): ServerRecord(row.version, row.deleted, row.owner_id, document_of(entity, row))
                for entity, model in RECORD_MODELS.items()
                for row in session.scalars(select(model))
            }
    finally:
        engine.dispose()


def fresh_pull(server_url: str, token: str) -> dict[RecordKey, tuple[bool, dict[str, Any]]]:
    """What a brand-new device of this user would receive: every page from cursor 0."""
    api = Api(server_url, token)
    found: dict[RecordKey, tuple[bool, dict[str, Any]]] = {}
    cursor = 0
    while True:
        page = api.get("/sync/pull", params={"cursor": cursor, "limit": 1000})
        assert page.status_code == 200, page.text
        body = page.json()
        for change in body["changes"]:
            found[(change["entity"], uuid.UUID(change["id"]))] = (change["deleted"], change["data"])
        cursor = body["cursor"]
        if not body["has_more"]:
            return found


# -- the device matches the server's view ----------------------------------------------------


def divergence(name: str, workspace: Workspace, pulled: Mapping[RecordKey, tuple[bool, dict[str, Any]]]) -> list[str]:
    """Where a device's live records differ from what a fresh pull of its user returns."""
    problems = []
    if workspace.pending_changes():
        problems.append(f"{name}: {workspace.pending_changes()} changes still waiting to be sent")
    mine = {
        (entity, uuid.UUID(record_id)): doc
        for (entity, record_id), (deleted, doc) in device_records(workspace).items()
        if not deleted
    }
    theirs = {key: doc for key, (deleted, doc) in pulled.items() if not deleted}
    for key in sorted(mine.keys() | theirs.keys(), key=str):
        here, there = mine.get(key), theirs.get(key)
        if here == there:
            continue
        if here is None or there is None:
            problems.append(f"{name}: {key[0]} {key[1]} {'only on the server' if here is None else 'only on the device'}")
            continue
        a, b = flatten(key[0], here), flatten(key[0], there)
        fields = sorted(f for f in a.keys() | b.keys() if a.get(f, ABSENT) != b.get(f, ABSENT))
        fields += [t for t in ("created_at", "updated_at") if here.get(t) != there.get(t)]
        differences = ", ".join(f"{f}: {a.get(f, ABSENT)!r} here, {b.get(f, ABSENT)!r} there" for f in fields)
        problems.append(f"{name}: {key[0]} {key[1]} differs in {differences}")
    kvks = [doc["kvk"] for (entity, _), doc in mine.items() if entity == "company"]
    if len(kvks) != len(set(kvks)):
        problems.append(f"{name}: a live company twice (KvK numbers {sorted(kvks)})")
    return problems


def conflicts_seen(workspace: Workspace) -> set[tuple[uuid.UUID, str, str]]:
    """Every conflict a device holds, resolved or not: (record, field, kind); the run takes these after every step."""
    with workspace.db.read() as session:
        return {(row.record_id, row.field, row.kind) for row in session.scalars(select(SyncConflict))}


# -- no acknowledged write lost ------------------------------------------------------------------


def lost_device_writes(
    expected: Expectations,
    server: Mapping[RecordKey, ServerRecord],
    conflicts: Mapping[str, set[tuple[uuid.UUID, str, str]]],
) -> list[str]:
    """Device writes that are neither on the server nor superseded, and that the advisor was never shown.

    A write counts as kept when the server holds its value at the end. It is
    superseded when its record is gone (deleted or erased, by anyone), when the
    same device deleted the record later (another device's "keep mine" on the
    deletion brings back that device's copy, without what the deleting device
    wrote before it deleted), or when a later write (on any other device)
    changed the same field. It was shown to
    the advisor when the device recorded a conflict for that field (or the
    whole record, or a refusal of the record): the value then waited in the
    conflict list until the advisor chose. An erasure is one write: the
    refusal of a company's erasure also shows what it did to the company's parts,
    and what the same device wrote to them before it. The erasure was the
    advisor's later word on all of it, and it deleted their conflicts then
    (they may hold personal data), so an earlier value of theirs waits nowhere.
    """
    last: dict[tuple[str, str, uuid.UUID, str], Write] = {}
    latest_step: dict[tuple[str, uuid.UUID, str], list[Write]] = defaultdict(list)
    deleted_somewhere: set[RecordKey] = set()
    deleted_by: dict[tuple[str, str, uuid.UUID], int] = {}
    """The step of each device's last deletion of each record."""
    company_of: dict[uuid.UUID, uuid.UUID] = {}
    for write in expected.writes:
        last[(write.device, write.entity, write.record_id, write.field)] = write
        latest_step[(write.entity, write.record_id, write.field)].append(write)
        if write.field == "deleted" and write.value is True:
            deleted_somewhere.add((write.entity, write.record_id))
            deleted_by[(write.device, write.entity, write.record_id)] = write.step
        if write.field == "company_id" and write.value is not ABSENT:
            company_of[write.record_id] = uuid.UUID(write.value)
    erasures: dict[tuple[str, uuid.UUID], int] = {}
    """The step of each device's last erasure of each company."""
    for w in expected.writes:  # in the order they happened
        if w.entity == "company" and w.field == "deleted" and w.value is True:
            erasures[(w.device, w.record_id)] = w.step
    problems = []
    for (device, entity, record_id, name), write in last.items():
        stored = server.get((entity, record_id))
        if stored is not None and stored.deleted:
            continue
        company = server.get(("company", company_of.get(record_id, record_id)))
        if entity != "company" and company is not None and company.deleted:
            continue  # its company was erased: erasure wins over everything recorded about it
        if stored is None and (entity, record_id) in deleted_somewhere:
            continue
        if deleted_by.get((device, entity, record_id), -1) > write.step:
            continue  # the device deleted the record after writing it: its later word, though another device kept its copy
        if stored is not None:
            flat = {**flatten(entity, stored.doc), "deleted": False}
            if flat.get(name, ABSENT) == write.value:
                continue
        if any(other.device != device and other.step > write.step for other in latest_step[(entity, record_id, name)]):
            continue
        shown = conflicts.get(device, set())
        if any(
            rid == record_id and (kind == "rejected" or conflict_field in (name, invariants.WHOLE_RECORD))
            for rid, conflict_field, kind in shown
        ):
            continue
        company_id = company_of.get(record_id)
        erased_with = company_id if company_id is not None and erasures.get((device, company_id), -1) >= write.step else None
        if erased_with is not None and any(rid == erased_with and kind == "rejected" for rid, _, kind in shown):
            continue  # part of an erasure the server refused (or written before it), shown as the company's refusal
        where = (
            "the server does not have the record"
            if stored is None
            else f"the server holds {flatten(entity, stored.doc).get(name, ABSENT)!r}"
        )
        problems.append(f"lost: {device} wrote {entity} {record_id} {name} = {write.value!r} (step {write.step}); {where}")
    return problems


@dataclass(frozen=True)
class Accepted:
    order: int
    version: int
    deleted: bool
    doc: dict[str, Any] | None


def acknowledged_history(acks: Iterable[Acknowledged]) -> dict[RecordKey, list[Accepted]]:
    """Per record, every change the server acknowledged with a version, oldest version first."""
    history: dict[RecordKey, list[Accepted]] = defaultdict(list)
    for order, ack in enumerate(acks):
        sent = {(change["entity"], change["id"]): change for change in ack.request["changes"]}
        for result in ack.response["results"]:
            if result["status"] != "accepted" or result.get("version") is None:
                continue
            change = sent[(result["entity"], result["id"])]
            doc = canonical(change["entity"], change["data"]) if change.get("data") is not None else None
            history[(change["entity"], uuid.UUID(change["id"]))].append(
                Accepted(order, result["version"], bool(change.get("deleted")), doc)
            )
    for entries in history.values():
        entries.sort(key=lambda entry: (entry.version, entry.order))
    return history


def lost_acknowledgements(
    acks: list[Acknowledged], server: Mapping[RecordKey, ServerRecord], erased: Mapping[uuid.UUID, int]
) -> list[str]:
    """The server's copy of each record is its last acknowledged write, unless it was deleted since;
    and no acknowledged history breaks a rule that spans versions (frozen scans, final erasure, voucher steps)."""
    problems = []
    for (entity, record_id), entries in acknowledged_history(acks).items():
        final = server.get((entity, record_id))
        last = entries[-1]
        if final is None:
            problems.append(f"acknowledged {entity} {record_id} (version {last.version}) is not on the server")
            continue
        if final.version < last.version:
            problems.append(f"{entity} {record_id}: server at version {final.version}, below the acknowledged {last.version}")
        if not final.deleted:
            if last.deleted:
                problems.append(f"{entity} {record_id}: the acknowledged deletion (version {last.version}) was undone unseen")
            elif final.doc != last.doc:
                problems.append(
                    f"{entity} {record_id}: the server's copy is not the last acknowledged write (version {last.version})"
                )
        problems += history_breaks(entity, record_id, entries, erased.get(record_id))
    return problems


def history_breaks(entity: str, record_id: uuid.UUID, entries: list[Accepted], erased_after: int | None) -> list[str]:
    problems = []
    completed: dict[str, Any] | None = None
    status: str | None = None
    gone = False
    for entry in entries:
        if entry.deleted:
            gone = gone or entity == "company"
            status = None
            continue
        assert entry.doc is not None
        if gone or (erased_after is not None and entry.order >= erased_after):
            problems.append(f"company {record_id} came back after its erasure (version {entry.version})")
        if entity == "scan":
            if completed is not None and entry.doc != completed:
                problems.append(f"completed scan {record_id} changed at version {entry.version}")
            if entry.doc["status"] == ScanStatus.COMPLETED:
                completed = completed or entry.doc
        if entity == "voucher":
            if status is not None:
                try:
                    invariants.check_voucher_progress(status, entry.doc["status"])
                except ValidationError as exc:
                    problems.append(f"voucher {record_id} went {status} -> {entry.doc['status']}: {exc}")
            status = entry.doc["status"]
    return problems


# -- the rulebook holds on the server's data --------------------------------------------------------


def rule_breaks(server: Mapping[RecordKey, ServerRecord], questionnaires: Mapping[str, Questionnaire]) -> list[str]:
    """Run the domain's own checks over every live record the server holds, one by one and together."""
    problems = []
    live = {key: record for key, record in server.items() if not record.deleted}
    scans: dict[uuid.UUID, ScanFacts] = {}
    for (entity, record_id), record in server.items():
        if entity == "scan":
            doc = record.doc
            scans[record_id] = ScanFacts(
                record_id, uuid.UUID(doc["company_id"]), doc["status"], record.deleted, _id(doc["revision_of_id"])
            )

    def check(what: str, rule: Any, *args: Any) -> None:
        try:
            rule(*args)
        except ValidationError as exc:
            problems.append(f"{what}: {exc}")

    kvks: dict[str, list[uuid.UUID]] = defaultdict(list)
    vouchers: dict[uuid.UUID, list[VoucherFacts]] = defaultdict(list)
    for (entity, record_id), record in sorted(live.items(), key=str):
        what = f"{entity} {record_id}"
        doc = record.doc
        check(what, check_document, parse_document(entity, doc), questionnaires)
        if entity == "company":
            kvks[doc["kvk"]].append(record_id)
            continue
        company = live.get(("company", uuid.UUID(doc["company_id"])))
        if company is None:
            problems.append(f"{what} belongs to a company that is not live on the server")
        if entity == "scan":
            facts = scans[record_id]
            for name, rule in (("revision_of_id", invariants.check_revision), ("follow_up_of_id", invariants.check_follow_up)):
                earlier_id = _id(doc[name])
                if earlier_id is None:
                    continue
                earlier = scans.get(earlier_id)
                if earlier is None:
                    problems.append(f"{what}: {name} names a scan the server does not hold")
                elif rule is invariants.check_revision:
                    check(what, invariants.check_revision, facts, earlier, [])
                else:
                    check(what, invariants.check_follow_up, facts, earlier)
            # Two completed revisions of one scan are allowed: a revision begun on another laptop while its
            # original was current may still be completed after its sibling (invariants.check_revision).
        if entity == "plan" and doc["scan_id"] is not None:
            scan = scans.get(uuid.UUID(doc["scan_id"]))
            if scan is None:
                problems.append(f"{what}: names a scan the server does not hold")
            else:
                check(what, invariants.check_plan_scan, uuid.UUID(doc["company_id"]), scan)
        if entity == "voucher":
            company_id = uuid.UUID(doc["company_id"])
            if doc["plan_id"] is not None:
                plan = server.get(("plan", uuid.UUID(doc["plan_id"])))
                if plan is None:
                    problems.append(f"{what}: names a plan the server does not hold")
                else:
                    check(
                        what,
                        invariants.check_voucher_plan,
                        company_id,
                        PlanFacts(plan_id(doc), uuid.UUID(plan.doc["company_id"])),
                    )
            facts_v = VoucherFacts(record_id, company_id, doc["status"])
            check(what, invariants.check_one_live_voucher, facts_v, vouchers[company_id])
            vouchers[company_id].append(facts_v)
    problems += [f"KvK {kvk} belongs to {len(ids)} live companies" for kvk, ids in kvks.items() if len(ids) > 1]
    return problems


def plan_id(doc: Mapping[str, Any]) -> uuid.UUID:
    return uuid.UUID(doc["plan_id"])


def _id(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))
