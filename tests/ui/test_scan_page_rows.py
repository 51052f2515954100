"""The Scans page's rows, made from the listing's stored rows (``ScanService.headlines``), show what each scan's summary says.

The page no longer builds 10,000 summaries (their UUIDs and moments) to show them (issue 12): its columns read the
stored row. Held here to the rows of the summaries, each column shown in ``labels``' words directly.
"""

from __future__ import annotations

import pytest
from advisor_ui import labels
from advisor_ui.i18n import Translations
from advisor_ui.models.records import Column, prepare
from advisor_ui.models.scans import NEVER, prepared_scans
from advisor_ui.models.search import fold

from advisor_app.services.scan_listing import ScanSummary
from advisor_app.workspace import Workspace

SUMMARY_COLUMNS: list[Column[ScanSummary]] = [
    Column(lambda: "", lambda s: s.company, lambda s: s.company.casefold()),
    Column(lambda: "", lambda s: s.kvk),
    Column(lambda: "", lambda s: labels.sector(s.sector)),
    Column(lambda: "", lambda s: labels.scan_status(s.status)),
    Column(lambda: "", lambda s: labels.day(s.started_at), lambda s: s.started_at),
    Column(lambda: "", lambda s: labels.day(s.completed_at), lambda s: s.completed_at or NEVER),
    Column(lambda: "", lambda s: f"{s.answered}/{s.total}", lambda s: s.answered / max(1, s.total)),
    Column(lambda: "", lambda s: labels.score(s.sii_percent), lambda s: -1.0 if s.sii_percent is None else s.sii_percent),
    Column(lambda: "", lambda s: labels.stage(s.stage)),
    Column(lambda: "", lambda s: s.advisor),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_pages_rows_are_those_of_the_summaries(demo_workspace: Workspace, translations: Translations, language: str) -> None:
    scans = demo_workspace.scans
    scans.start(scans.summaries()[0].company_id)  # a draft without an answer: no index, no stage, not completed
    translations.apply(language)
    rows = prepared_scans(scans.headlines())
    expected = prepare(SUMMARY_COLUMNS, scans.summaries(), lambda s: s.id, keep_records=False, facet=lambda s: s.status)
    assert len(rows.ids) > 30
    assert rows.ids == expected.ids
    assert rows.shown == expected.shown
    assert rows.keys == expected.keys
    assert rows.search == expected.search == [fold(" ".join(shown)) for shown in expected.shown]
    assert rows.facets == expected.facets
