"""Files by SHA-256: ask which are missing, upload those, fetch one back."""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from advisor_app.domain.text import Text

from ....protocol.messages import FilesMissingRequest, FilesMissingResponse, FileStored
from ...core.errors import ApiError, PayloadTooLargeError
from ...services import files
from ..deps import CallerDep, StateDep

router = APIRouter(prefix="/files", tags=["files"])
SHA256 = r"^[0-9a-f]{64}$"
ALLOWED_TYPES = ("application/pdf", "image/jpeg", "image/png")
_SAFE_NAME = re.compile(r"[\x00-\x1f/\\]")


@router.post("/missing", response_model=FilesMissingResponse)
def missing(body: FilesMissingRequest, caller: CallerDep, state: StateDep) -> FilesMissingResponse:
    with state.sessions() as session:
        return FilesMissingResponse(missing=files.missing(session, caller.user, [f.sha256 for f in body.files]))


@router.put("/{sha256}", response_model=FileStored)
async def upload(
    *,
    request: Request,
    caller: CallerDep,
    state: StateDep,
    sha256: Annotated[str, Path(pattern=SHA256)],
    name: Annotated[str, Query(max_length=300)] = "",
    scan_id: uuid.UUID | None = None,
) -> FileStored:
    """Idempotent: uploading the same content again stores nothing new; ``scan_id`` must be a live scan of the caller's."""
    media_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if media_type not in ALLOWED_TYPES:
        raise ApiError(
            Text(
                f"Bestandstype '{media_type or '?'}' wordt niet bewaard (toegestaan: {', '.join(ALLOWED_TYPES)})",
                f"File type '{media_type or '?'}' is not stored (allowed: {', '.join(ALLOWED_TYPES)})",
            ),
            field="content-type",
        )
    limit = state.settings.max_upload_bytes
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLargeError(
                Text(
                    f"Het bestand is groter dan {limit // (1024 * 1024)} MB",
                    f"The file is larger than {limit // (1024 * 1024)} MB",
                )
            )
        chunks.append(chunk)
    content = b"".join(chunks)
    clean_name = _SAFE_NAME.sub("_", name)[:300] or f"{sha256}.pdf"
    try:
        clean_name.encode("utf-8")
    except UnicodeEncodeError:
        clean_name = f"{sha256}.pdf"

    def store() -> bool:
        with state.sessions() as session, session.begin():
            return files.store(
                session, caller.user, caller.device.id, sha256, content, name=clean_name, scan_id=scan_id, media_type=media_type
            )

    created = await run_in_threadpool(store)
    return FileStored(sha256=sha256, size=len(content), created=created)


@router.get("/{sha256}")
def download(caller: CallerDep, state: StateDep, sha256: Annotated[str, Path(pattern=SHA256)]) -> Response:
    with state.sessions() as session:
        stored = files.fetch(session, caller.user, sha256)
        return Response(stored.content, media_type=stored.media_type, headers={"Cache-Control": "private, max-age=31536000"})
