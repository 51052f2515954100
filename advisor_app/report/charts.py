"""Vector graphics of the summary (reportlab.graphics): radar, score bars, stage steps, value chain.

Drawn from plain numbers on the 0-100 scale, so each chart is a pure function
of its input and prints sharply at any size.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit

from .fonts import BOLD, REGULAR
from .styles import BLUE, BLUE_LIGHT, FAINT, INK, MUTED, PANEL, RULE, WHITE, with_alpha

GRID_STEPS = (20, 40, 60, 80, 100)
"""The radar's rings sit on the stage boundaries (1.8, 2.6, 3.4 and 4.2 on 1-5)."""


def canvas_drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: reportlab's default would add a non-embedded Helvetica."""
    drawing = Drawing(width, height)
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


def radar(axes: Sequence[tuple[str, str]], series: Sequence[Series], width: float, height: float) -> Drawing:
    """A spider chart; ``axes`` are (id, title), the series are drawn in order, the last on top."""
    drawing = canvas_drawing(width, height)
    count = len(axes)
    cx, cy = width / 2, height / 2 - 4
    radius = min(width / 2 - 72, height / 2 - 34)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.radians(90 - index * 360 / count)
        return cx + radius * value / 100 * math.cos(angle), cy + radius * value / 100 * math.sin(angle)

    for step in GRID_STEPS:
        ring = [c for i in range(count) for c in point(i, step)]
        drawing.add(Polygon(ring, fillColor=None, strokeColor=RULE, strokeWidth=0.9 if step == 100 else 0.5))
    for index in range(count):
        drawing.add(Line(cx, cy, *point(index, 100), strokeColor=RULE, strokeWidth=0.5))
    for step in GRID_STEPS[:-1]:
        x, y = point(0, step)
        drawing.add(String(x + 2, y + 1.5, str(step), fontName=REGULAR, fontSize=5.5, fillColor=FAINT))

    for line in series:
        present = [(i, line.values.get(axis_id)) for i, (axis_id, _) in enumerate(axes)]
        if all(value is not None for _, value in present):
            ring = [c for i, value in present if value is not None for c in point(i, max(0.0, value))]
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
        if line.filled:
            for i, value in present:
                if value is not None:
                    drawing.add(
                        Circle(*point(i, max(0.0, value)), 1.9, fillColor=line.colour, strokeColor=WHITE, strokeWidth=0.5)
                    )

    for index, (axis_id, title) in enumerate(axes):
        _axis_label(drawing, point(index, 100), (cx, cy), axis_id=axis_id, title=title, width=width)
    return drawing


def _axis_label(
    drawing: Drawing, tip: tuple[float, float], centre: tuple[float, float], *, axis_id: str, title: str, width: float
) -> None:
    x, y = tip
    dx, dy = x - centre[0], y - centre[1]
    length = math.hypot(dx, dy) or 1.0
    x, y = x + dx / length * 7, y + dy / length * 7
    anchor = "middle" if abs(dx) < 4 else ("start" if dx > 0 else "end")
    room = width / 2 - abs(x - centre[0]) - 2 if anchor != "middle" else width * 0.42
    lines = [axis_id, *simpleSplit(title, REGULAR, 6.5, max(40.0, room))][:4]
    leading = 7.6
    if dy > 4:
        top = y + (len(lines) - 1) * leading
    elif dy < -4:
        top = y - 6
    else:
        top = y + (len(lines) - 1) * leading / 2 - 2
    for number, text in enumerate(lines):
        drawing.add(
            String(
                x,
                top - number * leading,
                text,
                fontName=BOLD if number == 0 else REGULAR,
                fontSize=7 if number == 0 else 6.5,
                fillColor=INK if number == 0 else MUTED,
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


def value_chain(links: Sequence[tuple[str, str, float, bool]], width: float, weakest_label: str) -> Drawing:
    """Three chevrons (name, hint, score, weakest); the weakest link is drawn hollow and labelled."""
    height = 64.0
    drawing = canvas_drawing(width, height)
    tip = 9.0
    step = (width + tip * (len(links) - 1) * 0.55) / len(links)
    top, bottom = height - 2, 22.0
    middle = (top + bottom) / 2
    for index, (name, hint, score, weakest) in enumerate(links):
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
        drawing.add(
            String(centre, bottom + 6, f"{score:.0f}", fontName=BOLD, fontSize=12, fillColor=text_colour, textAnchor="middle")
        )
        drawing.add(String(centre, 12, hint, fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
        if weakest:
            drawing.add(String(centre, 3, weakest_label, fontName=BOLD, fontSize=6.5, fillColor=BLUE, textAnchor="middle"))
    return drawing
