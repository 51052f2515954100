"""A push's batch id and the answer kept with it: a replay gets the first answer, never a second application.

Its own module because it is the push's memory, not its rules: a device that got no answer sends the same
batch again under the same id, and the server answers from what it stored (for ``BATCH_MEMORY``) instead
of applying anything twice; the same id with other changes, or from another account, is refused.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import timedelta

from advisor_app.domain.text import Text

from ...protocol import ProblemCode
from ...protocol.messages import PushRequest, PushResponse
from ..core.errors import AlreadyExistsError
from ..models import PushBatch

BATCH_MEMORY = timedelta(days=30)
"""How long a batch's answer is kept for replays; a device retries within minutes, not months."""


class BatchChangedError(AlreadyExistsError):
    code = ProblemCode.BATCH_CHANGED
    title = "Batch id reused"


REQUEST_DIGEST = "request_sha256"
"""Kept with a batch's stored answer: the SHA-256 of the changes it answered."""


def request_digest(request: PushRequest) -> str:
    """The changes of a batch in canonical JSON (sorted keys), hashed: equal content, equal digest."""
    canonical = json.dumps([change.model_dump(mode="json") for change in request.changes], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def replayed_answer(stored: PushBatch, user_id: uuid.UUID, request: PushRequest) -> PushResponse:
    """The first answer to this batch id, if the same account sends the same changes again."""
    if stored.user_id != user_id:
        raise AlreadyExistsError(
            Text("Dit batch-id is al door een ander account gebruikt", "This batch id was already used by another account")
        )
    answer = dict(stored.response)
    digest = answer.pop(REQUEST_DIGEST, None)
    if digest is not None and digest != request_digest(request):
        raise BatchChangedError(
            Text(
                "Dit batch-id is al gebruikt voor andere wijzigingen; stuur nieuwe wijzigingen onder een nieuw batch-id",
                "This batch id was already used for different changes; send new changes under a new batch id",
            )
        )
    return PushResponse.model_validate({**answer, "replayed": True})
