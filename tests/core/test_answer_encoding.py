"""'Don't know / n.a.' has one encoding in a record and one reading for the scoring."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.records import scoring_answers

ROWS = st.lists(
    st.tuples(st.sampled_from(["A1", "A2", "B1", "B2", "C1"]), st.none() | st.integers(1, 5), st.booleans()),
    unique_by=lambda row: row[0],
)


@given(rows=ROWS)
def test_an_na_answer_reads_as_none_a_score_as_itself_and_a_note_alone_as_unanswered(
    rows: list[tuple[str, int | None, bool]],
) -> None:
    read = scoring_answers(rows)
    for item_id, score, not_applicable in rows:
        if not_applicable:
            assert read[item_id] is None
        elif score is not None:
            assert read[item_id] == score
        else:
            assert item_id not in read
    assert set(read) == {item_id for item_id, score, na in rows if na or score is not None}
