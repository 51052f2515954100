"""The environment's network settings, as an organisation sets them: its proxy, its exceptions, its CA bundle.

The client reads them once per server and app run (``http._session_for``) rather than on every request;
these tests hold it to what requests does when it reads them each time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from advisor_sync.client.http import KEPT_ALIVE, KeptAlive

from ..server.live import Database, LiveServer
from .helpers import Device
from .relay import Forward, Passage, Relay

PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy")


def forget_sessions(server_url: str) -> None:
    """Close the kept-alive sessions of a server address, which carry this test's environment.

    A later test's server may get the same loopback port, and it must not inherit this test's proxy or CA bundle.
    """
    for _ in range(KeptAlive.KEEP):
        KEPT_ALIVE.take(server_url).close()


def logs_in_and_syncs(advisor: Device, server_url: str) -> None:
    """The device trusts the server: its login and a sync go through (a certificate it does not trust raises)."""
    try:
        advisor.login("alice")
        assert advisor.sync().received == 0
    finally:
        advisor.close()
        forget_sessions(server_url)


class ForwardProxy(Relay):
    """An HTTP proxy on loopback: it notes each request line it is handed and passes the bytes to the server.

    A client that uses a proxy for ``http://`` sends the whole address in its request line
    (``GET http://host:port/path``), which the server accepts as well.
    """

    def __init__(self, upstream_url: str) -> None:
        self.request_lines: list[str] = []
        self._lock = threading.Lock()
        super().__init__(upstream_url)

    def passage(self) -> Passage:
        return _Noting(self)

    def note(self, data: bytes) -> None:
        line = data.split(b"\r\n", 1)[0].decode("latin-1")
        if line.split(" ", 1)[0] in {"GET", "POST", "PUT", "DELETE"}:
            with self._lock:
                self.request_lines.append(line)


class _Noting(Passage):
    def __init__(self, proxy: ForwardProxy) -> None:
        self.proxy = proxy

    def request(self, data: bytes) -> Forward:
        self.proxy.note(data)
        return Forward(data)


@pytest.fixture
def forward_proxy(server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    """A proxy in front of the server, named by ``HTTP_PROXY`` alone (no exceptions)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    proxy = ForwardProxy(server.url)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    yield proxy
    proxy.close()
    forget_sessions(server.url)


def test_a_sync_goes_through_the_proxy_the_environment_names(
    forward_proxy: ForwardProxy, device: Callable[..., Device], server: LiveServer
) -> None:
    alice = device("alice")
    alice.sync()
    alice.sync()

    lines = forward_proxy.request_lines
    assert any(line.startswith(f"POST {server.url}/api/v1/auth/") for line in lines), lines
    assert sum(line.startswith(f"GET {server.url}/api/v1/sync/pull") for line in lines) == 2, lines


def test_a_server_the_environment_excepts_is_reached_directly(
    forward_proxy: ForwardProxy, device: Callable[..., Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    device("alice").sync()

    assert forward_proxy.request_lines == []


def test_the_ca_bundle_the_environment_names_is_trusted(
    tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .tls import https_server

    with https_server(database, tmp_path) as (url, ca_file):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_file))
        logs_in_and_syncs(Device(tmp_path / "device", url), url)


def test_the_devices_own_ca_bundle_comes_before_the_environments(
    tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .tls import https_server, make_certificates

    (tmp_path / "other").mkdir()
    other_ca, _, _ = make_certificates(tmp_path / "other")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_ca))
    with https_server(database, tmp_path) as (url, ca_file):
        logs_in_and_syncs(Device(tmp_path / "device", url, ca_bundle=str(ca_file)), url)
