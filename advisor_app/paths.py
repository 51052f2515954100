"""Where things live: the user's data folder and the shipped resources.

The data folder holds personal data (the GDPR's "persoonsgegevens"), so on
POSIX systems it is made readable by its owner only (0700) and every file the
app writes there is 0600; on Windows the per-user folder's ACL already keeps
other users out, and the modes below are ignored.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Basisscan"
DATA_DIR_ENV = "BASISSCAN_DATA_DIR"
DATABASE_FILE = "basisscan.sqlite3"
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
PRIVATE_UMASK = 0o077
"""Files and folders made while it is in force are the owner's only (see :func:`keep_files_private`)."""


def chosen_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$BASISSCAN_DATA_DIR``, then the per-user data folder (not created)."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser() if chosen else user_data_path(APP_NAME, appauthor=False)


def is_default_data_dir(override: str | os.PathLike[str] | None = None) -> bool:
    """Neither ``--data-dir`` nor ``$BASISSCAN_DATA_DIR`` chose the folder: it is the advisor's own per-user folder."""
    return not (override or os.environ.get(DATA_DIR_ENV))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, created (0700) when it does not exist yet."""
    path = chosen_data_dir(override)
    make_private_folder(path)
    return path


def make_private_folder(path: Path) -> None:
    """Create ``path`` (and missing parents) for the owner only; an existing folder is left as it is."""
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if os.name == "posix":
        path.chmod(PRIVATE_FOLDER_MODE)  # mkdir's mode is filtered by the umask


def reports_folder(folder: Path, *, read_only: bool) -> Path:
    """The data folder's ``reports``, made for the owner at the first report; a read-only folder has none."""
    if read_only:
        from .domain.text import Text  # here: the launcher imports this module first, and the texts bring Babel
        from .errors import ReadOnlyError

        raise ReadOnlyError(
            Text(
                f"De map {folder} is alleen-lezen; kies met -o waar de samenvatting moet komen",
                f"The folder {folder} is read-only; choose with -o where the summary should go",
            )
        )
    path = folder / "reports"
    make_private_folder(path)
    return path


def create_private_file(path: Path) -> None:
    """Make an empty file only the owner may read, before SQLite or a writer fills it.

    SQLite gives a database's WAL and shared-memory files the mode of the
    database file itself, so creating that file 0600 covers all three.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(descriptor)
    if os.name == "posix":
        path.chmod(PRIVATE_FILE_MODE)


def keep_files_private() -> int:
    """Make every file and folder this process creates from now on the owner's only; returns the old umask.

    The entry points call it once, so exports, reports and logs written
    anywhere by any part of the app are 0600 without each writer having to
    remember (the umask only takes permissions away, never adds them).
    """
    return os.umask(PRIVATE_UMASK)


def is_writable(path: Path) -> bool:
    """Whether this process may write to ``path`` (a folder or a file); a read-only medium says no.

    ``os.access`` asks the kernel with the real user's rights, so a folder
    mounted read-only says no even to root.
    """
    return os.access(path, os.W_OK)


def resource(*parts: str) -> Path:
    """A shipped data file; works from a checkout, a wheel and a frozen bundle."""
    return Path(str(files("basisscan_resources").joinpath(*parts)))
