"""The device token lives in the OS keyring, never in the data folder; without a keyring, for this run only.

With ``BASISSCAN_TEST_REAL_KEYRING=1`` (``.ci/run`` starts gnome-keyring in a
private D-Bus session) these tests use the real Secret Service; otherwise an
in-memory keyring backend.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.errors
import pytest
from advisor_sync.client import SERVICE_NAME, Credentials, StoredToken
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail

from advisor_app.services.companies import CompanyInput

from ..server.live import PASSWORD, LiveServer
from .helpers import Device, MemoryKeyring

REAL_KEYRING = os.environ.get("BASISSCAN_TEST_REAL_KEYRING") == "1"


@pytest.fixture
def os_keyring() -> KeyringBackend:
    return SecretService.Keyring() if REAL_KEYRING else MemoryKeyring()


class BrokenKeyring(MemoryKeyring):
    """A keyring that is there but refuses to store anything (locked, or a broken D-Bus)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")


@pytest.mark.skipif(not REAL_KEYRING, reason="BASISSCAN_TEST_REAL_KEYRING is not set (.ci/run sets it)")
def test_ci_has_a_real_secret_service_and_the_app_picks_it() -> None:
    assert SecretService.Keyring.viable
    assert not Credentials().warning


def test_the_token_is_kept_in_the_keyring_and_nowhere_in_the_data_folder(
    tmp_path: Path, server: LiveServer, os_keyring: KeyringBackend
) -> None:
    device = Device(tmp_path / "laptop", server.url)
    device.engine.credentials = Credentials(os_keyring)
    try:
        device.engine.login("alice", PASSWORD)
        device.sync()
        stored = json.loads(os_keyring.get_password(SERVICE_NAME, device.engine.server_url) or "{}")
        assert stored["username"] == "alice"
        token = stored["token"].encode()
        assert Credentials(os_keyring).get(device.engine.server_url) == StoredToken("alice", stored["token"]), (
            "it outlives the run"
        )
        assert Credentials(os_keyring).persistent
        for path in (tmp_path / "laptop").rglob("*"):
            if path.is_file():
                assert token not in path.read_bytes(), f"the token leaked into {path.name}"
                assert PASSWORD.encode() not in path.read_bytes()
    finally:
        Credentials(os_keyring).delete(device.engine.server_url)
        device.close()
    assert os_keyring.get_password(SERVICE_NAME, device.engine.server_url) is None


@pytest.mark.parametrize("store", [fail.Keyring, BrokenKeyring], ids=["no keyring", "locked keyring"])
def test_without_a_working_keyring_the_token_lives_for_this_run_only(
    tmp_path: Path, server: LiveServer, store: Callable[[], KeyringBackend]
) -> None:
    device = Device(tmp_path / "laptop", server.url)
    device.engine.credentials = Credentials(store())
    try:
        device.engine.login("alice", PASSWORD)
        credentials = device.engine.credentials
        assert credentials.warning is not None
        assert "There is no password store (keyring) on this computer" in str(credentials.warning)
        assert not credentials.persistent
        device.sync()
        assert Credentials(store()).get(device.engine.server_url) is None, "gone with the run"
    finally:
        device.close()


def test_a_netrc_entry_for_the_server_does_not_replace_the_device_token(
    device: Callable[..., Device], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """requests reads ~/.netrc for a request without auth of its own; its Basic login would go instead of the token."""
    alice = device("alice")
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password elsewhere\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    assert alice.sync().sent == 1
