"""A real server for tests: uvicorn on a loopback socket, in a thread or in its own process.

The test binds the listening socket itself and hands it to uvicorn, so the
port is known at once and a client that connects before uvicorn accepts
simply waits in the kernel's backlog: no readiness polling, no sleeps. The
same socket survives a killed server process, so a restarted process serves
the very same address.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

import psycopg
import pytest
import requests
import uvicorn
from advisor_sync.protocol import API_PREFIX, PROTOCOL_VERSION, VERSION_HEADER
from advisor_sync.server.core.config import Settings
from advisor_sync.server.core.db import make_engine, migrate, session_factory
from advisor_sync.server.crud.devices import create_device
from advisor_sync.server.main import create_app
from advisor_sync.server.models import User
from sqlalchemy.engine import make_url

from advisor_app.dbkit.types import utcnow

POSTGRES_ENV = "BASISSCAN_TEST_POSTGRES_URL"
PASSWORD = "correct horse battery"
ACCOUNTS = {"alice": "advisor", "bob": "advisor", "carol": "coordinator", "root": "admin"}
"""Users in every test database: two advisors, a coordinator and an administrator."""


def listening_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # IPPROTO_TCP: asyncio then sets TCP_NODELAY
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


class LiveServer:
    """The app under uvicorn in a background thread."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.app = create_app(settings)
        self.socket = listening_socket()
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        # As advisor-server serves it: the app alone decides which proxy headers to believe (Settings.trusted_proxies).
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off", proxy_headers=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        """Stop without waiting: uvicorn takes 0.2 s to wind down, the next test need not wait for that."""
        self._server.should_exit = self._server.force_exit = True
        self.app.state.server.engine.dispose()
        LiveServer._stopping.append(self._thread)

    _stopping: ClassVar[list[threading.Thread]] = []

    @classmethod
    def join_stopped(cls) -> None:
        while cls._stopping:
            cls._stopping.pop().join(timeout=15)


class ServerProcess:
    """``advisor-server serve --fd N`` in a child process, which a test may kill and start again."""

    def __init__(self, database_url: str, log: Path, env: dict[str, str] | None = None) -> None:
        self.database_url = database_url
        self.env = env or {}
        self.socket = listening_socket()
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        fd = self.socket.fileno()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "advisor_sync.server.cli", "--db", self.database_url, "serve", "--fd", str(fd)],
                pass_fds=(fd,),
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "BASISSCAN_LANG": "en", **self.env},
            )

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flushing; what a power cut does to a server."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
            self.process = None

    def __enter__(self) -> ServerProcess:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self.socket.close()


class Api:
    """Plain HTTP against the server, as any client would speak it."""

    def __init__(self, base_url: str, token: str | None = None, language: str = "en") -> None:
        self.base_url = base_url
        self.http = requests.Session()
        self.http.headers.update({VERSION_HEADER: str(PROTOCOL_VERSION), "Accept-Language": language})
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 30)
        return self.http.request(method, f"{self.base_url}{API_PREFIX}{path}", **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", path, **kwargs)


@dataclass(frozen=True)
class Database:
    """A migrated database holding :data:`ACCOUNTS`, each with one logged-in device."""

    url: str
    tokens: dict[str, str]

    @property
    def backend(self) -> str:
        return make_url(self.url).get_backend_name()


@functools.cache
def password_hash() -> str:
    """One argon2id hash for every seeded account: hashing costs a tenth of a second."""
    from advisor_sync.server.core.security import hash_password

    return hash_password(PASSWORD)


def seed(url: str) -> dict[str, str]:
    """Migrate and add the accounts, each with one device; returns their tokens."""
    engine = make_engine(url)
    try:
        migrate(engine)
        tokens = {}
        with session_factory(engine)() as session, session.begin():
            for name, role in ACCOUNTS.items():
                user = User(username=name, display_name=name.title(), role=role, password_hash=password_hash())
                session.add(user)
                session.flush()
                _device, tokens[name] = create_device(session, user, f"{name}'s laptop", utcnow(), timedelta(days=90))
        return tokens
    finally:
        engine.dispose()


class DatabaseFactory:
    """Fresh seeded databases: SQLite files copied from one template, PostgreSQL schemas of their own.

    A schema per test (selected through ``search_path`` in the URL) is a real,
    separate PostgreSQL database for the server, and costs a third of a
    ``CREATE DATABASE``.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.postgres = os.environ.get(POSTGRES_ENV)
        self._sqlite_tokens: dict[str, str] | None = None
        self._schemas: list[str] = []

    def sqlite(self) -> Database:
        template = self.folder / "template.sqlite3"
        if self._sqlite_tokens is None:
            self._sqlite_tokens = seed(f"sqlite:///{template}")
        target = self.folder / f"{uuid.uuid4().hex}.sqlite3"
        shutil.copyfile(template, target)
        return Database(f"sqlite:///{target}", self._sqlite_tokens)

    def postgresql(self) -> Database:
        assert self.postgres is not None
        schema = f"test_{uuid.uuid4().hex[:16]}"
        self._admin(f'CREATE SCHEMA "{schema}"')
        self._schemas.append(schema)
        url = make_url(self.postgres).update_query_dict({"options": f"-csearch_path={schema}"})
        rendered = url.render_as_string(hide_password=False)
        return Database(rendered, seed(rendered))

    def make(self, backend: str) -> Database:
        return self.sqlite() if backend == "sqlite" else self.postgresql()

    def drop(self, database: Database) -> None:
        if database.backend == "postgresql":
            schema = str(make_url(database.url).query["options"]).partition("=")[2]
            self._admin(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            self._schemas.remove(schema)

    def close(self) -> None:
        for schema in self._schemas:
            self._admin(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        self._schemas.clear()

    def _admin(self, *statements: str) -> None:
        assert self.postgres is not None
        dsn = make_url(self.postgres).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement.encode())


@contextmanager
def live_server(database: Database, **overrides: Any) -> Iterator[LiveServer]:
    with LiveServer(Settings(database_url=database.url, **overrides)) as server:
        yield server


BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"{POSTGRES_ENV} is not set (.ci/run sets it)"),
        ],
    ),
]
"""Parameters for a ``backend`` fixture: SQLite always, PostgreSQL when CI provides one."""


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(Path(tmp_path_factory.mktemp("server-databases")))
    yield factory
    LiveServer.join_stopped()
    if factory.postgres:
        factory.close()


@pytest.fixture
def database(backend: str, databases: DatabaseFactory) -> Iterator[Database]:
    made = databases.make(backend)
    yield made
    databases.drop(made)
