"""Simulated devices for sync tests: each with its own data folder and its own keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from advisor_sync.client import Credentials, RetryPolicy, SyncEngine, SyncReport, Timeouts
from advisor_sync.client.documents import row_canonical
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import RECORD_MODELS
from advisor_sync.server.services.records import document_of
from keyring.backend import KeyringBackend
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from advisor_app.store.models import Company, Plan, Scan, Voucher
from advisor_app.workspace import Workspace

from ..server.live import PASSWORD

FAST_RETRY = RetryPolicy(attempts=4, backoff=0.05, max_delay=0.2)
TIMEOUTS = Timeouts(connect=5, read=60)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives as long as the object: one per simulated device."""

    priority = 0  # never chosen by keyring on its own: tests hand it over explicitly

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class Device:
    def __init__(self, folder: Path, server_url: str, **engine_options: Any) -> None:
        self.workspace = Workspace(folder)
        self.keyring = MemoryKeyring()
        options = {"retry": FAST_RETRY, "timeouts": TIMEOUTS, **engine_options}
        self.engine = SyncEngine(self.workspace, server_url, credentials=Credentials(self.keyring), **options)

    def login(self, user: str) -> Device:
        self.engine.login(user, PASSWORD)
        return self

    def sync(self) -> SyncReport:
        return self.engine.sync()

    def close(self) -> None:
        self.workspace.close()


def device_records(workspace: Workspace) -> dict[tuple[str, str], tuple[bool, dict[str, Any]]]:
    """Every synced record on a device: (entity, id) -> (deleted, document)."""
    found = {}
    with workspace.db.read() as session:
        rows: list[tuple[str, Company | Scan | Plan | Voucher]] = [("company", row) for row in session.scalars(select(Company))]
        rows += [("scan", row) for row in session.scalars(select(Scan).options(selectinload(Scan.answers)))]
        rows += [("plan", row) for row in session.scalars(select(Plan).options(selectinload(Plan.actions)))]
        rows += [("voucher", row) for row in session.scalars(select(Voucher))]
        for entity, row in rows:
            found[(entity, str(row.id))] = (row.deleted, row_canonical(entity, row))
    return found


def server_records(database_url: str) -> dict[tuple[str, str], tuple[bool, dict[str, Any]]]:
    engine = make_engine(database_url)
    try:
        with session_factory(engine)() as session:
            return {
                (entity, str(row.id)): (row.deleted, document_of(entity, row))
                for entity, model in RECORD_MODELS.items()
                for row in session.scalars(select(model))
            }
    finally:
        engine.dispose()


def live(records: dict[tuple[str, str], tuple[bool, dict[str, Any]]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {key: doc for key, (deleted, doc) in records.items() if not deleted}


def edit_company(workspace: Workspace, company_id: Any, **changes: Any) -> None:
    """Change a company as the Companies view does: through the service, with every field given."""
    from advisor_app.services.companies import CompanyInput

    current = workspace.companies.get(company_id)
    values = {
        "name": current.name,
        "kvk": current.kvk,
        "sector": current.sector,
        "employees": current.employees,
        "municipality": current.municipality,
        "contact_person": current.contact_person,
        "email": current.email,
        "phone": current.phone,
        "consent": current.consent,
    }
    workspace.companies.update(company_id, CompanyInput(**{**values, **changes}))
