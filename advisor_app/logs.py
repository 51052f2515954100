"""The device's log: the standard ``logging`` module into a rotating file in the data folder.

``<data folder>/logs/basisscan.log``, at most 1 MB a file and five old files kept, so a laptop that
runs for years never fills its disk. Warnings and errors by default; ``BASISSCAN_LOG_LEVEL=INFO``
(or ``DEBUG``) for more when hunting a problem. An unexpected error is written here with its
traceback by :func:`log_unexpected`, and the user is told the file's path instead of seeing the
traceback; the command line and the desktop app both use it.
"""

from __future__ import annotations

import logging
import os
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import __version__

LOG_FILE = "basisscan.log"
LEVEL_ENV = "BASISSCAN_LOG_LEVEL"
MAX_BYTES = 1024 * 1024
KEPT_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("advisor_app")


class _DataFolderHandler(RotatingFileHandler):
    """Ours, so that setting up again (another data folder) replaces it instead of adding a second one."""


def log_path(folder: Path) -> Path:
    return folder / "logs" / LOG_FILE


def setup_logging(folder: Path, level: str | None = None) -> Path:
    """Send log records to ``<folder>/logs/basisscan.log``; raises ``OSError`` when it cannot be written."""
    return _attach(log_path(folder), level)


def _attach(path: Path, level: str | None = None) -> Path:
    root = logging.getLogger()
    current = next((h for h in root.handlers if isinstance(h, _DataFolderHandler)), None)
    if current is not None and Path(current.baseFilename) == path.resolve():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _DataFolderHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    chosen = (level or os.environ.get(LEVEL_ENV) or "WARNING").upper()
    handler.setLevel(chosen if chosen in logging.getLevelNamesMapping() else "WARNING")
    if current is not None:
        root.removeHandler(current)
        current.close()
    root.addHandler(handler)
    if root.level > handler.level:
        root.setLevel(handler.level)
    return path


def log_unexpected(folder: Path | None, error: BaseException, where: str = "") -> Path | None:
    """Log a bug's traceback for a bug report; returns the file to point the user to.

    The data folder's log; on read-only media the temporary folder's; ``None`` where neither can be written.
    """
    places = [log_path(folder)] if folder is not None else []
    places.append(Path(tempfile.gettempdir()) / "basisscan-logs" / LOG_FILE)
    for place in places:
        try:
            path = _attach(place)
        except OSError:
            continue
        log.error(
            "unexpected error in Basisscan %s%s", __version__, f" ({where})" if where else "",
            exc_info=(type(error), error, error.__traceback__),
        )  # fmt: skip
        return path
    return None
