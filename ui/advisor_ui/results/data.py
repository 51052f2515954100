"""Everything the results page shows, gathered off the main thread: the PDF's own view model and a few facts.

The page renders ``advisor_app.report.content`` (``ReportContent``), the same
Qt-free, one-language view model the PDF is drawn from, so the screen and the
paper cannot disagree about strengths, improvement areas, the benchmark or the
comparison. Gathering it scores the scan against the benchmark, so it runs in
a worker; a language switch gathers it again in the new language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advisor_app.domain.vocabulary import ScanStatus
from advisor_app.workspace import Workspace

if TYPE_CHECKING:
    from advisor_app.report.content import ReportContent


@dataclass(frozen=True)
class ResultsData:
    content: ReportContent
    company_id: uuid.UUID
    completed: bool
    has_plan: bool
    """A plan was made from this scan already ("Open plan" rather than "Make plan")."""


def load_results(workspace: Workspace, scan_id: uuid.UUID, language: str) -> ResultsData:
    from advisor_app.report.content import gather  # reportlab loads in the worker, not at start-up

    view = workspace.scans.get(scan_id)
    content = gather(workspace, scan_id, language)
    has_plan = any(plan.scan_id == scan_id for plan in workspace.plans.for_company(view.company.id))
    return ResultsData(content, view.company.id, view.scan.status == ScanStatus.COMPLETED, has_plan)


def plan_from_results(workspace: Workspace, scan_id: uuid.UUID, language: str) -> uuid.UUID:
    """The company's plan for this scan, drawn up from its improvement areas unless it exists; the company's id."""
    scans, plans = workspace.scans, workspace.plans
    view = scans.get(scan_id)
    if not any(plan.scan_id == scan_id for plan in plans.for_company(view.company.id)):
        plans.create_from_result(scan_id, scans.result(view), language)
    return view.company.id


def follow_up(workspace: Workspace, company_id: uuid.UUID, advisor: str) -> uuid.UUID:
    """The company's open draft, or a new scan (a follow-up of the last completed one); its id."""
    drafts = [s for s in workspace.scans.for_company(company_id) if s.status == ScanStatus.DRAFT]
    if drafts:
        return drafts[0].id
    return workspace.scans.start(company_id, advisor=advisor).id
