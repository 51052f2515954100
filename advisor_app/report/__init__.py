"""PDF summary of a scan (reportlab): what the entrepreneur gets before the advisor leaves.

``render_report`` gives the bytes, ``save_report`` writes them atomically to
the data folder's ``reports`` (or a chosen path). The same scan and language
always give the same bytes; see docs/report.md.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import Text, normalise_language
from .content import ReportContent, build_content, gather
from .document import render
from .fonts import ReportError

if TYPE_CHECKING:
    from ..workspace import Workspace

__all__ = [
    "ReportContent",
    "ReportError",
    "build_content",
    "default_name",
    "render",
    "render_report",
    "save_content",
    "save_report",
]


def render_report(workspace: Workspace, scan_id: uuid.UUID, language: str) -> bytes:
    return render(gather(workspace, scan_id, normalise_language(language)))


def default_name(content: ReportContent) -> str:
    """KvK and date for the person looking in the folder; the scan id's first 8 characters let sync attach it to its scan."""
    return f"basisscan-{content.kvk}-{content.scan_date.isoformat()}-{content.scan_id[:8]}-{content.language}.pdf"


def save_report(workspace: Workspace, scan_id: uuid.UUID, language: str, path: Path | None = None) -> Path:
    """Writes atomically (a temporary file beside the target, then a rename); returns the path written.

    Without ``path`` the file goes to the data folder's reports; a ``path`` that is a folder gets the default name.
    """
    return save_content(gather(workspace, scan_id, normalise_language(language)), lambda: workspace.reports_dir, path)


def save_content(content: ReportContent, reports_dir: Callable[[], Path], path: Path | None = None) -> Path:
    """:func:`save_report` of content already gathered; ``reports_dir`` gives the data folder's reports when asked."""
    data = render(content)
    target = _target(reports_dir, content, path)
    if not target.parent.is_dir():
        raise ReportError(
            Text(f"De map {target.parent} bestaat niet", f"The folder {target.parent} does not exist"),
        )
    try:
        write_atomically(target, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ReportError(Text(f"{target} kan niet worden geschreven: {reason}", f"Cannot write {target}: {reason}")) from None
    return target


def _target(reports_dir: Callable[[], Path], content: ReportContent, path: Path | None) -> Path:
    if path is None:
        return (reports_dir() / default_name(content)).resolve()
    path = path.expanduser()
    return (path / default_name(content) if path.is_dir() else path).resolve()


def write_atomically(path: Path, data: bytes) -> None:
    """A reader sees the old file or the new one, never half of one, even after a crash."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed only after a clean write
        "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
