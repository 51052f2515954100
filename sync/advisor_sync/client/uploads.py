"""Uploading the scans' PDF reports the server does not hold yet.

Its own module because it is a step of its own in a sync, with its own requests (which files the server
lacks, then one upload each): the engine decides when it runs (after the pull, so no report goes up for a
scan the server erased meanwhile) and passes in how to report progress and to notice a cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from advisor_app.store.database import Database
from advisor_app.store.models import Scan

from ..protocol.messages import FileInfo, FilesMissingRequest, FilesMissingResponse, FileStored
from .files import LocalFile, has_reports, local_reports
from .http import ApiClient

ASK_AT_ONCE = 1000
"""Files asked about in one ``/files/missing`` request."""


def upload_reports(
    db: Database,
    reports_dir: Path,
    api: ApiClient,
    emit: Callable[[int, int], None],
    check_cancel: Callable[[], None],
) -> int:
    """Upload the reports of scans the server holds that it has no copy of; returns how many went up."""
    if not has_reports(reports_dir):
        return 0  # most syncs: no need to read every scan id to match no file
    with db.read() as session:
        on_server = set(session.scalars(select(Scan.id).where(Scan.server_version.is_not(None), ~Scan.deleted)))
    # Only a scan's own reports: the server can erase those with the scan; a loose PDF could be anyone's.
    reports = [report for report in local_reports(reports_dir, on_server) if report.scan_id]
    if not reports:
        return 0
    missing: set[str] = set()
    for start in range(0, len(reports), ASK_AT_ONCE):
        chunk = reports[start : start + ASK_AT_ONCE]
        request = FilesMissingRequest(files=[FileInfo(sha256=f.sha256, size=f.size) for f in chunk])
        missing |= set(api.post("/files/missing", request, FilesMissingResponse).missing)
    wanted: list[LocalFile] = []
    for report in reports:
        if report.sha256 in missing:
            wanted.append(report)
            missing.discard(report.sha256)
    emit(0, len(wanted))
    for done, report in enumerate(wanted, start=1):
        check_cancel()
        # Named by its scan, not by the local file name, which carries the KvK number (the server keeps names for years).
        params = {"name": f"basisscan-{report.scan_id}.pdf", "scan_id": str(report.scan_id)}
        api.put_bytes(f"/files/{report.sha256}", report.path.read_bytes(), "application/pdf", FileStored, params)
        emit(done, len(wanted))
    return len(wanted)
