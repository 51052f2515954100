"""What an operator relies on: settings, JSON logs with request ids, health and readiness, backups."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from advisor_sync.protocol import API_PREFIX, PROTOCOL_VERSION, VERSION_HEADER
from advisor_sync.server.core.config import Settings, setting_names
from advisor_sync.server.core.db import head_revision, make_engine, session_factory
from advisor_sync.server.models import User
from sqlalchemy import select

from .live import Database, LiveServer, listening_socket, live_server

ROOT = Path(__file__).resolve().parents[2]


def advisor_server(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_sync.server.cli", *args],
        capture_output=True, text=True, timeout=300, check=False, cwd=cwd,
        env={**os.environ, "BASISSCAN_LANG": "en", **(env or {})},
    )  # fmt: skip


def usernames(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(User.username)))
    finally:
        engine.dispose()


def add_user(url: str, name: str) -> None:
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session, session.begin():
            session.add(User(username=name, display_name=name, role="advisor", password_hash="x"))
    finally:
        engine.dispose()


# -- settings ------------------------------------------------------------------------------


def test_settings_come_from_the_environment_and_a_dotenv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(
        "BASISSCAN_SERVER_TOKEN_IDLE_DAYS=30\nBASISSCAN_SERVER_MAX_BODY_MB=8\nBASISSCAN_SERVER_LOGIN_MAX_FAILURES=9\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BASISSCAN_SERVER_LOGIN_MAX_FAILURES", "3")
    monkeypatch.setenv("BASISSCAN_SERVER_TRUSTED_PROXIES", "10.0.0.1, 192.168.0.0/16")
    monkeypatch.setenv("BASISSCAN_SERVER_DATA_DIR", str(tmp_path / "data"))
    settings = Settings.from_env()
    assert settings.token_idle_days == 30
    assert settings.max_body_bytes == 8 * 1024 * 1024
    assert settings.login_max_failures == 3, "the environment wins over the .env file"
    assert settings.trusted_proxies == ["10.0.0.1", "192.168.0.0/16"]
    assert settings.database_url == f"sqlite:///{tmp_path / 'data' / 'server.sqlite3'}"


def test_a_bad_setting_stops_the_server_with_one_line(tmp_path: Path) -> None:
    refused = advisor_server("migrate", env={"BASISSCAN_SERVER_MAX_UPLOAD_MB": "lots"}, cwd=tmp_path)
    assert refused.returncode == 1
    assert (
        refused.stderr
        == "advisor-server: BASISSCAN_SERVER_MAX_UPLOAD_MB='lots' is invalid: expected a whole number of at least 1\n"
    )
    missing = advisor_server("--env-file", str(tmp_path / "nope.env"), "migrate", cwd=tmp_path)
    assert missing.stderr == f"advisor-server: The settings file {tmp_path / 'nope.env'} does not exist\n"


def test_every_setting_is_documented_for_the_operator() -> None:
    page = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    undocumented = [variable for variable in setting_names().values() if f"`{variable}`" not in page]
    assert not undocumented, f"docs/server.md does not list {undocumented}"


# -- logs ------------------------------------------------------------------------------------


def test_the_server_logs_json_lines_with_the_request_id_everywhere(database: Database, tmp_path: Path) -> None:
    sock = listening_socket()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "advisor_sync.server.cli", "--db", database.url, "serve", "--fd", str(sock.fileno())],
            pass_fds=(sock.fileno(),), stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, "BASISSCAN_SERVER_LOG_LEVEL": "info"},
        )  # fmt: skip
    try:
        refused = requests.get(
            f"{url}{API_PREFIX}/sync/pull",
            headers={VERSION_HEADER: str(PROTOCOL_VERSION), "X-Request-ID": "trace-42"},
            timeout=30,
        )
        made_up = requests.get(f"{url}{API_PREFIX}/monitoring", timeout=30)
    finally:
        process.terminate()
        process.wait(timeout=30)
        sock.close()
    assert refused.status_code == 401
    assert refused.headers["X-Request-ID"] == "trace-42"
    assert refused.json()["request_id"] == "trace-42", "the problem names the request"
    assert re.fullmatch(r"[0-9a-f]{32}", made_up.headers["X-Request-ID"])
    assert made_up.json()["request_id"] == made_up.headers["X-Request-ID"]
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert all({"time", "level", "logger", "message"} <= line.keys() for line in lines), "every line is a JSON record"
    access = [line for line in lines if line["logger"] == "advisor_sync.server.access"]
    assert {"method": "GET", "path": f"{API_PREFIX}/sync/pull", "status": 401, "request_id": "trace-42"}.items() <= access[
        0
    ].items()
    assert access[1]["request_id"] == made_up.headers["X-Request-ID"]
    assert access[1]["status"] == 400
    assert any("Basisscan server" in line["message"] for line in lines)


# -- health and readiness ------------------------------------------------------------------


def test_ready_when_the_schema_is_current_and_not_before(database: Database, tmp_path: Path) -> None:
    with live_server(database) as server:
        health = requests.get(f"{server.url}{API_PREFIX}/health", timeout=30)
        ready = requests.get(f"{server.url}{API_PREFIX}/ready", timeout=30)
    assert health.json() == {"status": "ok"}
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "schema_revision": head_revision()}
    with LiveServer(Settings(database_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}")) as fresh:
        not_ready = requests.get(f"{fresh.url}{API_PREFIX}/ready", headers={"Accept-Language": "en"}, timeout=30)
    assert not_ready.status_code == 503
    assert not_ready.headers["content-type"] == "application/problem+json"
    assert not_ready.json()["code"] == "not-ready"
    assert "run 'advisor-server migrate'" in not_ready.json()["detail"]


# -- backup and restore --------------------------------------------------------------------


def test_backup_and_restore_bring_the_database_back(database: Database, tmp_path: Path) -> None:
    """PostgreSQL through pg_dump/pg_restore, SQLite through the backup API; both through the CLI."""
    before = usernames(database.url)
    copy = tmp_path / "backup.dump"
    made = advisor_server("--db", database.url, "backup", str(copy))
    assert made.returncode == 0, made.stderr
    assert f"backup written to {copy} (schema {head_revision()})" in made.stdout
    add_user(database.url, "after-the-backup")
    restored = advisor_server("--db", database.url, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert usernames(database.url) == before
    with live_server(database) as server:
        assert requests.get(f"{server.url}{API_PREFIX}/ready", timeout=30).status_code == 200


def test_a_restore_refuses_what_is_not_a_backup_and_changes_nothing(database: Database, tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database\n" * 100)
    refused = advisor_server("--db", database.url, "restore", str(junk))
    assert refused.returncode == 1
    assert "nothing was changed" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1
    assert "alice" in usernames(database.url)


def test_a_sqlite_backup_from_a_newer_server_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert advisor_server("--db", url, "migrate").returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert advisor_server("--db", url, "backup", str(copy)).returncode == 0
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    refused = advisor_server("--db", url, "restore", str(copy))
    assert refused.stderr.strip().endswith(
        "was made by a newer version (schema 9999); install that version. Nothing was changed."
    )
