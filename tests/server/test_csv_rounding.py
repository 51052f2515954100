"""Scores in the server's CSV files round half up, as the app and the PDF do (6.25 -> 6.3, never Python's 6.2),
and are written in the reader's notation: ``6.3`` in English (comma-separated), ``6,3`` in Dutch (semicolons)."""

from __future__ import annotations

import csv
import io
import uuid

from .dashboard import Dashboard
from .live import Api, LiveServer
from .records import QUESTIONNAIRE, change, company, pushed, scan


def half_case_answers() -> list[dict[str, object]]:
    """D1 answered 2, 1, 1, 1: a mean of 1.25, so 6.25 % (exact in binary, a true half at one decimal)."""
    d1 = [item_id for item_id in QUESTIONNAIRE.item_ids if item_id.startswith("D1.")]
    return [
        {"item_id": item_id, "score": (2 if item_id == d1[0] else 1) if item_id in d1 else 3}
        for item_id in QUESTIONNAIRE.item_ids
    ]


def test_a_half_score_rounds_up_in_every_server_csv(server: LiveServer, alice: Api, carol: Api) -> None:
    company_id = uuid.uuid4()
    pushed(alice, change("company", company_id, company()))
    pushed(alice, change("scan", uuid.uuid4(), scan(company_id, completed=True, answers=half_case_answers())))

    evaluation = carol.get("/monitoring/scans.csv")  # the Api asks for English
    assert evaluation.status_code == 200, evaluation.text
    [row] = list(csv.DictReader(io.StringIO(evaluation.content.decode("utf-8-sig")), delimiter=","))
    assert row["D1"] == "6.3"

    for language, shown in (("en", "6.3"), ("nl", "6,3")):
        dashboard = Dashboard(server.url, language)
        assert dashboard.log_in("carol").status_code == 303
        [row] = dashboard.csv("/dashboard/csv/scans.csv")
        assert row["D1"] == shown, language
