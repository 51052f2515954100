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
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

from .relay import Forward, Passage, Relay

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


class PushTap(Relay):
    def __init__(self, upstream_url: str) -> None:
        self.acknowledged: list[Acknowledged] = []
        self._lock = threading.Lock()
        super().__init__(upstream_url)

    def passage(self) -> Passage:
        return _Tapped(self)

    def record(self, request_line: str, request_body: bytes, status_line: str, body: bytes) -> None:
        """Note one exchange if it is a push the server accepted."""
        method, target = request_line.split()[:2]
        if method == "POST" and target.partition("?")[0] == PUSH_PATH and status_line.split()[1] == "200":
            with self._lock:
                self.acknowledged.append(Acknowledged(json.loads(request_body), json.loads(body)))


class _Tapped(Passage):
    """A connection whose requests wait, in order, for their answers, which are recorded as they pass."""

    def __init__(self, tap: PushTap) -> None:
        self.tap = tap
        self.requests = _Messages()
        self.answers = _Messages()
        self.asked: deque[tuple[str, bytes]] = deque()

    def request(self, data: bytes) -> Forward:
        self.asked.extend(self.requests.feed(data))
        return Forward(data)

    def answer(self, data: bytes) -> Forward:
        for status_line, body in self.answers.feed(data):
            self.tap.record(*self.asked.popleft(), status_line, body)
        return Forward(data)
