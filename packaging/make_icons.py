"""Draws the app icon (a radar of six dimensions on the programme's teal) as PNG and ICO files.

Run once after changing the design: `.venv/bin/python packaging/make_icons.py`. The PNGs serve the
Linux desktop entry and the macOS iconset, the ICO (PNG images inside) the Windows build.
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF

SIZES = (16, 32, 48, 64, 128, 256, 512)
TEAL, LIGHT, ACCENT = QColor("#1f6f78"), QColor("#e8f3f2"), QColor("#f2a541")
SHAPE = (0.82, 0.62, 0.9, 0.55, 0.75, 0.68)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
    centre, radius = QPointF(size / 2, size / 2), size * 0.36

    def ring(share: float) -> QPolygonF:
        return QPolygonF([point(i, share) for i in range(6)])

    def point(index: int, share: float) -> QPointF:
        angle = -math.pi / 2 + index * math.pi / 3
        return QPointF(centre.x() + math.cos(angle) * radius * share, centre.y() + math.sin(angle) * radius * share)

    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(LIGHT, max(1.0, size / 64)))
    painter.drawPolygon(ring(1.0))
    if size >= 48:
        painter.drawPolygon(ring(0.5))
    painter.setPen(QPen(ACCENT, max(1.0, size / 32)))
    painter.setBrush(QColor(242, 165, 65, 110))
    painter.drawPolygon(QPolygonF([point(i, share) for i, share in enumerate(SHAPE)]))
    painter.end()
    return image


def write_ico(images: dict[int, bytes], path: Path) -> None:
    """An ICO whose entries are PNG streams (supported since Windows Vista)."""
    chosen = [s for s in (16, 32, 48, 256) if s in images]
    header = struct.pack("<HHH", 0, 1, len(chosen))
    offset = 6 + 16 * len(chosen)
    entries, blobs = b"", b""
    for size in chosen:
        data = images[size]
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    path.write_bytes(header + entries + blobs)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    folder = Path(__file__).with_name("icons")
    folder.mkdir(exist_ok=True)
    encoded: dict[int, bytes] = {}
    for size in SIZES:
        path = folder / f"basisscan-{size}.png"
        draw(size).save(str(path))
        encoded[size] = path.read_bytes()
    write_ico(encoded, folder / "basisscan.ico")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
