"""What the server computes for the programme: benchmarks for every device, monitoring for coordinators."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path
from typing import Any

import pytest

from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from .live import Api
from .records import answers, change, company, demo_changes, pull_all, pushed, scan, voucher


@pytest.fixture
def programme(tmp_path: Path, alice: Api, bob: Api) -> dict[str, list[dict[str, Any]]]:
    """Demo data of two advisors, pushed in batches as their devices would."""
    pushed_by = {"alice": demo_changes(tmp_path / "alice", 18, seed=1), "bob": demo_changes(tmp_path / "bob", 12, seed=2)}
    for api, changes in ((alice, pushed_by["alice"]), (bob, pushed_by["bob"])):
        for start in range(0, len(changes), 200):
            assert {r["status"] for r in pushed(api, *changes[start : start + 200])} == {"accepted"}
    return pushed_by


def completed_originals(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        c for c in changes if c["entity"] == "scan" and c["data"]["status"] == "completed" and not c["data"]["revision_of_id"]
    ]


def test_the_pull_carries_benchmarks_built_from_every_completed_scan(
    programme: dict[str, Any], alice: Api, tmp_path: Path
) -> None:
    _, last = pull_all(alice)
    (benchmarks,) = last["benchmarks"]
    assert (benchmarks["questionnaire_id"], benchmarks["questionnaire_version"]) == ("basisscan", "1.0")
    groups = {g["key"]: g for g in benchmarks["groups"]}
    with Workspace(tmp_path / "everything") as workspace:
        generate_demo(workspace, 18, seed=1)
        generate_demo(workspace, 12, seed=2)
        expected = workspace.benchmarks.local(workspace.questionnaire)
    assert groups.keys() == expected.keys()
    for key, group in expected.items():
        assert groups[key]["n"] == group.n
        assert groups[key]["means"] == pytest.approx(dict(group.means))
    companies = {c["data"]["company_id"] for c in completed_originals(programme["alice"] + programme["bob"])}
    assert groups["programme"]["n"] == len(companies), "one scan per company: a follow-up does not count twice"
    alices = {c["data"]["company_id"] for c in completed_originals(programme["alice"])}
    assert groups["programme"]["n"] > len(alices), "more than one advisor's companies"


def test_benchmarks_follow_a_new_completed_scan(alice: Api) -> None:
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", uuid.uuid4(), scan(company_id, completed=True)))
    groups = {g["key"]: g for g in pull_all(alice)[1]["benchmarks"][0]["groups"]}
    means = {f"D{i}": 3.0 for i in range(1, 7)}
    assert groups["programme"] == {"key": "programme", "n": 1, "means": means, "sii": 3.0, "counts": {}}
    assert groups["construction"]["n"] == 1
    other = uuid.uuid4()
    pushed(alice, change("company", other, company(kvk="87654321")), change("scan", uuid.uuid4(), scan(other, completed=True)))
    groups = {g["key"]: g for g in pull_all(alice)[1]["benchmarks"][0]["groups"]}
    assert groups["programme"]["n"] == 2


def test_monitoring_counts_scans_vouchers_and_the_funnel(programme: dict[str, Any], carol: Api) -> None:
    figures = carol.get("/monitoring").json()
    everything = programme["alice"] + programme["bob"]
    completed = completed_originals(everything)
    assert figures["scans"]["target"] == 300
    assert figures["scans"]["completed"] == len(completed)
    assert figures["scans"]["share_of_target"] == pytest.approx(len(completed) / 300, abs=1e-4)
    assert sum(row["completed"] for row in figures["scans"]["by_sector"]) == len(completed)
    assert sum(row["completed"] for row in figures["scans"]["by_month"]) == len(completed)
    by_advisor = {row["key"]: row["completed"] for row in figures["scans"]["by_advisor"]}
    assert by_advisor == {
        "alice": len(completed_originals(programme["alice"])),
        "bob": len(completed_originals(programme["bob"])),
    }
    vouchers = [c["data"] for c in everything if c["entity"] == "voucher"]
    committed = sum(v["amount_cents"] for v in vouchers if v["status"] in ("approved", "completed"))
    assert figures["vouchers"]["budget_cents"] == 300 * 4_000_00
    assert figures["vouchers"]["committed_cents"] == committed
    funnel = [step["companies"] for step in figures["implementation"]["funnel"]]
    assert funnel == sorted(funnel, reverse=True), "each step of the funnel holds no more companies than the one before"
    assert funnel[0] == len({c["data"]["company_id"] for c in completed})
    assert figures["implementation"]["trajectories"] == funnel[3]


def test_monitoring_exports_csv_for_excel(programme: dict[str, Any], carol: Api) -> None:
    summary = carol.get("/monitoring/export.csv")
    assert summary.headers["content-type"].startswith("text/csv")
    assert summary.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(summary.content.decode("utf-8-sig")), delimiter=","))  # English: plain CSV
    figures = carol.get("/monitoring").json()
    assert {
        "section": "scans",
        "key": "completed",
        "label": "",
        "value": str(figures["scans"]["completed"]),
        "target": "300",
    } in rows
    scans = list(csv.DictReader(io.StringIO(carol.get("/monitoring/scans.csv").content.decode("utf-8-sig")), delimiter=","))
    assert len(scans) == figures["scans"]["completed"]
    everything = {c["id"]: c["data"] for c in programme["alice"] + programme["bob"] if c["entity"] == "company"}
    for row in scans:
        assert 0 <= float(row["sii"]) <= 100
        assert row["advisor"] in ("alice", "bob")
    without_consent = {c["kvk"] for c in everything.values() if not c["consent"]}
    assert not without_consent & {row["kvk"] for row in scans}, "no names or numbers where the company did not consent"


def test_a_rejected_voucher_commits_nothing(alice: Api, carol: Api) -> None:
    company_id, voucher_id = uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    version = pushed(alice, change("voucher", voucher_id, voucher(company_id, status="approved")))[0]["version"]
    assert carol.get("/monitoring").json()["vouchers"]["committed_cents"] == 3_500_00
    pushed(alice, change("voucher", voucher_id, voucher(company_id, status="completed"), base=version))
    figures = carol.get("/monitoring").json()
    assert figures["vouchers"]["completed_cents"] == 3_500_00
    assert [s["companies"] for s in figures["implementation"]["funnel"]][2:] == [1, 1, 1]


def test_a_company_counts_with_the_scan_the_device_would_pick_when_two_complete_at_once(alice: Api) -> None:
    """Two scans of one company completed at the same moment: the greater scan id is its latest, as on a device."""
    company_id = uuid.uuid4()
    low, high = sorted((uuid.uuid4(), uuid.uuid4()), key=str)
    pushed(alice, change("company", company_id, company()))
    pushed(alice, change("scan", high, scan(company_id, completed=True, answers=answers(4))))
    pushed(alice, change("scan", low, scan(company_id, completed=True, answers=answers(2))))
    groups = {g["key"]: g for g in pull_all(alice)[1]["benchmarks"][0]["groups"]}
    assert groups["programme"]["n"] == 1
    assert groups["programme"]["means"] == {f"D{i}": 4.0 for i in range(1, 7)}, "the scan with the greater id"
