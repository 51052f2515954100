"""Plain text set by :class:`Line` breaks, sits and prints exactly as reportlab's own Paragraph sets it."""

from __future__ import annotations

import io
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from advisor_app.report.blocks import safe
from advisor_app.report.fonts import REGULAR
from advisor_app.report.paragraphs import Line, paragraph

from .test_report_paragraphs import all_styles

STYLES = all_styles()
WORD = st.text(alphabet="aeiouxyzAEWMil1234567890,.-€%()/:'éëïöüçşğıİÆøÅΩλжЖ", min_size=1, max_size=24)
SPACE = st.sampled_from([" ", "  ", "\u2009", "\u00a0", "\t", " \u00a0 "])


@st.composite
def plain_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=1, max_size=40))
    text = draw(SPACE) if draw(st.booleans()) else ""
    for word in words:
        text += word + draw(SPACE)
    return text if draw(st.booleans()) else text.strip()


def operators(flowable: Paragraph, width: float, at: tuple[float, float]) -> tuple[tuple[float, float], list[str]]:
    """What a flowable answers at ``width`` and the PDF operators it writes on a fresh canvas."""
    canvas = Canvas(io.BytesIO(), pageCompression=0)
    size = flowable.wrapOn(canvas, width, 1000)
    flowable.wrapOn(canvas, width, 1000)  # asked again, as a table and its frame ask
    flowable.drawOn(canvas, *at)
    return size, list(canvas._code)


@settings(max_examples=400, deadline=None)
@given(
    text=plain_texts(),
    style=st.sampled_from(STYLES),
    bullet=st.sampled_from([None, None, "\u2022", "12.", "ĳ-ж"]),
    width=st.floats(min_value=0.5, max_value=420, allow_nan=False),
    at=st.tuples(st.floats(0, 500), st.floats(0, 800)),
)
def test_plain_text_breaks_and_draws_as_reportlab_paragraph(
    text: str, style: tuple[str, ParagraphStyle], bullet: str | None, width: float, at: tuple[float, float]
) -> None:
    markup = safe(text)
    ours, theirs = paragraph(markup, style[1], bullet), Paragraph(markup, style[1], bulletText=bullet)
    assert isinstance(ours, Line), "plain text in any of the summary's styles takes the light path"
    assert operators(ours, width, at) == operators(theirs, width, at)
    assert [(extra, list(words)) for extra, words in ours.blPara.lines] == [
        (extra, list(words)) for extra, words in theirs.blPara.lines
    ]
    assert ours.text == theirs.text


@settings(max_examples=60, deadline=None)
@given(text=plain_texts(), width=st.floats(min_value=4, max_value=200), height=st.floats(min_value=0, max_value=80))
def test_a_split_line_gives_reportlabs_halves(text: str, width: float, height: float) -> None:
    style = dict(STYLES)["body"]
    ours, theirs = paragraph(safe(text), style), Paragraph(safe(text), style)
    ours.wrap(width, 1000)
    theirs.wrap(width, 1000)
    assert [operators(p, width, (0, 0)) for p in ours.split(width, height)] == [
        operators(p, width, (0, 0)) for p in theirs.split(width, height)
    ]


def positioned_text(data: bytes) -> list[list[tuple[str, float, float, float]]]:
    """Per page, every piece of text with where it is printed and at what size."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[tuple[str, float, float, float]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            size: float,
            found: list[tuple[str, float, float, float]] = found,
        ) -> None:
            if text.strip():
                found.append((text, round(cm[4] + tm[4], 3), round(cm[5] + tm[5], 3), size))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def test_pages_of_tables_read_and_sit_as_reportlab_sets_them() -> None:
    """Three pages of table cells and loose paragraphs, some split across a page: same text, places and bytes."""
    styles = dict(STYLES)
    texts = [
        ("cell", "Digitale vaardigheden en een lange titel die over twee regels loopt"),
        ("cell_right", "72"),
        ("cell_bold_right", "100"),
        ("cell_muted", "Onvoldoende antwoorden"),
        ("head_cell_right", "Verschil"),
        ("small", "Gemiddelde van bedrijven in dezelfde sector met ten minste vijf scans " * 3),
    ]

    def document(build: Callable[[str, ParagraphStyle], Paragraph]) -> bytes:
        rows = [[build(text, styles[name]) for name, text in texts[:5]] for _ in range(30)]
        story = [Table(rows, colWidths=[200, 60, 60, 90, 60], repeatRows=1, splitInRow=1)]
        story += [build(texts[5][1] * (1 + n % 3), styles[texts[5][0]]) for n in range(40)]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR).build(story)
        return buffer.getvalue()

    ours, theirs = document(paragraph), document(Paragraph)
    assert len(PdfReader(io.BytesIO(theirs)).pages) >= 3
    assert positioned_text(ours) == positioned_text(theirs)
    assert ours == theirs
