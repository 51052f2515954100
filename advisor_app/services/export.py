"""Plain records for JSON and CSV: the command line's output and the evaluation export."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..domain.csvcells import csv_text
from ..domain.formatting import round_half_up
from ..domain.scoring import STAGE_NAMES, ScanResult, to_percent
from ..domain.sectors import sector_by_key
from ..domain.text import active_language
from .listing_json import summary_record

if TYPE_CHECKING:
    from ..workspace import Workspace
    from .scans import ScanSummary
    from .views import CompanyView, PlanView, ScanView, VoucherView

# The store is imported where the export reads it.


def iso(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def one_decimal(value: float | None) -> float | None:
    """Rounded half up, like the screen and the PDF (62.25 -> 62.3), never Python's half-to-even."""
    return None if value is None else float(round_half_up(value, 1))


def two_decimals(value: float | None) -> float | None:
    return None if value is None else float(round_half_up(value, 2))


def company_record(company: CompanyView) -> dict[str, Any]:
    return {
        "id": str(company.id),
        "name": company.name,
        "kvk": company.kvk,
        "sector": company.sector,
        "sector_name": sector_by_key(company.sector).name.get(),
        "employees": company.employees,
        "size_band": company.size_band,
        "municipality": company.municipality,
        "contact_person": company.contact_person,
        "email": company.email,
        "phone": company.phone,
        "consent": company.consent,
        "consent_at": iso(company.consent_at),
        "updated_at": iso(company.updated_at),
    }


def result_record(result: ScanResult) -> dict[str, Any]:
    return {
        "sii": one_decimal(result.sii_percent),
        "sii_mean": two_decimals(result.sii),
        "stage": result.stage,
        "stage_name": STAGE_NAMES[result.stage].get() if result.stage else None,
        "uncapped_stage": result.uncapped_stage,
        "weakest_dimension": result.weakest_dimension,
        "unbalanced": result.unbalanced,
        "spread": two_decimals(result.spread),
        "adopter_category": result.adopter_category,
        "dimensions": [
            {
                "id": d.dimension_id,
                "score": one_decimal(d.percent),
                "mean": two_decimals(d.mean),
                "stage": d.stage,
                "scored": d.scored,
                "not_applicable": d.not_applicable,
                "items": d.total,
                "sufficient": d.sufficient,
            }
            for d in result.dimensions
        ],
        "strengths": list(result.strengths),
        "improvement_areas": [
            {
                "dimension": p.dimension_id,
                "priority": two_decimals(p.value),
                "ambition": p.ambition,
                "benchmark_mean": two_decimals(p.benchmark_mean),
                "intervention": p.intervention,
                "actions": [a.get() for a in p.actions],
            }
            for p in result.improvement_areas
        ],
        "value_chain": None
        if result.value_chain is None
        else {"means": {k: two_decimals(v) for k, v in result.value_chain.means.items()}, "weakest": result.value_chain.weakest},
        "innovation_types": dict(result.innovation_types),
        "output_score": one_decimal(None if result.output_mean is None else to_percent(result.output_mean)),
    }


def scan_record(summary: ScanSummary, view: ScanView, result: ScanResult) -> dict[str, Any]:
    """``scans show --json``: the summary, the intake, every answer and every score."""
    notes = view.notes
    given = view.answers
    return {
        **summary_record(summary),
        "questionnaire": view.questionnaire.key,
        "intake": dict(view.scan.intake),
        "ambitions": view.ambitions,
        "summary_notes": view.scan.summary_notes,
        "answers": [
            {
                "item": item.id,
                "dimension": item.dimension_id,
                "score": given.get(item.id),
                "not_applicable": item.id in given and given[item.id] is None,
                "answered": item.id in given,
                "note": notes.get(item.id, ""),
            }
            for item in view.questionnaire.items()
        ],
        "result": result_record(result),
    }


def plan_record(plan: PlanView) -> dict[str, Any]:
    return {
        "id": str(plan.id),
        "company_id": str(plan.company_id),
        "scan_id": str(plan.scan_id) if plan.scan_id else None,
        "title": plan.title,
        "next_steps": plan.next_steps,
        "actions": [
            {
                "id": str(a.id),
                "dimension": a.dimension_id,
                "description": a.description,
                "owner": a.owner,
                "due_date": iso(a.due_date),
                "status": a.status,
            }
            for a in plan.actions
        ],
    }


def voucher_record(voucher: VoucherView) -> dict[str, Any]:
    """Amounts in whole cents, as the store, the sync and the server's GDPR export carry them: exact, never a float."""
    return {
        "id": str(voucher.id),
        "company_id": str(voucher.company_id),
        "plan_id": str(voucher.plan_id) if voucher.plan_id else None,
        "amount_cents": voucher.amount_cents,
        "own_contribution_cents": voucher.own_contribution_cents,
        "supplier": voucher.supplier,
        "deliverables": voucher.deliverables,
        "status": voucher.status,
    }


@contextmanager
def atomic_writer(path: Path, newline: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename, so a failure never leaves half a file."""
    path = path.expanduser().resolve()
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed only after a clean write
        "w", encoding="utf-8", newline=newline, dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: Any) -> None:
    with atomic_writer(path) as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """CSV for a spreadsheet in the command's language (Dutch: ``;`` and ``6,3``; English: ``,`` and ``6.3``; see csvcells)."""
    with atomic_writer(path, newline="") as out:
        out.write(csv_text(header, rows, active_language()))


def export_company(workspace: Workspace, company_id: uuid.UUID, path: Path) -> int:
    """One company's data as one JSON file (GDPR right of access), in the evaluation export's records; returns its scans."""
    company = workspace.companies.get(company_id)
    summaries = workspace.scans.summaries(company_id)
    scans = [scan_record(s, view, workspace.scans.result(view)) for s in summaries for view in [workspace.scans.get(s.id)]]
    write_json(
        path,
        {
            "questionnaire": workspace.questionnaire.key,
            "company": company_record(company),
            "scans": scans,
            "plans": [plan_record(p) for p in workspace.plans.for_company(company_id)],
            "vouchers": [voucher_record(v) for v in workspace.vouchers.for_company(company_id)],
        },
    )
    return len(summaries)


def export_all(workspace: Workspace, path: Path, fmt: str) -> int:
    """Everything on this device for evaluation: JSON in full, or CSV with one row per scan."""
    summaries = workspace.scans.summaries()
    if fmt == "json":
        companies = workspace.companies.list()
        write_json(
            path,
            {
                "questionnaire": workspace.questionnaire.key,
                "companies": [company_record(c) for c in companies],
                "scans": [
                    scan_record(s, view, workspace.scans.result(view)) for s in summaries for view in [workspace.scans.get(s.id)]
                ],
                "plans": [plan_record(p) for c in companies for p in workspace.plans.for_company(c.id)],
                "vouchers": [voucher_record(v) for v in workspace.vouchers.all()],
            },
        )
        return len(summaries)
    questionnaire = workspace.questionnaire
    dimension_ids = [d.id for d in questionnaire.dimensions]
    item_ids = list(questionnaire.item_ids)
    header = [
        "scan_id",
        "company",
        "kvk",
        "sector",
        "status",
        "started_at",
        "completed_at",
        "sii",
        "stage",
        *dimension_ids,
        *item_ids,
    ]
    rows = []
    from sqlalchemy import select

    from ..store.models import Answer

    with workspace.db.read() as session:
        answers: dict[str, dict[str, str]] = {}
        for scan_id, item_id, score, not_applicable in session.execute(
            select(Answer.scan_id, Answer.item_id, Answer.score, Answer.not_applicable)
        ):
            answers.setdefault(str(scan_id), {})[item_id] = "na" if not_applicable else ("" if score is None else str(score))
    for s in summaries:
        record = summary_record(s)
        given = answers.get(record["id"], {})
        rows.append(
            [
                record["id"],
                s.company,
                s.kvk,
                s.sector,
                s.status,
                record["started_at"],
                record["completed_at"] or "",
                "" if record["sii"] is None else record["sii"],
                s.result.stage or "",
                *["" if d.percent is None else one_decimal(d.percent) for d in s.result.dimensions],
                *[given.get(item_id, "") for item_id in item_ids],
            ]
        )
    write_csv(path, header, rows)
    return len(summaries)
