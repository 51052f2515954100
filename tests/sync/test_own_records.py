"""A sync does not pull back what it just pushed, and a data folder restored from a backup still gets everything back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from advisor_app.services.backups import make_backup, restore_backup
from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo

from ..server.live import Database
from .helpers import Device, device_records, live, server_records


def test_a_new_device_pushes_its_records_and_pulls_none_of_them_back(device: Callable[..., Device], database: Database) -> None:
    office = device("alice", batch_size=20, page_size=10)
    generate_demo(office.workspace, 8, seed=31)
    pending = office.workspace.pending_changes()

    report = office.sync()
    assert (report.sent, report.received) == (pending, 0)
    assert office.engine.round_trips == -(-pending // 20) + 1, "the pushes and one pull page: nothing of its own came back"
    assert live(device_records(office.workspace)) == live(server_records(database.url))
    assert office.sync().received == 0
    assert device("alice").sync().received == pending, "another device of hers gets them all"


def test_a_folder_restored_from_a_backup_gets_its_later_records_back(device: Callable[..., Device], tmp_path: Path) -> None:
    office = device("alice")
    office.workspace.companies.create(CompanyInput(name="Alfa BV", kvk="11223344", sector="health"))
    office.sync()
    backup = make_backup(office.workspace.db, tmp_path / "before.sqlite3")
    later = office.workspace.companies.create(CompanyInput(name="Beta BV", kvk="55667788", sector="health"))
    assert office.sync().sent == 1

    folder = office.workspace.db.path.parent
    office.close()
    restore_backup(folder, backup.path)
    restored = Device(folder, office.engine.server_url)
    restored.engine.credentials = office.engine.credentials  # the same device token, as the keyring keeps it
    try:
        assert restored.sync().received == 1
        assert {c.id for c in restored.workspace.companies.list()} >= {later.id}
    finally:
        restored.close()
