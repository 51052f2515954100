"""The charts drawn straight onto the page look exactly as reportlab's own renderer draws them."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.pdfgen.canvas import Canvas

from advisor_app.report import charts, render_report
from advisor_app.report.charts import Series, legend_swatch, radar, renewal_dots, score_bar, stage_steps, value_chain
from advisor_app.report.fonts import register_fonts
from advisor_app.report.sketch import Sketch, is_plain
from advisor_app.report.styles import AMBER, BLUE, PREVIOUS_GREY
from advisor_app.workspace import Workspace

from .conftest import DemoScans, completed_with_a_gap
from .pdf import needs_pdftoppm, page_texts, rasterise


def every_chart() -> list[Drawing]:
    register_fonts()
    axes = [(f"D{i}", f"Dimensie {i} met een titel die over twee regels loopt") for i in range(1, 8)]
    company = Series({f"D{i}": (None if i == 4 else 12.0 * i) for i in range(1, 8)}, BLUE, 1.6, filled=True)
    sector = Series({f"D{i}": 50.0 + i for i in range(1, 8)}, AMBER, 1.1, (3.0, 2.0))
    previous = Series({f"D{i}": 40.0 for i in range(1, 8)}, PREVIOUS_GREY, 1.2, (5.0, 1.5, 1.0, 1.5))
    return [
        radar(axes, [sector, previous, company], 350, 262, gap_label="te weinig antwoorden"),
        score_bar(64.0, 48.5, 32, AMBER),
        score_bar(0.0, None),
        stage_steps(3, 5, 140),
        renewal_dots(2),
        value_chain([("Input", "48", False), ("Proces", "31", True), ("Output", "55", False)], 240, "zwakste schakel"),
        legend_swatch(BLUE, 1.6, filled=True),
        legend_swatch(AMBER, 1.1, (3.0, 2.0)),
    ]


def page_of(drawings: list[Drawing]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    y = 820.0
    for drawing in drawings:
        y -= drawing.height + 6
        drawing.drawOn(canvas, 30, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def as_reportlab_draws_it(drawing: Drawing) -> Drawing:
    plain = Drawing(drawing.width, drawing.height)
    plain.__dict__.update({k: v for k, v in drawing.__dict__.items() if k != "contents"})
    plain.contents = list(drawing.contents)
    return plain


def pixels(data: bytes, folder: Path, name: str, dpi: int) -> list[bytes]:
    path = folder / f"{name}.pdf"
    path.write_bytes(data)
    pages, complaints = rasterise(path, dpi=dpi)
    assert complaints == ""
    return [page.pixels for page in pages]


def test_every_chart_takes_the_direct_path() -> None:
    assert all(isinstance(d, Sketch) and is_plain(d) for d in every_chart())


@needs_pdftoppm
def test_each_chart_looks_as_reportlab_draws_it(tmp_path: Path) -> None:
    drawings = every_chart()
    ours = pixels(page_of(drawings), tmp_path, "ours", 200)
    theirs = pixels(page_of([as_reportlab_draws_it(d) for d in drawings]), tmp_path, "theirs", 200)
    assert ours == theirs


@needs_pdftoppm
def test_a_drawing_it_does_not_know_goes_to_reportlab(tmp_path: Path) -> None:
    odd = Sketch(60, 20)
    odd.add(Group(Rect(0, 0, 40, 10, fillColor=BLUE, strokeColor=None)))
    odd.add(Rect(30, 5, 20, 10, fillColor=AMBER, strokeColor=BLUE, fillOpacity=0.5))
    assert not is_plain(odd)
    assert pixels(page_of([odd]), tmp_path, "ours", 100) == pixels(page_of([as_reportlab_draws_it(odd)]), tmp_path, "theirs", 100)


def reports_both_ways(
    workspace: Workspace, scan_ids: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[bytes, bytes]]:
    ours = [render_report(workspace, scan_id, lang) for scan_id in scan_ids for lang in ("nl", "en")]
    monkeypatch.setattr(charts, "Sketch", Drawing)
    theirs = [render_report(workspace, scan_id, lang) for scan_id in scan_ids for lang in ("nl", "en")]
    return list(zip(ours, theirs, strict=True))


@needs_pdftoppm
def test_whole_reports_look_as_with_reportlabs_renderer(
    demo_workspace: Workspace, demo_scans: DemoScans, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = [demo_scans.first[0].id, demo_scans.drafts[0].id, demo_scans.follow_ups[0].id]
    for number, (ours, theirs) in enumerate(reports_both_ways(demo_workspace, chosen, monkeypatch)):
        assert page_texts(ours) == page_texts(theirs)
        assert pixels(ours, tmp_path, f"ours-{number}", 100) == pixels(theirs, tmp_path, f"theirs-{number}", 100), number


@needs_pdftoppm
def test_a_chart_with_a_gap_looks_as_with_reportlabs_renderer(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    scan_id = completed_with_a_gap(workspace, {"D1": 3, "D2": 4, "D3": 2, "D4": 3, "D5": 1, "D6": 3}, gap="D6")
    for number, (ours, theirs) in enumerate(reports_both_ways(workspace, [scan_id], monkeypatch)):
        assert pixels(ours, tmp_path, f"ours-{number}", 100) == pixels(theirs, tmp_path, f"theirs-{number}", 100), number
