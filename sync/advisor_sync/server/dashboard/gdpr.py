"""The GDPR actions on a company's page: export its data as one JSON file, and erase it after a confirmation.

Both change something (an export is audited, an erasure is for good), so both are form posts
carrying the session's CSRF token. The erasure asks first on a page of its own that names the
company and says what goes; only the post from that page erases. Both go through the same service as
the API (``services.gdpr``), so the file is the API's file and the erasure the API's erasure: audited
by ids only, and carried to every device at its next pull. Afterwards the browser lands on the
Companies page with a line that names no one (the address ends up in logs and the browser's history).
"""

from __future__ import annotations

import json
import uuid

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ..api.deps import StateDep
from ..core.errors import NotFoundError
from ..models import CompanyRecord
from ..services import gdpr
from .access import FormViewerDep, ViewerDep, refuse
from .render import render

router = APIRouter()


def _company_id(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


@router.post("/companies/{company_id}/export")
def export_company(request: Request, company_id: str, state: StateDep, viewer: FormViewerDep) -> Response:
    """The API's export file, as a download named by the company's id (never its name or KvK number)."""
    wanted = _company_id(company_id)
    if wanted is None:
        return refuse(request, viewer.language, "not_found", 404)
    try:
        with state.sessions() as session, session.begin():
            export = gdpr.company_export(session, viewer.user, wanted, device_id=None)
    except NotFoundError:
        return refuse(request, viewer.language, "not_found", 404)
    return Response(
        json.dumps(export, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="basisscan-company-{wanted}.json"',
            "Cache-Control": "no-store",
        },
    )


@router.get("/companies/{company_id}/erase")
def confirm_erasure(request: Request, company_id: str, state: StateDep, viewer: ViewerDep) -> Response:
    """The confirmation step: what will go, and the one button that erases."""
    wanted = _company_id(company_id)
    with state.sessions() as session:
        company = session.get(CompanyRecord, wanted) if wanted is not None else None
        if company is None or company.deleted:
            return refuse(request, viewer.language, "not_found", 404)
        return render(request, "erase.html", viewer.language, viewer=viewer, active="companies", company=company)


@router.post("/companies/{company_id}/erase")
def erase_company(request: Request, company_id: str, state: StateDep, viewer: FormViewerDep) -> Response:
    wanted = _company_id(company_id)
    if wanted is None:
        return refuse(request, viewer.language, "not_found", 404)
    try:
        with state.sessions() as session, session.begin():
            erased = gdpr.erase(session, wanted, user_id=viewer.user.id, device_id=None)
    except NotFoundError:
        return refuse(request, viewer.language, "not_found", 404)
    return RedirectResponse(f"/dashboard/companies?erased={erased}", status_code=303)
