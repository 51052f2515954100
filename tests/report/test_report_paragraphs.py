"""The summary's paragraphs skip work reportlab would repeat, and the PDF stays the one reportlab makes itself."""

from __future__ import annotations

from dataclasses import fields

import pytest
from reportlab.platypus import Paragraph

from advisor_app.report import blocks, fonts, render_report
from advisor_app.report.fonts import register_fonts
from advisor_app.report.paragraphs import Para
from advisor_app.report.styles import Styles, make_styles
from advisor_app.workspace import Workspace

from .conftest import DemoScans, answer_all, by_dimension, new_company
from .test_report_scripts import ARABIC, CHINESE, CYRILLIC, TURKISH

PLAIN = (
    "Hallo",
    "  twee  spaties   en een staart  ",
    "Zoë's coöperatie, şüphesiz ığdır; Ελληνικά, Русский",
    "een\nregel\n\nverder",
    "met\u00a0harde\u00a0spatie en\u2009dunne",
    "x" * 400,
    "",
    "   ",
)
MARKUP = ("<b>D1</b>\u2002titel", "a &amp; b", 'tekst <font size="8" color="#5d6773">(bron)</font>')


def all_styles() -> list[tuple[str, object]]:
    register_fonts()
    styles = make_styles()
    return [(f.name, getattr(styles, f.name)) for f in fields(Styles)]


def frags_of(paragraph: Paragraph) -> list[dict[str, object]]:
    return [dict(vars(frag)) for frag in paragraph.frags]


@pytest.mark.parametrize(("name", "style"), all_styles())
def test_plain_text_gets_the_fragments_the_parser_makes(name: str, style: object) -> None:
    for text in (*PLAIN, *MARKUP):
        ours, theirs = Para(text, style), Paragraph(text, style)
        assert frags_of(ours) == frags_of(theirs), (name, text)
        assert ours.text == theirs.text


def test_a_paragraph_asked_again_at_a_width_breaks_as_a_fresh_one() -> None:
    style = make_styles().body
    text = "Een zin die over meer dan een regel loopt als de kolom smal genoeg is, en dan nog wat woorden. " * 3
    paragraph = Para(text, style)
    for width in (300.0, 120.0, 120.0, 300.0, 300.0, 0.1, 300.0, 60.0):
        fresh = Paragraph(text, style)
        assert paragraph.wrap(width, 500) == fresh.wrap(width, 500), width
        if width > 1:
            assert [line[1] for line in paragraph.blPara.lines] == [line[1] for line in fresh.blPara.lines]
    halves = paragraph.split(60.0, 40)
    fresh = Paragraph(text, style)
    fresh.wrap(60.0, 500)
    expected = fresh.split(60.0, 40)
    assert [p.wrap(60.0, 500) for p in halves] == [p.wrap(60.0, 500) for p in expected]
    assert paragraph.wrap(60.0, 500) == Paragraph(text, style).wrap(60.0, 500), "after a split, wrapped again"


def reportlab_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every paragraph of the summary made, measured and drawn by reportlab itself."""
    monkeypatch.setattr(blocks, "Para", Paragraph)
    monkeypatch.setattr(blocks, "paragraph", Paragraph)


def test_whole_reports_are_the_bytes_reportlab_makes_itself(
    demo_workspace: Workspace, demo_scans: DemoScans, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = (*demo_scans.first[:3], demo_scans.drafts[0], *demo_scans.follow_ups[:2])
    ours = {(s.id, lang): render_report(demo_workspace, s.id, lang) for s in chosen for lang in ("nl", "en")}
    reportlab_alone(monkeypatch)
    for (scan_id, lang), data in ours.items():
        assert render_report(demo_workspace, scan_id, lang) == data, (scan_id, lang)


def test_notes_in_every_script_are_the_bytes_reportlab_makes_itself(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = workspace.scans.start(new_company(workspace, name="شركة الفريق & 北京团队 <B.V.>"))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 2, "D2": 3, "D3": 1, "D4": 4, "D5": 3, "D6": 2}))
    for item_id, note in zip(("D1.1", "D1.2", "D1.3", "D1.4"), (ARABIC, CHINESE, TURKISH, CYRILLIC * 9), strict=True):
        workspace.scans.note(scan.id, item_id, note)
    ours = [render_report(workspace, scan.id, lang) for lang in ("nl", "en")]
    reportlab_alone(monkeypatch)
    assert [render_report(workspace, scan.id, lang) for lang in ("nl", "en")] == ours


def test_what_one_process_keeps_between_reports_changes_no_later_report(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    """Styles, plain-text fragments, font coverage and written numbers are kept per process; a report made
    after others (in another language, with notes that need the fallback font) is the one made first."""
    latin = demo_scans.first[0].id
    first = {lang: render_report(demo_workspace, latin, lang) for lang in ("nl", "en")}
    scan = demo_workspace.scans.start(new_company(demo_workspace, name="北京团队 & شركة", kvk="87654321"))
    answer_all(demo_workspace, scan.id, by_dimension(demo_workspace, {"D1": 2, "D2": 3, "D3": 1, "D4": 4, "D5": 3, "D6": 2}))
    for item_id, note in zip(("D1.1", "D1.2", "D1.3"), (CHINESE, ARABIC, TURKISH), strict=True):
        demo_workspace.scans.note(scan.id, item_id, note)
    for lang in ("en", "nl"):
        render_report(demo_workspace, scan.id, lang)
    assert {lang: render_report(demo_workspace, latin, lang) for lang in ("nl", "en")} == first


def test_font_subsets_kept_from_other_reports_are_the_bytes_made_afresh(
    workspace: Workspace, demo_workspace: Workspace, demo_scans: DemoScans
) -> None:
    """A subset made for one report and handed to the next is the subset, and the compressed bytes, made for it alone.

    The same for the subset's widths and its compressed character map.
    """
    scan = workspace.scans.start(new_company(workspace, name="Ærø Ünïcode & Ω-Systems"))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 2, "D2": 3, "D3": 1, "D4": 4, "D5": 3, "D6": 2}))
    workspace.scans.note(scan.id, "D1.1", CHINESE + " " + TURKISH)
    reports = [(demo_workspace, s.id, lang) for s in demo_scans.first[:2] for lang in ("nl", "en")] + [(workspace, scan.id, "nl")]
    warm = [render_report(*report) for report in reports * 2][len(reports) :]
    made_alone = []
    for report in reports:
        fonts._subset.cache_clear()
        fonts._KEPT_FLATE.encode.cache_clear()
        fonts._KEPT_CMAP_FLATE.encode.cache_clear()
        fonts._widths.cache_clear()
        made_alone.append(render_report(*report))
    assert warm == made_alone
