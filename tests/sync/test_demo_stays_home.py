"""Demo data never leaves the device: a demo workspace does not talk to the server (tests/server checks the server side)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from advisor_sync.client import SyncError

from advisor_app.cli import main as cli_main

from ..server.live import Database
from .helpers import Device, server_records


def test_a_demo_workspace_sends_nothing_to_the_server(device: Callable[..., Device], database: Database) -> None:
    laptop = device("alice")
    assert cli_main(["--data-dir", str(laptop.workspace.folder), "--lang", "en", "demo", "--companies", "12"]) == 0

    with pytest.raises(SyncError) as refused:
        laptop.sync()

    message = str(refused.value)
    assert message.startswith("This is a demo: demo data never goes to the programme's server")
    assert "Leave demo" in message
    assert "\n" not in message
    assert server_records(database.url) == {}, "not one company, scan, plan or voucher reached the server"
    assert laptop.workspace.pending_changes() == 0


def test_a_demo_workspace_does_not_even_log_in(device: Callable[..., Device]) -> None:
    laptop = device(None)
    assert cli_main(["--data-dir", str(laptop.workspace.folder), "--lang", "en", "demo", "--companies", "2"]) == 0
    with pytest.raises(SyncError, match="This is a demo"):
        laptop.login("alice")
    assert not laptop.engine.has_token()
