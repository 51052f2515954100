"""The summary's paragraph: reportlab's own, minus work it would repeat for the same answer.

A three-page summary has about 200 paragraphs, most of them in tables, and reportlab
asks each for its size two or three times at the same width (the table sizes its
rows, a kept-together block measures itself, the frame places it, the table draws
it): about 580 line breakings where 200 give every answer. And each paragraph runs
the markup parser, although most of them are plain text (a score, a label, a date).

:class:`Para` keeps the line breaking of its last width and hands it back when asked
again at that width, and sets plain text from a fragment parsed once per style. Both
give what reportlab computes itself (``tests/report/test_report_paragraphs.py``
compares them with the parser and with a fresh wrap), so the PDF is the same.
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_plain_frags: weakref.WeakKeyDictionary[ParagraphStyle, ParaFrag] = weakref.WeakKeyDictionary()
"""Per style, the fragment the parser makes of plain text (its text aside); styles live as long as the process."""


def is_plain(markup: str) -> bool:
    """Text the parser would take as one run of characters: no tag, no entity."""
    return "<" not in markup and "&" not in markup


def parsed(markup: str, style: ParagraphStyle) -> tuple[ParagraphStyle, list[ParaFrag], Any]:
    """What reportlab's parser makes of ``markup`` (cleaned as ``Paragraph`` cleans it); raises on bad markup."""
    parser = ParaParser()
    parser.caseSensitive = 1
    text = cleanBlockQuotedText(markup)
    found_style, frags, bullet_frags = parser.parse(text, style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'")
    return found_style, frags, bullet_frags


def plain_frags(text: str, style: ParagraphStyle) -> list[ParaFrag]:
    """The parser's fragments of plain ``text`` (already cleaned) without running the parser.

    ``text`` must pass :func:`is_plain` and be cleaned as ``Paragraph`` cleans it (``cleanBlockQuotedText``).
    """
    if not text:
        return []
    template = _plain_frags.get(style)
    if template is None:
        template = parsed("x", style)[1][0]
        _plain_frags[style] = template
    frags = [template.clone(text=text, link=[], us_lines=[])]
    textTransformFrags(frags, style)
    return frags


class Para(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A reportlab paragraph that parses plain text once per style and remembers its last line breaking."""

    _last_wrap: tuple[float, Any, tuple[float, float]] | None = None
    """(width, the lines broken at it, the size wrap gave): reportlab's wrap depends on the width alone."""

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: str | None = None, frags: Any = None) -> None:  # noqa: N803 - reportlab's names
        if frags is None and text is not None and is_plain(text):
            text = cleanBlockQuotedText(text)
            frags = plain_frags(text, style) or None  # empty text: the parser's own handling
        super().__init__(text, style, bulletText=bulletText, frags=frags)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        last = self._last_wrap
        before = self.__dict__.get("blPara")
        if last is not None and last[0] == available_width and before is last[1]:
            self.width, self.height = last[2]
            return last[2]
        size: tuple[float, float] = super().wrap(available_width, available_height)
        lines = self.__dict__.get("blPara")
        # Kept only when this wrap broke the lines (a width too narrow to set anything breaks none).
        self._last_wrap = (available_width, lines, size) if lines is not None and lines is not before else None
        return size
