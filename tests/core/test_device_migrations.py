"""Device migrations that copy a table keep what refers to it (run by ``advisor_app.dbkit.migrations``)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command

from advisor_app.store import migrations as migrations_package
from advisor_app.store.database import Database, _alembic_config
from advisor_app.store.migrations import HEAD


def _at_revision(path: Path, revision: str) -> None:
    old = Database(path, migrate=False)
    with old.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    old.close()


def test_widening_a_scan_column_keeps_its_answers_plans_and_triggers(tmp_path: Path) -> None:
    """Migration 0009 copies the scan table: with foreign keys on, dropping the old one would take the answers along."""
    path = tmp_path / "basisscan.sqlite3"
    _at_revision(path, "0008")
    company, scan, plan = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(
            "INSERT INTO company (id, name, kvk, sector, municipality, contact_person, email, phone, consent, created_by,"
            " created_at, updated_at, deleted, dirty) VALUES"
            f" ('{company}', 'Oud B.V.', '11223344', 'health', '', '', '', '', 0, '', '2025-01-01', '2025-01-01', 0, 1)"
        )
        connection.execute(
            "INSERT INTO scan (id, company_id, advisor, questionnaire_id, questionnaire_version, status, started_at,"
            " intake, ambitions, summary_notes, position, created_at, updated_at, deleted, dirty) VALUES"
            f" ('{scan}', '{company}', '', 'basisscan', '1.0', 'completed', '2025-01-01', '{{}}', '{{}}', '', '',"
            " '2025-01-01', '2025-01-01', 0, 1)"
        )
        connection.execute(
            "INSERT INTO answer (id, scan_id, item_id, score, not_applicable, note, updated_at) VALUES"
            f" ('{uuid.uuid4().hex}', '{scan}', 'A1', 4, 0, '', '2025-01-01')"
        )
        connection.execute(
            "INSERT INTO plan (id, company_id, scan_id, title, next_steps, created_at, updated_at, deleted, dirty) VALUES"
            f" ('{plan}', '{company}', '{scan}', 'Plan', '', '2025-01-01', '2025-01-01', 0, 1)"
        )
        connection.execute(
            f"INSERT INTO scan_result (scan_id, basis, answers_hash, answered, result) VALUES ('{scan}', 'b', 'h', 1, '{{}}')"
        )
    database = Database(path)
    database.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT item_id, score FROM answer").fetchall() == [("A1", 4)]
        assert connection.execute("SELECT scan_id FROM plan").fetchall() == [(scan,)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "VARCHAR(40)" in connection.execute("SELECT sql FROM sqlite_master WHERE name = 'scan'").fetchone()[0]
        connection.execute(f"UPDATE scan SET ambitions = '{{\"x\": 2}}' WHERE id = '{scan}'")
        assert connection.execute("SELECT count(*) FROM scan_result").fetchone() == (0,), "the scan's trigger is back"


def test_base_copies_of_settled_tombstones_are_marked_deleted(tmp_path: Path) -> None:
    """Migration 0011: a record deleted here and settled at its base's version had the server's tombstone as base."""
    path = tmp_path / "basisscan.sqlite3"
    _at_revision(path, "0010")
    gone, waiting, live = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    with sqlite3.connect(path) as connection:
        for company, deleted, dirty in ((gone, 1, 0), (waiting, 1, 1), (live, 0, 0)):
            connection.execute(
                "INSERT INTO company (id, name, kvk, sector, municipality, contact_person, email, phone, consent,"
                " created_by, created_at, updated_at, deleted, dirty, server_version) VALUES"
                f" ('{company}', '', '{company[:8]}', 'health', '', '', '', '', 0, '', '2025-01-01', '2025-01-01',"
                f" {deleted}, {dirty}, 7)"
            )
            connection.execute(
                f"INSERT INTO sync_base (entity, record_id, version, data) VALUES ('company', '{company}', 7, '{{}}')"
            )
    Database(path).close()
    with sqlite3.connect(path) as connection:
        marked = dict(connection.execute("SELECT record_id, deleted FROM sync_base").fetchall())
    assert marked == {gone: 1, waiting: 0, live: 0}, "a deletion still to be sent was not agreed with the server"


def test_every_trigger_a_migration_made_is_still_there_at_head(tmp_path: Path) -> None:
    """A migration that copies a table drops its triggers silently (0010's docstring): none may be lost on the way."""
    path = tmp_path / "basisscan.sqlite3"
    revisions = sorted(p.name[:4] for p in (Path(migrations_package.__file__).parent / "versions").glob("[0-9]*.py"))
    assert revisions[-1] == HEAD
    seen: dict[str, str] = {}
    for revision in revisions:
        _at_revision(path, revision)
        with sqlite3.connect(path) as connection:
            now = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        seen.update((name, revision) for name in now if name not in seen)
        lost = {name: made for name, made in seen.items() if name not in now}
        assert not lost, f"migration {revision} lost triggers (name: the revision that made it): {lost}"
    assert seen, "the migrations make triggers (0010)"
