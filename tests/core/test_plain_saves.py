"""The autosave's own path (``Database.statements`` on one kept driver connection) keeps the store's promises.

Each answer and note is two plain statements on a connection the store keeps open, not on one of the
engine's: these tests hold that connection to the engine's durability, its write lock at the start, its
foreign keys, its plain failures and the read-only refusal, and to more than one thread saving at once.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Integer, column, insert, text

from advisor_app.dbkit.kept_writer import compile_plain
from advisor_app.domain.text import set_language
from advisor_app.errors import ReadOnlyError, StoreError
from advisor_app.services.companies import CompanyInput
from advisor_app.services.scans import MARK_DRAFT_CHANGED, SAVE_ANSWER
from advisor_app.store.models import Answer
from advisor_app.workspace import Workspace


@pytest.fixture
def draft(workspace: Workspace, company_input: CompanyInput) -> uuid.UUID:
    company = workspace.companies.create(company_input)
    return workspace.scans.start(company.id).id


def stored(workspace: Workspace) -> list[tuple[str, int | None, str]]:
    """What another program reading the file sees."""
    with sqlite3.connect(workspace.db.path) as other:
        return other.execute("SELECT item_id, score, note FROM answer ORDER BY item_id").fetchall()


def test_a_save_runs_with_the_engines_durable_pragmas(workspace: Workspace, draft: uuid.UUID) -> None:
    workspace.scans.answer(draft, "D1.1", 3)
    with workspace.db.statements() as statements:
        for name, expected in (("synchronous", 2), ("foreign_keys", 1), ("secure_delete", 1), ("busy_timeout", 5000)):
            pragma = text(f"PRAGMA {name}").columns(column(name, Integer))
            assert statements.execute(pragma).first() == (expected,), name
        mode = text("PRAGMA journal_mode").columns(column("journal_mode"))
        assert statements.execute(mode).first() == ("wal",)


def test_a_save_holds_the_write_lock_from_its_start(workspace: Workspace, draft: uuid.UUID) -> None:
    """Another writer cannot even begin while a save is open, so a read-check-write rule cannot be raced."""
    other = sqlite3.connect(workspace.db.path, timeout=0, isolation_level=None)
    try:
        with workspace.db.statements(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # and once it committed, the lock is free again
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_answers_and_notes_are_on_disk_when_the_call_returns(workspace: Workspace, draft: uuid.UUID) -> None:
    workspace.scans.answer(draft, "D1.1", 4)
    workspace.scans.note(draft, "D1.1", "  Boekhouding op papier  ")
    workspace.scans.answer(draft, "D1.2", None, not_applicable=True)
    assert stored(workspace) == [("D1.1", 4, "Boekhouding op papier"), ("D1.2", None, "")]
    assert workspace.scans.get(draft).answers == {"D1.1": 4, "D1.2": None}


def synchronous(workspace: Workspace) -> int:
    with workspace.db.statements() as statements:
        (setting,) = statements.execute(text("PRAGMA synchronous").columns(column("synchronous", Integer))).first()
    return int(setting)


def test_a_transaction_that_need_not_wait_for_the_disk_leaves_the_next_save_durable(
    workspace: Workspace, draft: uuid.UUID
) -> None:
    """``durable=False`` (a sync's ``last_sync_at``) commits as any other, and the kept connection is back to FULL."""
    with workspace.db.statements(durable=False) as statements:
        relaxed = statements.execute(text("PRAGMA synchronous").columns(column("synchronous", Integer))).first()
        statements.execute(
            MARK_DRAFT_CHANGED, {"scan_id": draft, "now": workspace.scans.get(draft).scan.started_at, "position": "D2.1"}
        )
    assert relaxed == (1,), "NORMAL inside"
    assert synchronous(workspace) == 2
    assert workspace.scans.get(draft).scan.position == "D2.1"
    with pytest.raises(StoreError), workspace.db.statements(durable=False) as statements:
        statements.execute(text("INSERT INTO no_such_table VALUES (1)"))
    assert synchronous(workspace) == 2, "after a failed one too"
    workspace.scans.answer(draft, "D1.1", 3)
    assert stored(workspace) == [("D1.1", 3, "")]


def test_a_failed_save_changes_nothing_says_why_plainly_and_the_next_save_works(workspace: Workspace, draft: uuid.UUID) -> None:
    """The first statement's change is rolled back with the second's failure (a foreign key the pragma holds)."""
    workspace.scans.answer(draft, "D1.1", 2)
    set_language("en")
    now = workspace.scans.get(draft).scan.started_at
    orphan = {"id": uuid.uuid4(), "scan_id": uuid.uuid4(), "item_id": "D1.1", "score": 5, "not_applicable": False}

    def mark_then_save_an_orphan() -> None:
        with workspace.db.statements() as statements:
            assert statements.execute(MARK_DRAFT_CHANGED, {"scan_id": draft, "now": now, "position": "D9.9"}).first()
            statements.execute(SAVE_ANSWER, {**orphan, "note": "", "updated_at": now})

    with pytest.raises(StoreError) as failed:
        mark_then_save_an_orphan()
    assert "the data breaks a rule of the database" in str(failed.value)
    assert "\n" not in str(failed.value)
    assert workspace.scans.get(draft).scan.position != "D9.9"
    assert stored(workspace) == [("D1.1", 2, "")]
    workspace.scans.answer(draft, "D1.1", 5)
    assert stored(workspace) == [("D1.1", 5, "")]


def test_two_threads_saving_at_once_both_land(workspace: Workspace, draft: uuid.UUID) -> None:
    items = workspace.questionnaire.item_ids[:20]
    errors: list[BaseException] = []

    def save(part: tuple[str, ...], score: int) -> None:
        try:
            for item in part:
                workspace.scans.answer(draft, item, score)
        except BaseException as error:  # reported below, in the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=save, args=(items[0::2], 1)), threading.Thread(target=save, args=(items[1::2], 2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert {item: score for item, score, _ in stored(workspace)} == {item: 1 + n % 2 for n, item in enumerate(items)}


def test_a_read_only_folder_refuses_a_save_and_stays_as_it_was(tmp_path: Path, company_input: CompanyInput) -> None:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        company = workspace.companies.create(company_input)
        scan_id = workspace.scans.start(company.id).id
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}
    set_language("en")
    with Workspace(folder, read_only=True) as reader:
        with pytest.raises(ReadOnlyError, match="read-only; nothing can be saved"):
            reader.scans.answer(scan_id, "D1.1", 3)
        assert reader.scans.get(scan_id).answers == {}
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()} == before


def test_a_statement_that_needs_a_python_side_default_is_refused_not_run_wrong(workspace: Workspace) -> None:
    """The kept path has no execution context to call ``uuid4`` or ``utcnow``: it says so instead of guessing."""
    dialect = workspace.db.engine.dialect
    with pytest.raises(TypeError, match="no Python-side default"):
        compile_plain(insert(Answer), ["scan_id", "item_id", "score"], dialect)
    with pytest.raises(TypeError, match="values missing"):
        compile_plain(MARK_DRAFT_CHANGED, ["scan_id", "now"], dialect)
