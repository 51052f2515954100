"""`make revision` on an unchanged model writes an empty migration: the models and the migrations agree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_device_models_match_its_migrations() -> None:
    checked = subprocess.run(
        [sys.executable, ROOT / ".ci" / "alembic_revision.py", "device", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "device: the models and the migrations agree" in checked.stdout
