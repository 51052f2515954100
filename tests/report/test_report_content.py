"""What the entrepreneur reads in the summary, checked in the PDF's own text."""

from __future__ import annotations

import re

import pytest

from advisor_app.domain.adoption import ADOPTER_NAMES
from advisor_app.domain.formatting import format_decimal, round_whole
from advisor_app.domain.money import format_euros
from advisor_app.domain.scoring import STAGE_NAMES
from advisor_app.report import render_report, wording
from advisor_app.workspace import Workspace

from .conftest import DemoScans, answer_all, by_dimension, new_company
from .pdf import page_texts, text_of

ALL_FIVE = {"D1": 5, "D2": 5, "D3": 5, "D4": 5, "D5": 5, "D6": 3}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_summary_names_company_every_dimension_and_its_score(
    demo_workspace: Workspace, demo_scans: DemoScans, language: str
) -> None:
    summary = demo_scans.first[0]
    view = demo_workspace.scans.get(summary.id)
    result = demo_workspace.scans.result(view)
    text = text_of(render_report(demo_workspace, summary.id, language))

    assert view.company.name in text
    assert view.company.kvk in text
    for dimension, score in zip(view.questionnaire.dimensions, result.dimensions, strict=True):
        assert score.percent is not None
        title = dimension.title.get(language)
        row = re.escape(f"{dimension.id} {title}") + r"( output, not part of the index| resultaat, telt niet mee in de index)? "
        assert re.search(row + format_decimal(score.percent, language) + " ", text), (
            f"no score row for {dimension.id} in {language}"
        )
    assert result.sii_percent is not None
    assert result.stage is not None
    assert result.adopter_category is not None
    out_of = "out of 100" if language == "en" else "van 100"
    assert f"{format_decimal(result.sii_percent, language)} {out_of}" in text
    assert STAGE_NAMES[result.stage].get(language) in text
    assert ADOPTER_NAMES[result.adopter_category].get(language) in text


@pytest.mark.parametrize(
    ("language", "own", "other"),
    [
        ("nl", ["Uitkomsten per dimensie", "Methode en beperkingen", "Pagina 1 van"], ["Results by dimension", "Page 1 of"]),
        ("en", ["Results by dimension", "Method and limitations", "Page 1 of"], ["Uitkomsten per dimensie", "Pagina 1 van"]),
    ],
)
def test_fixed_phrases_follow_the_chosen_language(
    demo_workspace: Workspace, demo_scans: DemoScans, language: str, own: list[str], other: list[str]
) -> None:
    text = text_of(render_report(demo_workspace, demo_scans.first[0].id, language))
    assert all(phrase in text for phrase in own)
    assert not any(phrase in text for phrase in other)


def test_benchmarks_appear_only_when_at_least_ten_scans_back_them(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    summary = demo_scans.first[0]
    groups = demo_workspace.benchmarks.groups(demo_workspace.questionnaire, summary.company_id)
    sector, programme = groups[summary.sector], groups["programme"]
    assert sector.n < 10 <= programme.n, "thirty demo companies over six sectors: small sectors, a large programme"

    first_page = page_texts(render_report(demo_workspace, summary.id, "en"))[0]

    assert f"Programme (n={programme.n})" in first_page
    assert f"not shown, fewer than 10 other companies (n={sector.n})" in first_page


def test_the_weakest_link_cap_is_named(workspace: Workspace) -> None:
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {**ALL_FIVE, "D5": 1}))
    workspace.scans.complete(scan.id)

    text = text_of(render_report(workspace, scan.id, "en"))

    assert "Weakest link: ‘Innovation process: from idea to market’ caps the stage" in text
    assert "the stage would be ‘Front-runner’" in text
    assert "Aware" in text


def test_a_dimension_without_enough_answers_shows_no_number(workspace: Workspace) -> None:
    scan = workspace.scans.start(new_company(workspace))
    scores = by_dimension(workspace, {**ALL_FIVE, "D2": 4})
    d6 = [item.id for item in workspace.questionnaire.dimension("D6").items]
    for item_id in d6[1:]:
        scores[item_id] = None
    answer_all(workspace, scan.id, scores)
    workspace.scans.complete(scan.id)

    text = text_of(render_report(workspace, scan.id, "en"))

    assert "D6 Renewal in the last three years output, not part of the index insufficient answers" in text
    assert "D2 Organising smarter 75 " in text
    assert text.count("insufficient answers") == 1


def test_plan_voucher_and_comparison_with_the_previous_scan(workspace: Workspace) -> None:
    company_id = new_company(workspace)
    first = workspace.scans.start(company_id)
    answer_all(workspace, first.id, by_dimension(workspace, {"D1": 2, "D2": 2, "D3": 3, "D4": 2, "D5": 2, "D6": 2}))
    workspace.scans.complete(first.id)
    later = workspace.scans.start(company_id)
    answer_all(workspace, later.id, by_dimension(workspace, {"D1": 3, "D2": 4, "D3": 3, "D4": 2, "D5": 3, "D6": 3}))
    workspace.scans.note(later.id, "D1.1", "Visie staat nu op één A4 & hangt in de kantine.")
    workspace.scans.complete(later.id)
    later_view = workspace.scans.get(later.id)
    plan = workspace.plans.create_from_result(later.id, workspace.scans.result(later_view), "en")
    workspace.vouchers.request(
        company_id,
        3500_00,
        own_contribution_cents=1200_00,
        supplier="Hogeschool Utrecht",
        deliverables="Two workshops",
        plan_id=plan.id,
    )

    pages = page_texts(render_report(workspace, later.id, "en"))
    text = " ".join(pages)

    assert len(pages) <= 4, "a follow-up with plan, voucher, comparison and notes"
    assert "Implementation plan" in text
    assert plan.actions[0].description in text
    for amount in (3500_00, 1200_00, 4000_00):
        assert format_euros(amount, "en") in text
    assert "Hogeschool Utrecht" in text
    assert "Comparison with the previous scan" in text
    assert "D2 Organising smarter 25 75 +50" in text
    assert "Index 30 50 +20" in text
    assert "D1.1" in text
    assert "Visie staat nu op één A4 & hangt in de kantine." in text


def test_without_plan_or_voucher_the_summary_says_what_comes_next(workspace: Workspace) -> None:
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 2, "D3": 4, "D4": 3, "D5": 3, "D6": 2}))
    workspace.scans.complete(scan.id)

    pages = page_texts(render_report(workspace, scan.id, "nl"))
    last_page = " ".join(pages[1:])  # plan and voucher follow the analysis wherever it ends

    assert "Er is nog geen implementatieplan" in last_page
    assert "Er is nog geen voucher aangevraagd" in last_page
    assert "€ 4.000,00" in last_page
    assert "Vergelijking met de vorige scan" not in last_page
    assert "toestemming vastgelegd" in last_page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_scores_and_differences_are_written_as_babel_writes_them(language: str) -> None:
    """The summary writes each whole number once per language; the text is still Babel's, rounded halves up."""
    values = [0.0, 0.4999, 0.5, 2.5, 37.5, 62.5, 99.5, 100.0, 1234.5, *(n / 7 for n in range(0, 800, 3))]
    for _ in range(2):
        for value in values:
            assert wording.score(value, language) == format_decimal(value, language), value
    for now, before in ((62.5, 37.5), (37.4, 62.6), (50.0, 50.4), (1500.0, 2.0)):
        delta = round_whole(now) - round_whole(before)
        expected = "0" if delta == 0 else ("+" if delta > 0 else "\u2212") + format_decimal(abs(delta), language)
        assert wording.difference(now, before, language) == expected
