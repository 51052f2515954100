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

Most of those paragraphs are plain text in one style without a line break, and for them even
a parsed-once fragment is more than reportlab needs: :class:`Line` breaks the words
as reportlab's simple case does and writes the PDF operators reportlab's drawing
writes for those lines, without a fragment, a parser or the general code's checks. :func:`paragraph`
picks it where its answer is reportlab's; anything else (markup, a bullet, a second
line, a soft hyphen, a word wider than the column) takes the paragraph's own path.
"""

from __future__ import annotations

import weakref
from functools import cached_property
from typing import Any

from reportlab import rl_config
from reportlab.lib.abag import ABag
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.pdfgen.canvas import Canvas, ExtGState
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (
    _drawBullet,
    cleanBlockQuotedText,
    paraFontSizeHeightOffset,
    split,
    strip,
    textTransformFrags,
)
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from .fonts import split_string

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


_simple_styles: weakref.WeakKeyDictionary[ParagraphStyle, bool] = weakref.WeakKeyDictionary()
"""Per style, whether reportlab sets plain text in it by its simple case alone (see :func:`_is_simple`)."""


def _is_simple(style: ParagraphStyle) -> bool:
    """Plain text in ``style`` takes reportlab's simplest path: one font, no first-line indent, box or hyphenation.

    What ``Paragraph.breakLines`` and ``drawPara`` check before they take their first branch, for a style.
    """
    found = _simple_styles.get(style)
    if found is None:
        found = (
            style.alignment in (TA_LEFT, TA_RIGHT, TA_CENTER)
            and not style.firstLineIndent
            and getattr(style, "bulletText", None) is None
            and style.bulletAnchor == "start"
            and not (style.wordWrap or style.shaping or style.endDots or style.textTransform)
            and not (style.hyphenationLang or style.uriWasteReduce or style.embeddedHyphenation)
            and not (style.backColor or (style.borderColor and style.borderWidth))
            and getattr(style, "autoLeading", "") in ("", "off", None)
        )
        _simple_styles[style] = found
    return found


def paragraph(markup: str, style: ParagraphStyle, bulletText: str | None = None) -> Paragraph:  # noqa: N803 - as Paragraph
    """A paragraph of ``markup``: a :class:`Line` where reportlab's simple case sets it, else a :class:`Para`."""
    if is_plain(markup) and "\n" not in markup and "\xad" not in markup and _is_simple(style):
        words = split(strip(markup))
        if words:
            return Line(words, style, bulletText)
    return Para(markup, style, bulletText=bulletText)


class _Face:
    """What :class:`Line` asks of a style's font for every paragraph, asked once per style: the same values."""

    def __init__(self, style: ParagraphStyle) -> None:
        self.measure = getFont(style.fontName).stringWidth
        self.size = style.fontSize
        self.space: float = self.measure(" ", self.size)
        self.shrink = style.spaceShrinkage * self.space
        self.ascent, self.descent = getAscentDescent(style.fontName, self.size)


_faces: weakref.WeakKeyDictionary[ParagraphStyle, _Face] = weakref.WeakKeyDictionary()
"""Per style, its :class:`_Face` (styles, like their fonts, live as long as the process)."""


def _face(style: ParagraphStyle) -> _Face:
    found = _faces.get(style)
    if found is None:
        found = _faces[style] = _Face(style)
    return found


class Line(Para):
    """Plain text in a simple style, broken, measured and drawn as reportlab's simple case does.

    ``breakLines`` of a paragraph with one plain fragment puts words on a line while they fit (a line
    may take 5 % of its spaces' width more: ``spaceShrinkage``), and ``drawPara`` draws the lines it
    gives; this makes the same lines from the words alone and writes what ``drawPara`` writes, and a
    word wider than the column (which reportlab splits) hands the whole breaking to the paragraph's own
    path. The fragments reportlab's code would need elsewhere are made when first asked for.
    """

    def __init__(self, words: list[str], style: ParagraphStyle, bullet: str | None = None) -> None:
        # No Paragraph.__init__: it would parse or clone a fragment that the lines below never need.
        self.words = words
        self.text = " ".join(words)  # what cleanBlockQuotedText makes of text without a line break
        self.style = style
        self.bulletText = bullet
        self.caseSensitive = 1
        self.encoding = "utf8"
        self.debug = 0

    @cached_property
    def frags(self) -> list[ParaFrag]:
        return plain_frags(self.text, self.style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        last = self._last_wrap
        if last is not None and last[0] == available_width and self.__dict__.get("blPara") is last[1]:
            self.width, self.height = last[2]
            return last[2]
        if available_width < rl_config._FUZZ:
            return 0, 0x7FFFFFFF
        style = self.style
        later = available_width - style.leftIndent - style.rightIndent
        widths = [available_width - (style.leftIndent + style.firstLineIndent) - style.rightIndent, later]
        if self.bulletText:  # reportlab's _handleBulletWidth: a bullet past the indent narrows the first line
            bullet_width = getFont(style.bulletFontName).stringWidth(self.bulletText, style.bulletFontSize)
            bullet_end = style.bulletIndent + bullet_width + 0.6 * style.bulletFontSize
            indent = style.leftIndent + style.firstLineIndent
            if bullet_end > indent:
                widths[0] -= bullet_end - indent
        face = _face(style)
        lines = self._break(widths, face)
        if lines is None:  # a word wider than the column: reportlab splits it
            whole = Para(self.text, style, bulletText=self.bulletText)
            size = whole.wrap(available_width, available_height)
            self.blPara = whole.blPara
        else:
            self.blPara = ABag(
                kind=0,
                lines=lines,
                fontName=style.fontName,
                fontSize=style.fontSize,
                textColor=style.textColor,
                ascent=face.ascent,
                descent=face.descent,
                us_lines=[],
                link=[],
            )
            size = (available_width, len(lines) * style.leading)
        self.width, self.height = size
        self._wrapWidths = widths
        self._last_wrap = (available_width, self.blPara, size)
        return size

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:  # noqa: N802, N803 - reportlab's names
        """``Flowable.wrapOn`` lends ``wrap`` the canvas; a Line's wrap never looks at it (tables ask some 400 times)."""
        return self.wrap(aW, aH)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        """``Flowable.getSpaceBefore``: the paragraph's own space, else its style's (a ``ParagraphStyle`` always has one)."""
        space: float = self.__dict__.get("spaceBefore", self.style.spaceBefore)
        return space

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        """``Flowable.getSpaceAfter``, as :meth:`getSpaceBefore`."""
        space: float = self.__dict__.get("spaceAfter", self.style.spaceAfter)
        return space

    def _break(self, widths: list[float], face: _Face) -> list[tuple[float, list[str]]] | None:
        """``breakLines``'s simple case for the first line's width and the others'; None where it would split a word."""
        split_long_words = self.style.splitLongWords
        measure = face.measure
        size = face.size
        space = face.space
        shrink = face.shrink
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current = -space
        width = widths[0]
        for word in self.words:
            word_width = measure(word, size)
            new_width = current + space + word_width
            if new_width > width + shrink * len(line):
                if split_long_words and word_width > width:
                    return None
                if line:
                    lines.append((width - current, line))
                    line, current, width = [word], word_width, widths[1]
                    continue
            line.append(word)
            current = new_width
        lines.append((width - current, line))
        return lines

    def split(self, available_width: float, available_height: float) -> list[Paragraph]:
        """Rare (a cell or note at the foot of a page): the paragraph's own split, so its halves are reportlab's."""
        whole = Para(self.text, self.style, bulletText=self.bulletText)
        parts: list[Paragraph] = whole.split(available_width, available_height)
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab's names
        """The PDF operators ``Flowable.drawOn`` and ``drawPara`` write for these lines, written directly.

        The same strings in the same order (``tests/report/test_report_lines.py`` compares them):
        the saved state and offset, the bullet (reportlab's own ``_drawBullet``), the fill colour, one text
        object with a line each. The canvas's own
        state is the same after as before, as after reportlab's ``restoreState``; the fonts' subsets are
        taken by ``splitString`` as reportlab takes them. Anything that would write more (a colour with
        another opacity than the page's, a line break reportlab made itself) goes through reportlab.
        """
        colour = self.style.textColor
        alpha = getattr(colour, "alpha", None)
        font = getFont(self.style.fontName)
        page_alpha = canvas._extgstate._d.get("ca", ExtGState.defaults["ca"])
        bullet_alpha = getattr(getattr(self.style, "bulletColor", colour), "alpha", None) if self.bulletText else None
        if (
            type(self.blPara) is not ABag
            or not isinstance(colour, Color)
            or isinstance(colour, CMYKColor)
            or canvas._enforceColorSpace
            or not canvas.bottomup
            or not font._dynamicFont
            or alpha not in (None, page_alpha)
            or bullet_alpha not in (None, page_alpha)
        ):
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        if alpha is not None:
            canvas._doc.ensureMinPdfVersion("transparency")
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
        code.append("q")
        style = self.style
        cur_y = self.height - (self.blPara.fontSize if paraFontSizeHeightOffset else self.blPara.ascent)
        offset = style.firstLineIndent
        if self.bulletText:
            offset = _drawBullet(canvas, offset, cur_y, self.bulletText, style, rtl=False)
        code.append(f"{fp_str((colour.red, colour.green, colour.blue))} rg")
        code.append(" ".join(self._text_code(canvas, font, cur_y, offset)))
        code.append("Q")
        code.append("Q")

    def _text_code(self, canvas: Canvas, font: Any, cur_y: float, offset: float) -> list[str]:
        """The text object ``drawPara`` makes of kind-0 lines (``_left/_right/_centerDrawParaLine``), the first at ``offset``."""
        blPara = self.blPara  # noqa: N806 - reportlab's name
        style = self.style
        code = ["BT", f"1 0 0 1 {fp_str(style.leftIndent, cur_y)} Tm"]
        doc = canvas._doc
        text_font = f"{fp_str(blPara.fontSize)} Tf {fp_str(style.leading)} TL"
        subset_now = -1
        alignment = style.alignment
        for extra, words in blPara.lines:
            text = " ".join(words)
            spaces = 0 if extra > -1e-8 else len(words) + text.count("\xa0") - 1
            if alignment == TA_LEFT or spaces > 0:
                shift = offset
            else:
                shift = offset + extra if alignment == TA_RIGHT else offset + 0.5 * extra
            moves = shift > 1e-6 or shift < -1e-6
            if moves and alignment == TA_LEFT:  # left: moved, then spaced; the others the other way round
                _move(code, shift)
            if spaces > 0:
                code.append(f"{fp_str(extra / float(spaces))} Tw")
            if moves and alignment != TA_LEFT:
                _move(code, shift)
            pieces = []
            for subset, piece in split_string(font, text, doc):
                if subset != subset_now:
                    pieces.append(f"{font.getSubsetInternalName(subset, doc)} {text_font}")
                    subset_now = subset
                pieces.append(f"({escapePDF(piece)}) Tj")
            code.append(" ".join(pieces) + " T*")
            if spaces > 0:
                code.append(f"{fp_str(0)} Tw")
            if moves:
                _move(code, -shift)
            offset = 0  # the lines after the first start at the indent (no ImageAndFlowables offsets here)
        code.append("ET")
        return code


def _move(code: list[str], dx: float) -> None:
    """``PDFTextObject.moveCursor(dx, 0)``: a move right after a move is merged into it, as reportlab merges."""
    dy = 0.0
    if code[-1].endswith(" Td"):
        last = code[-1].split()
        if len(last) == 3:
            del code[-1]
        else:
            code[-1] = "".join(last[:-4])
        dx += float(last[-3])
        dy -= float(last[-2])
    code.append(f"{fp_str(dx, -dy)} Td")
