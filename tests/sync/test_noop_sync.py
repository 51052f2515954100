"""A sync with nothing to do skips work (a write transaction for the outbox, re-reading the benchmarks, the erasure
check): each of those still happens as soon as there is something to do."""

from __future__ import annotations

from collections.abc import Callable

from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.services.erasure import PENDING_KEY
from advisor_app.store.settings import get_setting, set_setting

from ..server.live import PASSWORD
from .helpers import Device, edit_company


def test_benchmarks_changed_on_the_server_reach_a_device_that_had_nothing_to_do(device: Callable[..., Device]) -> None:
    alice, bob = device("alice"), device("bob")
    generate_demo(alice.workspace, 6, seed=31)
    alice.sync()
    alice.sync()  # nothing to do: the same benchmarks as last time
    before = alice.workspace.benchmarks.cached("1.0")["programme"].n

    generate_demo(bob.workspace, 10, seed=32)
    bob.sync()
    report = alice.sync()

    assert (report.sent, report.received) == (0, 0), "nothing of alice's own changed"
    assert alice.workspace.benchmarks.cached("1.0")["programme"].n > before, "bob's scans count in the server's figures"
    assert alice.engine.round_trips == 1


def test_a_change_after_a_sync_with_nothing_to_do_goes_out(device: Callable[..., Device]) -> None:
    alice, laptop = device("alice"), device("alice")
    company = alice.workspace.companies.create(CompanyInput(name="Bakkerij Jansen", kvk="12345678", sector="construction"))
    alice.sync()
    alice.sync()

    edit_company(alice.workspace, company.id, municipality="Zwolle")
    assert alice.sync().sent == 1
    assert laptop.sync().received == 1
    assert laptop.workspace.companies.get(company.id).municipality == "Zwolle"


def test_every_sync_with_nothing_to_do_records_its_moment(device: Callable[..., Device]) -> None:
    alice = device("alice")
    first = alice.sync()
    second = alice.sync()
    assert second.finished_at > first.finished_at
    assert alice.engine.last_sync() == second.finished_at, "the status bar shows the last one"


def test_open_conflicts_are_counted_by_a_sync_that_changes_nothing(device: Callable[..., Device]) -> None:
    alice, carol = device("alice"), device("carol")
    company = alice.workspace.companies.create(CompanyInput(name="Logistiek BV", kvk="44556677", sector="logistics"))
    alice.sync()
    carol.sync()
    edit_company(carol.workspace, company.id, name="Overschreven")  # a coordinator reads only: refused
    assert carol.sync().rejected == 1
    assert alice.sync().open_conflicts == 0
    assert carol.sync().open_conflicts == 1


def test_an_unfinished_erasure_is_finished_by_a_sync_with_nothing_to_do(device: Callable[..., Device]) -> None:
    alice = device("alice")
    alice.sync()
    with alice.workspace.db.session() as session:
        set_setting(session, PENDING_KEY, "1")  # as a crash after an erasure's commit leaves it
    alice.sync()
    with alice.workspace.db.read() as session:
        assert get_setting(session, PENDING_KEY) is None


def test_the_next_sync_after_logging_in_again_goes_as_the_new_user(device: Callable[..., Device]) -> None:
    """The connection is kept between syncs of one app run; the token of the last sync is not."""
    alice = device("alice")
    alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    alice.sync()
    alice.engine.logout()  # revokes alice's token on the server
    alice.engine.login("bob", PASSWORD)
    report = alice.sync()
    assert alice.engine.username == "bob"
    assert report.received == 0, "bob sees none of alice's companies"
