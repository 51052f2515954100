"""Text in any script the programme's entrepreneurs write: Latin, Turkish, Cyrillic, Greek, Arabic, Chinese.

reportlab neither shapes nor reorders text, and one font never covers it all. So:

* **Arabic (and Hebrew)**: letters are joined with ``arabic_reshaper`` (presentation
  forms, which DejaVu Sans covers) and put in visual order with ``python-bidi``,
  *line by line after wrapping*, so a note of several lines still reads from the
  top right. Such a paragraph is right-aligned. The PDF's text layer keeps the
  presentation forms; NFKC normalisation gives the typed text back.
* **Chinese and Japanese**: characters DejaVu lacks are set, run by run, in Droid
  Sans Fallback (a TrueType font; reportlab refuses CFF fonts such as Noto CJK).
  Both fonts are embedded as subsets, so the PDF stays small.

Everything else stays in DejaVu Sans Condensed, which covers Latin with every
Turkish and Dutch letter, Greek and Cyrillic.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from .fonts import FALLBACK, REGULAR, register_fallback

RIGHT_TO_LEFT = frozenset({"R", "AL"})

_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str) -> str:
    """Text as paragraph markup: what ``xml.sax.saxutils.escape`` does, without its import of ``urllib.request``.

    Nothing else in ``advisor-app report`` imports that (``http.client``, ``email``): 7-11 ms of ``-X importtime``.
    """
    return text.translate(_MARKUP)


@cache
def _covered(font: str) -> frozenset[int]:
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


@cache
def _covered_text(font: str) -> frozenset[str]:
    """The characters ``font`` draws, as text: a whole line is checked in one set operation."""
    return frozenset(map(chr, _covered(font)))


@cache
def _covered_or_break(font: str) -> frozenset[str]:
    return _covered_text(font) | {"\n", "\t"}


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is Arabic or Hebrew (the paragraph's direction)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in RIGHT_TO_LEFT:
            return True
        if direction == "L":
            return False
    return False


def font_runs(text: str) -> str:
    """Escaped paragraph markup with every run DejaVu cannot draw set in the fallback font."""
    if _covered_or_break(REGULAR).issuperset(text):
        return escape(text)
    regular = _covered(REGULAR)
    register_fallback()
    fallback = _covered(FALLBACK)
    parts: list[str] = []
    run: list[str] = []
    in_fallback = False
    for char in text:
        wanted = ord(char) not in regular and ord(char) in fallback
        if wanted != in_fallback and run:
            parts.append(_run("".join(run), in_fallback))
            run = []
        in_fallback = wanted
        run.append(char)
    if run:
        parts.append(_run("".join(run), in_fallback))
    return "".join(parts)


def _run(text: str, fallback: bool) -> str:
    return f'<font name="{FALLBACK}">{escape(text)}</font>' if fallback else escape(text)


class RightToLeftParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph of Arabic or Hebrew: wrapped in logical order, then each line put in visual order."""

    def __init__(self, lines: list[str], style: ParagraphStyle) -> None:
        import arabic_reshaper  # here and in visual(): only Arabic and Hebrew text needs the two libraries

        self.logical = [arabic_reshaper.reshape(line) for line in lines]
        self.rtl_style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(self._markup(10_000.0), self.rtl_style)

    def _markup(self, width: float) -> str:
        from bidi import get_display

        style = self.rtl_style
        visual: list[str] = []
        for line in self.logical:
            for piece in simpleSplit(line, style.fontName, style.fontSize, width) or [""]:
                visual.append(font_runs(get_display(piece)))
        return "<br/>".join(visual)

    def wrap(self, available_width: float, available_height: float) -> Any:
        Paragraph.__init__(self, self._markup(available_width), self.rtl_style)
        return super().wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> Any:
        Paragraph.__init__(self, self._markup(available_width), self.rtl_style)
        return super().split(available_width, available_height)


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """(font, text) pieces: ``font`` where it has the glyphs, the fallback font for the rest."""
    if _covered_text(font).issuperset(text):
        return [(font, text)]
    own = _covered(font)
    register_fallback()
    pieces: list[tuple[str, str]] = []
    for char in text:
        wanted = font if ord(char) in own else FALLBACK
        if pieces and pieces[-1][0] == wanted:
            pieces[-1] = (wanted, pieces[-1][1] + char)
        else:
            pieces.append((wanted, char))
    return pieces


def visual(text: str) -> str:
    """A single line as it must be drawn: Arabic or Hebrew shaped and in visual order, anything else as it is."""
    if not is_right_to_left(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def line_width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in _runs(visual(text), font)))


def draw_line(canvas: Any, at: tuple[float, float], text: str, *, font: str, size: float) -> None:
    """Draw one line of any script on a canvas (the running header), falling back per run like paragraphs do."""
    x, y = at
    for name, piece in _runs(visual(text), font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
