"""The GDPR export: a company's data as one JSON file, from the server (coordinators; advisors their own) and the app."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from advisor_app.services.companies import CompanyInput

from ..server.live import BACKENDS, Api, Database, LiveServer
from .helpers import Device
from .test_erasure_erases import PERSONAL, TYPED, fill

ADVISOR_APP = str(Path(sys.executable).with_name("advisor-app"))


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_company_exported_from_the_server_holds_its_data_and_an_erased_one_nothing(
    device: Callable[..., Device], database: Database, server: LiveServer
) -> None:
    office = device("alice")
    company_id, scan_id = fill(office.workspace)
    office.sync()
    carol, alice, bob = (Api(server.url, database.tokens[name]) for name in ("carol", "alice", "bob"))

    answer = carol.get(f"/companies/{company_id}/export")
    assert answer.status_code == 200
    assert answer.headers["content-disposition"] == f'attachment; filename="basisscan-company-{company_id}.json"'
    export = answer.json()
    assert export["company"]["name"] == PERSONAL["name"]
    assert export["company"]["email"] == PERSONAL["email"]
    assert [scan["id"] for scan in export["scans"]] == [str(scan_id)]
    assert export["scans"][0]["summary_notes"] == TYPED["summary"]
    assert [plan["title"] for plan in export["plans"]] == [TYPED["plan"]]
    assert [voucher["supplier"] for voucher in export["vouchers"]] == [TYPED["supplier"]]
    assert [file["scan_id"] for file in export["files"]] == [str(scan_id)]

    assert alice.get(f"/companies/{company_id}/export").json()["company"]["kvk"] == PERSONAL["kvk"], "her own company"
    assert bob.get(f"/companies/{company_id}/export").status_code == 404, "not his: the same answer as an unknown id"

    assert carol.post(f"/companies/{company_id}/erase").status_code == 200
    assert carol.get(f"/companies/{company_id}/export").status_code == 404, "erased: nothing left to export"


def test_advisor_app_export_company_writes_one_json_file(device: Callable[..., Device], tmp_path: Path) -> None:
    office = device(None)
    company_id, scan_id = fill(office.workspace)
    other = office.workspace.companies.create(CompanyInput(name="Andere BV", kvk="75318642", sector="health"))
    target = tmp_path / "export.json"
    command = [
        "--data-dir",
        str(office.workspace.folder),
        "--lang",
        "en",
        "export",
        "--company",
        str(company_id),
        "-o",
        str(target),
    ]
    run = subprocess.run([ADVISOR_APP, *command], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"1 scan exported to {target}"
    export = json.loads(target.read_text(encoding="utf-8"))
    assert export["company"]["name"] == PERSONAL["name"]
    assert export["company"]["contact_person"] == PERSONAL["contact"]
    assert [scan["id"] for scan in export["scans"]] == [str(scan_id)]
    assert [plan["title"] for plan in export["plans"]] == [TYPED["plan"]]
    assert [voucher["supplier"] for voucher in export["vouchers"]] == [TYPED["supplier"]]
    assert "Andere BV" not in target.read_text(encoding="utf-8"), f"only the company asked for, not {other.id}"
