"""Colours, measures and paragraph styles of the summary.

A restrained palette: ink and greys for text, one blue for the company, one
warm accent for the sector, a neutral grey for the programme and a red kept
for the draft mark alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, ITALIC, REGULAR

INK = HexColor("#1d2530")
MUTED = HexColor("#5d6773")
RULE = HexColor("#d5dbe2")
PANEL = HexColor("#f1f4f7")
BLUE = HexColor("#1f5a85")
BLUE_LIGHT = HexColor("#dbe7f1")
AMBER = HexColor("#c77d12")
PROGRAMME_GREY = HexColor("#7b8590")
PREVIOUS_GREY = HexColor("#4a5561")
RED = HexColor("#b3261e")
WHITE = HexColor("#ffffff")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
MIN_FONT_SIZE = 8.0
"""No text on the summary is smaller: it is read on paper, often by people without reading glasses at hand."""


def with_alpha(colour: Color, alpha: float) -> Color:
    return Color(colour.red, colour.green, colour.blue, alpha=alpha)


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    long_title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    side_heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    figure: ParagraphStyle
    figure_text: ParagraphStyle
    figure_quiet: ParagraphStyle
    caveat: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_muted: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle
    bullet: ParagraphStyle
    banner: ParagraphStyle


@cache
def make_styles() -> Styles:
    """Built once per process: the styles are never changed after, and every report uses the same."""
    base = ParagraphStyle(
        "base", fontName=REGULAR, bulletFontName=REGULAR, fontSize=9, leading=12.5, textColor=INK, alignment=TA_LEFT
    )

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    cell = style("cell", fontSize=8.5, leading=11)
    return Styles(
        kicker=style("kicker", fontName=BOLD, fontSize=8, leading=10, textColor=BLUE),
        title=style("title", fontName=BOLD, fontSize=21, leading=25, spaceBefore=2, spaceAfter=2),
        long_title=style("long_title", fontName=BOLD, fontSize=12.5, leading=15.5, spaceBefore=2, spaceAfter=2),
        subtitle=style("subtitle", fontSize=10, leading=13, textColor=MUTED),
        heading=style("heading", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4, textColor=INK),
        side_heading=style("side_heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, textColor=INK),
        subheading=style("subheading", fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=6, spaceAfter=2),
        body=base,
        small=style("small", fontSize=8, leading=10.2, textColor=MUTED),
        note=style("note", fontName=ITALIC, fontSize=8.5, leading=11, textColor=MUTED),
        label=style("label", fontSize=8, leading=10, textColor=MUTED),
        value=style("value", fontSize=9.5, leading=12),
        figure=style("figure", fontName=BOLD, fontSize=26, leading=28, textColor=BLUE),
        figure_text=style("figure_text", fontName=BOLD, fontSize=13, leading=16, textColor=BLUE),
        figure_quiet=style("figure_quiet", fontSize=9.5, leading=12, textColor=INK),
        caveat=style("caveat", fontSize=9, leading=12, textColor=INK),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=BOLD, alignment=TA_RIGHT),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, fontName=ITALIC, textColor=MUTED),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontSize=8, leading=10, textColor=MUTED),
        head_cell_right=ParagraphStyle(
            "head_cell_right", parent=cell, fontSize=8, leading=10, textColor=MUTED, alignment=TA_RIGHT
        ),
        bullet=style("bullet", leftIndent=11, bulletIndent=2, spaceAfter=2),
        banner=style("banner", fontName=BOLD, fontSize=9, leading=12, textColor=RED),
    )
