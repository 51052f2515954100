"""A keyring backend in a JSON file, so ``advisor-app`` in a child process keeps a token between runs.

Selected with ``PYTHON_KEYRING_BACKEND=tests.sync.file_keyring.FileKeyring``
and ``BASISSCAN_TEST_KEYRING_FILE``; CI uses the real Secret Service instead.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FILE_ENV = "BASISSCAN_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 0  # only when named explicitly

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}|{username}"] = password
        self.path.write_text(json.dumps(secrets))

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        secrets.pop(f"{service}|{username}", None)
        self.path.write_text(json.dumps(secrets))
