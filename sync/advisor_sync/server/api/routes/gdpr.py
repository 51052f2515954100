"""GDPR: a company's data as one JSON file (erasure is ``POST /companies/{id}/erase``, in ``admin``)."""

from __future__ import annotations

import json
import uuid

from fastapi import APIRouter, Response

from ...services.gdpr import company_export
from ..deps import CallerDep, StateDep

router = APIRouter(tags=["GDPR"])


@router.get("/companies/{company_id}/export")
def export_company(company_id: uuid.UUID, caller: CallerDep, state: StateDep) -> Response:
    """Everything about the company the caller may read: coordinators all, an advisor their own view; a download.

    The file is named by the company's id, not its name or KvK number (file names end up in many places).
    """
    with state.sessions() as session, session.begin():
        export = company_export(session, caller.user, company_id, device_id=caller.device.id)
    return Response(
        json.dumps(export, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="basisscan-company-{company_id}.json"'},
    )
