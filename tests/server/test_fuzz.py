"""Property-based fuzzing of the API over real HTTP: whatever arrives, the answer is never a 5xx."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .live import Api
from .records import company, plan, scan, voucher

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
COMPANY = uuid.UUID(int=7)

nasty_text = st.sampled_from(
    ["", " ", "\x00", "a\x00b", "\ud800", "😀" * 300, "x" * 100_001, "'; DROP TABLE companies; --", "\u202e"]
)
url_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20)
"""What can go into a URL at all (a lone surrogate cannot be encoded)."""
nasty_number = st.sampled_from([0, -1, 2**31, -(2**31) - 1, 2**63, 10**30, 1.5, float("inf")])
nasty_moment = st.sampled_from(
    ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "2025-13-45", "2025-10-01T10:00:00", 1e20]
)
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30) | nasty_text | nasty_number
)
json_values = st.recursive(
    scalars | nasty_moment,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
VALID = {
    "company": company(kvk="77777777"),
    "scan": scan(COMPANY, completed=True),
    "plan": plan(COMPANY),
    "voucher": voucher(COMPANY),
}


@st.composite
def mutated_document(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A valid document with a few fields replaced, removed or added."""
    entity = draw(st.sampled_from(sorted(VALID)))
    data = dict(VALID[entity])
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from([*sorted(data), "extra"]))
        if draw(st.booleans()):
            data[key] = draw(json_values)
        else:
            data.pop(key, None)
    return entity, data


@st.composite
def changes(draw: st.DrawFn) -> dict[str, Any]:
    entity, data = draw(mutated_document())
    change: dict[str, Any] = {
        "entity": draw(st.sampled_from([entity, entity, "invoice"])),
        "id": str(draw(st.sampled_from([COMPANY, uuid.UUID(int=8), uuid.uuid4()]))),
        "data": data,
    }
    if draw(st.booleans()):
        change["base_version"] = draw(st.none() | st.integers(-5, 2**63) | nasty_number)
    if draw(st.booleans()):
        change["deleted"] = draw(st.booleans() | json_values)
    return change


def send(api: Api, method: str, path: str, body: Any) -> Any:
    """JSON as a careless client writes it: Infinity, NaN and lone surrogates included."""
    return api.request(method, path, data=json.dumps(body, allow_nan=True), headers={"Content-Type": "application/json"})


def assert_no_server_error(response: Any) -> None:
    assert response.status_code < 500, f"{response.status_code}: {response.text[:500]}"
    assert response.headers["content-type"].split(";")[0] in ("application/json", "application/problem+json")


@FUZZ
@given(batch=st.lists(changes(), max_size=6))
def test_pushes_of_mangled_records_never_fail_the_server(alice: Api, batch: list[dict[str, Any]]) -> None:
    setup = alice.post(
        "/sync/push",
        json={
            "batch_id": str(uuid.uuid4()),
            "changes": [{"entity": "company", "id": str(COMPANY), "data": company(kvk="66666666")}],
        },
    )
    assert setup.status_code == 200
    assert_no_server_error(send(alice, "POST", "/sync/push", {"batch_id": str(uuid.uuid4()), "changes": batch}))


@FUZZ
@given(body=json_values)
def test_any_json_body_anywhere_never_fails_the_server(alice: Api, root: Api, body: Any) -> None:
    for api, method, path in (
        (alice, "POST", "/sync/push"),
        (alice, "POST", "/files/missing"),
        (alice, "POST", "/auth/login"),
        (root, "POST", "/admin/users"),
        (root, "PATCH", "/admin/users/alice"),
        (root, "POST", f"/companies/{COMPANY}/assignments"),
    ):
        assert_no_server_error(send(api, method, path, body))


@FUZZ
@given(
    cursor=st.one_of(st.integers(-(2**70), 2**70), url_text, st.sampled_from(["\x00", "x" * 10_000, "1e400", "-0"])),
    limit=st.one_of(st.integers(-5, 5000), url_text),
    path=url_text,
)
def test_any_query_or_path_never_fails_the_server(alice: Api, root: Api, cursor: Any, limit: Any, path: str) -> None:
    assert_no_server_error(alice.get("/sync/pull", params={"cursor": cursor, "limit": limit}))
    assert_no_server_error(alice.get(f"/files/{path}"))
    assert_no_server_error(root.post(f"/admin/devices/{path}/revoke"))
    assert_no_server_error(root.patch(f"/admin/users/{path}", json={"active": True}))


FIELD_VALUE = st.characters(codec="latin-1", exclude_categories=["Cc"])
"""What RFC 9110 allows in a header value (visible ASCII, space, obs-text), so the request reaches the app.

A control character such as DEL is refused by uvicorn's HTTP parser before the app sees the request
(test_a_header_no_http_parser_accepts_is_refused_and_the_server_stays_up)."""


@FUZZ
@given(
    content=st.binary(max_size=2000),
    name=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400),
    scan_id=url_text,
    media=st.text(alphabet=FIELD_VALUE, max_size=30),
)
def test_any_upload_never_fails_the_server(alice: Api, content: bytes, name: str, scan_id: str, media: str) -> None:
    sha = hashlib.sha256(content).hexdigest()
    for media_type in ("application/pdf", media.strip() or "x/y"):
        response = alice.put(
            f"/files/{sha}", data=content, params={"name": name, "scan_id": scan_id}, headers={"Content-Type": media_type}
        )
        assert_no_server_error(response)


@FUZZ
@given(control=st.characters(codec="latin-1", categories=["Cc"], exclude_characters="\t\r\n"))
def test_a_header_no_http_parser_accepts_is_refused_and_the_server_stays_up(alice: Api, control: str) -> None:
    """The parser (h11 or httptools) or the app refuses it: a 4xx, never a 5xx, and the next request is served."""
    refused = alice.put("/files/" + "0" * 64, data=b"x", headers={"Content-Type": f"application/pdf{control}"})
    assert 400 <= refused.status_code < 500, f"{refused.status_code}: {refused.text[:500]}"
    assert alice.post("/files/missing", json={"files": []}).json() == {"missing": []}
