"""Reading the PDFs the way a user meets them: their text (pypdf) and their pixels (pdftoppm)."""

from __future__ import annotations

import io
import math
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

PDFTOPPM = shutil.which("pdftoppm")
needs_pdftoppm = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed; .ci/run installs it")


def page_texts(data: bytes) -> list[str]:
    """The text of each page with all whitespace folded to single spaces, so wrapped lines still match."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def text_of(data: bytes) -> str:
    return " ".join(page_texts(data))


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _multiply(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def text_sizes(data: bytes) -> list[tuple[float, str]]:
    """(size in points as printed, text) of every piece of text on every page."""
    found: list[tuple[float, str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                m = _multiply(list(tm), list(cm))
                found.append((size * math.sqrt(abs(m[0] * m[3] - m[1] * m[2])), text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def font_names(data: bytes) -> dict[str, bool]:
    """Every font the pages use, with whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        for ref in cast(DictionaryObject, resources["/Font"].get_object()).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


@dataclass(frozen=True)
class Raster:
    """One rendered page: RGB bytes, row by row."""

    width: int
    height: int
    pixels: bytes

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        offset = (y * self.width + x) * 3
        r, g, b = self.pixels[offset : offset + 3]
        return r, g, b

    def count(self, wanted: Callable[[int, int, int], bool], columns: range | None = None) -> int:
        """How many pixels satisfy ``wanted(r, g, b)``, optionally within some columns."""
        xs = columns or range(self.width)
        return sum(1 for y in range(self.height) for x in xs if wanted(*self.rgb(x, y)))


def rasterise(pdf: Path, dpi: int = 40) -> tuple[list[Raster], str]:
    """Every page as pixels via pdftoppm, plus what pdftoppm said on stderr."""
    assert PDFTOPPM is not None
    out = pdf.with_suffix("")
    done = subprocess.run([PDFTOPPM, "-r", str(dpi), str(pdf), str(out)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    pages = sorted(pdf.parent.glob(f"{out.name}-*.ppm"))
    return [_read_ppm(path) for path in pages], done.stderr


def _read_ppm(path: Path) -> Raster:
    """A binary PPM: 'P6', width, height and maximum value, each followed by one whitespace byte."""
    data = path.read_bytes()
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        end = position
        while data[end : end + 1] not in (b" ", b"\n", b"\t", b"\r"):
            end += 1
        if end > position:
            fields.append(data[position:end])
        position = end + 1
    assert fields[0] == b"P6", f"{path.name} is not a binary PPM"
    width, height = int(fields[1]), int(fields[2])
    return Raster(width, height, data[position : position + width * height * 3])
