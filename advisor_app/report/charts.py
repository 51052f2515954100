"""Vector graphics of the summary (reportlab.graphics): radar, score bars, stage steps, value chain.

Drawn from plain numbers on the 0-100 scale, so each chart is a pure function
of its input and prints sharply at any size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import BOLD, ITALIC, REGULAR
from .sketch import Circle, Line, Polygon, Rect, Sketch, String
from .styles import BLUE, BLUE_LIGHT, INK, MUTED, PANEL, RED, RULE, WHITE, with_alpha

rl_config.shapeChecking = 0
"""Validating every attribute set on a shape helps while drawing code is written; here it was a tenth of a
report's time. Read at each assignment (``reportlab.lib.attrmap``), so it holds once this module is loaded."""

GRID_STEPS = (20, 40, 60, 80, 100)
"""The radar's rings sit on the stage boundaries (1.8, 2.6, 3.4 and 4.2 on 1-5)."""


def canvas_drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: reportlab's default would add a non-embedded Helvetica."""
    drawing = Sketch(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 7
    return drawing


@dataclass(frozen=True)
class Series:
    values: Mapping[str, float | None]
    colour: Color
    width: float
    dash: tuple[float, ...] | None = None
    filled: bool = False


RING_LABEL_SIZE = 8.0
AXIS_TITLE_SIZE = 8.0
Box = tuple[float, float, float, float]
"""x0, y0, x1, y1."""
Segment = tuple[float, float, float, float]


def radar(
    axes: Sequence[tuple[str, str]], series: Sequence[Series], width: float, height: float, *, gap_label: str = ""
) -> Drawing:
    """A spider chart; ``axes`` are (id, title), the series are drawn in order, the last (the company) on top.

    A series with a missing value is drawn as the segments between neighbouring known values,
    so no line passes through a score that does not exist; the axis says why it has no point.
    The ring labels go on the ray where they do not touch the company's line, and a label that
    would touch it anyway is left out (the legend names the rings).
    """
    drawing = canvas_drawing(width, height)
    count = len(axes)
    cx, cy = width / 2, height / 2 - 4
    radius = min(width / 2 - 78, height / 2 - 38)

    def point(index: float, value: float) -> tuple[float, float]:
        angle = math.radians(90 - index * 360 / count)
        return cx + radius * value / 100 * math.cos(angle), cy + radius * value / 100 * math.sin(angle)

    for step in GRID_STEPS:
        ring = [c for i in range(count) for c in point(i, step)]
        drawing.add(Polygon(ring, fillColor=None, strokeColor=RULE, strokeWidth=0.9 if step == 100 else 0.5))
    for index in range(count):
        drawing.add(Line(cx, cy, *point(index, 100), strokeColor=RULE, strokeWidth=0.5))

    company = series[-1] if series else None
    company_segments = _segments(company, axes, point) if company else []
    for text, x, y in ring_labels(count, point, company_segments):
        drawing.add(String(x, y, text, fontName=REGULAR, fontSize=RING_LABEL_SIZE, fillColor=MUTED, textAnchor="middle"))

    for line in series:
        values = [line.values.get(axis_id) for axis_id, _ in axes]
        if all(value is not None for value in values):
            ring = [c for i, value in enumerate(values) if value is not None for c in point(i, max(0.0, value))]
            drawing.add(
                Polygon(
                    ring,
                    fillColor=with_alpha(line.colour, 0.16) if line.filled else None,
                    strokeColor=line.colour,
                    strokeWidth=line.width,
                    strokeDashArray=line.dash,
                    strokeLineJoin=1,
                )
            )
        else:
            for x0, y0, x1, y1 in _segments(line, axes, point):
                drawing.add(Line(x0, y0, x1, y1, strokeColor=line.colour, strokeWidth=line.width, strokeDashArray=line.dash))
        if line.filled:
            for i, value in enumerate(values):
                if value is not None:
                    drawing.add(
                        Circle(*point(i, max(0.0, value)), 2.6, fillColor=line.colour, strokeColor=WHITE, strokeWidth=0.6)
                    )

    missing = {axis_id for axis_id, _ in axes if company is not None and company.values.get(axis_id) is None}
    for index, (axis_id, title) in enumerate(axes):
        note = gap_label if axis_id in missing and gap_label else ""
        _axis_label(drawing, point(index, 100), (cx, cy), axis_id=axis_id, title=title, width=width, note=note)
    return drawing


def _segments(
    line: Series, axes: Sequence[tuple[str, str]], point: Callable[[float, float], tuple[float, float]]
) -> list[Segment]:
    """The straight pieces of a series' outline between neighbouring axes that both have a value."""
    values = [line.values.get(axis_id) for axis_id, _ in axes]
    pieces: list[Segment] = []
    for index, value in enumerate(values):
        following = values[(index + 1) % len(values)]
        if value is not None and following is not None:
            pieces.append((*point(index, max(0.0, value)), *point((index + 1) % len(values), max(0.0, following))))
    return pieces


def ring_labels(
    count: int, point: Callable[[float, float], tuple[float, float]], avoid: Sequence[Segment]
) -> list[tuple[str, float, float]]:
    """(text, x, baseline) of the ring labels: on the ray between two axes that the company's line touches least."""
    best: list[tuple[str, float, float]] = []
    for ray in (index + 0.5 for index in range(count)):
        placed = []
        for step in GRID_STEPS[:-1]:
            x, y = point(ray, step)
            if not any(_crosses(label_box(str(step), x, y), segment) for segment in avoid):
                placed.append((str(step), x, y - RING_LABEL_SIZE / 3))
        if len(placed) > len(best):
            best = placed
        if len(best) == len(GRID_STEPS) - 1:
            break
    return best


def label_box(text: str, x: float, y: float) -> Box:
    """The ring label's box (centred on the ring at x, y), with a point of clearance."""
    half = stringWidth(text, REGULAR, RING_LABEL_SIZE) / 2 + 1.5
    return x - half, y - RING_LABEL_SIZE / 2 - 1, x + half, y + RING_LABEL_SIZE / 2 + 1


def _crosses(box: Box, segment: Segment) -> bool:
    """Whether a straight segment touches a box (Liang-Barsky clipping)."""
    x0, y0, x1, y1 = segment
    left, bottom, right, top = box
    dx, dy = x1 - x0, y1 - y0
    start, end = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - bottom), (dy, top - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            start = max(start, t)
        else:
            end = min(end, t)
        if start > end:
            return False
    return True


def _axis_label(
    drawing: Drawing,
    tip: tuple[float, float],
    centre: tuple[float, float],
    *,
    axis_id: str,
    title: str,
    width: float,
    note: str = "",
) -> None:
    x, y = tip
    dx, dy = x - centre[0], y - centre[1]
    length = math.hypot(dx, dy) or 1.0
    x, y = x + dx / length * 7, y + dy / length * 7
    anchor = "middle" if abs(dx) < 4 else ("start" if dx > 0 else "end")
    room = width / 2 - abs(x - centre[0]) - 2 if anchor != "middle" else width * 0.42
    lines = [axis_id, *simpleSplit(title, REGULAR, AXIS_TITLE_SIZE, max(40.0, room))][:4]
    if note:
        lines.append(f"({note})")
    leading = 9.4
    if dy > 4:
        top = y + (len(lines) - 1) * leading
    elif dy < -4:
        top = y - 7
    else:
        top = y + (len(lines) - 1) * leading / 2 - 2
    for number, text in enumerate(lines):
        is_note = bool(note) and number == len(lines) - 1
        drawing.add(
            String(
                x,
                top - number * leading,
                text,
                fontName=BOLD if number == 0 else (ITALIC if is_note else REGULAR),
                fontSize=AXIS_TITLE_SIZE,
                fillColor=INK if number == 0 else (RED if is_note else MUTED),
                textAnchor=anchor,
            )
        )


def legend_swatch(colour: Color, width: float, dash: tuple[float, ...] | None = None, filled: bool = False) -> Drawing:
    """A short line in a series' style, for a legend row."""
    drawing = canvas_drawing(18, 8)
    if filled:
        drawing.add(Rect(0, 1, 18, 6, fillColor=with_alpha(colour, 0.16), strokeColor=None))
    drawing.add(Line(0, 4, 18, 4, strokeColor=colour, strokeWidth=width, strokeDashArray=dash))
    return drawing


def score_bar(score: float | None, reference: float | None, width: float = 64, marker: Color = INK) -> Drawing:
    """A thin horizontal bar for a table cell, with a tick at the sector mean."""
    drawing = canvas_drawing(width, 9)
    drawing.add(Rect(0, 2.5, width, 4, fillColor=PANEL, strokeColor=None))
    if score is not None:
        drawing.add(Rect(0, 2.5, width * max(0.0, min(100.0, score)) / 100, 4, fillColor=BLUE, strokeColor=None))
    if reference is not None:
        x = width * max(0.0, min(100.0, reference)) / 100
        drawing.add(Line(x, 0.5, x, 8.5, strokeColor=marker, strokeWidth=1.2))
    return drawing


def stage_steps(current: int | None, count: int, width: float) -> Drawing:
    """``count`` segments with the first ``current`` filled: where the company stands."""
    drawing = canvas_drawing(width, 7)
    gap = 2.0
    step = (width - gap * (count - 1)) / count
    for index in range(count):
        filled = current is not None and index < current
        drawing.add(
            Rect(index * (step + gap), 1, step, 5, rx=1.2, ry=1.2, fillColor=BLUE if filled else BLUE_LIGHT, strokeColor=None)
        )
    return drawing


def renewal_dots(score: int | None, count: int = 5) -> Drawing:
    drawing = canvas_drawing(count * 9, 8)
    for index in range(count):
        filled = score is not None and index < score
        drawing.add(Circle(index * 9 + 4, 4, 3, fillColor=BLUE if filled else BLUE_LIGHT, strokeColor=None))
    return drawing


def value_chain(links: Sequence[tuple[str, str, bool]], width: float, weakest_label: str) -> Drawing:
    """Three chevrons (name, score as shown, weak); each weakest link is drawn hollow and labelled."""
    height = 56.0
    drawing = canvas_drawing(width, height)
    tip = 9.0
    step = (width + tip * (len(links) - 1) * 0.55) / len(links)
    top, bottom = height - 2, 12.0
    middle = (top + bottom) / 2
    for index, (name, score, weakest) in enumerate(links):
        left = index * (step - tip * 0.55)
        right = left + step - 2
        notch = tip if index > 0 else 0
        shape = [left, top, right - tip, top, right, middle, right - tip, bottom, left, bottom, left + notch, middle]
        drawing.add(
            Polygon(
                shape, fillColor=WHITE if weakest else BLUE, strokeColor=BLUE, strokeWidth=1.1 if weakest else 0, strokeLineJoin=1
            )
        )
        text_colour = BLUE if weakest else WHITE
        centre = (left + notch + right - tip) / 2
        drawing.add(String(centre, top - 12, name, fontName=BOLD, fontSize=8, fillColor=text_colour, textAnchor="middle"))
        drawing.add(String(centre, bottom + 6, score, fontName=BOLD, fontSize=12, fillColor=text_colour, textAnchor="middle"))
        if weakest:
            drawing.add(String(centre, 2, weakest_label, fontName=BOLD, fontSize=8, fillColor=BLUE, textAnchor="middle"))
    return drawing
