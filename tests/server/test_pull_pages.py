"""A pull's pages run across the four kinds of record in version order, each record once, with what is left counted."""

from __future__ import annotations

import uuid

from .live import Api
from .records import change, company, plan, pushed, scan


def test_pages_mix_the_kinds_in_version_order_and_count_what_is_left(alice: Api) -> None:
    written: list[tuple[int, str]] = []
    for n in range(4):  # company, scan, plan, company, scan, plan, ...: the kinds' versions interleave
        company_id = uuid.uuid4()
        for entity, record_id, data in (
            ("company", company_id, company(kvk=f"{30_000_000 + n}")),
            ("scan", uuid.uuid4(), scan(company_id)),
            ("plan", uuid.uuid4(), plan(company_id)),
        ):
            [result] = pushed(alice, change(entity, record_id, data))
            written.append((result["version"], str(record_id)))
    pages: list[list[str]] = []
    remaining: list[int] = []
    cursor = 0
    while True:
        page = alice.get("/sync/pull", params={"cursor": cursor, "limit": 5}).json()
        pages.append([c["id"] for c in page["changes"]])
        remaining.append(page["remaining"])
        if not page["has_more"]:
            break
        cursor = page["cursor"]
    in_order = [record_id for _version, record_id in sorted(written)]
    assert pages == [in_order[0:5], in_order[5:10], in_order[10:12]]
    assert remaining == [7, 2, 0]
