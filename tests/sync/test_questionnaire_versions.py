"""A version published on the server reaches a device at its next sync: new scans use it, older ones keep theirs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from sqlalchemy import update

from advisor_app.domain.questionnaire import sealed
from advisor_app.domain.scoring import score_scan
from advisor_app.report.content import gather
from advisor_app.services.companies import CompanyInput
from advisor_app.store.models import QuestionnaireDefinition
from advisor_app.workspace import Workspace

from ..server.live import Api, Database, LiveServer
from ..server.versions import next_version
from .helpers import Device


def version_1_1() -> dict[str, object]:
    """1.1 weighs D1.1 double and has its own title, so scores and reports tell the versions apart."""
    raw = next_version()
    raw["title"] = {"nl": "Innovatiebasisscan 2027", "en": "Innovation basic scan 2027"}
    raw["dimensions"][0]["items"][0]["weight"] = 2.0
    return raw


def company(workspace: Workspace, kvk: str) -> uuid.UUID:
    made = workspace.companies.create(CompanyInput(name=f"Bedrijf {kvk}", kvk=kvk, sector="construction", employees=12))
    return made.id


def completed_scan(workspace: Workspace, company_id: uuid.UUID) -> uuid.UUID:
    scan = workspace.scans.start(company_id, advisor="Alice")
    for index, item_id in enumerate(workspace.questionnaire.item_ids):
        workspace.scans.answer(scan.id, item_id, 1 + index % 5)
    workspace.scans.complete(scan.id)
    return scan.id


def test_a_published_version_reaches_the_device_and_only_new_scans_use_it(
    device: Callable[..., Device], server: LiveServer, database: Database
) -> None:
    alice = device("alice")
    old_company = company(alice.workspace, "34567812")
    finished = completed_scan(alice.workspace, old_company)
    draft = alice.workspace.scans.start(company(alice.workspace, "45678123"), advisor="Alice").id
    alice.sync()
    assert alice.workspace.questionnaire.version == "1.0"

    published = Api(server.url, database.tokens["carol"]).post("/questionnaires", json=version_1_1())
    assert published.status_code == 201, published.text
    report = alice.sync()
    assert report.questionnaires == ("basisscan@1.1",)

    new_scan = alice.workspace.scans.start(company(alice.workspace, "56781234"), advisor="Alice")
    assert (new_scan.questionnaire_version, alice.workspace.questionnaire.version) == ("1.1", "1.1")
    assert alice.workspace.scans.get(draft).questionnaire.version == "1.0", "a draft stays on the version it started on"

    old = alice.workspace.scans.get(finished)
    assert old.questionnaire.version == "1.0"
    assert gather(alice.workspace, finished, "nl").questionnaire_key == "basisscan 1.0"
    assert gather(alice.workspace, finished, "nl").questionnaire_title == "Innovatiebasisscan"
    newer = alice.workspace.catalogue.get("basisscan", "1.1")
    kept = alice.workspace.scans.result(old).sii
    assert kept == score_scan(old.questionnaire, old.answers, old.ambitions).sii
    assert kept != score_scan(newer, old.answers, old.ambitions).sii, "1.1 would score the old answers otherwise"

    assert alice.sync().questionnaires == (), "a version is fetched once"
    alice.close()
    reopened = Workspace(alice.workspace.folder)
    try:
        assert reopened.questionnaire.version == "1.1", "kept on the device, offline too"
    finally:
        reopened.close()


def test_a_stored_version_changed_on_the_device_is_refused_and_fetched_again(
    device: Callable[..., Device], server: LiveServer, database: Database
) -> None:
    assert Api(server.url, database.tokens["carol"]).post("/questionnaires", json=version_1_1()).status_code == 201
    alice = device("alice")
    alice.sync()
    folder = alice.workspace.folder
    edited = dict(sealed(version_1_1()))
    edited["title"] = {"nl": "Vervalst", "en": "Forged"}
    with alice.workspace.db.session() as session:
        session.execute(update(QuestionnaireDefinition).values(content=json.dumps(edited)))
    alice.close()

    again = Device(folder, server.url)
    try:
        assert again.workspace.questionnaire.version == "1.0", "the edited copy is not used"
        refused = again.workspace.catalogue.refused["basisscan@1.1"]
        assert refused.in_language("en") == (
            "Questionnaire basisscan-1.1.json is invalid at sha256: the content does not match this version's hash; "
            "a published version is never changed, publish a correction as a new version"
        )
        again.keyring.secrets = alice.keyring.secrets
        assert again.sync().questionnaires == ("basisscan@1.1",)
        assert again.workspace.questionnaire.title.nl == "Innovatiebasisscan 2027"
    finally:
        again.close()
