"""A pull page written by the server and read by the device is the same page, typed per entity, whatever a newer server adds.

The server writes its copies as the union on ``entity`` (``protocol.messages.server_copy``); the
device reads them back as the same records, tombstones without data included, also when the
envelopes carry fields this app does not know (they are left out, docs/sync-protocol.md,
"Evolving the protocol").
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from advisor_sync.protocol.messages import (
    ChangeResult,
    CompanyOut,
    PlanOut,
    PullResponse,
    PushResponse,
    ScanOut,
    VoucherOut,
    server_copy,
)
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain import records
from advisor_app.domain.vocabulary import ActionStatus, ScanStatus, VoucherStatus

from .test_wire_roundtrip import ANSWERS, MOMENTS, TEXT

ACTIONS = st.lists(
    st.builds(
        records.Action,
        id=st.uuids(),
        position=st.integers(0, 2**31 - 1),
        description=st.text(TEXT, max_size=50),
        due_date=st.none() | st.dates(min_value=date(1990, 1, 2), max_value=date(2199, 12, 30)),
        status=st.sampled_from(ActionStatus),
    ),
    max_size=4,
)
EXTRA_KEYS = st.dictionaries(st.text(TEXT, min_size=1, max_size=10), st.integers() | st.text(TEXT, max_size=10), max_size=3)


def _with_extras(envelope: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    """A newer server's envelope: its own new fields beside the ones this app knows (never replacing one)."""
    return {**{key: value for key, value in extras.items() if key not in envelope}, **envelope}


@given(
    name=st.text(TEXT, max_size=500),
    at=MOMENTS,
    answers=ANSWERS,
    actions=ACTIONS,
    amount=st.integers(-(2**31), 2**31 - 1),
    status=st.sampled_from(VoucherStatus),
    versions=st.lists(st.integers(0, 2**62), min_size=5, max_size=5),
    extras=EXTRA_KEYS,
)
def test_a_page_read_back_from_its_json_is_the_same_page(
    name: str,
    at: datetime,
    answers: list[records.Answer],
    actions: list[records.Action],
    amount: int,
    status: VoucherStatus,
    versions: list[int],
    extras: dict[str, Any],
) -> None:
    company_id = uuid.uuid4()
    company = records.Company(created_at=at, updated_at=at, name=name, kvk="12345678", sector="health")
    scan = records.Scan(
        created_at=at,
        updated_at=at,
        company_id=company_id,
        questionnaire_id="basisscan",
        questionnaire_version="1.0",
        status=ScanStatus.DRAFT,
        started_at=at,
        answers=tuple(answers),
    )
    plan = records.Plan(created_at=at, updated_at=at, company_id=company_id, title=name[:300], actions=tuple(actions))
    voucher = records.Voucher(created_at=at, updated_at=at, company_id=company_id, amount_cents=amount, status=status)
    page = PullResponse(
        changes=[
            server_copy("company", company_id, version=versions[0], deleted=False, data=company),
            server_copy("scan", uuid.uuid4(), version=versions[1], deleted=False, data=scan),
            server_copy("plan", uuid.uuid4(), version=versions[2], deleted=False, data=plan),
            server_copy("voucher", uuid.uuid4(), version=versions[3], deleted=False, data=voucher),
            server_copy("voucher", uuid.uuid4(), version=versions[4], deleted=True, data=None),
        ],
        cursor=max(versions),
        has_more=False,
        remaining=0,
    )
    written = json.loads(page.model_dump_json())
    assert PullResponse.model_validate_json(json.dumps(written)) == page
    newer = {**_with_extras(written, extras), "changes": [_with_extras(change, extras) for change in written["changes"]]}
    again = PullResponse.model_validate_json(json.dumps(newer))
    assert again == page
    assert [type(change) for change in again.changes] == [CompanyOut, ScanOut, PlanOut, VoucherOut, VoucherOut]
    assert isinstance(again.changes[1].data, records.Scan)
    assert again.changes[1].data.answers == tuple(answers)

    conflict = ChangeResult(entity="scan", id=page.changes[1].id, status="conflict", server=page.changes[1])
    answer = PushResponse(batch_id=uuid.uuid4(), results=[conflict])
    assert PushResponse.model_validate_json(answer.model_dump_json()) == answer
