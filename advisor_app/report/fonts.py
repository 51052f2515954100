"""The embedded typeface: DejaVu Sans Condensed, shipped in ``resources/fonts`` with its licence.

Registered with reportlab once per process; every PDF then embeds a subset,
so euro signs, Dutch diacritics, Greek and Cyrillic print the same on any
machine, with or without fonts of its own.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.errors import BasisscanError
from ..domain.text import Text
from ..paths import resource

REGULAR = "Basisscan-Sans"
BOLD = "Basisscan-Sans-Bold"
ITALIC = "Basisscan-Sans-Oblique"
FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


class ReportError(BasisscanError):
    """The summary cannot be made (for instance, a shipped font is missing)."""


def register_fonts() -> None:
    """Make the fonts known to reportlab; safe to call from any thread, any number of times."""
    global _registered  # noqa: PLW0603 - one registration per process is the point
    with _lock:
        if _registered:
            return
        for name, file in FILES.items():
            path = resource("fonts", file)
            if not path.is_file():
                raise ReportError(
                    Text(
                        f"Het lettertype {file} ontbreekt in de installatie; installeer Basisscan opnieuw",
                        f"The font {file} is missing from the installation; reinstall Basisscan",
                    )
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True
