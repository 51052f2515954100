"""Scans to report on: the demo data set, and hand-made scans for the edge cases."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

import pytest

from advisor_app.services.companies import CompanyInput
from advisor_app.services.scans import ScanSummary
from advisor_app.workspace import Workspace


@dataclass(frozen=True)
class DemoScans:
    first: list[ScanSummary]
    """Completed scans that follow up nothing: the normal case."""
    follow_ups: list[ScanSummary]
    drafts: list[ScanSummary]


@pytest.fixture
def demo_scans(demo_workspace: Workspace) -> DemoScans:
    summaries = demo_workspace.scans.summaries()
    found = DemoScans(
        first=[s for s in summaries if s.status == "completed" and s.follow_up_of_id is None],
        follow_ups=[s for s in summaries if s.status == "completed" and s.follow_up_of_id is not None],
        drafts=[s for s in summaries if s.status == "draft"],
    )
    assert found.first, "the demo data should hold completed scans"
    assert found.drafts, "the demo data should hold drafts"
    return found


def answer_all(workspace: Workspace, scan_id: uuid.UUID, scores: Mapping[str, int | None]) -> None:
    """Answer items; a ``None`` score is "don't know / n.a."."""
    for item_id, score in scores.items():
        if score is None:
            workspace.scans.answer(scan_id, item_id, None, not_applicable=True)
        else:
            workspace.scans.answer(scan_id, item_id, score)


def by_dimension(workspace: Workspace, scores: Mapping[str, int | None]) -> dict[str, int | None]:
    """Every item of each named dimension gets that dimension's score."""
    return {item.id: scores[d.id] for d in workspace.questionnaire.dimensions if d.id in scores for item in d.items}


def new_company(workspace: Workspace, name: str = "Coöperatie Zoë's Bouw en Installatie", kvk: str = "12345678") -> uuid.UUID:
    company = workspace.companies.create(
        CompanyInput(
            name=name,
            kvk=kvk,
            sector="construction",
            employees=23,
            municipality="Utrecht",
            contact_person="Zoë de Vries",
            consent=True,
        )
    )
    return company.id


def completed_with_a_gap(workspace: Workspace, scores: Mapping[str, int], gap: str) -> uuid.UUID:
    """A new company's completed scan, each dimension at its score but ``gap``, which has only its first item answered.

    One answer is too few for a dimension's score, so the radar's company line is broken at ``gap``.
    """
    scan = workspace.scans.start(new_company(workspace))
    answers = by_dimension(workspace, scores)
    for item in workspace.questionnaire.dimension(gap).items[1:]:
        answers[item.id] = None
    answer_all(workspace, scan.id, answers)
    workspace.scans.complete(scan.id)
    return scan.id
