"""The Scan versions page: the versions the server knows, and publishing a new one from a file.

Publishing goes through the same service as the API and ``advisor-server
publish-questionnaire`` (``services.questionnaires``): the app's own validator,
one plain line for every fault it finds, each naming the file, the place and the reason; a version
once published never changes. After a publication the browser is sent back to
the list (post, redirect, get), so a reload never posts the file again.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_app.domain.errors import BasisscanError, QuestionnaireError
from advisor_app.domain.questionnaire import file_name

from ..api.deps import StateDep
from ..core.errors import AlreadyExistsError
from ..models import ScanRecord
from ..services import questionnaires as versions
from .access import FormViewerDep, ViewerDep, refuse
from .render import render
from .texts import word

router = APIRouter()
MAX_FILE_BYTES = 2 * 1024 * 1024
"""A definition is some 60 kB; anything near this is not one."""


def _scans_per_version(session: Session) -> dict[str, int]:
    """Completed scans answered on each version, so the office sees which versions are in use."""
    rows = session.execute(
        select(ScanRecord.questionnaire_id, ScanRecord.questionnaire_version, func.count())
        .where(~ScanRecord.deleted, ScanRecord.status == "completed")
        .group_by(ScanRecord.questionnaire_id, ScanRecord.questionnaire_version)
    )
    return {f"{qid}@{version}": count for qid, version, count in rows}


def _page(
    request: Request, state: StateDep, viewer: ViewerDep, *, status: int = 200, faults: tuple[str, ...] = (), notice: str = ""
) -> Response:
    known = versions.newest_first(state.questionnaires.known())
    with state.sessions() as session:
        scans = _scans_per_version(session)
    refused = [error.in_language(viewer.language) for error in state.questionnaires.refused.values()]
    return render(
        request,
        "versions.html",
        viewer.language,
        status_code=status,
        viewer=viewer,
        active="versions",
        known=known,
        scans=scans,
        refused=refused,
        faults=faults,
        notice=notice,
    )


@router.get("/versions")
def scan_versions(request: Request, state: StateDep, viewer: ViewerDep, published: str = "", unchanged: str = "") -> Response:
    notice = ""
    if published:
        notice = word("version_published", viewer.language, version=published[:100])
    elif unchanged:
        notice = word("version_unchanged", viewer.language, version=unchanged[:100])
    return _page(request, state, viewer, notice=notice)


@router.post("/versions")
async def publish_version(
    request: Request, state: StateDep, viewer: FormViewerDep, definition: Annotated[UploadFile | None, File()] = None
) -> Response:
    if definition is None or not definition.filename:
        return _page(request, state, viewer, status=422, faults=(word("choose_file", viewer.language),))
    data = await definition.read(MAX_FILE_BYTES + 1)
    source = definition.filename.replace("\\", "/").rsplit("/", 1)[-1][:200]
    if len(data) > MAX_FILE_BYTES:
        return _page(request, state, viewer, status=413, faults=(word("file_too_large", viewer.language, name=source),))
    try:
        published = versions.publish_file(state.sessions, state.questionnaires, data, source, user_id=viewer.user.id)
    except QuestionnaireError as error:
        faults = tuple(fault.in_language(viewer.language) for fault in error.faults)
        return _page(request, state, viewer, status=422, faults=faults)
    except AlreadyExistsError as error:
        return _page(request, state, viewer, status=409, faults=(error.in_language(viewer.language),))
    key = quote(published.questionnaire.key)
    return RedirectResponse(f"/dashboard/versions?{'published' if published.created else 'unchanged'}={key}", status_code=303)


@router.get("/versions/{questionnaire_id}/{version}.json")
def download_version(request: Request, questionnaire_id: str, version: str, state: StateDep, viewer: ViewerDep) -> Response:
    """The definition as published, carrying its hash: where the next version starts from."""
    try:
        known = versions.content_of(state.questionnaires, questionnaire_id, version)
    except BasisscanError:
        return refuse(request, viewer.language, "not_found", 404)
    name = file_name(known.questionnaire.id, known.questionnaire.version)
    return Response(
        versions.pretty(known.content),
        media_type="application/json; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )
