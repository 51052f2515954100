"""The embedded typefaces: DejaVu Sans Condensed, and Droid Sans Fallback for Chinese and Japanese.

Both ship in ``resources/fonts`` with their licences. Registered with reportlab
once per process; every PDF then embeds subsets, so euro signs, Dutch and
Turkish letters, Greek, Cyrillic, Arabic and Chinese print the same on any
machine, with or without fonts of its own. The fallback (4 MB) is registered
only when a text first needs it (see scripts.py).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.errors import BasisscanError
from ..domain.text import Text
from ..paths import resource

REGULAR = "Basisscan-Sans"
BOLD = "Basisscan-Sans-Bold"
ITALIC = "Basisscan-Sans-Oblique"
FALLBACK = "Basisscan-Fallback"
FALLBACK_FILE = "DroidSansFallbackFull.ttf"
FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False
_fallback_registered = False


class ReportError(BasisscanError):
    """The summary cannot be made (for instance, a shipped font is missing)."""


def register_fonts() -> None:
    """Make the fonts known to reportlab; safe to call from any thread, any number of times."""
    global _registered  # noqa: PLW0603 - one registration per process is the point
    with _lock:
        if _registered:
            return
        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(_font_file(file))))
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


def register_fallback() -> None:
    """Make the Chinese and Japanese fallback known; it has one face, used for bold and italic too."""
    global _fallback_registered  # noqa: PLW0603 - one registration per process is the point
    with _lock:
        if _fallback_registered:
            return
        pdfmetrics.registerFont(TTFont(FALLBACK, str(_font_file(FALLBACK_FILE))))
        for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
            addMapping(FALLBACK, bold, italic, FALLBACK)
        _fallback_registered = True


def _font_file(file: str) -> Path:
    path = resource("fonts", file)
    if not path.is_file():
        raise ReportError(
            Text(
                f"Het lettertype {file} ontbreekt in de installatie; installeer Basisscan opnieuw",
                f"The font {file} is missing from the installation; reinstall Basisscan",
            )
        )
    return path
