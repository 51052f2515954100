"""A push that commits late is never skipped by a pull, wherever it is held up.

A push validates, reads and writes without the change counter and takes its
versions only in a short critical section at the end (``services.versions``). The
danger of any such scheme: a slow push holding version 5 while a quick one commits
version 6 and a pull moves its cursor past 6; the slow push's change would then
never be sent. Here one push (A) is held up at each point of its work in turn,
another push (B) and a pull run meanwhile as far as the database lets them, and a
pull from that cursor afterwards must bring every change exactly once.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from advisor_sync.server.services import push as pushing
from advisor_sync.server.services import push_parsing
from advisor_sync.server.services.versions import Versions

from .live import Api
from .records import change, company, pull_all, pushed

HELD_AT = ("validating", "writing", "numbering")
"""Before its transaction; inside it with its rows written but no versions; holding its final versions before the commit."""


class Hold:
    """Holds the first call that passes through it until the test releases it."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()
        self._taken = threading.Lock()
        self._used = False

    def pause(self) -> None:
        with self._taken:
            first, self._used = not self._used, True
        if first:
            self.arrived.set()
            assert self.release.wait(60), "the test never released the held push"


def hold_push(monkeypatch: pytest.MonkeyPatch, where: str, hold: Hold) -> None:
    if where == "validating":
        parse = push_parsing.parse_change

        def held_parse(*args: Any) -> push_parsing.Parsed:
            hold.pause()
            return parse(*args)

        monkeypatch.setattr(pushing, "parse_change", held_parse)
        return
    assign = Versions.assign

    def held_assign(versions: Versions) -> None:
        if where == "writing":
            versions.session.flush()  # A's rows are written (uncommitted), no versions yet
            hold.pause()
            assign(versions)
        else:
            assign(versions)  # A holds the counter's lock and its versions, uncommitted
            hold.pause()

    monkeypatch.setattr(Versions, "assign", held_assign)


def companies(first_digit: int) -> tuple[list[uuid.UUID], list[dict[str, Any]]]:
    ids = [uuid.uuid4() for _ in range(3)]
    return ids, [change("company", i, company(kvk=f"{first_digit}{n:07d}")) for n, i in enumerate(ids)]


Pulled = tuple[list[dict[str, Any]], dict[str, Any]]


def started(action: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(action()), daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize("where", HELD_AT)
def test_a_pull_never_misses_a_push_that_commits_late(
    where: str, backend: str, alice: Api, bob: Api, carol: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold = Hold()
    hold_push(monkeypatch, where, hold)
    a_ids, a_changes = companies(1)
    b_ids, b_changes = companies(2)

    push_a, _ = started(lambda: pushed(alice, *a_changes))
    assert hold.arrived.wait(60)
    push_b, _ = started(lambda: pushed(bob, *b_changes))
    pull_1, first_pull = started(lambda: pull_all(carol))
    # What the database lets run while A is held: on SQLite every transaction waits for A's once A has begun
    # one (BEGIN IMMEDIATE); on PostgreSQL B and a pull wait for nothing (A claimed its versions and let go).
    b_runs = where == "validating" or backend == "postgresql"
    pull_runs = where == "validating" or backend == "postgresql"
    if b_runs:
        push_b.join(60)
        assert not push_b.is_alive(), "B waited for A although they touch different companies"
    if pull_runs:
        pull_1.join(60)
        assert not pull_1.is_alive(), "the pull waited for a push"
        early = {c["id"] for c in first_pull[0][0]}
        assert early.isdisjoint(str(i) for i in a_ids), "a pull saw A's changes before A committed"

    hold.release.set()
    for thread in (push_a, push_b, pull_1):
        thread.join(60)
        assert not thread.is_alive()
    pulled: Pulled = first_pull[0]
    seen, last = pulled
    later, _ = pull_all(carol, cursor=last["cursor"])
    ids = [c["id"] for c in seen + later]
    assert sorted(ids) == sorted(str(i) for i in a_ids + b_ids), "every change came exactly once"
    assert sorted(c["id"] for c in pull_all(carol)[0]) == sorted(ids)


class Holds:
    """The n-th call through it waits for the n-th hold's release; calls after the last pass."""

    def __init__(self, count: int) -> None:
        self.holds = [Hold() for _ in range(count)]
        self._calls = 0
        self._counting = threading.Lock()

    def pause(self) -> None:
        with self._counting:
            number, self._calls = self._calls, self._calls + 1
        if number < len(self.holds):
            self.holds[number].pause()


def hold_after_numbering(monkeypatch: pytest.MonkeyPatch, holds: Holds) -> None:
    """Each push waits holding its final versions, uncommitted (on PostgreSQL: its claim)."""
    assign = Versions.assign

    def held_assign(versions: Versions) -> None:
        assign(versions)
        holds.pause()

    monkeypatch.setattr(Versions, "assign", held_assign)


def test_two_slow_pushes_and_a_pull_between_them_miss_nothing(
    backend: str, alice: Api, bob: Api, carol: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A numbers first, B second; the later one commits first, and a pull runs while A is still open.

    On PostgreSQL both hold their versions at once and B commits before A: the pull between must stop
    below A's versions, so it must not send B's either. On SQLite B cannot take versions before A commits.
    """
    holds = Holds(2)
    hold_after_numbering(monkeypatch, holds)
    a_ids, a_changes = companies(1)
    b_ids, b_changes = companies(2)
    push_a, _ = started(lambda: pushed(alice, *a_changes))
    assert holds.holds[0].arrived.wait(60)
    push_b, b_results = started(lambda: pushed(bob, *b_changes))
    if backend == "postgresql":
        assert holds.holds[1].arrived.wait(60), "B waited for A although they touch different companies"
        holds.holds[1].release.set()
        push_b.join(60)
        assert not push_b.is_alive(), "B waited for A's commit"
        b_versions = [result["version"] for result in b_results[0]]
        between, page = pull_all(carol)
        assert {c["id"] for c in between}.isdisjoint(str(i) for i in a_ids + b_ids), "a pull passed A's open versions"
        assert page["cursor"] < min(b_versions)
        holds.holds[0].release.set()
    else:
        pull_between, pulled = started(lambda: pull_all(carol))
        holds.holds[0].release.set()
        assert holds.holds[1].arrived.wait(60)
        holds.holds[1].release.set()
        pull_between.join(60)
        between, page = pulled[0]
    for thread in (push_a, push_b):
        thread.join(60)
        assert not thread.is_alive()
    later, _ = pull_all(carol, cursor=page["cursor"])
    ids = [c["id"] for c in between + later]
    assert sorted(ids) == sorted(str(i) for i in a_ids + b_ids), "every change came exactly once"
