"""The device and the server count the same scans: one "superseded revision" rule (issue 11, point 2).

Demo data with corrections in every state (a completed revision, a revision
still in draft, a completed revision deleted again) is synced; the device's own
benchmark groups and Rogers population then equal what the server builds from
the scans it counts, and per company both take the same scan as the current one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from advisor_app.domain.benchmarks import build_benchmarks, latest_per_company, population
from advisor_app.domain.scoring import BenchmarkGroup
from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from ..server.live import BACKENDS, Database
from ..server.scratch_members import members_from_scratch
from .helpers import Device


def revise_and_complete(workspace: Workspace, scan_id: uuid.UUID, score: int) -> uuid.UUID:
    revision = workspace.scans.revise(scan_id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(revision.id, item_id, score)
    workspace.scans.complete(revision.id)
    return revision.id


def same_groups(device: dict[str, BenchmarkGroup], server: dict[str, BenchmarkGroup]) -> None:
    assert device.keys() == server.keys()
    for key, group in server.items():
        assert device[key].n == group.n, key
        assert device[key].means == pytest.approx(group.means), key
        assert device[key].sii == pytest.approx(group.sii), key


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_device_and_server_count_the_same_scans_with_revisions(device: Callable[..., Device], database: Database) -> None:
    alice = device("alice")
    workspace = alice.workspace
    generate_demo(workspace, 12, seed=11)
    completed = workspace.scans.summaries(status="completed")
    by_company: dict[uuid.UUID, uuid.UUID] = {}
    for summary in completed:
        by_company.setdefault(summary.company_id, summary.id)
    replaced, with_draft, with_deleted = list(by_company.values())[:3]
    replacement = revise_and_complete(workspace, replaced, 5)
    draft = workspace.scans.revise(with_draft)
    workspace.scans.answer(draft.id, workspace.questionnaire.item_ids[0], 1)
    workspace.scans.delete(revise_and_complete(workspace, with_deleted, 1))
    assert alice.sync().rejected == 0

    members = members_from_scratch(database.url)
    counted = {uuid.UUID(m.scan_id) for m in members}
    assert replacement in counted
    assert replaced not in counted, "a completed revision replaces its original"
    assert {with_draft, with_deleted} <= counted, "a draft or deleted revision replaces nothing"
    assert draft.id not in counted

    questionnaire = workspace.questionnaire
    same_groups(workspace.benchmarks.local(questionnaire), build_benchmarks(members))
    assert sorted(workspace.benchmarks.population(questionnaire)) == pytest.approx(sorted(population(members)))
    latest = {m.company_id: uuid.UUID(m.scan_id) for m in latest_per_company(members)}
    for company_id in by_company:
        followed = workspace.scans.start(company_id).follow_up_of_id
        assert followed == latest[str(company_id)], "a new scan follows up the scan the server counts"
