"""Rules the issue found restated, stated once (issue 11, point 2).

The 1-5 to 0-100 mapping is :func:`scoring.to_percent` and "a completed revision
replaces its original" is :func:`invariants.superseded_ids`; a module that writes
either out again drifts the day one of them changes, so this test reads the
sources of the device, the server and the UI for the copies the issue counted.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain import invariants, scoring
from advisor_app.domain.invariants import ScanFacts
from advisor_app.domain.vocabulary import ScanStatus

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "advisor_app", ROOT / "sync" / "advisor_sync", ROOT / "ui"]
PERCENT_WRITTEN_OUT = re.compile(r"\*\s*25(\.0)?\b|\b25(\.0)?\s*\*|-\s*1(\.0)?\s*\)\s*/\s*4\b|/\s*4(\.0)?\s*\*\s*100\b")
SUPERSEDED_IN_SQL = re.compile(r"revision_of_id\s*==\s*\w+\.id|newer\.status")


def python_files() -> list[Path]:
    return [path for folder in SOURCES for path in folder.rglob("*.py") if "migrations" not in path.parts]


def test_the_percent_scale_is_written_out_only_in_scoring_to_percent() -> None:
    copies = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in python_files()
        if path != ROOT / "advisor_app" / "domain" / "scoring.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PERCENT_WRITTEN_OUT.search(line.split("#", 1)[0])
    ]
    assert copies == [], "use scoring.to_percent / scoring.spread_points"


def test_no_query_restates_which_scans_are_superseded() -> None:
    copies = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in python_files()
        if ROOT / "advisor_app" / "domain" not in path.parents
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SUPERSEDED_IN_SQL.search(line)
    ]
    assert copies == [], "read the revisions' facts and use invariants.superseded_ids"


@given(st.floats(min_value=0.0, max_value=4.0))
def test_a_spread_in_points_is_the_distance_on_the_percent_scale(spread: float) -> None:
    assert scoring.spread_points(spread) == scoring.to_percent(1.0 + spread) - scoring.to_percent(1.0)


statuses = st.sampled_from([ScanStatus.DRAFT, ScanStatus.COMPLETED])


@given(st.lists(st.tuples(st.integers(0, 5), statuses, st.booleans(), st.one_of(st.none(), st.integers(0, 5))), max_size=8))
def test_superseded_ids_is_is_superseded_for_every_scan(rows: list[tuple[int, str, bool, int | None]]) -> None:
    """The bulk form the stores use answers exactly as the one-scan predicate the services use."""
    ids = [uuid.UUID(int=n + 1) for n in range(6)]
    company = uuid.uuid4()
    facts = [
        ScanFacts(uuid.uuid4(), company, status, deleted, None if of is None else ids[of]) for _, status, deleted, of in rows
    ]
    replaced = invariants.superseded_ids(facts)
    assert replaced == {scan_id for scan_id in ids if invariants.is_superseded(scan_id, facts)}


def test_one_company_per_kvk_number_is_said_only_by_the_rulebook() -> None:
    """The device's company service and the server's push both call invariants.check_unique_kvk."""
    copies = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in python_files()
        if path != ROOT / "advisor_app" / "domain" / "invariants.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"KvK-nummer \{[^}]*\} (hoort al|is op de server)", line)
    ]
    assert copies == [], "use invariants.check_unique_kvk"


@given(st.uuids(), st.uuids(), st.booleans(), st.booleans())
def test_the_kvk_rule_names_the_holder_only_to_who_may_see_it(
    own: uuid.UUID, other: uuid.UUID, visible: bool, on_server: bool
) -> None:
    invariants.check_unique_kvk("12345678", own, None, on_server=on_server)
    invariants.check_unique_kvk("12345678", own, invariants.KvkHolder(own, "Zelf B.V."), on_server=on_server)
    if other == own:
        return
    holder = invariants.KvkHolder(other, "Ander B.V.", visible)
    with pytest.raises(invariants.RuleError) as refused:
        invariants.check_unique_kvk("12345678", own, holder, on_server=on_server)
    assert refused.value.field == "kvk"
    assert ("Ander B.V." in refused.value.text.nl) == visible
    assert ("Ander B.V." in refused.value.text.en) == visible
