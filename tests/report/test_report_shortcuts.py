"""The summary's own shortcuts into reportlab give reportlab's answers: characters' codes, tables' sizes, shapes."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics import shapes
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from advisor_app.report import sketch
from advisor_app.report.blocks import data_table, grid
from advisor_app.report.fonts import BOLD, REGULAR, register_fonts, split_string
from advisor_app.report.styles import make_styles

register_fonts()

CHARS = st.one_of(
    st.sampled_from("aeiou xyzAEW \u00a0\u00a0,.-€%()ëïöüçşğıİÆøÅΩλжЖ\u2009\u2022\ue000\uffff"),
    st.characters(min_codepoint=0x20, max_codepoint=0x2FFF),  # enough letters to fill a first subset and start a second
)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=CHARS, max_size=30), max_size=30),
    face=st.sampled_from([REGULAR, BOLD]),
    many=st.integers(0, 400),
    at=st.integers(0, 30),
)
def test_a_documents_text_gets_the_codes_reportlab_gives_it(texts: list[str], face: str, many: int, at: int) -> None:
    """Text after text in one PDF, as a summary's lines come: the same pieces, and the same subsets left for the PDF.

    Somewhere among them, ``many`` different letters at once: past some 160 the first subset is full.
    """
    texts.insert(at, "".join(map(chr, range(0x400, 0x400 + many))))
    font = getFont(face)
    ours, theirs = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    for text in texts:
        assert split_string(font, text, ours) == font.splitString(text, theirs)
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert font.state[ours].subsets == font.state[theirs].subsets


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(st.tuples(st.integers(1, 90), st.integers(1, 30)), min_size=1, max_size=30),
    nested=st.booleans(),
    together=st.booleans(),
    above=st.integers(0, 600),
)
def test_tables_sized_once_sit_and_split_as_reportlabs(
    rows: list[tuple[int, int]], nested: bool, together: bool, above: int
) -> None:
    """A table of cells of any length, maybe a table in a cell, kept with a heading, anywhere on a page: the same PDF.

    Each table is made once and drawn once as the summary's table and once as reportlab's own.
    """
    styles = make_styles()

    def cell(words: int) -> Paragraph:
        return Paragraph(" ".join(["Innovatie"] * words), styles.cell)

    def story() -> list[Flowable]:
        body = [[cell(a), cell(b)] for a, b in rows]
        if nested:
            body[0][1] = grid([[cell(b % 9), cell(a % 9)] for a, b in rows[:3]], [60, 60])  # a page high at most
        table = data_table([[cell(1), cell(2)], *body], [300, 150])
        return [Spacer(1, above), KeepTogether([cell(3), table]) if together else table]

    def document(flowables: list[Flowable]) -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR).build(flowables)
        return buffer.getvalue()

    ours = story()
    theirs = story()
    for flowable in _tables(theirs):
        flowable.__class__ = Table
    assert document(ours) == document(theirs)


def _tables(flowables: list[Flowable]) -> list[Table]:
    found = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            found += _tables(flowable._content)
        elif isinstance(flowable, Table):
            found += [flowable, *_tables([c for row in flowable._cellvalues for c in row if isinstance(c, Flowable)])]
    return found


NUMBER = st.floats(-500, 500, allow_nan=False)
COLOUR = st.builds(Color, st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.sampled_from([1, 0.4]))
STYLE = st.fixed_dictionaries(
    {},
    optional={
        "fillColor": st.one_of(st.none(), COLOUR),
        "strokeColor": st.one_of(st.none(), COLOUR),
        "strokeWidth": st.floats(0, 4),
        "strokeDashArray": st.one_of(st.none(), st.lists(st.floats(0.5, 4), min_size=1, max_size=3)),
    },
)
SHAPES = st.one_of(
    st.tuples(st.just("Rect"), st.tuples(NUMBER, NUMBER, NUMBER, NUMBER), STYLE),
    st.tuples(st.just("Line"), st.tuples(NUMBER, NUMBER, NUMBER, NUMBER), STYLE),
    st.tuples(st.just("Circle"), st.tuples(NUMBER, NUMBER, st.floats(0, 40)), STYLE),
    st.tuples(st.just("Polygon"), st.lists(NUMBER, min_size=6, max_size=12).map(lambda p: (p[: len(p) // 2 * 2],)), STYLE),
    st.tuples(
        st.just("String"),
        st.tuples(NUMBER, NUMBER, st.text("ab 12€ë", max_size=8)),
        st.fixed_dictionaries({"textAnchor": st.sampled_from(["start", "middle", "end"]), "fontName": st.just(REGULAR)}),
    ),
)


@settings(max_examples=200, deadline=None)
@given(drawn=st.lists(SHAPES, max_size=12))
def test_shapes_set_directly_are_reportlabs_shapes(drawn: list[tuple[str, tuple[object, ...], dict[str, object]]]) -> None:
    """The charts' shapes hold the attributes reportlab's own shapes hold, and are drawn with the same operators."""
    ours = [getattr(sketch, kind)(*args, **style) for kind, args, style in drawn]
    theirs = [getattr(shapes, kind)(*args, **style) for kind, args, style in drawn]
    assert [vars(shape) for shape in ours] == [vars(shape) for shape in theirs]

    def operators(contents: list[shapes.Shape]) -> list[str]:
        drawing = sketch.Sketch(300, 300, *contents)
        canvas = Canvas(io.BytesIO())
        sketch.draw_plainly(drawing, canvas)
        return list(canvas._code)

    assert operators(ours) == operators(theirs)
