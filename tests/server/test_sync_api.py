"""Push and pull over real HTTP: versions, conflicts, replays, pages, and who sees what."""

from __future__ import annotations

import uuid

from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import AuditEntry, ChangeCounter
from sqlalchemy import func, select, text

from .live import Api, Database
from .records import LATER, change, company, plan, pull_all, push, pushed, scan, voucher


def counter_and_audit(database: Database) -> tuple[int, int]:
    engine = make_engine(database.url)
    with session_factory(engine)() as session:
        found = (
            session.scalar(select(ChangeCounter.value)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )
    engine.dispose()
    return found


def test_accepted_changes_get_versions_and_come_back_in_a_pull(alice: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    results = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id)))
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    assert results[0]["version"] < results[1]["version"]
    changes, last = pull_all(alice)
    assert [(c["entity"], c["id"]) for c in changes] == [("company", str(company_id)), ("scan", str(scan_id))]
    assert changes[1]["data"]["status"] == "draft", "a draft travels as a draft (a backup of work in progress)"
    assert changes[1]["data"]["answers"] == [
        {"item_id": "D1.1", "score": 4, "not_applicable": False, "note": "Visie staat op papier."}
    ]
    assert last["cursor"] == results[1]["version"]


def test_a_replayed_batch_returns_the_first_answer_and_changes_nothing(alice: Api, database: Database) -> None:
    batch = uuid.uuid4()
    company_id = uuid.uuid4()
    first_voucher = uuid.uuid4()
    first = push(
        alice, change("company", company_id, company()), change("voucher", first_voucher, voucher(company_id)), batch_id=batch
    )
    before = counter_and_audit(database)
    again = push(
        alice, change("company", company_id, company()), change("voucher", first_voucher, voucher(company_id)), batch_id=batch
    )
    assert again.status_code == 200
    assert again.json()["replayed"] is True
    assert again.json()["results"] == first.json()["results"]
    assert counter_and_audit(database) == before
    assert pull_all(alice)[0][0]["data"]["name"] == "Bouwbedrijf De Vries B.V."


def test_a_batch_id_of_another_account_is_refused(alice: Api, bob: Api) -> None:
    batch = uuid.uuid4()
    push(alice, change("company", uuid.uuid4(), company()), batch_id=batch)
    refused = push(bob, change("company", uuid.uuid4(), company(kvk="87654321")), batch_id=batch)
    assert refused.status_code == 409


def test_a_change_on_an_old_version_is_a_conflict_carrying_the_servers_copy(alice: Api) -> None:
    company_id = uuid.uuid4()
    version = pushed(alice, change("company", company_id, company()))[0]["version"]
    newer = pushed(alice, change("company", company_id, company(municipality="Zeist", updated_at=LATER), base=version))[0]
    assert newer["status"] == "accepted"
    stale = pushed(alice, change("company", company_id, company(phone="030-7654321"), base=version))[0]
    assert stale["status"] == "conflict"
    assert stale["server"]["version"] == newer["version"]
    assert stale["server"]["data"]["municipality"] == "Zeist"
    assert stale["server"]["data"]["phone"] == "030-1234567"


def test_the_same_content_again_is_accepted_without_a_new_version(alice: Api, database: Database) -> None:
    """A device that lost the answer to its push sends the same record again: nothing changes, no conflict."""
    company_id = uuid.uuid4()
    first = pushed(alice, change("company", company_id, company()))[0]
    before = counter_and_audit(database)
    again = pushed(alice, change("company", company_id, company(), base=None))[0]
    assert again == first
    assert counter_and_audit(database) == before
    touched = pushed(alice, change("company", company_id, company(updated_at=LATER), base=first["version"]))[0]
    assert touched["version"] > first["version"], "a newer edit time is news, even with the same values"


def test_a_pull_comes_in_pages_without_gaps_or_repeats(alice: Api) -> None:
    ids = [uuid.uuid4() for _ in range(25)]
    pushed(alice, *(change("company", i, company(kvk=f"{10_000_000 + n}")) for n, i in enumerate(ids)))
    seen: list[str] = []
    cursor, remaining = 0, []
    while True:
        page = alice.get("/sync/pull", params={"cursor": cursor, "limit": 10}).json()
        seen += [c["id"] for c in page["changes"]]
        remaining.append(page["remaining"])
        assert (page["benchmarks"] is None) == page["has_more"], "benchmarks ride on the last page"
        if not page["has_more"]:
            break
        cursor = page["cursor"]
    assert seen == [str(i) for i in ids]
    assert remaining == [15, 5, 0]
    assert alice.get("/sync/pull", params={"cursor": page["cursor"]}).json()["changes"] == []


def test_a_page_brings_the_company_its_scan_names_even_when_the_company_changed_later(alice: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    first = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id)))
    pushed(alice, change("company", company_id, company(name="Nieuwe naam"), base=first[0]["version"]))
    page = alice.get("/sync/pull", params={"cursor": 0, "limit": 1}).json()
    assert [(c["entity"], c["data"].get("name")) for c in page["changes"]] == [("company", "Nieuwe naam"), ("scan", None)]
    assert page["has_more"] is True


def test_an_advisor_cannot_read_or_write_another_advisors_records(alice: Api, bob: Api, carol: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    versions = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id)))
    assert pull_all(bob)[0] == []
    takeover = pushed(
        bob,
        change("scan", scan_id, scan(company_id, summary_notes="overgenomen"), base=versions[1]["version"]),
        change("scan", uuid.uuid4(), scan(company_id)),
        change("company", company_id, company(name="Bob's"), base=versions[0]["version"]),
    )
    assert [r["status"] for r in takeover] == ["rejected", "rejected", "rejected"]
    assert takeover[0]["reason"] == "This record belongs to another advisor"
    assert "registered by another advisor; ask the coordinator to assign it to you" in takeover[1]["reason"]
    coordinator_sees = {c["id"] for c in pull_all(carol)[0]}
    assert coordinator_sees == {str(company_id), str(scan_id)}
    read_only = pushed(carol, change("company", uuid.uuid4(), company(kvk="11112222")))[0]
    assert read_only["status"] == "rejected"
    assert "can only read" in read_only["reason"]


def test_an_assigned_company_reaches_the_advisor_and_takes_their_scans(alice: Api, bob: Api, carol: Api) -> None:
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    _, last = pull_all(bob)
    assigned = carol.post(f"/companies/{company_id}/assignments", json={"username": "bob"})
    assert assigned.status_code == 201
    changes, _ = pull_all(bob, cursor=last["cursor"])
    assert [c["id"] for c in changes] == [str(company_id)]
    assert pushed(bob, change("scan", uuid.uuid4(), scan(company_id)))[0]["status"] == "accepted"
    assert bob.post(f"/companies/{company_id}/assignments", json={"username": "bob"}).status_code == 403


def test_a_kvk_number_lives_once_on_the_server(alice: Api, bob: Api) -> None:
    pushed(alice, change("company", uuid.uuid4(), company(kvk="12345678")))
    mine_again = pushed(alice, change("company", uuid.uuid4(), company(kvk="12345678", name="Dubbel")))[0]
    assert mine_again["status"] == "rejected"
    assert mine_again["reason"] == "KvK number 12345678 is already registered on the server for 'Bouwbedrijf De Vries B.V.'"
    theirs = pushed(bob, change("company", uuid.uuid4(), company(kvk="12345678")))[0]
    assert theirs["field"] == "kvk"
    assert "by another advisor" in theirs["reason"]
    assert "De Vries" not in theirs["reason"], "another advisor's company name is not revealed"


def test_erasing_a_company_erases_everything_about_it(alice: Api, database: Database) -> None:
    company_id, scan_id, plan_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    versions = pushed(
        alice,
        change("company", company_id, company()),
        change("scan", scan_id, scan(company_id)),
        change("plan", plan_id, plan(company_id)),
    )
    erased = pushed(alice, change("company", company_id, None, base=versions[0]["version"], deleted=True))[0]
    assert erased["status"] == "accepted"
    changes, _ = pull_all(alice)
    assert all(c["deleted"] for c in changes)
    tombstone = next(c for c in changes if c["entity"] == "company")["data"]
    assert (tombstone["name"], tombstone["kvk"], tombstone["email"], tombstone["contact_person"]) == ("", "", "", "")
    assert next(c for c in changes if c["entity"] == "scan")["data"]["answers"] == []
    again = pushed(alice, change("scan", scan_id, None, base=versions[1]["version"], deleted=True))[0]
    assert again["status"] == "accepted", "deleting what is already gone is fine"
    engine = make_engine(database.url)
    with engine.connect() as connection:
        log = " ".join(str(row) for row in connection.execute(text("SELECT action, detail FROM audit_log")))
    engine.dispose()
    assert "record.delete" in log
    assert "De Vries" not in log, "the audit log names fields, never personal data"
    assert "zoe@example.nl" not in log
    assert pushed(alice, change("company", uuid.uuid4(), company()))[0]["status"] == "accepted", "the KvK number is free again"


def test_a_completed_scan_is_frozen(alice: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    versions = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id, completed=True)))
    assert versions[1]["status"] == "accepted"
    edited = pushed(
        alice, change("scan", scan_id, scan(company_id, completed=True, summary_notes="later"), base=versions[1]["version"])
    )
    assert edited[0]["status"] == "rejected"
    assert "make a revision" in edited[0]["reason"]
    revision = scan(company_id, completed=True, revision_of_id=str(scan_id), summary_notes="gecorrigeerd")
    assert pushed(alice, change("scan", uuid.uuid4(), revision))[0]["status"] == "accepted"


def test_voucher_rules_hold_on_the_server(alice: Api) -> None:
    company_id, voucher_id = uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    too_much = pushed(alice, change("voucher", uuid.uuid4(), voucher(company_id, 4_000_01)))[0]
    assert too_much["status"] == "rejected"
    assert too_much["reason"] == "The voucher amount €4,000.01 is above the maximum of €4,000.00"
    offline_steps = pushed(alice, change("voucher", voucher_id, voucher(company_id, 4_000_00, status="draft")))[0]
    approved = pushed(
        alice, change("voucher", voucher_id, voucher(company_id, status="approved"), base=offline_steps["version"])
    )[0]
    assert approved["status"] == "accepted", "draft -> submitted -> approved happened offline"
    back = pushed(alice, change("voucher", voucher_id, voucher(company_id, status="draft"), base=approved["version"]))[0]
    assert back["status"] == "rejected"
    assert "cannot go from 'approved' to 'draft'" in back["reason"]
    second = pushed(alice, change("voucher", uuid.uuid4(), voucher(company_id)))[0]
    assert "one voucher per company" in second["reason"]
