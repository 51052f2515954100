"""Devices, not passwords: login, rate limit, revocation, expiry, and the protocol version check."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

import pytest
from advisor_sync.protocol import VERSION_HEADER
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import Device, User
from sqlalchemy import select, update

from advisor_app.dbkit.types import utcnow

from .live import PASSWORD, Api, Database, LiveServer, live_server


def login(api: Api, username: str = "alice", password: str = PASSWORD) -> dict[str, Any]:
    response = api.post("/auth/login", json={"username": username, "password": password, "device_name": "test laptop"})
    return {"status": response.status_code, **response.json()}


def test_a_login_gives_a_device_token_that_the_server_keeps_only_hashed(api: Api, database: Database, server: LiveServer) -> None:
    answer = login(api, "Alice")
    assert answer["status"] == 200
    assert answer["user"] == {"username": "alice", "display_name": "Alice", "role": "advisor"}
    me = Api(server.url, answer["token"]).get("/auth/me").json()
    assert me["user"]["username"] == "alice"
    assert me["device_id"] == answer["device_id"]
    engine = make_engine(database.url)
    with session_factory(engine)() as session:
        stored = session.scalars(select(Device.token_hash)).all()
        password_hashes = session.scalars(select(User.password_hash)).all()
    engine.dispose()
    assert hashlib.sha256(answer["token"].encode()).hexdigest() in stored
    assert answer["token"] not in stored
    assert all(h.startswith("$argon2id$") for h in password_hashes)


def test_a_wrong_password_and_an_unknown_user_get_the_same_plain_answer(api: Api) -> None:
    wrong = login(api, "alice", "not the password")
    unknown = login(api, "mallory", "not the password")
    assert wrong["status"] == unknown["status"] == 401
    assert wrong["code"] == unknown["code"] == "wrong-password"
    assert wrong["detail"] == unknown["detail"] == "The username or password is not correct"


def test_failed_logins_are_limited_across_server_processes(database: Database) -> None:
    """The attempts are counted in the database, so a second process behind the same load balancer knows them."""
    with live_server(database, login_max_failures=3) as server, live_server(database, login_max_failures=3) as other:
        for _ in range(3):
            assert login(Api(server.url), "bob", "guess")["status"] == 401
        refused = Api(other.url).post("/auth/login", json={"username": "bob", "password": PASSWORD})
        assert refused.status_code == 429
        assert refused.json()["code"] == "too-many-attempts"
        assert "try again in 15 minutes" in refused.json()["detail"]
        assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60
        assert login(Api(other.url), "alice")["status"] == 200, "another user is not affected"


def test_a_revoked_device_is_refused_and_other_devices_keep_working(root: Api, bob: Api, alice: Api, database: Database) -> None:
    devices = root.get("/admin/devices", params={"username": "bob"}).json()
    assert len(devices) == 1
    revoked = root.post(f"/admin/devices/{devices[0]['id']}/revoke")
    assert revoked.status_code == 200
    assert revoked.json()["revoked_at"]
    refused = bob.get("/sync/pull")
    assert refused.status_code == 401
    assert refused.json()["code"] == "token-revoked"
    assert "revoked" in refused.json()["detail"]
    assert alice.get("/sync/pull").status_code == 200


def test_an_expired_token_is_refused_with_its_own_reason(alice: Api, database: Database) -> None:
    engine = make_engine(database.url)
    with session_factory(engine)() as session, session.begin():
        session.execute(update(Device).values(expires_at=utcnow() - timedelta(minutes=1)))
    engine.dispose()
    refused = alice.get("/auth/me")
    assert refused.status_code == 401
    assert refused.json()["code"] == "token-expired"
    assert "90 days" in refused.json()["detail"]


def test_logging_out_revokes_this_device_only(api: Api, server: LiveServer) -> None:
    first, second = login(api), login(api)
    assert Api(server.url, first["token"]).post("/auth/logout").status_code == 204
    assert Api(server.url, first["token"]).get("/auth/me").json()["code"] == "token-revoked"
    assert Api(server.url, second["token"]).get("/auth/me").status_code == 200


def test_a_disabled_account_is_refused_even_with_a_valid_token(root: Api, bob: Api, api: Api) -> None:
    assert root.patch("/admin/users/bob", json={"active": False}).status_code == 200
    assert bob.get("/auth/me").json()["code"] == "account-disabled"
    assert login(api, "bob")["code"] == "account-disabled"


def test_roles_guard_monitoring_and_administration(alice: Api, carol: Api, root: Api) -> None:
    refused = alice.get("/monitoring")
    assert refused.status_code == 403
    assert "coordinator or admin" in refused.json()["detail"]
    assert carol.get("/monitoring").status_code == 200
    assert carol.get("/admin/users").status_code == 403
    created = root.post("/admin/users", json={"username": "dave", "password": "a long enough pw", "role": "advisor"})
    assert created.status_code == 201
    assert [u["username"] for u in root.get("/admin/users").json()] == ["alice", "bob", "carol", "dave", "root"]
    duplicate = root.post("/admin/users", json={"username": "Dave", "password": "a long enough pw", "role": "advisor"})
    assert duplicate.status_code == 409
    weak = root.post("/admin/users", json={"username": "erin", "password": "short", "role": "advisor"})
    assert weak.status_code == 400
    assert "at least 10 characters" in weak.json()["detail"]


@pytest.mark.parametrize(
    ("header", "code", "phrase"),
    [
        (None, "protocol-missing", "does not state a protocol version"),
        ("3", "protocol-mismatch", "This server is too old for your app"),
        ("0", "protocol-mismatch", "Your app is too old for this server"),
        ("one", "protocol-mismatch", "Your app is too old for this server"),
    ],
)
def test_a_request_in_another_protocol_version_is_told_so_plainly(alice: Api, header: str | None, code: str, phrase: str) -> None:
    if header is None:
        del alice.http.headers[VERSION_HEADER]
    else:
        alice.http.headers[VERSION_HEADER] = header
    for response in (alice.get("/sync/pull"), alice.post("/sync/push", json={}), alice.get("/no/such/endpoint")):
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == code
        assert phrase in response.json()["detail"]
        assert (response.json()["server_min"], response.json()["server_max"]) == (1, 2)
        assert response.headers[VERSION_HEADER] == "2"


def test_problems_speak_dutch_when_asked(server: LiveServer) -> None:
    dutch = Api(server.url, language="nl-NL,nl;q=0.9,en;q=0.5")
    assert dutch.get("/sync/pull").json()["detail"] == "Log eerst in: het verzoek heeft geen apparaattoken"
    del dutch.http.headers[VERSION_HEADER]
    assert "geen protocolversie" in dutch.get("/sync/pull").json()["detail"]


def test_the_openapi_document_and_the_server_info_need_no_token(server: LiveServer) -> None:
    bare = Api(server.url)
    del bare.http.headers[VERSION_HEADER]
    document = bare.get("/openapi.json").json()
    assert {"/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/auth/login", "/api/v1/monitoring"} <= document["paths"].keys()
    push_parameters = document["paths"]["/api/v1/sync/push"]["post"]["parameters"]
    assert any(p["name"] == VERSION_HEADER for p in push_parameters)
    info = bare.get("/info").json()
    assert (info["protocol_min"], info["protocol_max"]) == (1, 2)
    assert bare.get("/health").json() == {"status": "ok"}
