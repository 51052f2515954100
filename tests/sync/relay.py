"""A TCP relay on loopback between the sync client and a live server, for the sync tests.

The sync tests stand between device and server in two ways: to break a
connection at a chosen moment (:class:`~tests.sync.faults.FaultyProxy`) and to
note what the server acknowledged (:class:`~tests.sync.push_tap.PushTap`).
Both are this relay: accept on loopback, connect upstream, pump the bytes
both ways in two threads, and reset both sides when either ends. What differs
is what a connection does with each chunk of bytes, its :class:`Passage`. The
relay makes one per connection, so what a passage remembers (the request that
waits for its answer) belongs to that connection alone.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..server.live import listening_socket

CHUNK = 65536


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


@dataclass(frozen=True)
class Forward:
    """What a passage does with a chunk: send these bytes on, then keep the connection or reset it."""

    data: bytes
    then_reset: bool = False


class Passage:
    """One connection's way with its bytes; this one forwards everything unchanged."""

    def request(self, data: bytes) -> Forward:
        """A chunk from the device on its way to the server."""
        return Forward(data)

    def answer(self, data: bytes) -> Forward:
        """A chunk of the server's answer on its way to the device."""
        return Forward(data)


class Relay:
    """Listens on a loopback port of its own (``url``) and relays each connection to ``upstream_url``."""

    def __init__(self, upstream_url: str) -> None:
        host, port = upstream_url.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.listener = listening_socket()
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.down = False
        """While set, every new connection is reset at once: the server is unreachable."""
        threading.Thread(target=self._accept, daemon=True).start()

    def passage(self) -> Passage:
        """A new connection's passage (subclasses watch or break the bytes)."""
        return Passage()

    def close(self) -> None:
        reset(self.listener)

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
        passage = self.passage()
        done = threading.Event()

        def pump(source: socket.socket, target: socket.socket, step: Callable[[bytes], Forward]) -> None:
            while not done.is_set():
                try:
                    data = source.recv(CHUNK)
                except OSError:
                    break
                if not data:
                    break
                forward = step(data)
                try:
                    target.sendall(forward.data)
                except OSError:
                    break
                if forward.then_reset:
                    break
            done.set()
            reset(client)
            reset(server)

        threading.Thread(target=pump, args=(client, server, passage.request), daemon=True).start()
        pump(server, client, passage.answer)
