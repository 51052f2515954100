"""Erasure erases (GDPR): after it, no byte of either database or data folder holds the company's personal data.

Real devices and the real sync client against a real server on loopback; every byte of the device's data
folder (database, WAL, reports, backups made afterwards, logs), of the server's SQLite file with its WAL, or
every row of the server's PostgreSQL tables, is searched for the company's name, KvK number, contact person,
e-mail address and phone number, and for the free texts typed about it.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from advisor_sync.server import backups as server_backups
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import AuditEntry, FileLink
from psycopg import sql
from sqlalchemy import select
from sqlalchemy.engine import make_url

from advisor_app.report import save_report
from advisor_app.services.backups import make_backup
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from ..server.dashboard import Dashboard, csrf_of
from ..server.live import BACKENDS, Api, Database, LiveServer
from .helpers import Device

PERSONAL = {
    "name": "Zwaluwstaart Houtbewerking",
    "kvk": "86420135",
    "contact": "Wubbo Tjallingii",
    "email": "wubbo@zwaluwstaart.example",
    "phone": "0612398745",
}
TYPED = {
    "summary": "Gesprek in de werkplaats aan de Kievitsdijk",
    "item note": "Boekhouding op papier bij Ypkje",
    "plan": "Digitaliseringsplan Kievitsdijk",
    "supplier": "Adviesbureau Oudeschild",
}
"""Free texts about the company: erased with it."""


def fill(workspace: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    """A company with a completed scan (notes on it), a plan, a voucher and the scan's PDF in reports/."""
    company = workspace.companies.create(
        CompanyInput(
            name=PERSONAL["name"],
            kvk=PERSONAL["kvk"],
            sector="health",
            employees=12,
            municipality="Texel",
            contact_person=PERSONAL["contact"],
            email=PERSONAL["email"],
            phone=PERSONAL["phone"],
            consent=True,
        )
    )
    scan = workspace.scans.start(company.id, "Ingrid")
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, 3)
    workspace.scans.note(scan.id, workspace.questionnaire.item_ids[0], TYPED["item note"])
    workspace.scans.set_summary_notes(scan.id, TYPED["summary"])
    workspace.scans.complete(scan.id)
    plan = workspace.plans.create(company.id, TYPED["plan"], scan_id=scan.id)
    workspace.vouchers.request(company.id, 2_000_00, supplier=TYPED["supplier"], plan_id=plan.id)
    save_report(workspace, scan.id, "nl")
    return company.id, scan.id


def leaks(folder: Path) -> list[str]:
    """Every file under ``folder`` that holds one of the strings, with the string (as UTF-8 and as JSON escapes it)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes().lower()
        for what, text in {**PERSONAL, **TYPED}.items():
            if text.lower().encode() in content:
                found.append(f"{path.relative_to(folder)}: {what}")
    return found


def postgres_leaks(database: Database) -> list[str]:
    """Every table of the server's schema, row by row as text."""
    url = make_url(database.url)
    schema = str(url.query["options"]).partition("=")[2]
    dsn = url.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    found = []
    with psycopg.connect(dsn) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND table_type = 'BASE TABLE'",
                (schema,),
            )
        ]
        for table in tables:
            query = sql.SQL("SELECT t::text FROM {}.{} AS t").format(sql.Identifier(schema), sql.Identifier(table))
            for (text,) in connection.execute(query):
                for what, needle in {**PERSONAL, **TYPED}.items():
                    if needle.lower() in text.lower():
                        found.append(f"{table}: {what}")
    return found


def server_leaks(database: Database) -> list[str]:
    if database.backend == "postgresql":
        return postgres_leaks(database)
    path = Path(str(make_url(database.url).database))
    return [leak for leak in leaks(path.parent) if leak.startswith(path.name)]


def server_backup_leaks(database: Database, folder: Path) -> list[str]:
    """A server backup made after the erasure (``advisor-server backup``), read as text: pg_dump's archive is
    compressed, so it is searched as the SQL script ``pg_restore`` makes of it."""
    made = server_backups.backup(database.url, folder / "server-backup.dump").path
    if database.backend == "postgresql":
        script = folder / "server-backup.sql"
        subprocess.run([server_backups.pg_tool("pg_restore"), f"--file={script}", str(made)], check=True, timeout=120)
        made.unlink()
    return leaks(folder)


def assert_erased(folders: list[Path], database: Database, coordinator: Api, report_sha: str, backups: Path) -> None:
    assert coordinator.get(f"/files/{report_sha}").status_code == 404, "the server no longer serves the report"
    for folder in folders:
        assert not list((folder / "reports").glob("*.pdf")), "the report is gone from the device"
        assert leaks(folder) == [], f"personal data left in {folder.name}"
    assert server_leaks(database) == [], "personal data left on the server"
    assert server_backup_leaks(database, backups) == [], "personal data in a server backup made after the erasure"


def server_backup_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "server-backups"
    folder.mkdir()
    return folder


def the_report(folder: Path) -> str:
    (report,) = (folder / "reports").glob("*.pdf")
    return hashlib.sha256(report.read_bytes()).hexdigest()


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_an_erasure_on_a_device_leaves_no_personal_data_anywhere(
    device: Callable[..., Device], database: Database, server: LiveServer, tmp_path: Path
) -> None:
    office, laptop = device("alice"), device("alice")
    company_id, _scan_id = fill(office.workspace)
    sha = the_report(office.workspace.folder)
    office.sync()
    laptop.sync()
    carol = Api(server.url, database.tokens["carol"])
    assert carol.get(f"/files/{sha}").status_code == 200, "the report reached the server"
    assert laptop.workspace.companies.get(company_id).name == PERSONAL["name"]

    office.workspace.companies.delete(company_id)  # the entrepreneur asked for erasure
    office.sync()
    laptop.sync()
    make_backup(office.workspace.db)  # a backup made after the erasure

    assert_erased([office.workspace.folder, laptop.workspace.folder], database, carol, sha, server_backup_folder(tmp_path))


def erase_on_the_dashboard(server: LiveServer, company_id: uuid.UUID) -> None:
    """As the coordinator clicks it: the company's page, *Erase company…*, then *Erase for good*."""
    dashboard = Dashboard(server.url, "nl")
    assert dashboard.log_in("carol").status_code == 303
    asked = dashboard.get(f"/dashboard/companies/{company_id}/erase")
    assert PERSONAL["name"] in asked.text
    done = dashboard.post(f"/dashboard/companies/{company_id}/erase", {"csrf_token": csrf_of(asked.text)}, allow_redirects=False)
    assert done.status_code == 303


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
@pytest.mark.parametrize("where", ["api", "dashboard"])
def test_an_erasure_by_the_coordinator_reaches_every_device_and_leaves_nothing(
    device: Callable[..., Device], database: Database, server: LiveServer, tmp_path: Path, where: str
) -> None:
    office = device("alice")
    company_id, _scan_id = fill(office.workspace)
    sha = the_report(office.workspace.folder)
    office.sync()
    carol = Api(server.url, database.tokens["carol"])

    if where == "api":
        assert carol.post(f"/companies/{company_id}/erase").status_code == 200
    else:
        erase_on_the_dashboard(server, company_id)
    office.sync()
    make_backup(office.workspace.db)

    assert_erased([office.workspace.folder], database, carol, sha, server_backup_folder(tmp_path))


def test_report_names_and_the_audit_on_the_server_carry_no_kvk_number(device: Callable[..., Device], database: Database) -> None:
    """While the company lives too: a file's name and the audit log are kept for years, its records are not."""
    office = device("alice")
    fill(office.workspace)
    office.sync()
    engine = make_engine(database.url)
    try:
        with session_factory(engine)() as session:
            names = list(session.scalars(select(FileLink.name)))
            details = [json.dumps(detail) for detail in session.scalars(select(AuditEntry.detail))]
    finally:
        engine.dispose()
    assert len(names) == 1
    assert [text for text in [*names, *details] if PERSONAL["kvk"] in text or PERSONAL["name"] in text] == []
