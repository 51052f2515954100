"""How the summary reads on paper: no tiny text, nothing outside the page, a radar whose labels stay clear."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Line, Polygon, String

from advisor_app.report import render_report
from advisor_app.report.charts import RING_LABEL_SIZE, Series, label_box, radar
from advisor_app.report.content import gather
from advisor_app.report.fonts import register_fonts
from advisor_app.report.styles import BLUE, MIN_FONT_SIZE
from advisor_app.workspace import Workspace

from .conftest import DemoScans, completed_with_a_gap
from .pdf import needs_pdftoppm, page_texts, rasterise, text_sizes
from .test_report_document import is_ink

POINTS_PER_INCH = 72


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_text_is_smaller_than_eight_points(demo_workspace: Workspace, demo_scans: DemoScans, language: str) -> None:
    for summary in (demo_scans.first[0], demo_scans.drafts[0], *demo_scans.follow_ups[:1]):
        sizes = text_sizes(render_report(demo_workspace, summary.id, language))
        assert sizes
        small = [(round(size, 2), text) for size, text in sizes if size < MIN_FONT_SIZE - 0.01]
        assert not small, small[:5]


def _company_segments(drawing: object) -> list[tuple[float, float, float, float]]:
    segments = []
    for shape in drawing.contents:  # type: ignore[attr-defined]
        if getattr(shape, "strokeColor", None) != BLUE or getattr(shape, "strokeWidth", 0) != 1.6:
            continue
        if isinstance(shape, Polygon):
            p = shape.points
            corners = list(zip(p[0::2], p[1::2], strict=True))
            segments += [(*a, *b) for a, b in zip(corners, corners[1:] + corners[:1], strict=True)]
        elif isinstance(shape, Line):
            segments.append((shape.x1, shape.y1, shape.x2, shape.y2))
    return segments


def _touches(box: tuple[float, float, float, float], segment: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = segment
    steps = max(2, int(math.hypot(x1 - x0, y1 - y0) * 4))
    return any(
        box[0] <= x0 + (x1 - x0) * i / steps <= box[2] and box[1] <= y0 + (y1 - y0) * i / steps <= box[3]
        for i in range(steps + 1)
    )


def test_ring_labels_never_touch_the_companys_line(demo_workspace: Workspace) -> None:
    register_fonts()
    checked = 0
    for summary in demo_workspace.scans.summaries():
        content = gather(demo_workspace, summary.id, "en")
        axes = [(d.id, d.title) for d in content.dimensions]
        drawing = radar(axes, [Series({d.id: d.score for d in content.dimensions}, BLUE, 1.6, filled=True)], 350, 262)
        segments = _company_segments(drawing)
        labels = [s for s in drawing.contents if isinstance(s, String) and s.text in {"20", "40", "60", "80"}]
        assert labels, "at least one ring is labelled"
        for label in labels:
            box = label_box(label.text, label.x, label.y + RING_LABEL_SIZE / 3)
            assert not any(_touches(box, segment) for segment in segments), (summary.company, label.text)
        checked += 1
    assert checked > 20


def test_a_dimension_without_enough_answers_is_named_on_the_chart(workspace: Workspace) -> None:
    scan_id = completed_with_a_gap(workspace, {"D1": 3, "D2": 4, "D3": 2, "D4": 3, "D5": 3, "D6": 3}, gap="D6")

    first = page_texts(render_report(workspace, scan_id, "en"))[0]

    assert "(too few answers)" in first
    assert "your company's line is broken there" in first


@needs_pdftoppm
@pytest.mark.parametrize("language", ["nl", "en"])
def test_nothing_is_printed_outside_the_page_margins(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path, language: str
) -> None:
    """Every page rendered by pdftoppm: the outer bands (side margins, above the header, below the footer) stay blank."""
    dpi = 50
    for summary in (*demo_scans.first[:3], demo_scans.drafts[0], *demo_scans.follow_ups[:2]):
        path = tmp_path / f"{summary.id}-{language}.pdf"
        path.write_bytes(render_report(demo_workspace, summary.id, language))
        pages, complaints = rasterise(path, dpi=dpi)
        assert complaints == ""
        side = int(18 / 25.4 * dpi) - 3
        band = int(20 / POINTS_PER_INCH * dpi)
        for number, page in enumerate(pages, start=1):
            columns = [*range(side), *range(page.width - side, page.width)]
            assert sum(page.count(is_ink, range(x, x + 1)) for x in columns) == 0, (summary.company, number, "side")
            rows = [*range(band), *range(page.height - band, page.height)]
            inked = sum(1 for y in rows for x in range(page.width) if is_ink(*page.rgb(x, y)))
            assert inked == 0, (summary.company, number, "top or bottom")
