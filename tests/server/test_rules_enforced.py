"""The rulebook on the server: what the device refuses, the server refuses too, pushed over HTTP.

Each test pushes a record the rules forbid (as an old, buggy or hostile
client could) and checks that it is rejected with the rulebook's reason and
that the server's data is unchanged.
"""

from __future__ import annotations

import uuid

from .live import Api
from .records import LATER, NOW, answers, change, company, plan, pull_all, push, pushed, scan, voucher

EARLIER = "2025-09-30T08:00:00+00:00"


def two_companies(api: Api) -> tuple[uuid.UUID, uuid.UUID]:
    first, second = uuid.uuid4(), uuid.uuid4()
    results = pushed(api, change("company", first, company()), change("company", second, company(kvk="87654321", name="Other")))
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    return first, second


def test_a_plan_cannot_name_a_scan_of_another_company(alice: Api) -> None:
    company_a, company_b = two_companies(alice)
    scan_a = uuid.uuid4()
    pushed(alice, change("scan", scan_a, scan(company_a, completed=True)))
    refused = pushed(alice, change("plan", uuid.uuid4(), plan(company_b, scan_id=str(scan_a))))[0]
    assert refused["status"] == "rejected"
    assert refused["field"] == "scan_id"
    assert refused["reason"] == "The scan belongs to another company than this plan"


def test_a_voucher_cannot_name_a_plan_of_another_company(alice: Api) -> None:
    company_a, company_b = two_companies(alice)
    plan_a = uuid.uuid4()
    pushed(alice, change("plan", plan_a, plan(company_a)))
    refused = pushed(alice, change("voucher", uuid.uuid4(), voucher(company_b, plan_id=str(plan_a))))[0]
    assert refused["status"] == "rejected"
    assert refused["field"] == "plan_id"
    assert refused["reason"] == "The plan belongs to another company than this voucher"


def test_a_revision_cannot_cross_companies(alice: Api) -> None:
    company_a, company_b = two_companies(alice)
    scan_a = uuid.uuid4()
    pushed(alice, change("scan", scan_a, scan(company_a, completed=True)))
    refused = pushed(alice, change("scan", uuid.uuid4(), scan(company_b, revision_of_id=str(scan_a))))[0]
    assert refused["status"] == "rejected"
    assert refused["field"] == "revision_of_id"
    assert refused["reason"] == "The revised scan belongs to another company than this scan"


def test_only_a_completed_scan_can_be_revised_or_followed_up(alice: Api) -> None:
    company_id = uuid.uuid4()
    draft_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", draft_id, scan(company_id)))
    revision, follow_up = pushed(
        alice,
        change("scan", uuid.uuid4(), scan(company_id, revision_of_id=str(draft_id))),
        change("scan", uuid.uuid4(), scan(company_id, follow_up_of_id=str(draft_id))),
    )
    assert (revision["status"], revision["field"]) == ("rejected", "revision_of_id")
    assert revision["reason"] == "Only a completed scan can be revised"
    assert (follow_up["status"], follow_up["field"]) == ("rejected", "follow_up_of_id")
    assert follow_up["reason"] == "Only a completed scan can be followed up"


def test_a_scan_already_replaced_by_a_completed_revision_is_not_revised_again(alice: Api) -> None:
    company_id, original = uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", original, scan(company_id, completed=True)))
    first = pushed(alice, change("scan", uuid.uuid4(), scan(company_id, completed=True, revision_of_id=str(original))))[0]
    assert first["status"] == "accepted"
    fork = pushed(alice, change("scan", uuid.uuid4(), scan(company_id, revision_of_id=str(original))))[0]
    assert fork["status"] == "rejected"
    assert fork["reason"] == "This scan was already replaced by a completed revision; revise the newest revision"


def test_a_deleted_completed_scan_does_not_come_back_with_other_answers(alice: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    versions = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id, completed=True)))
    deleted = pushed(alice, change("scan", scan_id, None, base=versions[1]["version"], deleted=True))[0]
    assert deleted["status"] == "accepted"
    again = pushed(
        alice, change("scan", scan_id, {**scan(company_id, completed=True), "answers": answers(5)}, base=deleted["version"])
    )[0]
    assert again["status"] == "rejected"
    assert "completed and is frozen" in again["reason"]
    stored = next(c for c in pull_all(alice)[0] if c["id"] == str(scan_id))
    assert stored["deleted"] is True


def test_the_own_contribution_is_not_more_than_the_voucher(alice: Api) -> None:
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    refused = pushed(alice, change("voucher", uuid.uuid4(), voucher(company_id, 1_000_00, own_contribution_cents=1_000_01)))[0]
    assert refused["status"] == "rejected"
    assert refused["field"] == "own_contribution"
    assert refused["reason"] == "The own contribution is more than the voucher amount"


def test_a_scan_is_not_completed_before_it_started(alice: Api) -> None:
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    refused = pushed(alice, change("scan", uuid.uuid4(), scan(company_id, completed=True, completed_at=EARLIER)))[0]
    assert refused["status"] == "rejected"
    assert refused["field"] == "completed_at"
    assert refused["reason"] == "The scan cannot be completed before it was started"
    fine = pushed(alice, change("scan", uuid.uuid4(), scan(company_id, completed=True, completed_at=NOW)))[0]
    assert fine["status"] == "accepted", "completed the moment it started is possible"


def test_a_replayed_batch_id_with_other_content_is_refused_with_409(alice: Api) -> None:
    batch = uuid.uuid4()
    company_id = uuid.uuid4()
    first = push(alice, change("company", company_id, company()), batch_id=batch)
    assert first.status_code == 200
    changed = push(alice, change("company", company_id, company(name="Anders", updated_at=LATER)), batch_id=batch)
    assert changed.status_code == 409
    assert changed.json()["code"] == "batch-changed"
    assert "different changes" in changed.json()["detail"]
    reordered = dict(reversed(list(company().items())))
    same = push(alice, change("company", company_id, reordered), batch_id=batch)
    assert same.status_code == 200, "the same changes, whatever the order of their keys, are a replay"
    assert same.json()["replayed"] is True


def test_keep_mine_does_not_bring_back_an_erased_company(alice: Api) -> None:
    """Device 1 erases the company; device 2 had edited it offline and chooses "keep mine"."""
    company_id = uuid.uuid4()
    version = pushed(alice, change("company", company_id, company()))[0]["version"]
    erased = pushed(alice, change("company", company_id, None, base=version, deleted=True))[0]
    conflict = pushed(alice, change("company", company_id, company(municipality="Zeist", updated_at=LATER), base=version))[0]
    assert conflict["status"] == "conflict"
    assert conflict["server"]["deleted"] is True
    kept = pushed(
        alice, change("company", company_id, company(municipality="Zeist", updated_at=LATER), base=conflict["server"]["version"])
    )[0]
    assert kept["status"] == "rejected"
    assert kept["reason"] == "This company was erased (GDPR); erasure cannot be undone. Register it again as a new company."
    stored = next(c for c in pull_all(alice)[0] if c["id"] == str(company_id))
    assert stored["deleted"] is True
    assert stored["version"] == erased["version"]
    assert stored["data"]["name"] == stored["data"]["contact_person"] == ""


def test_an_assigned_advisor_cannot_erase_another_advisors_scans(alice: Api, bob: Api, carol: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    versions = pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id, completed=True)))
    assert carol.post(f"/companies/{company_id}/assignments", json={"username": "bob"}).status_code == 201
    company_version = next(c for c in pull_all(bob)[0] if c["id"] == str(company_id))["version"]
    refused = pushed(bob, change("company", company_id, None, base=company_version, deleted=True))[0]
    assert refused["status"] == "rejected"
    assert refused["reason"] == ("Records of other advisors belong to this company; ask the coordinator to erase it")
    alice_sees = {c["id"]: c for c in pull_all(alice)[0]}
    assert alice_sees[str(scan_id)]["deleted"] is False
    assert alice_sees[str(scan_id)]["version"] == versions[1]["version"]


def test_the_coordinator_erases_a_company_with_everything_about_it(alice: Api, bob: Api, carol: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id, completed=True)))
    assert bob.post(f"/companies/{company_id}/erase").status_code == 403, "advisors erase through their own sync"
    erased = carol.post(f"/companies/{company_id}/erase")
    assert erased.status_code == 200, erased.text
    assert erased.json() == {"company_id": str(company_id), "erased": 2}
    alice_sees = {c["id"]: c for c in pull_all(alice)[0]}
    assert (alice_sees[str(company_id)]["deleted"], alice_sees[str(scan_id)]["deleted"]) == (True, True)
    assert carol.post(f"/companies/{company_id}/erase").status_code == 404, "erased already"


def test_an_advisor_erases_a_company_that_holds_only_their_own_records(alice: Api) -> None:
    company_id = uuid.uuid4()
    versions = pushed(alice, change("company", company_id, company()), change("scan", uuid.uuid4(), scan(company_id)))
    erased = pushed(alice, change("company", company_id, None, base=versions[0]["version"], deleted=True))[0]
    assert erased["status"] == "accepted"


def test_another_advisors_scan_is_answered_as_unknown(alice: Api, bob: Api) -> None:
    """Naming a colleague's scan or an id nobody has gets the same answer: no hint of what exists."""
    company_id, bobs_scan = uuid.uuid4(), uuid.uuid4()
    pushed(bob, change("company", company_id, company()), change("scan", bobs_scan, scan(company_id, completed=True)))
    own_company, nowhere = uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", own_company, company(kvk="87654321")))
    theirs, unknown = pushed(
        alice,
        change("scan", uuid.uuid4(), scan(own_company, revision_of_id=str(bobs_scan))),
        change("scan", uuid.uuid4(), scan(own_company, revision_of_id=str(nowhere))),
    )
    assert theirs["reason"] == f"The record refers to scan {bobs_scan}, which the server does not know"
    assert unknown["reason"] == f"The record refers to scan {nowhere}, which the server does not know"
    assert theirs["field"] == unknown["field"] == "scan_id"
