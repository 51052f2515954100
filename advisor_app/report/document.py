"""The PDF itself: A4 pages, running header and footer, draft mark, reproducible bytes.

Reproducible means: reportlab's invariant mode (fixed document id, no
timestamps), a creation date taken from the scan rather than the clock, and
a story that depends on :class:`ReportContent` alone. "Page X of Y" needs
the page count before the first page is finished, so pages are kept and
decorated when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

from .. import __version__
from . import phrases
from .analysis import analysis
from .cover import cover
from .fonts import BOLD, REGULAR, register_fonts
from .model import ReportContent
from .next_steps import next_steps
from .scripts import draw_line, line_width
from .styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MIN_FONT_SIZE,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RED,
    RULE,
    WIDTH,
    make_styles,
    with_alpha,
)

HEADER_ROOM = 14.0
"""Extra top margin on pages 2 and later for the running header."""

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}

PageDecorator = Callable[[Canvas, int, int], None]


def render(content: ReportContent) -> bytes:
    """The summary as PDF bytes; the same content always gives the same bytes."""
    register_fonts()
    styles = make_styles()
    lang = content.language
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{content.questionnaire_title}: {content.company}",
        author=content.advisor,
        subject=phrases.SUMMARY.get(lang),
        creator=f"Basisscan {__version__}",
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=9,
        initialLeading=12,
        lang=LANGUAGE_TAGS.get(lang, lang),
    )
    body_height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    document.addPageTemplates(
        [
            PageTemplate("first", [_frame("first", body_height)]),
            PageTemplate("later", [_frame("later", body_height - HEADER_ROOM)]),
        ]
    )
    story = [
        NextPageTemplate("later"),
        *cover(content, styles),
        PageBreak(),
        *analysis(content, styles),
        *next_steps(content, styles),
    ]
    document.build(story, canvasmaker=_numbered_canvas(_decorator(content), _pdf_date(content)))
    return buffer.getvalue()


def _frame(name: str, height: float) -> Frame:
    return Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)


def _pdf_date(content: ReportContent) -> str:
    return content.created.strftime("D:%Y%m%d%H%M%S+00'00'")


def _numbered_canvas(decorate: PageDecorator, pdf_date: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, then decorates each knowing the page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: pdf_date)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorator(content: ReportContent) -> PageDecorator:
    lang = content.language
    footer = phrases.FOOTER.format(scan=content.scan_id, questionnaire=content.questionnaire_key, hash=content.fingerprint()).get(
        lang
    )
    running_title = f"{content.questionnaire_title} · {phrases.SUMMARY.get(lang)}"
    mark = phrases.DRAFT_MARK.get(lang)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        baseline = MARGIN_BOTTOM - 22
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, baseline + 10, MARGIN_X + WIDTH, baseline + 10)
        page_of = phrases.PAGE_OF.format(page=page, pages=pages).get(lang)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, MIN_FONT_SIZE)
        canvas.drawString(MARGIN_X, baseline, _fit(footer, REGULAR, MIN_FONT_SIZE, WIDTH - stringWidth(page_of, REGULAR, 8) - 12))
        canvas.drawRightString(MARGIN_X + WIDTH, baseline, page_of)
        if page > 1:
            top = PAGE_HEIGHT - MARGIN_TOP + 2
            canvas.setFont(BOLD, MIN_FONT_SIZE)
            canvas.setFillColor(MUTED)
            right = stringWidth(running_title, REGULAR, MIN_FONT_SIZE)
            name = _fit(content.company, BOLD, MIN_FONT_SIZE, WIDTH - right - 24)
            draw_line(canvas, (MARGIN_X, top), name, font=BOLD, size=MIN_FONT_SIZE)
            canvas.setFont(REGULAR, MIN_FONT_SIZE)
            canvas.drawRightString(MARGIN_X + WIDTH, top, running_title)
            canvas.line(MARGIN_X, top - 5, MARGIN_X + WIDTH, top - 5)
        if content.draft:
            _draft_mark(canvas, mark)
        canvas.restoreState()

    return decorate


def _draft_mark(canvas: Canvas, mark: str) -> None:
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(40)
    size = 118.0
    while stringWidth(mark, BOLD, size) > PAGE_HEIGHT * 0.75:
        size -= 4
    canvas.setFont(BOLD, size)
    canvas.setFillColor(with_alpha(RED, 0.11))
    canvas.drawCentredString(0, -size / 3, mark)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if line_width(text, font, size) <= width:
        return text
    while text and line_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
