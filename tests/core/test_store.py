"""The local store: where it lives, how it is opened, migrated and protected."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from advisor_app.errors import NewerDatabaseError
from advisor_app.paths import DATA_DIR_ENV, DATABASE_FILE, data_dir
from advisor_app.services.companies import CompanyInput
from advisor_app.store.database import Database, _alembic_config, head_revision
from advisor_app.store.migrations import HEAD
from advisor_app.store.models import Company
from advisor_app.workspace import Workspace


def test_data_dir_comes_from_the_option_then_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert data_dir() == tmp_path / "from-env"
    assert data_dir(tmp_path / "from-option") == tmp_path / "from-option"
    assert (tmp_path / "from-option").is_dir()


def test_connections_use_wal_full_sync_and_foreign_keys(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_the_recorded_head_is_the_newest_migration() -> None:
    assert head_revision() == HEAD


def test_a_new_database_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    database = Database(tmp_path / DATABASE_FILE)
    assert database.current_revision() == head_revision()
    database.close()
    assert not (tmp_path / "backups").exists()


def test_upgrade_from_the_first_revision_keeps_data_and_makes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    old = Database(path, migrate=False)
    with old.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO company (id, name, kvk, sector, municipality, contact_person, email, phone, consent, created_by,"
            " created_at, updated_at, deleted, dirty) VALUES"
            f" ('{uuid.uuid4().hex}', 'Oud B.V.', '11223344', 'health', '', '', '', '', 0, '', '2025-01-01', '2025-01-01', 0, 1)"
        )
    old.close()

    with Workspace(tmp_path) as upgraded:
        assert upgraded.db.current_revision() == head_revision()
        assert [c.name for c in upgraded.companies.list()] == ["Oud B.V."]
    backups = list((tmp_path / "backups").glob("*-schema-0001.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM company").fetchall() == [("Oud B.V.",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",), "one self-contained file, as a backup is"


def test_a_database_from_a_newer_release_is_refused_and_left_alone(tmp_path: Path) -> None:
    Workspace(tmp_path).close()
    path = tmp_path / DATABASE_FILE
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Basisscan"):
        Workspace(tmp_path)
    assert path.read_bytes() == before


def test_an_answer_is_on_disk_when_the_call_returns(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id)
    workspace.scans.answer(scan.id, "D1.1", 4)
    with sqlite3.connect(workspace.db.path) as other_reader:
        rows = other_reader.execute("SELECT item_id, score FROM answer").fetchall()
    assert rows == [("D1.1", 4)]


def test_a_failed_write_changes_nothing(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)

    def rename_then_fail() -> None:
        with workspace.db.session() as session:
            session.get_one(Company, company.id).name = "Half written"
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        rename_then_fail()
    assert workspace.companies.get(company.id).name == company.name
