"""A one-line label that ends in "…" when there is no room (the whole text in its tooltip), never clipped."""

from __future__ import annotations

from ..qt import QLabel, QPainter, QPaintEvent, QSize, Qt

SHORTEST = 8
"""The narrowest it gets, in "…" widths."""


class ShortenedLabel(QLabel):
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("…") * SHORTEST, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.setToolTip(text)
        super().setText(text)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()
