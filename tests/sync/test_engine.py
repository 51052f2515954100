"""The engine's edges: pages, files, progress and cancellation, and every error in plain words."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import advisor_sync.client.http as http
import advisor_sync.client.refusals as refusals
import pytest
from advisor_sync.client import (
    DeviceTokenRevokedError,
    NotLoggedInError,
    OfflineError,
    ProtocolMismatchError,
    SyncCancelled,
    SyncError,
    SyncProgress,
    WrongPasswordError,
)

from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo

from ..server.live import Api, Database, LiveServer, listening_socket
from .helpers import Device, device_records, edit_company, live


def test_small_pages_bring_a_company_edited_after_its_scans(device: Callable[..., Device]) -> None:
    office = device("alice")
    generate_demo(office.workspace, 4, seed=3)
    office.sync()
    for company in office.workspace.companies.list():
        edit_company(office.workspace, company.id, municipality="Houten")
    office.sync()
    fresh = device("alice", page_size=1)
    fresh.sync()
    assert live(device_records(fresh.workspace)) == live(device_records(office.workspace))


def test_reports_are_uploaded_once_and_linked_to_their_scan(device: Callable[..., Device], database: Database) -> None:
    alice = device("alice")
    generate_demo(alice.workspace, 2, seed=8)
    scan = alice.workspace.scans.summaries(status="completed")[0]
    report = alice.workspace.reports_dir / f"basisscan-{str(scan.id)[:8]}-nl.pdf"
    report.write_bytes(b"%PDF-1.7\n" + scan.company.encode() * 40 + b"\n%%EOF\n")
    (alice.workspace.reports_dir / "notes.txt").write_text("not a report")
    assert alice.sync().files == 1
    assert alice.sync().files == 0
    import hashlib

    sha = hashlib.sha256(report.read_bytes()).hexdigest()
    from advisor_sync.server.core.db import make_engine, session_factory
    from advisor_sync.server.models import FileLink
    from sqlalchemy import select

    engine = make_engine(database.url)
    with session_factory(engine)() as session:
        link = session.scalars(select(FileLink)).one()
    engine.dispose()
    # Named by its scan on the server: the local name may carry the KvK number, and the server keeps names for years.
    assert (link.sha256, link.scan_id, link.name) == (sha, scan.id, f"basisscan-{scan.id}.pdf")


def test_progress_reports_each_stage_and_cancel_stops_cleanly(device: Callable[..., Device]) -> None:
    alice = device("alice", batch_size=10)
    generate_demo(alice.workspace, 12, seed=4)
    pending = alice.workspace.pending_changes()
    stop = threading.Event()
    seen: list[SyncProgress] = []

    def cancel_after_two_batches(step: SyncProgress) -> None:
        seen.append(step)
        if step.stage == "push" and step.done >= 20:
            stop.set()

    with pytest.raises(SyncCancelled, match="Sync cancelled; what was already processed is kept"):
        alice.engine.sync(progress=cancel_after_two_batches, cancel=stop)
    # The third batch left the moment the second's answer came, before the cancel: its answer is kept too.
    assert [(s.done, s.total) for s in seen] == [(0, pending), (10, pending), (20, pending), (30, pending)]
    assert alice.workspace.pending_changes() == pending - 30

    seen.clear()
    report = alice.engine.sync(progress=seen.append)
    assert report.sent == pending - 30
    assert alice.workspace.pending_changes() == 0
    stages = [s.stage for s in seen]
    assert stages.index("push") < stages.index("pull")
    assert seen[-1] == SyncProgress("pull", seen[-1].total, seen[-1].total)


def test_a_wrong_password_and_a_revoked_device_are_told_apart(
    device: Callable[..., Device], database: Database, server: LiveServer
) -> None:
    fresh = device(None)
    with pytest.raises(WrongPasswordError, match="The username or password is not correct"):
        fresh.engine.login("alice", "wrong password")
    assert not fresh.engine.has_token()
    with pytest.raises(NotLoggedInError, match="log in first"):
        fresh.sync()

    alice = device("alice")
    admin = Api(server.url, database.tokens["root"])
    for each in admin.get("/admin/devices", params={"username": "alice"}).json():
        admin.post(f"/admin/devices/{each['id']}/revoke")
    with pytest.raises(DeviceTokenRevokedError, match="revoked by the administrator; log in again") as caught:
        alice.sync()
    assert caught.value.reason == "revoked"
    assert not alice.engine.has_token(), "the dead token is forgotten, so the app asks for the password"
    alice.login("alice")
    alice.sync()


def test_an_unreachable_server_is_offline_and_nothing_is_lost(tmp_path: Path) -> None:
    closed = listening_socket()
    port = closed.getsockname()[1]
    closed.close()
    device = Device(tmp_path / "offline", f"http://127.0.0.1:{port}")
    try:
        device.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
        device.engine.credentials.set(
            device.engine.server_url, __import__("advisor_sync.client", fromlist=["StoredToken"]).StoredToken("alice", "bsd_x")
        )
        with pytest.raises(OfflineError, match=r"cannot be reached \(connection refused\)\. Your changes are kept") as refused:
            device.sync()
        dutch = refused.value.in_language("nl")
        assert "(verbinding geweigerd)" in dutch, "the reason in the user's language"
        assert "refused" not in dutch, "none of the operating system's English"
        assert device.workspace.pending_changes() == 1
    finally:
        device.close()


@pytest.mark.parametrize(("speaks", "too_old", "phrase"), [(3, True, "The server is too old"), (0, False, "This app is too old")])
def test_a_protocol_mismatch_says_which_side_to_update(
    device: Callable[..., Device], monkeypatch: pytest.MonkeyPatch, speaks: int, too_old: bool, phrase: str
) -> None:
    alice = device("alice")
    monkeypatch.setattr(http, "PROTOCOL_VERSION", speaks)  # the version the app sends
    monkeypatch.setattr(refusals, "PROTOCOL_VERSION", speaks)  # and names in the message
    with pytest.raises(ProtocolMismatchError, match=phrase) as caught:
        alice.sync()
    assert caught.value.server_too_old is too_old


def test_an_address_that_is_not_a_basisscan_server_or_not_secure_is_refused(tmp_path: Path) -> None:
    from advisor_sync.client import normalise_server_url

    assert normalise_server_url(" https://basisscan.example.nl/ ") == "https://basisscan.example.nl"
    with pytest.raises(SyncError, match="is not secure; use https://"):
        normalise_server_url("http://basisscan.example.nl")
    with pytest.raises(SyncError, match="is not a server address"):
        normalise_server_url("basisscan.example.nl")


def test_a_self_signed_server_is_refused_unless_its_ca_is_given(tmp_path: Path, database: Database) -> None:
    from .tls import https_server

    with https_server(database, tmp_path) as (url, ca_file):
        untrusting = Device(tmp_path / "untrusting", url)
        trusting = Device(tmp_path / "trusting", url, ca_bundle=str(ca_file))
        try:
            from advisor_sync.client import TlsError

            with pytest.raises(TlsError, match="cannot be trusted \\(certificate cannot be verified\\); nothing was sent"):
                untrusting.login("alice")
            trusting.login("alice")
            assert trusting.sync().received == 0
        finally:
            untrusting.close()
            trusting.close()


def test_conflicts_that_are_gone_cannot_be_resolved_twice(device: Callable[..., Device]) -> None:
    from advisor_sync.client import ConflictNotFoundError

    alice = device("alice")
    with pytest.raises(ConflictNotFoundError):
        alice.engine.resolve(uuid.uuid4(), "mine")
