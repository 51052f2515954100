"""Where things live: the user's data folder and the shipped resources."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Basisscan"
DATA_DIR_ENV = "BASISSCAN_DATA_DIR"
DATABASE_FILE = "basisscan.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$BASISSCAN_DATA_DIR``, then the per-user data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen).expanduser() if chosen else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource(*parts: str) -> Path:
    """A shipped data file; works from a checkout, a wheel and a frozen bundle."""
    return Path(str(files("basisscan_resources").joinpath(*parts)))
