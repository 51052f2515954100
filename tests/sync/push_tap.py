"""A pass-through TCP proxy in front of the server that writes down every push the server answered.

The convergence test needs to know which writes the server *acknowledged*,
whether or not the answer reached the device (a fault proxy further along may
cut it, or the client may be killed while it reads). So this proxy sits right
in front of the server, reads the HTTP/1.1 messages as they pass (requests
sends a ``Content-Length`` body, uvicorn answers with one), and records each
push request with its answer before forwarding the answer's bytes on. It
changes nothing on the wire.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

from ..server.live import listening_socket
from .faults import CHUNK, reset

PUSH_PATH = "/api/v1/sync/push"


@dataclass(frozen=True)
class Acknowledged:
    """One push the server answered: the changes sent and the results given (in the same order)."""

    request: dict[str, Any]
    response: dict[str, Any]


class _Messages:
    """Splits a byte stream into HTTP/1.1 messages framed by Content-Length."""

    def __init__(self) -> None:
        self.buffer = b""

    def feed(self, data: bytes) -> list[tuple[str, bytes]]:
        self.buffer += data
        found: list[tuple[str, bytes]] = []
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return found
            head = self.buffer[:head_end].decode("latin-1")
            start_line, *header_lines = head.split("\r\n")
            headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in header_lines)}
            assert "chunked" not in headers.get("transfer-encoding", ""), "the tap reads Content-Length bodies only"
            length = int(headers.get("content-length", "0"))
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return found
            found.append((start_line, self.buffer[head_end + 4 : end]))
            self.buffer = self.buffer[end:]


class PushTap:
    def __init__(self, upstream_url: str) -> None:
        host, port = upstream_url.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.listener = listening_socket()
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.acknowledged: list[Acknowledged] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        reset(self.listener)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.upstream)
        except OSError:
            reset(client)
            return
        asked: deque[tuple[str, bytes]] = deque()
        done = threading.Event()

        def close_both() -> None:
            done.set()
            reset(client)
            reset(server)

        def requests_in() -> None:
            messages = _Messages()
            while not done.is_set():
                try:
                    data = client.recv(CHUNK)
                except OSError:
                    break
                if not data:
                    break
                asked.extend(messages.feed(data))
                try:
                    server.sendall(data)
                except OSError:
                    break
            close_both()

        threading.Thread(target=requests_in, daemon=True).start()
        answers = _Messages()
        while not done.is_set():
            try:
                data = server.recv(CHUNK)
            except OSError:
                break
            if not data:
                break
            for status_line, body in answers.feed(data):
                request_line, request_body = asked.popleft()
                method, target = request_line.split()[:2]
                if method == "POST" and target.partition("?")[0] == PUSH_PATH and status_line.split()[1] == "200":
                    with self._lock:
                        self.acknowledged.append(Acknowledged(json.loads(request_body), json.loads(body)))
            try:
                client.sendall(data)
            except OSError:
                break
        close_both()
