"""A TCP proxy between device and server that breaks connections on cue.

It forwards bytes untouched until a request line it watches for passes; then
it can reset the connection after some bytes of the answer (a connection
reset mid-response), or run a callback (kill the server) before the request
reaches the server or just after the server's answer begins, and reset.
Everything happens on cue, so the tests need no sleeps and no timing luck.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from .relay import Forward, Passage, Relay

PUSH = b"POST /api/v1/sync/push"
PULL = b"GET /api/v1/sync/pull"


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


class FaultyProxy(Relay):
    def __init__(self, upstream_url: str) -> None:
        self.faults: list[Fault] = []
        self.triggered = 0
        self._lock = threading.Lock()
        super().__init__(upstream_url)

    def add(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def passage(self) -> Passage:
        return _Faulty(self)

    def take(self, data: bytes) -> Fault | None:
        """The fault this request chunk sets off, if any (it is used up)."""
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


class _Faulty(Passage):
    """A connection whose requests may set off a fault; its answer then breaks as the fault says."""

    def __init__(self, proxy: FaultyProxy) -> None:
        self.proxy = proxy
        self.armed: list[Fault] = []

    def request(self, data: bytes) -> Forward:
        fault = self.proxy.take(data)
        if fault is not None and fault.before_request is not None:
            fault.before_request()
            return Forward(b"", then_reset=True)
        if fault is not None:
            self.armed.append(fault)
        return Forward(data)

    def answer(self, data: bytes) -> Forward:
        if not self.armed:
            return Forward(data)
        fault = self.armed.pop(0)
        if fault.after_answer is not None:
            fault.after_answer()
            return Forward(b"", then_reset=True)
        return Forward(data[: fault.cut_after or 0], then_reset=True)
