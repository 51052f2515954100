"""The charts' drawings put straight onto the page, without reportlab's general renderer.

The charts are described with reportlab.graphics shapes (a pure description the
tests can look into), but ``renderPDF`` draws each shape through a state tracker,
a property scan, derived values and a saved and restored graphics state: about a
tenth of a summary's time for some 200 rectangles, lines, dots and labels. A
:class:`Sketch` draws the few kinds of shape the charts use with the same canvas
operations (the same rectangle, path, circle and string calls, the same colours,
widths, dashes and joins), setting a state only when it changes. Anything else
(a group, a transform, an opacity of its own) goes to reportlab's renderer as before.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas


class Rect(shapes.Rect):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's shape, its attributes set as Python sets them.

    With ``shapeChecking`` off (charts.py) every attribute a shape's ``__init__`` sets still goes
    through ``validateSetattr``, which then only stores it (or calls a property's setter, as Python
    does): some 1,300 calls a summary. These five set them directly, to the same effect.
    """

    __setattr__ = object.__setattr__


class Line(shapes.Line):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's shape, its attributes set as :class:`Rect`'s are."""

    __setattr__ = object.__setattr__


class Polygon(shapes.Polygon):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's shape, its attributes set as :class:`Rect`'s are."""

    __setattr__ = object.__setattr__


class Circle(shapes.Circle):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's shape, its attributes set as :class:`Rect`'s are."""

    __setattr__ = object.__setattr__


class String(shapes.String):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's shape, its attributes set as :class:`Rect`'s are."""

    __setattr__ = object.__setattr__


IDENTITY = (1, 0, 0, 1, 0, 0)
PLAIN_KINDS = (shapes.Rect, shapes.Line, shapes.Polygon, shapes.Circle, shapes.String, Rect, Line, Polygon, Circle, String)
ANCHORS = ("start", "inherited", "middle", "end")
DEFAULTS = {"fillOpacity": None, "strokeOpacity": None, "fillOverprint": False, "strokeOverprint": False, "overprintMask": 0}
"""State a shape may carry that the plain path does not set; a shape with another value goes to reportlab."""


class Sketch(Drawing):  # type: ignore[misc]  # reportlab ships no type hints
    """A drawing of rectangles, lines, polygons, circles and strings, drawn onto the canvas directly."""

    def draw(self, showBoundary: Any = rl_config._unset_) -> None:  # noqa: N803 - reportlab's name
        boundary = showBoundary is not rl_config._unset_ or getattr(self, "_showBoundary", False) or rl_config.showBoundary
        if boundary or not is_plain(self):
            super().draw(showBoundary)
            return
        draw_plainly(self, self.canv)


def is_plain(drawing: Drawing) -> bool:
    if drawing.renderScale != 1.0 or tuple(getattr(drawing, "transform", IDENTITY)) != IDENTITY:
        return False
    for shape in drawing.contents:
        if type(shape) not in PLAIN_KINDS:
            return False
        if any(getattr(shape, key, default) != default for key, default in DEFAULTS.items()):
            return False
        if getattr(shape, "textRenderMode", 0) or getattr(shape, "textAnchor", "start") not in ANCHORS:
            return False
    return True


class _Pen:
    """The canvas state this drawing has set, so each operator is written only when its value changes."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.fill: tuple[float, ...] | None = None
        self.stroke: tuple[float, ...] | None = None
        self.line: tuple[Any, ...] | None = None
        self.font: tuple[str, float] | None = None

    def fill_with(self, colour: Color) -> None:
        key = (colour.red, colour.green, colour.blue, colour.alpha)
        if key != self.fill:
            self.canvas.setFillColor(colour)
            self.fill = key

    def stroke_with(self, shape: Any) -> None:
        colour = shape.strokeColor
        key = (colour.red, colour.green, colour.blue, colour.alpha)
        if key != self.stroke:
            self.canvas.setStrokeColor(colour)
            self.stroke = key
        dash = shape.strokeDashArray
        line = (shape.strokeWidth, shape.strokeLineCap, shape.strokeLineJoin, tuple(dash) if dash else None)
        if line == self.line:
            return
        last = self.line or (None, None, None, ())
        width, cap, join, dashes = line
        if width != last[0]:
            self.canvas.setLineWidth(width)
        if cap != last[1]:
            self.canvas.setLineCap(cap)
        if join != last[2]:
            self.canvas.setLineJoin(join)
        if dashes != last[3]:
            self.canvas.setDash(list(dashes), 0) if dashes else self.canvas.setDash()
        self.line = line

    def font_of(self, name: str, size: float) -> None:
        if (name, size) != self.font:
            self.canvas.setFont(name, size)
            self.font = (name, size)


def draw_plainly(drawing: Drawing, canvas: Canvas) -> None:
    canvas.saveState()
    pen = _Pen(canvas)
    for shape in drawing.contents:
        if isinstance(shape, shapes.String):
            _string(shape, pen)
            continue
        fill = getattr(shape, "fillColor", None) is not None and not isinstance(shape, shapes.Line)
        stroke = shape.strokeColor is not None
        if fill:
            pen.fill_with(shape.fillColor)
        if stroke:
            pen.stroke_with(shape)
        if isinstance(shape, shapes.Rect):
            if shape.rx == shape.ry == 0:
                canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=int(stroke), fill=int(fill))
            else:
                canvas.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx, stroke=int(stroke), fill=int(fill))
        elif isinstance(shape, shapes.Line):
            if stroke:
                canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
        elif isinstance(shape, shapes.Circle):
            canvas.circle(shape.cx, shape.cy, shape.r, stroke=int(stroke), fill=int(fill))
        else:
            _polygon(shape, canvas, stroke=stroke, fill=fill)
    canvas.restoreState()


def _polygon(shape: shapes.Polygon, canvas: Canvas, *, stroke: bool, fill: bool) -> None:
    points = shape.points
    path = canvas.beginPath()
    path.moveTo(points[0], points[1])
    for index in range(2, len(points), 2):
        path.lineTo(points[index], points[index + 1])
    path.close()
    canvas.drawPath(path, stroke=int(stroke), fill=int(fill), fillMode=getattr(shape, "fillMode", FILL_EVEN_ODD))


def _string(shape: shapes.String, pen: _Pen) -> None:
    if shape.fillColor is None:
        return
    pen.fill_with(shape.fillColor)
    pen.font_of(shape.fontName, shape.fontSize)
    x = shape.x
    if shape.textAnchor in ("end", "middle"):
        width = stringWidth(shape.text, shape.fontName, shape.fontSize, shape.encoding)
        x -= width if shape.textAnchor == "end" else width * 0.5
    pen.canvas.drawString(x, shape.y, shape.text)
