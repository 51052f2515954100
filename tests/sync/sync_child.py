"""One sync of a data folder in a child process, which the convergence test may SIGKILL at any moment.

    python -m tests.sync.sync_child FOLDER SERVER_URL BATCH_SIZE PAGE_SIZE

The device token comes in ``BASISSCAN_CHILD_KEYRING`` (the parent's in-memory
keyring as JSON), so the child is the same device as the parent's workspace.
Exit 0 after a sync, 3 when the sync gave up with a ``SyncError``. Imports only
the client and the core, so it starts quickly.
"""

from __future__ import annotations

import json
import os
import sys

from advisor_sync.client import Credentials, RetryPolicy, SyncEngine, SyncError, Timeouts
from keyring.backend import KeyringBackend

from advisor_app.workspace import Workspace

KEYRING_ENV = "BASISSCAN_CHILD_KEYRING"


class GivenKeyring(KeyringBackend):
    priority = 0  # never chosen on its own

    def __init__(self, secrets: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.secrets = secrets

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def main(argv: list[str]) -> int:
    folder, server_url, batch_size, page_size = argv
    secrets = {(service, account): secret for service, account, secret in json.loads(os.environ[KEYRING_ENV])}
    with Workspace(folder) as workspace:
        engine = SyncEngine(
            workspace,
            server_url,
            credentials=Credentials(GivenKeyring(secrets)),
            retry=RetryPolicy(attempts=3, backoff=0.05, max_delay=0.2),
            timeouts=Timeouts(connect=5, read=60),
            batch_size=int(batch_size),
            page_size=int(page_size),
        )
        try:
            engine.sync()
        except SyncError:
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
