"""The pure parts of the rulebook and the CSV cells, by property (Hypothesis)."""

from __future__ import annotations

import csv
import io
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain import invariants
from advisor_app.domain.csvcells import FORMULA_STARTS, neutral_cell, neutral_row
from advisor_app.domain.errors import ValidationError
from advisor_app.domain.invariants import RuleError, ScanFacts, VoucherFacts
from advisor_app.domain.vocabulary import VOUCHER_TRANSITIONS, ScanStatus, VoucherStatus

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)


@given(st.lists(st.one_of(texts, st.integers(), st.floats(allow_nan=False), st.none()), max_size=8))
def test_no_cell_read_back_from_a_neutral_csv_starts_a_formula(values: list[object]) -> None:
    """Written as the exports write, read as a spreadsheet reads: text as typed after the apostrophe, numbers as numbers."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerow(neutral_row(values))
    (cells,) = list(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";"))
    for value, cell in zip(values, cells, strict=True):
        if isinstance(value, str):
            assert cell == value or cell == "'" + value, "the text survives, at most behind one apostrophe"
            if cell.startswith(FORMULA_STARTS):
                float(cell.replace(",", "."))  # only a plain number may start with a sign
        else:
            assert cell == ("" if value is None else str(value)), "numbers and empty cells are left alone"


@given(texts)
def test_only_formula_text_changes(text: str) -> None:
    neutral = neutral_cell(text)
    if text.startswith(("=", "@", "\t", "\r")):
        assert neutral == "'" + text
    elif not text.startswith(FORMULA_STARTS):
        assert neutral == text


company_ids = st.sampled_from([uuid.UUID(int=1), uuid.UUID(int=2)])
vouchers = st.builds(VoucherFacts, st.uuids(), company_ids, st.sampled_from(list(VoucherStatus)), st.booleans())


@given(vouchers, st.lists(vouchers, max_size=5))
def test_one_live_voucher_per_company(voucher: VoucherFacts, others: list[VoucherFacts]) -> None:
    clash = invariants.voucher_is_live(voucher.status, voucher.deleted) and any(
        o.id != voucher.id and o.company_id == voucher.company_id and invariants.voucher_is_live(o.status, o.deleted)
        for o in others
    )
    if clash:
        with pytest.raises(RuleError, match="one voucher per company") as refused:
            invariants.check_one_live_voucher(voucher, others)
        assert refused.value.field == "company_id"
    else:
        invariants.check_one_live_voucher(voucher, others)


@given(st.sampled_from(list(VoucherStatus)), st.sampled_from(list(VoucherStatus)))
def test_voucher_progress_allows_exactly_the_reachable_statuses(current: VoucherStatus, new: VoucherStatus) -> None:
    reachable = {current}
    frontier = [current]
    while frontier:
        for following in VOUCHER_TRANSITIONS[frontier.pop()]:
            if following not in reachable:
                reachable.add(following)
                frontier.append(following)
    if new in reachable:
        invariants.check_voucher_progress(current, new)
    else:
        with pytest.raises(ValidationError, match="A voucher cannot go from"):
            invariants.check_voucher_progress(current, new)


def test_a_revision_is_only_refused_for_a_draft_another_company_or_a_replaced_original() -> None:
    company, other = uuid.uuid4(), uuid.uuid4()
    original = ScanFacts(uuid.uuid4(), company, ScanStatus.COMPLETED)
    revision = ScanFacts(uuid.uuid4(), company, ScanStatus.DRAFT, revision_of_id=original.id)
    invariants.check_revision(revision, original, [revision])
    replaced_by = ScanFacts(uuid.uuid4(), company, ScanStatus.COMPLETED, revision_of_id=original.id)
    for scan, target, others in (
        (revision, ScanFacts(original.id, company, ScanStatus.DRAFT), []),
        (ScanFacts(revision.id, other, ScanStatus.DRAFT, revision_of_id=original.id), original, []),
        (revision, original, [replaced_by]),
    ):
        with pytest.raises(RuleError) as refused:
            invariants.check_revision(scan, target, others)
        assert refused.value.field == "revision_of_id"
    deleted = ScanFacts(replaced_by.id, company, ScanStatus.COMPLETED, deleted=True, revision_of_id=original.id)
    invariants.check_revision(revision, original, [deleted])
    assert not invariants.is_superseded(original.id, [deleted]), "a deleted revision replaces nothing"
