"""The data folder's safety: another program's database is left alone, modes keep others out, errors are one line."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from advisor_app.domain.text import set_language
from advisor_app.errors import BasisscanError, StoreError
from advisor_app.paths import DATABASE_FILE, data_dir
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; on Windows the per-user ACL applies")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- another application's database ---------------------------------------------------------------


def test_another_applications_database_is_refused_by_name_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    with sqlite3.connect(path) as other_app:
        other_app.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        other_app.execute("INSERT INTO contacts (name) VALUES ('Jan')")
    other_app.close()
    before = path.read_bytes()

    with pytest.raises(StoreError) as refused:
        Workspace(tmp_path)

    message = str(refused.value)
    assert str(path) in message
    assert "another application's database" in message
    assert "\n" not in message
    assert path.read_bytes() == before, "not one byte written"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE_FILE], "no WAL, no backup, nothing beside it"


def test_a_file_that_is_no_database_at_all_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    path.write_bytes(b"%PDF-1.7 this is a report someone saved under the wrong name\n" * 20)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite file"):
        Workspace(tmp_path)
    assert path.read_bytes() == before


def test_an_empty_file_is_ours_to_set_up(tmp_path: Path, company_input: CompanyInput) -> None:
    (tmp_path / DATABASE_FILE).touch()
    with Workspace(tmp_path) as workspace:
        workspace.companies.create(company_input)
        assert len(workspace.companies.list()) == 1


# -- one plain line --------------------------------------------------------------------------------


def test_a_database_failure_is_one_plain_line_in_the_users_language(workspace: Workspace) -> None:
    """SQLAlchemy's text spans lines and ends with a link; the advisor sees one sentence."""
    locked = sqlite3.connect(workspace.db.path, timeout=0)
    locked.execute("BEGIN EXCLUSIVE")
    workspace.db.engine.dispose()

    def impatient(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=0")

    event.listen(workspace.db.engine, "connect", impatient)
    try:
        for language, words in (("en", "the database is busy"), ("nl", "de database is bezet")):
            set_language(language)
            with pytest.raises(StoreError) as failed:
                workspace.profile.save("Ingrid Willems")
            message = str(failed.value)
            assert words in message
            assert "\n" not in message
            assert "Background on this error" not in message
            assert "sqlalche.me" not in message
            assert "[SQL:" not in message
    finally:
        locked.rollback()
        locked.close()


def test_an_unknown_failure_keeps_only_the_drivers_first_line() -> None:
    from advisor_app.store.failures import plain_cause

    error = OperationalError("INSERT INTO x VALUES (?)", (1,), sqlite3.OperationalError("no such table: x"))
    assert "Background on this error" in str(error), "the text SQLAlchemy would show"
    assert plain_cause(error).en == "no such table: x"


# -- personal data on disk -------------------------------------------------------------------------


@posix_only
def test_the_data_folder_database_wal_and_backups_are_the_owners_only(tmp_path: Path, company_input: CompanyInput) -> None:
    old_umask = os.umask(0o022)  # a usual desktop umask: without care, files would be world-readable
    try:
        folder = tmp_path / "new" / "data"
        with Workspace(folder) as workspace:
            workspace.companies.create(company_input)
            database = folder / DATABASE_FILE
            assert mode(folder) == 0o700
            assert mode(database) == 0o600
            for companion in ("-wal", "-shm"):
                assert mode(database.with_name(database.name + companion)) == 0o600
            workspace.db.backup_to(folder / "backups" / "copy.sqlite3")
            assert mode(folder / "backups") == 0o700
            assert mode(folder / "backups" / "copy.sqlite3") == 0o600
    finally:
        os.umask(old_umask)


@posix_only
def test_a_database_left_readable_by_others_is_closed_off_when_opened(tmp_path: Path) -> None:
    Workspace(tmp_path).close()
    database = tmp_path / DATABASE_FILE
    database.chmod(0o644)
    with Workspace(tmp_path):
        assert mode(database) == 0o600


def test_an_existing_folder_is_not_changed(tmp_path: Path) -> None:
    """The user's own folder (given with --data-dir) keeps the modes they gave it."""
    tmp_path.chmod(0o755)
    assert data_dir(tmp_path) == tmp_path
    assert mode(tmp_path) == 0o755


# -- the write lock at the start of a transaction --------------------------------------------------


def test_two_threads_racing_for_a_second_voucher_leave_exactly_one(workspace: Workspace, company_input: CompanyInput) -> None:
    """Both check "no live voucher yet" and then insert; the check and the insert must be one step.

    The test holds each thread right after its check has read the vouchers
    (a barrier), so without the write lock at BEGIN both checks pass before
    either inserts. With BEGIN IMMEDIATE the second thread cannot even start
    its check until the first has committed; the barrier then gives up
    waiting (its timeout is a bound on a wait, not an assertion) and the
    second thread finds the first one's voucher.
    """
    company = workspace.companies.create(company_input)
    checked = threading.Barrier(2, timeout=3)

    def hold_after_the_check(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM voucher" in statement:
            with contextlib.suppress(threading.BrokenBarrierError):
                checked.wait()

    event.listen(workspace.db.engine, "after_cursor_execute", hold_after_the_check)
    outcomes: list[str] = []

    def request() -> None:
        try:
            workspace.vouchers.request(company.id, 3_500_00)
            outcomes.append("granted")
        except StoreError as error:
            outcomes.append(f"failed: {error}")
        except BasisscanError:  # the one-voucher rule, however the service words it
            outcomes.append("refused: one voucher per company")

    threads = [threading.Thread(target=request) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    event.remove(workspace.db.engine, "after_cursor_execute", hold_after_the_check)

    assert len(workspace.vouchers.for_company(company.id)) == 1
    assert sorted(outcomes) == ["granted", "refused: one voucher per company"]


@posix_only
def test_exports_and_reports_written_by_the_command_line_are_the_owners_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"

    def advisor_app(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(folder), "--lang", "en", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    old_umask = os.umask(0o022)  # a usual desktop umask, inherited by the command
    try:
        assert advisor_app("demo", "--companies", "3").returncode == 0
        scan_id = json.loads(advisor_app("scans", "list", "--json", "--status", "completed").stdout)[0]["id"]
        assert advisor_app("export", "--format", "json", "-o", str(tmp_path / "export.json")).returncode == 0
        done = advisor_app("report", scan_id)
    finally:
        os.umask(old_umask)
    assert done.returncode == 0, done.stderr
    (report,) = (folder / "reports").glob("*.pdf")
    assert mode(tmp_path / "export.json") == 0o600
    assert mode(folder / "reports") == 0o700
    assert mode(report) == 0o600
    assert mode(folder) == 0o700


def test_a_failed_read_is_one_plain_line_too(workspace: Workspace, company_input: CompanyInput) -> None:
    workspace.companies.create(company_input)
    with sqlite3.connect(workspace.db.path) as vandal:
        vandal.execute("PRAGMA foreign_keys=OFF")
        vandal.execute("DROP TABLE company")
    vandal.close()
    with pytest.raises(StoreError) as failed:
        workspace.companies.list()
    assert str(failed.value) == f"Reading from {DATABASE_FILE} failed (no such table: company)"
