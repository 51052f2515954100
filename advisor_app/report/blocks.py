"""Small platypus helpers shared by the three pages: safe paragraphs, headings, table styles.

Everything a user typed goes through :func:`para` (or :func:`safe`), which
escapes markup and keeps line breaks, so an ampersand in a company name or a
``<`` in a note can never break the layout engine.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .fonts import REGULAR
from .paragraphs import Para, paragraph
from .scripts import RightToLeftParagraph, font_runs, is_right_to_left
from .styles import INK, PANEL, RULE, Styles

CELL_PADDING = 3.0
CELL_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, 9)
"""Tables default to Helvetica, which would add a font that is not embedded."""


def _clean(text: str) -> str:
    if text.isprintable():  # the usual case, checked in one call: no line break, tab or control character
        return text
    return "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())


def safe(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept, control characters dropped, scripts in their font."""
    cleaned = _clean(text)
    return "<br/>".join(font_runs(line) for line in cleaned.splitlines()) if cleaned else ""


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """User or fixed text as a paragraph; Arabic or Hebrew text is shaped, reordered and right-aligned."""
    if is_right_to_left(text):
        return RightToLeftParagraph(_clean(text).splitlines(), style)
    return paragraph(safe(text), style)


def bullet(text: str, styles: Styles) -> Paragraph:
    return paragraph(safe(text), styles.bullet, bulletText="\u2022")


def bullet_markup(template: str, styles: Styles, **values: str) -> Paragraph:
    """A bullet from trusted markup with user values escaped into it."""
    return Para(template.format(**{key: safe(value) for key, value in values.items()}), styles.bullet, bulletText="\u2022")


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A paragraph from trusted markup with user values escaped into it."""
    return Para(template.format(**{key: safe(value) for key, value in values.items()}), style)


class StartIfRoom(KeepTogether):  # type: ignore[misc]  # reportlab ships no type hints
    """Kept together, unless at least ``room`` points are left: then it starts here and flows on."""

    def __init__(self, flowables: list[Flowable], room: float) -> None:
        super().__init__(flowables)
        self.room = room

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if available_height >= self.room:
            self.wrap(available_width, available_height)
            return list(self._content)
        parts: list[Flowable] = super().split(available_width, available_height)
        return parts


def heading(text: str, styles: Styles, *following: Flowable, split_from: float | None = None) -> Flowable:
    """A heading kept on the same page as what it introduces (never nest these: reportlab cannot).

    With ``split_from``, a long block (a plan table) starts on this page when at least that much
    room is left and flows on, rather than leaving half a page empty; below that it moves whole.
    """
    if split_from is not None:
        return StartIfRoom([para(text, styles.heading), *following], split_from)
    return KeepTogether([para(text, styles.heading), *following])


def labelled(label: str, value: str, styles: Styles) -> list[Paragraph]:
    return [para(label, styles.label), para(value or "\u2013", styles.value)]


class SizedTable(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table that sizes its rows once for a width, where reportlab sizes them each time it is asked.

    A kept-together block measures its tables, the frame measures them again to place them, and a
    table in a cell is measured by its table's sizing and again by its drawing: 27 sizings of 13
    tables a summary, each wrapping every cell. The rows' heights depend on the width alone (the
    cells are wrapped at the columns' widths and any height); only where reportlab would stop at a
    height the rows no longer fit (``longTableOptimize``) does the height change the answer, so a
    table sized in full at a width answers again from that sizing when asked with as much room.
    """

    _sized: tuple[float, float] | None = None
    """(width, the rows' heights added up) of the last sizing that sized every row."""

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803 - reportlab's names
        sized = self._sized
        if sized is not None and sized[0] == availWidth and availHeight >= sized[1]:
            return
        super()._calc(availWidth, availHeight)
        heights = self._rowHeights
        complete = self._hmax == len(heights) and None not in heights
        self._sized = (availWidth, sum(heights)) if complete else None  # the loop's sum, row by row


def grid(rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[tuple[object, ...]] = ()) -> Table:
    """A borderless layout table (no padding on the outer edges)."""
    table = SizedTable(list(map(list, rows)), colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *commands,
            ]
        )
    )
    return table


def data_table(rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[tuple[object, ...]] = ()) -> Table:
    """A table of figures: a header row, hairlines between rows, the header repeated on a new page.

    Rows may split across pages, so a very long cell (a plan action someone typed at length) flows on.
    """
    table = SizedTable(list(map(list, rows)), colWidths=list(widths), hAlign="LEFT", repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                *commands,
            ]
        )
    )
    return table


def panel(rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[tuple[object, ...]] = ()) -> Table:
    """A tinted box for key figures."""
    table = SizedTable(list(map(list, rows)), colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                *commands,
            ]
        )
    )
    return table


def gap(height: float) -> Spacer:
    return Spacer(1, height)
