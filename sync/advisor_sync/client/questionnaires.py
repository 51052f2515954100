"""New versions of the scan, fetched during the sync: new scans start on the newest from then on.

The device asks the server which versions it knows and downloads those it has
not got; each is checked with the app's own validator and against the hash the
server names before it is kept (``advisor_app.services.questionnaires``). A
stored copy that no longer matches its hash was left out when the workspace
opened, so it counts as missing and is fetched again. Drafts and completed
scans keep the version they were answered on.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import quote

from advisor_app.domain.errors import QuestionnaireError
from advisor_app.services.questionnaires import receive

from ..protocol.questionnaires import QuestionnaireContent, QuestionnaireList
from .errors import RequestRefusedError
from .http import ApiClient

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace

log = logging.getLogger(__name__)


def fetch_new_versions(api: ApiClient, workspace: Workspace) -> list[str]:
    """The ``id@version`` keys received; a version this app cannot use is logged and skipped, the sync goes on."""
    try:
        listing = api.get("/questionnaires", QuestionnaireList)
    except RequestRefusedError:
        log.info("the server lists no questionnaire versions (it predates publishing); skipped")
        return []
    received: list[str] = []
    for info in listing.versions:
        key = f"{info.id}@{info.version}"
        if workspace.catalogue.knows(key):
            continue
        answer = api.get(f"/questionnaires/{quote(info.id, safe='')}/{quote(info.version, safe='')}", QuestionnaireContent)
        try:
            receive(workspace.db, workspace.catalogue, answer.content, info.sha256)
        except QuestionnaireError as error:
            log.warning("questionnaire version %s not taken: %s", key, error.in_language("en"))
            continue
        received.append(key)
    return received
