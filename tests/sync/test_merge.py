"""The three-way merge on its own: which side wins which field, and that nothing is dropped."""

from __future__ import annotations

from typing import Any

from advisor_sync.client.merge import ABSENT, merge, unflatten, with_field
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.flat_fields import flatten

NOON = "2025-10-01T12:00:00Z"
BASE: dict[str, Any] = {
    "created_at": "2025-10-01T10:00:00Z",
    "updated_at": "2025-10-01T10:00:00Z",
    "status": "draft",
    "summary_notes": "",
    "intake": {"size_class": "10-49"},
    "ambitions": {"D1": 2},
    "answers": [{"item_id": "D1.1", "score": 3, "not_applicable": False, "note": ""}],
}


def changed(doc: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**doc, "updated_at": "2025-10-02T09:00:00Z", **changes}


def answer(item: str, score: int | None, note: str = "") -> dict[str, Any]:
    return {"item_id": item, "score": score, "not_applicable": score is None, "note": note}


def test_each_side_keeps_the_fields_only_it_changed() -> None:
    mine = changed(BASE, summary_notes="Goed gesprek", answers=[*BASE["answers"], answer("D2.1", 4)])
    theirs = changed(
        BASE, intake={"size_class": "10-49", "turnover_new_pct": 20}, answers=[*BASE["answers"], answer("D3.1", None)]
    )
    result = merge("scan", BASE, mine, theirs)
    assert result.conflicts == ()
    assert result.doc["summary_notes"] == "Goed gesprek"
    assert result.doc["intake"] == {"size_class": "10-49", "turnover_new_pct": 20}
    assert [a["item_id"] for a in result.doc["answers"]] == ["D1.1", "D2.1", "D3.1"]


def test_a_field_both_changed_keeps_the_servers_value_and_returns_mine() -> None:
    mine = changed(BASE, answers=[answer("D1.1", 5, "volgens de directeur")])
    theirs = changed(BASE, answers=[answer("D1.1", 2)])
    result = merge("scan", BASE, mine, theirs)
    assert result.doc["answers"] == [answer("D1.1", 2)]
    (conflict,) = result.conflicts
    assert conflict.field == "answers.D1.1"
    assert conflict.mine == {"score": 5, "not_applicable": False, "note": "volgens de directeur"}


def test_a_field_the_server_edited_back_to_the_base_meets_a_change_here_as_a_conflict() -> None:
    """Another device typed it back (3, 1, 3) and pushed first: the server's value is the base's, yet it was edited."""
    mine = changed(BASE, answers=[answer("D1.1", 5)], summary_notes="Goed gesprek")
    edited = frozenset({"answers.D1.1", "summary_notes"})
    result = merge("scan", BASE, mine, changed(BASE), edited_there=edited)
    assert [c.field for c in result.conflicts] == ["answers.D1.1", "summary_notes"]
    assert result.doc["answers"] == BASE["answers"], "the server's value stays until chosen"
    unedited = merge("scan", BASE, mine, changed(BASE), edited_there=frozenset({"answers.D2.1"}))
    assert (unedited.conflicts, unedited.doc["answers"]) == ((), [answer("D1.1", 5)])


def test_a_removal_on_one_side_wins_over_no_change_on_the_other() -> None:
    theirs = changed(BASE, ambitions={})
    assert merge("scan", BASE, BASE, theirs).doc["ambitions"] == {}
    removed_here = merge("scan", BASE, changed(BASE, answers=[]), BASE)
    assert removed_here.doc["answers"] == []


def test_a_scan_completed_on_the_server_is_taken_whole() -> None:
    theirs = changed(BASE, status="completed", answers=[answer("D1.1", 4)])
    mine = changed(BASE, summary_notes="Nog aanvullen")
    result = merge("scan", BASE, mine, theirs)
    assert result.doc["status"] == "completed"
    assert result.doc["summary_notes"] == ""
    assert [c.field for c in result.conflicts] == ["summary_notes"], "the local note is kept as a conflict"


def test_plan_actions_merge_by_their_id() -> None:
    base = {
        "created_at": NOON,
        "updated_at": NOON,
        "title": "Plan",
        "actions": [{"id": "a", "position": 0, "description": "Eén"}],
    }
    mine = {**base, "actions": [*base["actions"], {"id": "b", "position": 1, "description": "Twee"}]}
    theirs = {**base, "actions": [{"id": "a", "position": 0, "description": "Eén, aangepast"}]}
    result = merge("plan", base, mine, theirs)
    assert result.conflicts == ()
    assert result.doc["actions"] == [
        {"id": "a", "position": 0, "description": "Eén, aangepast"},
        {"id": "b", "position": 1, "description": "Twee"},
    ]


def test_the_later_edit_time_is_kept() -> None:
    mine = {**BASE, "updated_at": "2025-10-01T10:00:00.500000Z"}
    theirs = {**BASE, "updated_at": "2025-10-01T10:00:00Z"}
    assert merge("scan", BASE, mine, theirs).doc["updated_at"] == "2025-10-01T10:00:00.500000Z"


def test_keeping_my_value_sets_one_field_only() -> None:
    doc = changed(BASE, answers=[answer("D1.1", 2), answer("D1.2", 3)])
    kept = with_field("scan", doc, "answers.D1.1", {"score": 5, "not_applicable": False, "note": ""})
    assert kept["answers"] == [answer("D1.1", 5), answer("D1.2", 3)]
    assert with_field("scan", doc, "answers.D1.2", ABSENT)["answers"] == [answer("D1.1", 2)]


values = st.one_of(st.none(), st.integers(1, 5), st.sampled_from(["a", "b", ""]))
flat_docs = st.dictionaries(
    st.sampled_from(["name", "phone", "email", "intake.x", "intake.y", "ambitions.D1"]), values, max_size=6
)


def as_doc(flat: dict[str, Any]) -> dict[str, Any]:
    return unflatten("scan", flat, {"created_at": "t", "updated_at": "2025-10-01T10:00:00Z"})


@given(base=flat_docs, mine=flat_docs, theirs=flat_docs)
def test_merging_never_drops_a_local_change_silently(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    result = merge("scan", as_doc(base), as_doc(mine), as_doc(theirs))
    merged = flatten("scan", result.doc)
    conflicted = {c.field: c for c in result.conflicts}
    for field in base.keys() | mine.keys() | theirs.keys():
        ours, server, was = mine.get(field, ABSENT), theirs.get(field, ABSENT), base.get(field, ABSENT)
        got = merged.get(field, ABSENT)
        if ours != was and got != ours:
            assert field in conflicted, "my change is either kept or reported"
            assert conflicted[field].mine == ours
        if server != was:
            assert got == server, "the server's changes always land"
        if field in conflicted:
            assert got == server


@given(base=flat_docs, theirs=flat_docs)
def test_without_local_changes_the_merge_is_the_servers_copy(base: dict[str, Any], theirs: dict[str, Any]) -> None:
    result = merge("scan", as_doc(base), as_doc(base), as_doc(theirs))
    assert flatten("scan", result.doc) == theirs
    assert result.conflicts == ()


@given(base=flat_docs, mine=flat_docs)
def test_without_server_changes_the_merge_is_mine(base: dict[str, Any], mine: dict[str, Any]) -> None:
    result = merge("scan", as_doc(base), as_doc(mine), as_doc(base))
    assert flatten("scan", result.doc) == mine
    assert result.conflicts == ()
