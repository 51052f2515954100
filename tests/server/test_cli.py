"""``advisor-server`` as an administrator runs it: a separate process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from advisor_sync.server.core.db import head_revision

from .live import Api, ServerProcess


def advisor_server(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_sync.server.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.fixture
def empty_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"


def test_migrate_create_a_user_and_serve(empty_url: str, tmp_path: Path) -> None:
    migrated = advisor_server("--db", empty_url, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert f"schema empty -> {head_revision()}" in migrated.stdout
    created = advisor_server(
        "--db", empty_url, "create-user", "Ingrid", "--role", "advisor", "--password-stdin", stdin="een lang wachtwoord\n"
    )
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == "created advisor 'ingrid'"
    with ServerProcess(empty_url, tmp_path / "server.log") as server:
        login = Api(server.url).post("/auth/login", json={"username": "ingrid", "password": "een lang wachtwoord"})
        assert login.status_code == 200
        device_id = login.json()["device_id"]
    listing = advisor_server("--db", empty_url, "devices", "--user", "ingrid")
    assert device_id in listing.stdout
    assert "active" in listing.stdout
    revoked = advisor_server("--db", empty_url, "revoke-device", device_id)
    assert revoked.stdout.strip() == f"revoked device {device_id}"
    again = advisor_server(
        "--db", empty_url, "create-user", "ingrid", "--role", "advisor", "--password-stdin", stdin="een lang wachtwoord\n"
    )
    assert again.stderr.strip() == "advisor-server: User 'ingrid' already exists"


def test_mistakes_end_in_one_plain_line(empty_url: str) -> None:
    weak = advisor_server("--db", empty_url, "create-user", "ingrid", "--role", "advisor", "--password-stdin", stdin="kort\n")
    assert weak.returncode == 1
    assert weak.stderr.strip() == "advisor-server: The password must have at least 10 characters"
    bad_url = advisor_server("--db", "mysql://nowhere", "migrate")
    assert bad_url.returncode == 1
    assert bad_url.stderr.startswith("advisor-server: The database URL 'mysql://nowhere' cannot be used")
    assert "Traceback" not in bad_url.stderr
    unmigrated = advisor_server("--db", empty_url, "devices")
    assert "run 'advisor-server migrate' first" in unmigrated.stderr
