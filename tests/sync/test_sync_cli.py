"""``advisor-app sync`` as an advisor runs it at the end of the day: a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from ..server.live import PASSWORD, LiveServer
from .file_keyring import FILE_ENV

REAL_KEYRING = os.environ.get("BASISSCAN_TEST_REAL_KEYRING") == "1"


def advisor_app(
    data_dir: Path, *args: str, stdin: str | None = None, keyring_file: Path | None = None, lang: str = "en"
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if keyring_file is not None and not REAL_KEYRING:
        env.update({"PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring", FILE_ENV: str(keyring_file)})
    if keyring_file is None:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(data_dir), "--lang", lang, *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    with Workspace(folder) as workspace:
        generate_demo(workspace, 4, seed=9)
    return folder


def test_sync_sends_then_uses_the_kept_token(data_dir: Path, server: LiveServer, tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.json"
    try:
        first = advisor_app(
            data_dir,
            "sync",
            "--server",
            server.url,
            "--user",
            "alice",
            "--password-stdin",
            stdin=PASSWORD + "\n",
            keyring_file=keyring_file,
        )
        assert first.returncode == 0, first.stderr
        assert first.stdout.startswith("Sent: ")
        assert int(first.stdout.split("Sent: ")[1].split(",")[0]) > 4
        assert "received: 0" in first.stdout
        assert first.stderr == ""
        again = advisor_app(data_dir, "sync", "--user", "alice", keyring_file=keyring_file, lang="nl")
        assert again.returncode == 0, again.stderr
        assert again.stdout.strip() == "Verstuurd: 0, ontvangen: 0, rapporten: 0, nieuwe conflicten: 0"
        assert advisor_app(data_dir, "sync", "--conflicts", keyring_file=keyring_file).stdout.strip() == "No conflicts."
    finally:
        if REAL_KEYRING:
            from advisor_sync.client import Credentials

            Credentials().delete(server.url)


def test_without_a_keyring_the_next_sync_asks_for_the_password_again(data_dir: Path, server: LiveServer) -> None:
    first = advisor_app(data_dir, "sync", "--server", server.url, "--user", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert first.returncode == 0
    assert "There is no password store (keyring) on this computer" in first.stderr
    second = advisor_app(data_dir, "sync", "--user", "alice")
    assert second.returncode == 1
    assert second.stderr.strip() == "advisor-app: This device needs to log in (again); give the password with --password-stdin"


def test_a_wrong_password_is_one_plain_line(data_dir: Path, server: LiveServer) -> None:
    wrong = advisor_app(data_dir, "sync", "--server", server.url, "--user", "alice", "--password-stdin", stdin="nope\n")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "advisor-app: The username or password is not correct"
