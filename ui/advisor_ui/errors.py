"""Turning exceptions into plain sentences at the UI's edge.

A :class:`BasisscanError` already reads as one sentence in the active
language. Anything else is a bug: its traceback goes to the data folder's
log (``advisor_app.logs``) and the user is told where it is, never shown it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from advisor_app.domain.errors import BasisscanError
from advisor_app.errors import os_failure

from .qt import QCoreApplication


def log_unexpected(folder: Path, error: BaseException) -> Path:
    """Log the traceback to the data folder's log (``advisor_app.logs``) and return where it went."""
    from advisor_app import logs  # logging and its handlers: not before the first paint (25 ms of CPU)

    return logs.log_unexpected(folder, error, "desktop") or logs.log_path(folder)


def plain_message(error: BaseException, folder: Path) -> str:
    """One sentence for the user: the core's own words, or where the details of a bug went."""
    if isinstance(error, BasisscanError):
        return str(error)
    if isinstance(error, OSError):
        return os_failure(error)
    path = log_unexpected(folder, error)
    return QCoreApplication.translate("Errors", "Something went wrong. The details are in {path}.").format(path=path)


def install_excepthook(folder: Path, notify: Callable[[str], None]) -> None:
    """An exception escaping a slot is logged and told in one sentence; the window stays usable."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        path = log_unexpected(folder, error.with_traceback(trace))
        print(f"advisor-app: unexpected error; the details are in {path}", file=sys.stderr)
        notify(QCoreApplication.translate("Errors", "Something went wrong. The details are in {path}.").format(path=path))

    sys.excepthook = hook
