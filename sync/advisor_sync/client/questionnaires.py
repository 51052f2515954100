"""New versions of the scan, fetched during the sync: new scans start on the newest from then on.

The last page of every pull names the versions the server knows (id, version
and hash: no extra round trip when nothing is new); the device downloads those
it has not got; each is checked with the app's own validator and against the hash the
server names before it is kept (``advisor_app.services.questionnaires``). A
stored copy that no longer matches its hash was left out when the workspace
opened, so it counts as missing and is fetched again. Drafts and completed
scans keep the version they were answered on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import quote

from advisor_app.domain.errors import QuestionnaireError
from advisor_app.services.questionnaires import receive

from ..protocol.messages import QuestionnaireRef
from ..protocol.questionnaires import QuestionnaireContent
from .http import ApiClient

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace

log = logging.getLogger(__name__)


def fetch_missing(api: ApiClient, workspace: Workspace, known_on_server: Iterable[QuestionnaireRef]) -> list[str]:
    """Download the versions the last pull page names and this device lacks; returns their ``id@version`` keys.

    A version this app cannot use (a newer format) is logged and skipped: the sync goes on without it.
    """
    received: list[str] = []
    for ref in known_on_server:
        key = f"{ref.id}@{ref.version}"
        if workspace.catalogue.knows(key):
            continue
        answer = api.get(f"/questionnaires/{quote(ref.id, safe='')}/{quote(ref.version, safe='')}", QuestionnaireContent)
        try:
            receive(workspace.db, workspace.catalogue, answer.content, ref.sha256)
        except QuestionnaireError as error:
            log.warning("questionnaire version %s not taken: %s", key, error.in_language("en"))
            continue
        received.append(key)
    return received
