"""Edges of the rulebook on the server, pushed over HTTP: where a rule ends, the server accepts what the device does.

A rule the server applies more strictly than the device is a drift too: the
advisor's work is then refused at the sync although the app let her do it.
"""

from __future__ import annotations

import uuid

from .dashboard import Dashboard
from .live import Api, LiveServer
from .records import answers, change, company, pull_all, pushed, scan

SUPERSEDED = "This scan was already replaced by a completed revision; revise the newest revision"


def test_a_revision_begun_before_its_sibling_was_completed_can_still_be_finished(alice: Api) -> None:
    """Two revisions of one completed scan begun on two laptops: the first completed does not strand the other.

    "No revision of a replaced scan" is a rule about making a revision (the
    device checks it when the advisor asks for one); a revision the server
    accepted stays a revision whose answers she may go on saving and complete.
    A new revision of the replaced scan is still refused.
    """
    company_id, original, first, second = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", original, scan(company_id, completed=True)))
    begun = pushed(
        alice,
        change("scan", first, scan(company_id, revision_of_id=str(original))),
        change("scan", second, scan(company_id, revision_of_id=str(original))),
    )
    assert [r["status"] for r in begun] == ["accepted", "accepted"]
    done = pushed(
        alice, change("scan", first, scan(company_id, completed=True, revision_of_id=str(original)), base=begun[0]["version"])
    )
    assert done[0]["status"] == "accepted"

    saved = pushed(
        alice,
        change(
            "scan",
            second,
            {**scan(company_id, revision_of_id=str(original)), "answers": [{"item_id": "D1.1", "score": 5}]},
            base=begun[1]["version"],
        ),
    )[0]
    assert saved["status"] == "accepted", saved.get("reason")
    completed = pushed(
        alice,
        change(
            "scan",
            second,
            {**scan(company_id, completed=True, revision_of_id=str(original)), "answers": answers(4)},
            base=saved["version"],
        ),
    )[0]
    assert completed["status"] == "accepted", completed.get("reason")

    fork = pushed(alice, change("scan", uuid.uuid4(), scan(company_id, revision_of_id=str(original))))[0]
    assert (fork["status"], fork["reason"]) == ("rejected", SUPERSEDED)
    stored = {c["id"]: c for c in pull_all(alice)[0]}
    assert stored[str(second)]["data"]["status"] == "completed"


def test_a_refused_erasure_keeps_the_company_and_the_colleagues_scans_while_her_own_deletions_stand(
    alice: Api, bob: Api, carol: Api
) -> None:
    """Bob (assigned) erases a company that holds Alice's completed scan: the erasure is refused.

    His own scans of that company, deleted in the same push, are deleted: an
    advisor may delete his own scan on the device and through the sync alike,
    and an erasure is the company's request to forget what can be forgotten.
    Nothing of Alice's goes, and the company stays (the coordinator decides).
    """
    company_id, alices_scan, bobs_scan = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", alices_scan, scan(company_id, completed=True)))
    assert carol.post(f"/companies/{company_id}/assignments", json={"username": "bob"}).status_code == 201
    company_version = next(c for c in pull_all(bob)[0] if c["id"] == str(company_id))["version"]
    bobs_version = pushed(bob, change("scan", bobs_scan, scan(company_id, completed=True, advisor="Bob")))[0]["version"]

    erasure, deletion = pushed(
        bob,
        change("company", company_id, None, base=company_version, deleted=True),
        change("scan", bobs_scan, None, base=bobs_version, deleted=True),
    )
    assert erasure["status"] == "rejected"
    assert erasure["reason"] == "Records of other advisors belong to this company; ask the coordinator to erase it"
    assert deletion["status"] == "accepted"
    seen = {c["id"]: c for c in pull_all(alice)[0]}
    assert seen[str(company_id)]["deleted"] is False
    assert seen[str(alices_scan)]["deleted"] is False
    assert seen[str(company_id)]["data"]["contact_person"] == "Zoë de Vries"


def test_the_company_file_marks_only_a_scan_a_completed_revision_replaced(alice: Api, server: LiveServer) -> None:
    """The dashboard's company file says "replaced by a correction" by the rulebook's predicate, not a draft's."""
    replaced_company, kept_company = uuid.uuid4(), uuid.uuid4()
    original, other = uuid.uuid4(), uuid.uuid4()
    results = pushed(
        alice,
        change("company", replaced_company, company()),
        change("scan", original, scan(replaced_company, completed=True)),
        change("scan", uuid.uuid4(), scan(replaced_company, completed=True, revision_of_id=str(original))),
        change("company", kept_company, company(kvk="87654321", name="Other")),
        change("scan", other, scan(kept_company, completed=True)),
        change("scan", uuid.uuid4(), scan(kept_company, revision_of_id=str(other))),
    )
    assert {r["status"] for r in results} == {"accepted"}
    coordinator = Dashboard(server.url)
    assert coordinator.log_in("carol").status_code == 303
    assert coordinator.get(f"/dashboard/companies/{replaced_company}").text.count("replaced by a correction") == 1
    assert "replaced by a correction" not in coordinator.get(f"/dashboard/companies/{kept_company}").text


def test_a_scan_naming_an_unknown_dimension_or_intake_question_or_lacking_its_completion_time_is_refused(
    alice: Api,
) -> None:
    """The rulebook's answer checks, as the device's scan service applies them, on the server too."""
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    dimension, intake, untimed = pushed(
        alice,
        change("scan", uuid.uuid4(), scan(company_id, ambitions={"D99": 2})),
        change("scan", uuid.uuid4(), scan(company_id, intake={"favourite_colour": "blue"})),
        change("scan", uuid.uuid4(), {**scan(company_id, completed=True), "completed_at": None}),
    )
    assert (dimension["status"], dimension["reason"]) == ("rejected", "Unknown dimension D99")
    assert (intake["status"], intake["reason"]) == ("rejected", "Unknown intake question favourite_colour")
    assert (untimed["status"], untimed["reason"]) == ("rejected", "A completed scan lacks its completion time")
    assert not [c for c in pull_all(alice)[0] if c["entity"] == "scan"]
