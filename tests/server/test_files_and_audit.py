"""Files by SHA-256, the append-only audit log, and the schema as the migrations build it."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from advisor_sync.server.core.db import make_engine
from advisor_sync.server.models import Base
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from .live import Api, Database
from .records import change, company, pushed, scan

PDF = b"%PDF-1.7\n" + b"Basisscan rapport " * 500 + b"\n%%EOF\n"
SHA = hashlib.sha256(PDF).hexdigest()


def test_files_are_uploaded_once_by_their_sha256(alice: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    pushed(alice, change("company", company_id, company()), change("scan", scan_id, scan(company_id, completed=True)))
    ask = {"files": [{"sha256": SHA, "size": len(PDF)}]}
    assert alice.post("/files/missing", json=ask).json() == {"missing": [SHA]}
    first = alice.put(
        f"/files/{SHA}",
        data=PDF,
        params={"name": f"rapport-{scan_id}.pdf", "scan_id": str(scan_id)},
        headers={"Content-Type": "application/pdf"},
    )
    assert first.json() == {"sha256": SHA, "size": len(PDF), "created": True}
    again = alice.put(f"/files/{SHA}", data=PDF, headers={"Content-Type": "application/pdf"})
    assert again.json()["created"] is False
    assert alice.post("/files/missing", json=ask).json() == {"missing": []}
    assert alice.get(f"/files/{SHA}").content == PDF


def test_a_file_is_refused_when_its_content_does_not_match_or_is_no_report(alice: Api) -> None:
    wrong = alice.put(f"/files/{'0' * 64}", data=PDF, headers={"Content-Type": "application/pdf"})
    assert wrong.status_code == 422
    assert wrong.json()["code"] == "hash-mismatch"
    assert alice.post("/files/missing", json={"files": [{"sha256": "0" * 64, "size": 1}]}).json() == {"missing": ["0" * 64]}
    script = alice.put(f"/files/{SHA}", data=PDF, headers={"Content-Type": "text/html"})
    assert script.status_code == 400
    assert "File type 'text/html' is not stored" in script.json()["detail"]
    assert alice.put("/files/not-a-hash", data=PDF, headers={"Content-Type": "application/pdf"}).status_code == 422


def test_only_the_uploader_and_coordinators_can_fetch_a_file(alice: Api, bob: Api, carol: Api) -> None:
    alice.put(f"/files/{SHA}", data=PDF, headers={"Content-Type": "application/pdf"})
    assert bob.get(f"/files/{SHA}").status_code == 404
    assert carol.get(f"/files/{SHA}").content == PDF


def test_the_audit_log_cannot_be_changed_or_emptied(alice: Api, database: Database) -> None:
    assert alice.post("/auth/logout").status_code == 204
    engine = make_engine(database.url)
    try:
        with engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar() == 1
        for statement in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.begin() as connection:
            assert connection.execute(text("SELECT action FROM audit_log")).scalars().all() == ["device.revoke"]
    finally:
        engine.dispose()


def test_the_migrations_build_exactly_the_models(database: Database) -> None:
    engine = make_engine(database.url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
