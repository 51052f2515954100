"""Publishing a version of the scan over HTTP and from the command line; a published version never changes."""

from __future__ import annotations

import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import QuestionnaireVersion
from sqlalchemy import update

from advisor_app.domain.questionnaire import content_hash

from .live import Api, Database, LiveServer, live_server
from .records import change, company, pushed, scan
from .versions import FAULTS, broken_version, faulty_version, next_version, shipped_definition, write


def test_a_coordinator_publishes_a_version_and_every_device_sees_it_listed(carol: Api, alice: Api) -> None:
    draft = next_version()
    published = carol.post("/questionnaires", json=draft, params={"name": "basisscan-1.1.json"})
    assert published.status_code == 201, published.text
    assert published.json()["created"] is True
    assert published.json()["version"]["sha256"] == content_hash(draft)
    listed = alice.get("/questionnaires").json()["versions"]
    assert [(v["version"], v["shipped"]) for v in listed] == [("1.1", False), ("1.0", True)]
    assert listed[0]["published_by"] == "carol"
    content = alice.get("/questionnaires/basisscan/1.1").json()
    assert content["sha256"] == content_hash(draft)
    assert content["content"]["sha256"] == content_hash(draft), "the definition arrives carrying its hash"
    assert content["content"]["scale"]["labels"]["1"]["nl"] == "Helemaal niet (nog)"


def test_a_faulty_definition_is_refused_with_file_item_and_reason(carol: Api, database: Database) -> None:
    refused = carol.post("/questionnaires", json=broken_version(), params={"name": "basisscan-1.2.json"})
    assert refused.status_code == 422
    body = refused.json()
    assert body["detail"] == "Questionnaire basisscan-1.2.json is invalid at item D2.3.anchors: missing field '3'"
    assert body["errors"] == [{"field": "item D2.3.anchors", "reason": body["detail"]}]
    dutch = Api(carol.base_url, database.tokens["carol"], language="nl")
    assert dutch.post("/questionnaires", json=broken_version(), params={"name": "basisscan-1.2.json"}).json()["detail"] == (
        "Vragenlijst basisscan-1.2.json is ongeldig bij item D2.3.anchors: veld '3' ontbreekt"
    )
    assert [v["version"] for v in carol.get("/questionnaires").json()["versions"]] == ["1.0"]


def test_every_fault_of_a_definition_is_named_at_once(carol: Api, database: Database) -> None:
    for language in ("en", "nl"):
        api = Api(carol.base_url, database.tokens["carol"], language=language)
        refused = api.post("/questionnaires", json=faulty_version(), params={"name": "basisscan-1.3.json"})
        assert refused.status_code == 422
        body = refused.json()
        assert [error["reason"] for error in body["errors"]] == FAULTS[language]
        assert [error["field"] for error in body["errors"]] == ["item D1.1.weight", "item D2.3.anchors", "dimensions[2]"]
    assert body["detail"] == FAULTS["nl"][0] + " (en nog 2 fouten)"


def test_the_same_content_again_changes_nothing_other_content_is_refused(carol: Api) -> None:
    assert carol.post("/questionnaires", json=next_version()).status_code == 201
    again = carol.post("/questionnaires", json=next_version())
    assert again.status_code == 200
    assert again.json()["created"] is False
    changed = carol.post("/questionnaires", json=next_version(label="Niet"))
    assert changed.status_code == 409
    assert changed.json()["code"] == "already-exists"
    assert "Version 1.1 of basisscan was already published with other content" in changed.json()["detail"]
    shipped = shipped_definition()
    shipped["scale"]["labels"]["1"]["en"] = "Never"
    del shipped["sha256"]
    assert carol.post("/questionnaires", json=shipped).status_code == 409, "a shipped version is published too"
    content = carol.get("/questionnaires/basisscan/1.1").json()["content"]
    assert content["scale"]["labels"]["1"]["nl"] == "Helemaal niet (nog)"


def test_an_advisor_may_not_publish(alice: Api) -> None:
    refused = alice.post("/questionnaires", json=next_version())
    assert refused.status_code == 403
    assert [v["version"] for v in alice.get("/questionnaires").json()["versions"]] == ["1.0"]


def test_a_version_whose_stored_content_was_edited_is_refused(carol: Api, database: Database) -> None:
    assert carol.post("/questionnaires", json=next_version("1.3")).status_code == 201
    engine = make_engine(database.url)
    try:
        with session_factory(engine)() as session, session.begin():
            row = session.get(QuestionnaireVersion, "basisscan@1.3")
            assert row is not None
            edited = row.content.replace("Helemaal niet (nog)", "Nooit")
            session.execute(update(QuestionnaireVersion).values(content=edited))
    finally:
        engine.dispose()
    # A fresh server process (this one read the row already and keeps it: rows never change).
    with live_server(database) as other:
        api = Api(other.url, database.tokens["carol"])
        assert [v["version"] for v in api.get("/questionnaires").json()["versions"]] == ["1.0"]
        assert api.get("/questionnaires/basisscan/1.3").status_code == 404
        assert other.app.state.server.questionnaires.refused["basisscan@1.3"].in_language("en") == (
            "Questionnaire basisscan-1.3.json is invalid at sha256: the content does not match this version's hash; "
            "a published version is never changed, publish a correction as a new version"
        )


def test_a_scan_on_a_published_version_is_accepted_by_the_push(carol: Api, alice: Api) -> None:
    company_id, scan_id = uuid.uuid4(), uuid.uuid4()
    draft_on_new = change("scan", scan_id, scan(company_id, questionnaire_version="1.1"))
    before = pushed(alice, change("company", company_id, company()), draft_on_new)
    assert before[1]["status"] == "rejected", "1.1 is not known before it is published"
    assert carol.post("/questionnaires", json=next_version()).status_code == 201
    assert pushed(alice, draft_on_new)[0]["status"] == "accepted"


def advisor_server(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_sync.server.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"BASISSCAN_LANG": "en", "PATH": "/usr/bin:/bin"},
    )


def test_publish_questionnaire_on_the_command_line(database: Database, tmp_path: Path) -> None:
    path = write(tmp_path, next_version())
    done = advisor_server("--db", database.url, "publish-questionnaire", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"basisscan@1.1: published (sha256 {content_hash(next_version())})"
    again = advisor_server("--db", database.url, "publish-questionnaire", str(path))
    assert again.stdout.strip().startswith("basisscan@1.1: already published with this content, nothing changed")
    other = write(tmp_path, next_version(label="Niet"), "other.json")
    refused = advisor_server("--db", database.url, "publish-questionnaire", str(other))
    assert refused.returncode == 1
    assert refused.stderr.strip().startswith("advisor-server: Version 1.1 of basisscan was already published with other content")
    broken = advisor_server("--db", database.url, "publish-questionnaire", str(write(tmp_path, broken_version())))
    assert broken.returncode == 1
    assert broken.stderr.strip() == (
        "advisor-server: Questionnaire basisscan-1.2.json is invalid at item D2.3.anchors: missing field '3'"
    )
    faulty = advisor_server("--db", database.url, "publish-questionnaire", str(write(tmp_path, faulty_version())))
    assert faulty.returncode == 1
    assert faulty.stderr.splitlines() == [f"advisor-server: {line}" for line in FAULTS["en"]], "every fault on a line of its own"
    assert faulty.stdout == ""


def test_two_coordinators_publishing_the_same_version_at_once_create_it_once(server: LiveServer, database: Database) -> None:
    def send(_: int) -> tuple[int, bool]:
        answer = Api(server.url, database.tokens["carol"]).post("/questionnaires", json=next_version())
        return answer.status_code, answer.json()["created"]

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = sorted(pool.map(send, range(4)))
    assert answers == [(200, False)] * 3 + [(201, True)]


def test_the_endpoints_are_in_the_openapi_document(api: Api) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/v1/questionnaires"])
    assert "get" in paths["/api/v1/questionnaires/{questionnaire_id}/{questionnaire_version}"]
