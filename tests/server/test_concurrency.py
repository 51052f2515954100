"""Many devices at once: versions stay unique and in commit order, so no pull misses a change."""

from __future__ import annotations

import threading
import uuid

from .live import Api, Database, LiveServer
from .records import change, company, pull_all, pushed


def test_concurrent_pushes_and_pulls_lose_nothing(server: LiveServer, database: Database, alice: Api, bob: Api) -> None:
    devices = [Api(server.url, database.tokens[name]) for name in ("alice", "bob") for _ in range(3)]
    expected: list[str] = []
    versions: list[int] = []
    seen_by_puller: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def push_many(api: Api, device: int) -> None:
        for batch in range(4):
            ids = [uuid.uuid4() for _ in range(5)]
            # Real-looking numbers (never the demo prefix 00): one per device, batch and company.
            kvks = (f"{device + 1}{batch}{n:06d}" for n in range(len(ids)))
            results = pushed(api, *(change("company", i, company(kvk=kvk)) for i, kvk in zip(ids, kvks, strict=True)))
            with lock:
                expected.extend(str(i) for i in ids)
                versions.extend(r["version"] for r in results if r["status"] == "accepted")

    def follow() -> None:
        """A coordinator pulling while others push: every change must show up exactly once."""
        watcher = Api(server.url, database.tokens["carol"])
        cursor = 0
        while True:
            finished = stop.is_set()
            changes, last = pull_all(watcher, limit=7, cursor=cursor)
            seen_by_puller.extend(c["id"] for c in changes)
            cursor = last["cursor"]
            if finished:
                return

    pullers = [threading.Thread(target=follow)]
    pushers = [threading.Thread(target=push_many, args=(api, n)) for n, api in enumerate(devices)]
    for thread in pullers + pushers:
        thread.start()
    for thread in pushers:
        thread.join()
    stop.set()
    for thread in pullers:
        thread.join()
    assert len(expected) == len(versions) == 6 * 4 * 5
    assert len(set(versions)) == len(versions), "every accepted change got its own version"
    assert sorted(seen_by_puller) == sorted(expected), "the watching coordinator saw each change exactly once"
    assert {c["id"] for c in pull_all(alice)[0]} | {c["id"] for c in pull_all(bob)[0]} == set(expected)
