"""`make revision WHAT=server` on unchanged models writes an empty migration, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .live import Database

ROOT = Path(__file__).resolve().parents[2]


def test_the_server_models_match_its_migrations(database: Database) -> None:
    checked = subprocess.run(
        [sys.executable, ROOT / ".ci" / "alembic_revision.py", "server", "--check", "--db", database.url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "server: the models and the migrations agree" in checked.stdout
