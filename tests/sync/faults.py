"""A TCP proxy between device and server that breaks connections on cue.

It forwards bytes untouched until a request line it watches for passes; then
it can reset the connection after some bytes of the answer (a connection
reset mid-response), or run a callback (kill the server) before the request
reaches the server or just after the server's answer begins, and reset.
Everything happens on cue, so the tests need no sleeps and no timing luck.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..server.live import listening_socket

PUSH = b"POST /api/v1/sync/push"
PULL = b"GET /api/v1/sync/pull"
CHUNK = 65536


@dataclass
class Fault:
    marker: bytes
    skip: int = 0
    """Let this many matching requests through first."""
    cut_after: int | None = None
    """Forward this many bytes of the answer, then reset."""
    before_request: Callable[[], None] | None = None
    """Run before the request reaches the server, then reset."""
    after_answer: Callable[[], None] | None = None
    """Run when the server's answer begins (it has committed), then reset without forwarding it."""


def reset(sock: socket.socket) -> None:
    """Drop the connection at once, as a crashed peer or a cut line looks to the other side.

    ``shutdown`` first: a plain ``close`` does not wake a thread blocked in
    ``recv`` on the same socket, and the peer would hear nothing.
    """
    for step in (
        lambda: sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)),
        lambda: sock.shutdown(socket.SHUT_RDWR),
        sock.close,
    ):
        with contextlib.suppress(OSError):
            step()


class FaultyProxy:
    def __init__(self, upstream_url: str) -> None:
        host, port = upstream_url.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.listener = listening_socket()
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.faults: list[Fault] = []
        self.down = False
        """While set, every new connection is reset at once: the server is unreachable."""
        self.triggered = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def close(self) -> None:
        reset(self.listener)

    def _take(self, data: bytes) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.marker in data:
                    if fault.skip:
                        fault.skip -= 1
                        return None
                    self.faults.remove(fault)
                    self.triggered += 1
                    return fault
        return None

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.down:
                reset(client)
                continue
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.upstream)
        except OSError:
            reset(client)
            return
        armed: list[Fault] = []
        done = threading.Event()

        def close_both() -> None:
            done.set()
            reset(client)
            reset(server)

        def requests_in() -> None:
            while not done.is_set():
                try:
                    data = client.recv(CHUNK)
                except OSError:
                    break
                if not data:
                    break
                fault = self._take(data)
                if fault is not None and fault.before_request is not None:
                    fault.before_request()
                    close_both()
                    return
                if fault is not None:
                    armed.append(fault)
                try:
                    server.sendall(data)
                except OSError:
                    break
            close_both()

        def answers_out() -> None:
            while not done.is_set():
                try:
                    data = server.recv(CHUNK)
                except OSError:
                    break
                if not data:
                    break
                if armed:
                    fault = armed.pop(0)
                    if fault.after_answer is not None:
                        fault.after_answer()
                        break
                    client.sendall(data[: fault.cut_after or 0])
                    break
                try:
                    client.sendall(data)
                except OSError:
                    break
            close_both()

        threading.Thread(target=requests_in, daemon=True).start()
        answers_out()
