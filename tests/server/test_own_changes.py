"""A sync's pull leaves out what that sync's own pushes wrote, and only that (issue 12).

The device names its sync run with a random ``origin`` on its pushes and its pull.
Records whose current state those pushes wrote are not sent back (the device
stored them with the push's answer), yet the cursor moves past them; a record
changed since by anyone else, or pulled by another device or another run, comes as always.
"""

from __future__ import annotations

import uuid
from typing import Any

from .live import PASSWORD, Api, LiveServer
from .records import change, company, scan


def pushed_as(api: Api, origin: uuid.UUID, *changes: dict[str, Any]) -> list[dict[str, Any]]:
    response = api.post(
        "/sync/push", params={"origin": str(origin)}, json={"batch_id": str(uuid.uuid4()), "changes": list(changes)}
    )
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    assert {r["status"] for r in results} == {"accepted"}, results
    return results


def pulled_as(api: Api, origin: uuid.UUID | None, cursor: int = 0) -> tuple[list[str], int]:
    params: dict[str, Any] = {"cursor": cursor, "limit": 2}
    if origin is not None:
        params["origin"] = str(origin)
    ids: list[str] = []
    while True:
        response = api.get("/sync/pull", params=params)
        assert response.status_code == 200, response.text
        page = response.json()
        ids += [c["id"] for c in page["changes"]]
        params["cursor"] = page["cursor"]
        if not page["has_more"]:
            return ids, page["cursor"]


def test_a_pull_leaves_out_what_its_own_sync_pushed(server: LiveServer, api: Api, alice: Api, carol: Api) -> None:
    run = uuid.uuid4()
    first, second = uuid.uuid4(), uuid.uuid4()
    draft = uuid.uuid4()
    results = pushed_as(
        alice,
        run,
        change("company", first, company(kvk="11110000")),
        change("company", second, company(kvk="22220000")),
        change("scan", draft, scan(first)),
    )
    newest = max(r["version"] for r in results)

    ids, cursor = pulled_as(alice, run)
    assert ids == [], "the device already holds what it pushed in this sync"
    assert cursor >= newest, "the cursor still moves past them"

    everything = {str(first), str(second), str(draft)}
    assert set(pulled_as(alice, None)[0]) == everything, "a pull that names no run gets everything"
    assert set(pulled_as(alice, uuid.uuid4())[0]) == everything, "so does the next sync (a new run)"
    assert set(pulled_as(carol, run)[0]) == everything, "the run's id means nothing on another device"

    login = api.post("/auth/login", json={"username": "alice", "password": PASSWORD, "device_name": "laptop"})
    laptop = Api(server.url, login.json()["token"])
    edited = company(kvk="22220000", municipality="Zeist", updated_at="2025-11-01T09:00:00+00:00")
    (result,) = pushed_as(laptop, uuid.uuid4(), change("company", second, edited, base=results[1]["version"]))
    ids, _ = pulled_as(alice, run, cursor)
    assert ids == [str(second)], "a record another device changed since comes down"
    assert result["version"] > cursor
