"""The device token in the OS keyring: the one place that touches ``keyring``.

The token lives under the service name ``basisscan`` (see ``SERVICE_NAME``),
with the server address as the account, never in SQLite or a settings file.
A machine without a keyring backend gets a plain warning (``warning``) and
the token is kept in memory for this run only, so the advisor is asked for
the password again next time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

from advisor_app.domain.text import Text

SERVICE_NAME = "basisscan"
NO_KEYRING = Text(
    "Er is geen wachtwoordkluis (keyring) op deze computer; de app onthoudt de toegang tot de server alleen "
    "zolang hij openstaat en vraagt de volgende keer opnieuw je wachtwoord.",
    "There is no password store (keyring) on this computer; the app keeps access to the server only while it "
    "is open and will ask for your password again next time.",
)


@dataclass(frozen=True)
class StoredToken:
    username: str
    token: str


class Credentials:
    """Device tokens per server address; falls back to memory when no keyring works."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._memory: dict[str, StoredToken] = {}
        self.warning: Text | None = NO_KEYRING if _unusable(self._backend) else None

    @property
    def persistent(self) -> bool:
        """Whether a token outlives this run."""
        return self.warning is None

    def get(self, server_url: str) -> StoredToken | None:
        if server_url in self._memory or not self.persistent:
            return self._memory.get(server_url)
        try:
            raw = self._backend.get_password(SERVICE_NAME, server_url)
        except keyring.errors.KeyringError:
            self._fall_back()
            return None
        return _decode(raw)

    def set(self, server_url: str, stored: StoredToken) -> None:
        if self.persistent:
            try:
                self._backend.set_password(
                    SERVICE_NAME,
                    server_url,
                    json.dumps({"username": stored.username, "token": stored.token}, separators=(",", ":")),
                )
                self._memory.pop(server_url, None)
                return
            except keyring.errors.KeyringError:
                self._fall_back()
        self._memory[server_url] = stored

    def delete(self, server_url: str) -> None:
        self._memory.pop(server_url, None)
        if not self.persistent:
            return
        try:
            self._backend.delete_password(SERVICE_NAME, server_url)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError:
            self._fall_back()

    def _fall_back(self) -> None:
        self.warning = NO_KEYRING


def _unusable(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return True
    children = getattr(backend, "backends", None)
    return children is not None and not children


def _decode(raw: str | None) -> StoredToken | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return StoredToken(username=str(data["username"]), token=str(data["token"]))
    except (ValueError, KeyError, TypeError):
        return None
