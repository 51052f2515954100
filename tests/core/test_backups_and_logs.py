"""A device's backup is a checked copy that restores; a bug's traceback lands in the data folder's log."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_app.logs import log_path, log_unexpected, setup_logging
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace


def advisor_app(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(data_dir), "--lang", "en", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def company_names(folder: Path) -> list[str]:
    with Workspace(folder) as workspace:
        return sorted(company.name for company in workspace.companies.list())


@pytest.fixture
def data(tmp_path: Path, company_input: CompanyInput) -> Path:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        workspace.companies.create(company_input)
    return folder


def test_a_backup_restores_the_data_as_it_was(data: Path, tmp_path: Path, company_input: CompanyInput) -> None:
    copy = tmp_path / "stick" / "basisscan.sqlite3"
    made = advisor_app(data, "backup", "-o", str(copy))
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"Backup written and checked: {copy}"
    assert copy.stat().st_mode & 0o077 == 0, "personal data: the copy is the owner's only"
    before = company_names(data)
    with Workspace(data) as workspace:
        workspace.companies.create(dataclasses.replace(company_input, name="Later B.V.", kvk="87654321"))
    restored = advisor_app(data, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert company_names(data) == before
    safety = Path(restored.stdout.strip().rpartition("the previous data is in ")[2])
    assert "Later B.V." in company_names_in_file(safety), "what the restore replaced is kept"


def company_names_in_file(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM company")]
    connection.close()
    return names


def test_a_backup_without_a_name_goes_to_the_data_folder(data: Path) -> None:
    made = advisor_app(data, "backup")
    assert made.returncode == 0, made.stderr
    (copy,) = (data / "backups").glob("basisscan-backup-*.sqlite3")
    assert str(copy) in made.stdout
    assert company_names_in_file(copy) == company_names(data)


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        ("junk", "is not a usable SQLite database"),
        ("foreign", "is not a Basisscan database (no schema version)"),
        ("newer", "was made by a newer version (schema 9999); install that version"),
        ("damaged", "is not a usable SQLite database (database disk image is malformed)"),
    ],
)
def test_a_restore_refuses_a_bad_copy_and_changes_nothing(data: Path, tmp_path: Path, spoil: str, reason: str) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert advisor_app(data, "backup", "-o", str(copy)).returncode == 0
    if spoil == "junk":
        copy.write_bytes(b"not a database at all\n" * 500)
    elif spoil == "foreign":
        copy.unlink()
        with sqlite3.connect(copy) as connection:
            connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
            connection.execute("INSERT INTO alembic_version VALUES ('0001')")
            connection.execute("CREATE TABLE users (id INTEGER)")
        connection.close()
    elif spoil == "newer":
        with sqlite3.connect(copy) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.close()
    else:
        raw = bytearray(copy.read_bytes())
        raw[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # a page in the middle
        copy.write_bytes(bytes(raw))
    before = company_names(data)
    refused = advisor_app(data, "restore", str(copy))
    assert refused.returncode == 1
    assert len(refused.stderr.splitlines()) == 1
    assert reason in refused.stderr
    assert refused.stderr.rstrip().endswith(("nothing was changed", "Nothing was changed."))
    assert company_names(data) == before


def test_an_unexpected_error_goes_to_the_rotating_log_with_its_traceback(tmp_path: Path) -> None:
    known: dict[str, int] = {}
    try:
        known["missing"]  # a bug, on purpose
    except KeyError as error:
        path = log_unexpected(tmp_path, error, "test")
    assert path == log_path(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "ERROR advisor_app: unexpected error in Basisscan" in text
    assert "Traceback (most recent call last)" in text
    assert "KeyError: 'missing'" in text
    setup_logging(tmp_path)
    for n in range(3000):
        logging.getLogger("advisor_ui.test").warning("line %d %s", n, "x" * 400)
    assert (path.parent / "basisscan.log.1").is_file(), "the log rotates instead of growing without end"
    assert path.stat().st_size <= 1024 * 1024
