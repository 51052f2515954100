"""Hand-made documents and changes for server tests, and demo data as a push."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import requests
from advisor_sync.client.ledger import Ledger
from advisor_sync.client.outgoing import outbox

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from .live import Api

NOW = "2025-10-01T10:00:00+00:00"
LATER = "2025-10-02T11:30:00+00:00"
QUESTIONNAIRE = shipped_questionnaires()["basisscan@1.0"]


def fresh_kvk() -> str:
    """A KvK number no other test uses, never a demo one (those begin with ``00`` and the server refuses them)."""
    return str(10_000_000 + uuid.uuid4().int % 90_000_000)


def company(kvk: str = "12345678", name: str = "Bouwbedrijf De Vries B.V.", **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "kvk": kvk,
        "sector": "construction",
        "employees": 23,
        "size_band": "10-49",
        "municipality": "Utrecht",
        "contact_person": "Zoë de Vries",
        "email": "zoe@example.nl",
        "phone": "030-1234567",
        "consent": True,
        "consent_at": NOW,
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def answers(score: int = 3) -> list[dict[str, Any]]:
    return [{"item_id": item_id, "score": score} for item_id in QUESTIONNAIRE.item_ids]


def scan(company_id: uuid.UUID, *, completed: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "company_id": str(company_id),
        "advisor": "Alice",
        "questionnaire_id": QUESTIONNAIRE.id,
        "questionnaire_version": QUESTIONNAIRE.version,
        "status": "completed" if completed else "draft",
        "started_at": NOW,
        "completed_at": LATER if completed else None,
        "intake": {"size_class": "10-49", "turnover_new_pct": 10},
        "ambitions": {"D1": 3},
        "answers": answers() if completed else [{"item_id": "D1.1", "score": 4, "note": "Visie staat op papier."}],
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def plan(company_id: uuid.UUID, **extra: Any) -> dict[str, Any]:
    return {
        "company_id": str(company_id),
        "title": "Strategie",
        "actions": [{"id": str(uuid.uuid4()), "description": "Visiesessie plannen", "status": "open"}],
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def voucher(company_id: uuid.UUID, amount_cents: int = 3_500_00, **extra: Any) -> dict[str, Any]:
    return {
        "company_id": str(company_id),
        "amount_cents": amount_cents,
        "supplier": "Hogeschool Utrecht",
        "status": "draft",
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def change(
    entity: str, record_id: uuid.UUID, data: dict[str, Any] | None, *, base: int | None = None, deleted: bool = False
) -> dict[str, Any]:
    return {"entity": entity, "id": str(record_id), "base_version": base, "deleted": deleted, "data": data}


def push(api: Api, *changes: dict[str, Any], batch_id: uuid.UUID | None = None) -> requests.Response:
    return api.post("/sync/push", json={"batch_id": str(batch_id or uuid.uuid4()), "changes": list(changes)})


def pushed(api: Api, *changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The per-change results of a push that must itself succeed."""
    response = push(api, *changes)
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def pull_all(api: Api, limit: int = 200, cursor: int = 0) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every change visible to the caller, and the last page."""
    changes: list[dict[str, Any]] = []
    while True:
        response = api.get("/sync/pull", params={"cursor": cursor, "limit": limit})
        assert response.status_code == 200, response.text
        page = response.json()
        changes += page["changes"]
        if not page["has_more"]:
            return changes, page
        cursor = page["cursor"]


def demo_changes(folder: Path, companies: int, seed: int) -> list[dict[str, Any]]:
    """What a device holding demo data pushes, parents first."""
    with Workspace(folder) as workspace:
        generate_demo(workspace, companies, seed=seed)
        with workspace.db.session() as session:
            return [c.model_dump(mode="json") for c in outbox(session, Ledger(session))]
