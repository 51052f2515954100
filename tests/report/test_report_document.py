"""The PDF as a document: length, reproducibility, fonts, marks, and what survives hostile input."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from advisor_sync.client.files import scan_of
from pypdf import PdfReader

from advisor_app.report import ReportError, render_report, save_report
from advisor_app.report.content import gather
from advisor_app.report.styles import MIN_FONT_SIZE
from advisor_app.store.models import Scan
from advisor_app.workspace import Workspace

from .conftest import DemoScans, answer_all, new_company
from .pdf import PDFTOPPM, font_names, needs_pdftoppm, page_count, page_texts, rasterise, text_of, text_sizes

MARGIN_POINTS = 18 / 25.4 * 72
NOTES = (
    "Ελληνικά: η ομάδα δουλεύει καλά μαζί και μοιράζεται γνώση. " * 6,
    "Русский: команда хорошо работает вместе и делится знаниями. " * 6,
    "العربية: الفريق يعمل بشكل جيد " * 4,
    "中文：团队合作很好。" * 4,
    "Zoë's één coöperatie & <partners> kosten € 4.000; " + "x" * 700,
)


def is_draft_ink(r: int, g: int, b: int) -> bool:
    """The light red of the diagonal draft mark (and nothing else the report prints)."""
    return r > 225 and r - g > 12 and abs(g - b) < 14


def is_ink(r: int, g: int, b: int) -> bool:
    return r + g + b < 3 * 200


def test_a_normal_scan_fits_on_three_pages(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    for summary in demo_scans.first:
        for language in ("nl", "en"):
            assert page_count(render_report(demo_workspace, summary.id, language)) == 3, (summary.company, language)


def test_the_same_scan_and_language_give_identical_bytes(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    scan_id = demo_scans.first[0].id
    first = render_report(demo_workspace, scan_id, "nl")
    assert render_report(demo_workspace, scan_id, "nl") == first
    assert render_report(demo_workspace, scan_id, "en") != first


def test_the_creation_date_is_the_scans_not_the_clock(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    summary = demo_scans.first[0]
    assert summary.completed_at is not None
    info = PdfReader(io.BytesIO(render_report(demo_workspace, summary.id, "en"))).metadata
    assert info is not None
    assert str(info["/CreationDate"]) == summary.completed_at.strftime("D:%Y%m%d%H%M%S+00'00'")
    assert str(info.title).endswith(summary.company)


def test_every_font_is_embedded(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    fonts = font_names(render_report(demo_workspace, demo_scans.drafts[0].id, "nl"))
    assert fonts
    assert all(fonts.values()), f"not embedded: {[name for name, embedded in fonts.items() if not embedded]}"
    assert all("DejaVu" in name for name in fonts)


def test_a_draft_carries_the_mark_on_every_page(demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path) -> None:
    draft = render_report(demo_workspace, demo_scans.drafts[0].id, "en")
    completed = render_report(demo_workspace, demo_scans.first[0].id, "en")

    assert all("DRAFT" in page for page in page_texts(draft))
    assert "Draft: this scan has not been completed yet" in page_texts(draft)[0]
    assert not any("DRAFT" in page for page in page_texts(completed))
    if PDFTOPPM is not None:
        (tmp_path / "draft.pdf").write_bytes(draft)
        (tmp_path / "done.pdf").write_bytes(completed)
        draft_pages, _ = rasterise(tmp_path / "draft.pdf")
        done_pages, _ = rasterise(tmp_path / "done.pdf")
        assert all(page.count(is_draft_ink) > 500 for page in draft_pages)
        assert all(page.count(is_draft_ink) == 0 for page in done_pages)


@needs_pdftoppm
@pytest.mark.parametrize("language", ["nl", "en"])
def test_pdftoppm_renders_every_page_cleanly(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path, language: str
) -> None:
    for summary in (demo_scans.first[0], demo_scans.drafts[0], *demo_scans.follow_ups[:1]):
        path = save_report(demo_workspace, summary.id, language, tmp_path / f"{summary.id}.pdf")
        pages, complaints = rasterise(path)
        assert len(pages) == page_count(path.read_bytes())
        assert complaints == ""
        assert all(page.count(is_ink) > 1000 for page in pages), "every page shows something"


@pytest.fixture
def hostile_scan(workspace: Workspace) -> tuple[Workspace, str]:
    """A 500-character name, notes in five scripts, every item "don't know", a long plan action."""
    name = ("Coöperatie Zoë & Één <Bouw> " * 20)[:500]
    company_id = new_company(workspace, name=name)
    scan = workspace.scans.start(company_id, advisor="Ἀλέξανδρος Παπαδόπουλος")
    items = workspace.questionnaire.item_ids
    answer_all(workspace, scan.id, dict.fromkeys(items))
    for index, item_id in enumerate(items):
        workspace.scans.note(scan.id, item_id, NOTES[index % len(NOTES)])
    workspace.scans.set_summary_notes(scan.id, "Eerste regel\nTweede regel\n\n" + "woord " * 400)
    plan = workspace.plans.create(company_id, "Plan " * 50, scan_id=scan.id)
    workspace.plans.add_action(plan.id, "Een heel lange actie. " * 300, owner="Зоя " * 30)
    workspace.vouchers.request(company_id, 4000_00, deliverables="Oplevering. " * 200, supplier="S" * 300, plan_id=plan.id)
    return workspace, name


@pytest.mark.parametrize("language", ["nl", "en"])
def test_hostile_input_wraps_instead_of_breaking(hostile_scan: tuple[Workspace, str], language: str, tmp_path: Path) -> None:
    workspace, name = hostile_scan
    scan_id = workspace.scans.summaries()[0].id

    data = render_report(workspace, scan_id, language)
    text = text_of(data)

    assert name[:60] in text
    assert "η ομάδα δουλεύει καλά μαζί" in text
    assert "команда хорошо работает вместе" in text
    assert text.count("insufficient answers" if language == "en" else "onvoldoende antwoorden") == 6
    last = page_texts(data)[-1]
    assert ("Consent (GDPR)" if language == "en" else "Toestemming (AVG)") in last, "signatures never stand alone"
    small = [(round(size, 2), text[:30]) for size, text in text_sizes(data) if size < MIN_FONT_SIZE - 0.01]
    assert not small, "no text under 8 pt, notes in other scripts and long cells included"
    if PDFTOPPM is not None:
        path = tmp_path / "hostile.pdf"
        path.write_bytes(data)
        pages, complaints = rasterise(path, dpi=50)
        assert complaints == ""
        margin = int(MARGIN_POINTS * 50 / 72) - 3
        for number, page in enumerate(pages, start=1):
            sides = [*range(margin), *range(page.width - margin, page.width)]
            assert sum(page.count(is_ink, range(x, x + 1)) for x in sides) == 0, f"ink in the side margin of page {number}"


def test_save_report_writes_under_reports_with_a_telling_name(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    summary = demo_scans.first[0]
    assert summary.completed_at is not None
    path = save_report(demo_workspace, summary.id, "en")

    assert path.parent == demo_workspace.reports_dir.resolve()
    assert path.name.startswith(f"basisscan-{summary.kvk}-{summary.completed_at.date().isoformat()[:4]}")
    assert path.name.endswith("-en.pdf")
    assert path.read_bytes() == render_report(demo_workspace, summary.id, "en")
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file is left behind"


def test_save_report_into_a_folder_uses_the_default_name(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path
) -> None:
    path = save_report(demo_workspace, demo_scans.first[0].id, "nl", tmp_path)

    assert path.parent == tmp_path.resolve()
    assert path.name.startswith(f"basisscan-{demo_scans.first[0].kvk}-")
    assert path.name.endswith("-nl.pdf")


def test_save_report_into_a_missing_folder_says_so(demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "report.pdf"
    with pytest.raises(ReportError, match="does not exist"):
        save_report(demo_workspace, demo_scans.first[0].id, "en", target)
    assert not target.parent.exists()


@pytest.mark.parametrize(("language", "month"), [("nl", "augustus"), ("en", "August")])
def test_the_scan_date_is_written_out(workspace: Workspace, language: str, month: str) -> None:
    scan = workspace.scans.start(new_company(workspace))
    with workspace.db.session() as session:
        row = session.get(Scan, scan.id)
        assert row is not None
        row.started_at = datetime(2026, 8, 5, 9, 30, tzinfo=UTC)

    first_page = page_texts(render_report(workspace, scan.id, language))[0]

    assert f"5 {month} 2026" in first_page


def test_the_default_file_name_carries_the_scan_id_so_sync_can_attach_it(
    demo_workspace: Workspace, demo_scans: DemoScans
) -> None:
    summary = demo_scans.first[0]
    other = demo_scans.first[1]
    path = save_report(demo_workspace, summary.id, "nl")
    assert scan_of(path.name, {summary.id, other.id}) == summary.id


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_footers_hash_is_the_one_earlier_versions_printed_for_the_same_content(
    demo_workspace: Workspace, demo_scans: DemoScans, language: str
) -> None:
    """An advisor tells two printouts apart by the hash in the footer: the same content keeps its hash (the
    JSON of every field of the content, as ``dataclasses.asdict`` gives them, hashed)."""
    for summary in [*demo_scans.first, *demo_scans.follow_ups, *demo_scans.drafts]:
        content = gather(demo_workspace, summary.id, language)
        written = json.dumps(dataclasses.asdict(content), sort_keys=True, default=str, ensure_ascii=False)
        expected = hashlib.sha256(written.encode("utf-8")).hexdigest()[:10]
        assert content.fingerprint() == expected
        assert expected in text_of(render_report(demo_workspace, summary.id, language))
