"""``serve --fd N --workers N``: Nagle off on the inherited socket, and kept-alive requests answered by the workers.

uvicorn's own ``--fd`` treats the descriptor as a Unix socket, so the workers
left Nagle's algorithm on and each request after the first on a kept-alive
connection waited ~40 ms for a delayed ACK. Timing is not asserted here (see
docs/benchmarks.md for the figure); the socket option is.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest
from advisor_sync.protocol import API_PREFIX, PROTOCOL_VERSION, VERSION_HEADER
from advisor_sync.server.listening import inherited_socket

from .live import Database, listening_socket


@pytest.fixture
def systemd_style_listener() -> Iterator[socket.socket]:
    """A listening TCP socket made without naming its protocol, as a socket manager may hand it over."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener


def nodelay(sock: socket.socket) -> bool:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_the_inherited_socket_is_tcp_with_nagle_off_and_so_are_its_connections(systemd_style_listener: socket.socket) -> None:
    with inherited_socket(os.dup(systemd_style_listener.fileno())) as served:
        assert (served.family, served.type, served.proto) == (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        assert nodelay(served)
        with socket.create_connection(served.getsockname()[:2], timeout=10):
            accepted, _peer = served.accept()
            with accepted:
                assert nodelay(accepted)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_kept_alive_requests_to_a_two_worker_server_are_all_answered(database: Database) -> None:
    listener = listening_socket()
    fd = listener.fileno()
    server = subprocess.Popen(
        [sys.executable, "-m", "advisor_sync.server.cli", "--db", database.url, "serve", "--fd", str(fd), "--workers", "2"],
        pass_fds=(fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "BASISSCAN_LANG": "en"},
    )
    host, port = listener.getsockname()[:2]
    connection = http.client.HTTPConnection(host, port, timeout=60)
    headers = {VERSION_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {database.tokens['alice']}"}
    try:
        statuses = []
        for number in range(20):
            path = "/sync/pull?cursor=0" if number % 2 else "/health"
            connection.request("GET", f"{API_PREFIX}{path}", headers=headers)
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
            if number == 0:
                first_socket = connection.sock
        assert statuses == [200] * 20
        assert connection.sock is first_socket, "the connection was not kept alive"
    finally:
        connection.close()
        server.terminate()
        _out, errors = server.communicate(timeout=30)
        listener.close()
    assert server.returncode == 0, errors.decode(errors="replace")
