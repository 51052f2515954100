"""Every statement the summary makes must be true for this company (issue 14), checked on demo data.

Each test reads the PDF's text (pypdf) of many demo scans and checks a sentence
against the facts the domain computes for that scan.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator

import pytest

from advisor_app.domain.adoption import ADOPTER_NAMES, ADOPTER_ORDER
from advisor_app.domain.formatting import format_decimal
from advisor_app.domain.money import format_euros
from advisor_app.domain.questionnaire import sealed
from advisor_app.domain.scoring import STAGES, STRENGTH_THRESHOLD, ScanResult, stage_of
from advisor_app.domain.text import set_language
from advisor_app.paths import resource
from advisor_app.report import render_report
from advisor_app.report.content import gather
from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.services.questionnaires import receive
from advisor_app.services.scans import ScanSummary
from advisor_app.workspace import Workspace

from .conftest import answer_all, by_dimension, new_company
from .pdf import page_count, page_texts, text_of


@pytest.fixture(scope="module")
def large_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """120 companies (seed 2009): 134 completed scans, 14 of them follow-ups, with plans and vouchers."""
    with Workspace(tmp_path_factory.mktemp("large") / "demo") as ws:
        generate_demo(ws, 120, seed=2009)
        yield ws


def completed(ws: Workspace) -> list[ScanSummary]:
    return [s for s in ws.scans.summaries() if s.status == "completed"]


def full_result(ws: Workspace, summary: ScanSummary) -> ScanResult:
    """The result as the report scores it: with the benchmark and the programme's population (a list's has neither)."""
    return ws.scans.result(ws.scans.get(summary.id))


def first_page_with(pages: list[str], marker: str, start: int = 0) -> int:
    found = [number for number, page in enumerate(pages) if number >= start and marker in page]
    assert found, marker
    return found[0]


def test_a_follow_up_shows_the_companys_voucher_whichever_scan_it_came_from(large_demo: Workspace) -> None:
    checked = 0
    for summary in completed(large_demo):
        if summary.follow_up_of_id is None:
            continue
        vouchers = large_demo.vouchers.for_company(summary.company_id)
        if not vouchers:
            continue
        checked += 1
        pages = page_texts(render_report(large_demo, summary.id, "en"))
        text = " ".join(pages)
        assert "No voucher has been requested yet" not in text, summary.company
        voucher_block = text.split("Social innovation voucher", 1)[1]
        assert any(format_euros(v.amount_cents, "en") in voucher_block and v.supplier[:20] in voucher_block for v in vouchers), (
            summary.company
        )
        plans = large_demo.plans.for_company(summary.company_id)
        assert "There is no implementation plan yet" not in text or not plans, summary.company
    assert checked >= 3, "the demo holds follow-ups whose voucher came with the first scan's plan"


def test_the_weakest_dimension_is_among_the_priorities_when_it_caps_the_stage_or_unbalances(large_demo: Workspace) -> None:
    checked = 0
    for summary in completed(large_demo):
        result = summary.result
        if not (result.capped or result.unbalanced):
            continue
        checked += 1
        assert result.weakest_dimension in [p.dimension_id for p in result.improvement_areas], summary.company
        text = text_of(render_report(large_demo, summary.id, "en"))
        section = text.split("Priority areas with recommended actions", 1)[1]
        assert f"{result.weakest_dimension} " in section.split("Renewal in the last three years", 1)[0]
    assert checked >= 10


def test_the_report_says_why_the_weakest_link_is_a_priority_exactly_when_only_that_rule_put_it_there(
    large_demo: Workspace,
) -> None:
    added = 0
    for summary in completed(large_demo):
        result = full_result(large_demo, summary)
        text = text_of(render_report(large_demo, summary.id, "en"))
        section = text.split("Priority areas with recommended actions", 1)[1].split("Implementation plan", 1)[0]
        said = "Included as the weakest link" in section or "Included as the weakest dimension" in section
        assert said == result.weakest_link_added, summary.company
        if said:
            added += 1
            names = {1: "low", 2: "medium", 3: "high"}
            ambition = names[large_demo.scans.get(summary.id).ambitions[result.weakest_dimension or ""]]
            assert f"although the ambition for it is {ambition}." in section
    assert added >= 5


def test_every_dimension_shows_its_ambition_next_to_its_score(large_demo: Workspace) -> None:
    summary = completed(large_demo)[0]
    view = large_demo.scans.get(summary.id)
    pages = page_texts(render_report(large_demo, summary.id, "en"))
    assert "Ambition" in pages[1]
    names = {1: "low", 2: "medium", 3: "high"}
    for dimension in view.questionnaire.capability_dimensions:
        ambition = names[view.ambitions[dimension.id]]
        row = rf"{dimension.id} {re.escape(dimension.title.en)} \d+ \S+ \S+ {ambition} "
        assert re.search(row, pages[1]), dimension.id


def test_the_value_chain_names_no_weakness_when_every_link_is_strong(workspace: Workspace) -> None:
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 5, "D6": 3}))
    workspace.scans.complete(scan.id)

    text = text_of(render_report(workspace, scan.id, "nl"))

    assert "ideeënarm" not in text
    assert "omzettingsarm" not in text
    assert "verspreidingsarm" not in text


def test_the_value_chain_names_every_tied_weakest_link(large_demo: Workspace) -> None:
    names = {"ideas": "idea-poor", "conversion": "conversion-poor", "diffusion": "diffusion-poor"}
    ties = 0
    for summary in completed(large_demo):
        chain = summary.result.value_chain
        if chain is None:
            continue
        low = min(chain.means.values())
        weakest = [k for k, v in chain.means.items() if abs(v - low) < 1e-9]
        text = text_of(render_report(large_demo, summary.id, "en"))
        if round(low, 9) >= STRENGTH_THRESHOLD:
            assert not any(name in text for name in names.values()), summary.company
            continue
        ties += len(weakest) > 1
        for key, name in names.items():
            assert (name in text) == (key in weakest), (summary.company, key)
    assert ties >= 10


def test_the_adopter_category_respects_the_weakest_link_cap(large_demo: Workspace) -> None:
    checked = 0
    for summary in completed(large_demo):
        result = full_result(large_demo, summary)
        assert result.adopter_category is not None
        weakest = result.dimension(result.weakest_dimension or "").mean
        assert weakest is not None
        cap = min(len(STAGES) - 1, STAGES.index(stage_of(weakest)) + 1)
        checked += result.capped
        assert ADOPTER_ORDER.index(result.adopter_category) <= cap, summary.company
    assert checked >= 5


def test_page_one_names_the_capped_adopter_category_and_says_so(large_demo: Workspace) -> None:
    capped = 0
    for summary in completed(large_demo)[:60]:
        result = full_result(large_demo, summary)
        assert result.adopter_category is not None
        first = page_texts(render_report(large_demo, summary.id, "en"))[0]
        assert f"{ADOPTER_NAMES[result.adopter_category].en}: " in first, summary.company
        assert ("Capped by the weakest link, like the stage." in first) == result.adopter_capped, summary.company
        capped += result.adopter_capped
    assert capped >= 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_adopter_category_is_named_respectfully(workspace: Workspace, language: str) -> None:
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 1, "D2": 1, "D3": 2, "D4": 1, "D5": 1, "D6": 1}))
    workspace.scans.complete(scan.id)
    assert workspace.scans.result(workspace.scans.get(scan.id)).adopter_category == "laggard"

    text = text_of(render_report(workspace, scan.id, language))

    assert "Achterblijver" not in text
    assert "Laggard" not in text
    assert f"{ADOPTER_NAMES['laggard'].get(language)}: " in text, "the domain's words, the ones the app shows"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_app_and_the_report_name_the_adopter_categories_alike(language: str) -> None:
    """One set of labels, in the domain: the app's screens (``advisor_ui.labels``) and the report both read it."""
    from advisor_ui import labels

    set_language(language)
    try:
        for code in ADOPTER_ORDER:
            assert labels.adopter(code) == ADOPTER_NAMES[code].get(language)
            assert labels.adopter(code) not in ("Achterblijver", "Laggard")
    finally:
        set_language("nl")


def test_the_benchmark_counts_companies_and_leaves_the_company_out(large_demo: Workspace) -> None:
    summaries = completed(large_demo)
    companies = {s.company_id for s in summaries}
    by_sector: dict[str, set[object]] = {}
    for s in summaries:
        by_sector.setdefault(s.sector, set()).add(s.company_id)
    for summary in summaries[:12]:
        first_page = page_texts(render_report(large_demo, summary.id, "en"))[0]
        assert f"Programme (n={len(companies) - 1})" in first_page, summary.company
        sector_n = len(by_sector[summary.sector]) - 1
        assert f"(n={sector_n})" in first_page, summary.company


def test_actions_follow_the_answers_not_the_dimension(workspace: Workspace) -> None:
    scan = workspace.scans.start(new_company(workspace))
    scores = by_dimension(workspace, {"D1": 4, "D2": 4, "D3": 2, "D4": 4, "D5": 4, "D6": 3})
    scores["D3.2"] = 4  # yearly development talks are already held
    answer_all(workspace, scan.id, scores)
    workspace.scans.set_ambition(scan.id, "D3", 3)
    workspace.scans.complete(scan.id)
    view = workspace.scans.get(scan.id)
    result = workspace.scans.result(view)
    area = next(p for p in result.improvement_areas if p.dimension_id == "D3")

    assert area.recommendations, "D3 has low items, so it gets actions"
    assert {r.item_id for r in area.recommendations} <= {"D3.1", "D3.3", "D3.4"}
    text = text_of(render_report(workspace, scan.id, "en"))
    assert "development talk" not in text.split("Priority areas", 1)[1].split("Renewal in the last", 1)[0]


def test_every_recommended_action_comes_from_a_low_item_and_names_its_source(large_demo: Workspace) -> None:
    for summary in completed(large_demo)[:40]:
        view = large_demo.scans.get(summary.id)
        for area in summary.result.improvement_areas:
            for recommendation in area.recommendations:
                score = view.answers.get(recommendation.item_id)
                assert score is not None
                assert score <= recommendation.max_score
                assert recommendation.source in view.questionnaire.sources


@pytest.mark.parametrize("language", ["nl", "en"])
def test_notes_in_arabic_chinese_turkish_and_cyrillic_extract_as_written(workspace: Workspace, language: str) -> None:
    notes = {
        "D1.1": "العربية: الفريق يعمل بشكل جيد",
        "D1.2": "中文：团队合作很好。",
        "D1.3": "Türkçe: ekip çok iyi çalışıyor, şüphesiz ığdır",
        "D1.4": "Русский: команда хорошо работает",
    }
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3}))
    for item_id, note in notes.items():
        workspace.scans.note(scan.id, item_id, note)

    text = unicodedata.normalize("NFKC", text_of(render_report(workspace, scan.id, language)))

    for note in notes.values():
        for word in note.split():
            assert unicodedata.normalize("NFKC", word) in text, word


def test_the_self_assessment_caveat_stands_on_page_one(large_demo: Workspace) -> None:
    summary = completed(large_demo)[0]
    first = page_texts(render_report(large_demo, summary.id, "nl"))[0]
    assert "zelfbeoordeling" in first
    first = page_texts(render_report(large_demo, summary.id, "en"))[0]
    assert "self-assessment" in first


def test_a_follow_up_shows_the_change_on_page_one(large_demo: Workspace) -> None:
    follow_ups = [s for s in completed(large_demo) if s.follow_up_of_id]
    assert follow_ups
    for summary in follow_ups:
        view = large_demo.scans.get(summary.id)
        before = large_demo.scans.result(large_demo.scans.previous(view))  # type: ignore[arg-type]
        first = page_texts(render_report(large_demo, summary.id, "en"))[0]
        assert "Since the previous scan" in first, summary.company
        assert "Previous scan" in first, "the radar's legend names the previous profile"
        assert before.sii_percent is not None
        was, now = _whole(before.sii_percent), _whole(summary.result.sii_percent or 0)
        assert (f"from {was} to {now}" if was != now else f"stayed the same: {now}") in first


def _whole(value: float) -> str:
    return format_decimal(value, "en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_numbers_amounts_and_plurals_follow_the_language(workspace: Workspace, language: str) -> None:
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 2, "D3": 4, "D4": 3, "D5": 3, "D6": 2}))
    workspace.scans.complete(scan.id)
    text = text_of(render_report(workspace, scan.id, language))
    if language == "en":
        assert "€4,000.00" in text or "€ 4,000.00" in text
        assert "4.000,00" not in text
    else:
        assert "€ 4.000,00" in text
    assert not re.search(r"\b1 (punten|points)\b", text)


@pytest.mark.parametrize(("language", "said"), [("nl", "1 punt hoger"), ("en", "up 1 point")])
def test_a_change_of_one_point_is_singular(workspace: Workspace, language: str, said: str) -> None:
    company_id = new_company(workspace)
    first = workspace.scans.start(company_id)
    answer_all(workspace, first.id, by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3}))
    workspace.scans.complete(first.id)
    follow_up = workspace.scans.start(company_id)
    scores = by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3})
    scores["D1.1"] = 4  # D1 56.25, the index 51.25: one point up
    answer_all(workspace, follow_up.id, scores)
    workspace.scans.complete(follow_up.id)

    first_page = page_texts(render_report(workspace, follow_up.id, language))[0]

    assert said in first_page
    assert not re.search(r"\b1 (punten|points)\b", first_page)


def test_dont_know_is_not_shown_as_not_answered(workspace: Workspace) -> None:
    scan = workspace.scans.start(new_company(workspace))
    scores = by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3})
    scores["D6.3"] = None
    answer_all(workspace, scan.id, scores)
    workspace.scans.complete(scan.id)

    text = text_of(render_report(workspace, scan.id, "en"))

    assert "not answered" not in text
    assert "don't know" in text.split("Renewal in the last three years", 1)[1]


def test_halves_round_the_same_way_everywhere(workspace: Workspace) -> None:
    """62.5 and 37.5 both round half away from zero (63 and 38), never banker's rounding (62)."""
    scan = workspace.scans.start(new_company(workspace))
    scores = by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3})
    scores.update({"D1.1": 4, "D1.2": 4, "D1.3": 3, "D1.4": 4})  # 3.75 -> 68.75
    scores.update({"D2.1": 4, "D2.2": 4, "D2.3": 3, "D2.4": 3})  # 3.5 -> 62.5
    scores.update({"D3.1": 3, "D3.2": 3, "D3.3": 2, "D3.4": 2})  # 2.5 -> 37.5
    answer_all(workspace, scan.id, scores)
    workspace.scans.complete(scan.id)

    text = text_of(render_report(workspace, scan.id, "en"))

    assert "D2 Organising smarter 63 " in text
    assert "D3 Working smarter and talent 38 " in text


def test_dutch_wording_is_consistent(large_demo: Workspace) -> None:
    for summary in completed(large_demo)[:20]:
        text = text_of(render_report(large_demo, summary.id, "nl"))
        for wrong in ("vermogensdimensies", "taken of functie", "Innovatie-basisscan", "de ondernemer", " uw ", " u "):
            assert wrong not in text, (wrong, summary.company)


@pytest.mark.parametrize("consent", [True, False])
def test_consent_is_shown_as_recorded_and_apart_from_the_signatures(workspace: Workspace, consent: bool) -> None:
    company_id = workspace.companies.create(
        CompanyInput(name="Bouw B.V.", kvk="12345678", sector="construction", employees=5, consent=consent)
    ).id
    scan = workspace.scans.start(company_id)
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3}))
    workspace.scans.complete(scan.id)

    text = text_of(render_report(workspace, scan.id, "en"))

    assert "By signing" not in text
    assert "Consent (GDPR)" in text
    assert ("No consent has been recorded" in text) != consent
    assert "Signatures" in text


@pytest.mark.parametrize(
    ("language", "consent", "signature"), [("nl", "Toestemming (AVG)", "Handtekening"), ("en", "Consent (GDPR)", "Signature")]
)
def test_pages_stay_within_limits_and_keep_blocks_together(
    large_demo: Workspace, language: str, consent: str, signature: str
) -> None:
    """Every demo scan: a first scan on at most 3 pages, a follow-up (with plan and voucher) on at most 4."""
    for summary in completed(large_demo):
        data = render_report(large_demo, summary.id, language)
        limit = 4 if summary.follow_up_of_id else 3
        assert page_count(data) <= limit, summary.company
        last = page_texts(data)[-1]
        assert signature in last
        assert consent in last, "the signatures never stand alone on the last page"


def test_priority_areas_the_voucher_and_the_comparison_each_stay_on_one_page(large_demo: Workspace) -> None:
    """A block is never split over two pages: an area with its actions, the voucher, the comparison with its rows."""
    for summary in completed(large_demo):
        content = gather(large_demo, summary.id, "en")
        pages = page_texts(render_report(large_demo, summary.id, "en"))
        for area in content.priorities:
            heading = first_page_with(pages, f"{area.id} {area.title} score ")
            for action in area.actions:
                marker = f"(for {action.item_id}, scored {action.score} of 5"
                assert first_page_with(pages, marker, heading) == heading, (summary.company, area.id)
        if content.voucher is not None:
            amount = first_page_with(pages, "Voucher amount")
            assert first_page_with(pages, "What happens next:", amount) == amount, summary.company
        if content.comparison is not None:
            heading = first_page_with(pages, "Comparison with the previous scan")
            last_row = f"{content.comparison.lines[-1].label} "
            assert first_page_with(pages, last_row, heading) == heading, summary.company


@pytest.mark.parametrize("name", ["شركة النور للتجارة", "北京贸易有限公司 B.V.", "Öztürk İnşaat Ltd. Şti.", "ООО Ромашка"])
def test_a_company_name_in_any_script_prints_on_every_page(workspace: Workspace, name: str) -> None:
    """The title on page 1 and the running header of the later pages, shaped and in the right font."""
    company_id = new_company(workspace, name=name)
    scan = workspace.scans.start(company_id)
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3}))

    pages = page_texts(render_report(workspace, scan.id, "nl"))

    for page in pages:
        text = unicodedata.normalize("NFKC", page)
        assert all(unicodedata.normalize("NFKC", word) in text for word in name.split()), page[:80]


@pytest.mark.parametrize(
    ("language", "later"),
    [("nl", "Verbeterpunten volgen zodra elke dimensie genoeg antwoorden heeft."), ("en", "Priority areas follow once")],
)
def test_a_draft_without_an_index_recommends_no_focus_yet(workspace: Workspace, language: str, later: str) -> None:
    """One dimension scored at 75: it would be the only 'priority', the company's strongest part; wait for the index."""
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D2": 4}))

    text = text_of(render_report(workspace, scan.id, language))

    assert later in text
    assert "Aanbevolen focus" not in text
    assert "Recommended focus" not in text
    assert "type interventie" not in text
    assert "type of intervention" not in text


def test_a_new_scan_version_changes_the_recommended_actions_and_their_sources(workspace: Workspace) -> None:
    """Actions and sources are data of the scan version: a coordinator's 1.1 changes them, a 1.0 scan keeps its own."""
    raw = json.loads(resource("questionnaires", "basisscan-1.0.json").read_text(encoding="utf-8"))
    raw["version"], raw["published"] = "1.1", "2026-12-01"
    raw["sources"]["regional_guide"] = {
        "label": {"nl": "Regionale handreiking", "en": "Regional guide"},
        "reference": "Provincie Utrecht, handreiking sociale innovatie voor het mkb, 2026",
    }
    raw["dimensions"][0]["items"][0]["actions"] = [
        {
            "text": {"nl": "Bezoek samen een sessie over visievorming.", "en": "Attend a session on vision building together."},
            "source": "regional_guide",
            "max_score": 3,
        }
    ]
    company_id = new_company(workspace)
    scores = by_dimension(workspace, {"D1": 2, "D2": 4, "D3": 4, "D4": 4, "D5": 4, "D6": 3})
    old = workspace.scans.start(company_id)
    answer_all(workspace, old.id, scores)
    workspace.scans.complete(old.id)
    published = sealed(raw)
    receive(workspace.db, workspace.catalogue, published, published["sha256"])
    new = workspace.scans.start(company_id)
    assert new.questionnaire_version == "1.1"
    answer_all(workspace, new.id, scores)
    workspace.scans.complete(new.id)

    before = text_of(render_report(workspace, old.id, "en"))
    after = text_of(render_report(workspace, new.id, "en"))

    assert "Attend a session on vision building together. (for D1.1, scored 2 of 5 · source: Regional guide)" in after
    assert "In a half-day session with the team" not in after
    assert "In a half-day session with the team" in before
    assert "Regional guide" not in before
