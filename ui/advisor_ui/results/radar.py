"""A radar chart of dimension scores (0-100), drawn with QPainter so it stays sharp at any DPI.

Each axis label sits just outside its corner, on the side away from the
centre; the chart takes the largest radius at which every label still fits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from advisor_app.domain.formatting import round_whole

from .. import style
from ..qt import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
    QPolygonF,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)

RINGS = (25, 50, 75, 100)
LABEL_WIDTH = 112
GAP = 6


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    """0-100 per axis; ``None`` where there is no score (drawn at the centre, hollow)."""
    color: str
    filled: bool = False
    dashed: bool = False


class RadarChart(QWidget):
    def __init__(self, name: str = "radarChart") -> None:
        super().__init__()
        self.setObjectName(name)
        self.axes: list[str] = []
        self.series: list[Series] = []
        self.setMinimumSize(340, 300)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_data(self, axes: Sequence[str], series: Sequence[Series]) -> None:
        self.axes = list(axes)
        self.series = list(series)
        described = []
        for line in series:
            values = ", ".join(
                f"{axis.split(' ', 1)[0]} {'-' if value is None else round_whole(value)}"
                for axis, value in zip(axes, line.values, strict=True)
            )
            described.append(f"{line.name}: {values}")
        self.setAccessibleDescription("; ".join(described))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, self.heightForWidth(480))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """About as tall as the chart needs at this width, plus the legend."""
        return max(300, int(width * 0.78) + self.fontMetrics().height() + 12)

    def _angle(self, index: int) -> float:
        return -math.pi / 2 + 2 * math.pi * index / len(self.axes)

    def _label_box(self, index: int, centre: QPointF, radius: float, metrics: QFontMetrics) -> QRectF:
        """Where axis ``index``'s label goes: beside its corner, away from the centre."""
        angle = self._angle(index)
        corner = QPointF(centre.x() + math.cos(angle) * radius, centre.y() + math.sin(angle) * radius)
        text = metrics.boundingRect(0, 0, LABEL_WIDTH, 500, int(Qt.TextFlag.TextWordWrap), self.axes[index])
        width, height = LABEL_WIDTH, text.height()
        if math.cos(angle) > 0.3:
            return QRectF(corner.x() + GAP, corner.y() - height / 2, width, height)
        if math.cos(angle) < -0.3:
            return QRectF(corner.x() - GAP - width, corner.y() - height / 2, width, height)
        top = corner.y() - GAP - height if math.sin(angle) < 0 else corner.y() + GAP
        return QRectF(corner.x() - width / 2, top, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.axes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        metrics = QFontMetrics(small)
        legend_height = metrics.height() + 12
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4 - legend_height)
        centre = area.center()
        radius = min(area.width(), area.height()) / 2
        while radius > 40 and not all(area.contains(self._label_box(i, centre, radius, metrics)) for i in range(len(self.axes))):
            radius -= 2
        count = len(self.axes)

        def point(index: int, value: float) -> QPointF:
            angle = self._angle(index)
            share = max(0.0, min(100.0, value)) / 100
            return QPointF(centre.x() + math.cos(angle) * radius * share, centre.y() + math.sin(angle) * radius * share)

        painter.setFont(small)
        painter.setPen(QPen(QColor(style.LINE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in RINGS:
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for index in range(count):
            painter.drawLine(centre, point(index, 100))

        for series in self.series:
            color = QColor(series.color)
            pen = QPen(color, 2.4)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            fill = QColor(color)
            fill.setAlpha(55)
            painter.setBrush(fill if series.filled else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([point(i, v or 0.0) for i, v in enumerate(series.values)]))
            for index, value in enumerate(series.values):
                painter.setBrush(color if value is not None else QColor("white"))
                painter.drawEllipse(point(index, value or 0.0), 3.5, 3.5)

        painter.setPen(QColor(style.MUTED))
        for ring in RINGS:
            spot = point(0, ring)
            painter.drawText(QPointF(spot.x() + 4, spot.y() + metrics.ascent() / 2), str(ring))
        painter.setPen(QColor(style.INK))
        for index, axis in enumerate(self.axes):
            box = self._label_box(index, centre, radius, metrics)
            cos = math.cos(self._angle(index))
            if cos > 0.3:
                align = Qt.AlignmentFlag.AlignLeft
            elif cos < -0.3:
                align = Qt.AlignmentFlag.AlignRight
            else:
                align = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap), axis)

        x = area.left() + 4
        y = self.rect().bottom() - legend_height + 4
        for series in self.series:
            pen = QPen(QColor(series.color), 2.4)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + 22, y + metrics.height() / 2))
            painter.setPen(QColor(style.INK))
            painter.drawText(QPointF(x + 28, y + metrics.ascent()), series.name)
            x += 28 + metrics.horizontalAdvance(series.name) + 22
        painter.end()
