"""A push written by the device and read by the server is the same push: the union per entity loses nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from advisor_sync.protocol.messages import MalformedChange, PushRequest, change_in
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain import records
from advisor_app.domain.vocabulary import ScanStatus

TEXT = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
MOMENTS = st.datetimes(min_value=datetime(1990, 1, 2), max_value=datetime(2199, 12, 30), timezones=st.just(UTC))
ANSWERS = st.lists(
    st.builds(
        records.Answer,
        item_id=st.text(TEXT, min_size=1, max_size=20),
        score=st.none() | st.integers(-(2**31), 2**31 - 1),
        not_applicable=st.booleans(),
        note=st.text(TEXT, max_size=50),
    ),
    max_size=5,
    unique_by=lambda answer: answer.item_id,
)


@given(
    name=st.text(TEXT, max_size=500),
    employees=st.none() | st.integers(-(2**31), 2**31 - 1),
    at=MOMENTS,
    answers=ANSWERS,
    base=st.none() | st.integers(0, 2**62),
    deleted=st.booleans(),
)
def test_a_push_read_back_from_its_json_is_the_same_push(
    name: str, employees: int | None, at: datetime, answers: list[records.Answer], base: int | None, deleted: bool
) -> None:
    company = records.Company(created_at=at, updated_at=at, name=name, kvk="12345678", sector="health", employees=employees)
    scan = records.Scan(
        created_at=at,
        updated_at=at,
        company_id=uuid.uuid4(),
        questionnaire_id="basisscan",
        questionnaire_version="1.0",
        status=ScanStatus.DRAFT,
        started_at=at,
        answers=tuple(answers),
    )
    request = PushRequest(
        batch_id=uuid.uuid4(),
        changes=[
            change_in("company", uuid.uuid4(), base_version=base, data=company),
            change_in("scan", uuid.uuid4(), base_version=base, data=scan),
            change_in("voucher", uuid.uuid4(), base_version=base, deleted=deleted),
        ],
    )
    again = PushRequest.model_validate_json(request.model_dump_json())
    assert again == request
    assert not any(isinstance(change, MalformedChange) for change in again.changes)
