"""The embedded typefaces: DejaVu Sans Condensed, and Droid Sans Fallback for Chinese and Japanese.

Both ship in ``resources/fonts`` with their licences. Registered with reportlab
once per process; every PDF then embeds subsets, so euro signs, Dutch and
Turkish letters, Greek, Cyrillic, Arabic and Chinese print the same on any
machine, with or without fonts of its own. The fallback (4 MB) is registered
only when a text first needs it (see scripts.py).

A subset is the same bytes whenever it lists the same characters in the same
order, and the summaries of one language mostly do: each face keeps the last
subsets it made, compressed, for the next PDF (see :class:`_KeptSubsetsFace`), and
their widths and character maps as written (:class:`_KeptSubsetsFont`).
"""

from __future__ import annotations

import threading
import weakref
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFZCompress
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

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

KEPT_SUBSETS = 48
"""Subsets kept in the process, each some 27 kB as made and 12 kB compressed: three faces a summary, both languages."""

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
            pdfmetrics.registerFont(_kept(TTFont(name, str(_font_file(file)))))
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


def register_fallback() -> None:
    """Make the Chinese and Japanese fallback known; it has one face, used for bold and italic too."""
    global _fallback_registered  # noqa: PLW0603 - one registration per process is the point
    with _lock:
        if _fallback_registered:
            return
        pdfmetrics.registerFont(_kept(TTFont(FALLBACK, str(_font_file(FALLBACK_FILE)))))
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


class _KeptSubsetsFace(TTFontFace):  # type: ignore[misc]  # reportlab ships no type hints
    """A face that hands a PDF the subset, and its compressed bytes, it made for an earlier PDF with the same characters.

    Every summary embeds one subset of each face it uses (reportlab's first: 128 codes, the characters in the
    order they first appear), and making it reads the font's tables and compresses some 27 kB: about 2 ms of
    a summary's 25 for its three faces. Both depend on the face and the subset's characters alone.
    """

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 - reportlab's name
        return _subset(self, tuple(subset))

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:  # noqa: N802 - reportlab's name
        reference = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject[f"fontFile:{self.filename}({fontname})"]
        if stream.filters == [PDFZCompress]:
            stream.filters = [_KEPT_FLATE]
        return reference


class _KeptSubsetsFont(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """A font that writes each subset's widths and character map as it wrote them for an earlier PDF with that subset.

    Next to the subset itself, reportlab describes each subset with its characters' widths (an array
    of some 200 numbers, each formatted and encoded on its own) and a character map it compresses:
    like the subset, both depend on the face and the subset's characters alone.
    """

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        subsets = len(self.state[doc].subsets) if doc in self.state else 0
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(subsets)]  # named already: the PDF uses them
        super().addObjects(doc)
        for name in names:
            described = doc.idToObject[name]
            described.Widths = _KeptWidths(described.Widths.sequence)
            cmap = doc.idToObject[described.ToUnicode.name]
            if cmap.filters == [PDFZCompress]:
                cmap.filters = [_KEPT_CMAP_FLATE]


class _KeptWidths(PDFArray):  # type: ignore[misc]  # reportlab ships no type hints
    """A subset's widths array, formatted as ``PDFArray`` formats numbers (they need nothing of the document)."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # noqa: N803 - reportlab's name
        return _widths(tuple(self.sequence), rl_config.pdfMultiLine, IND)


@lru_cache(maxsize=KEPT_SUBSETS)
def _widths(widths: tuple[float, ...], _multiline: bool, indent: bytes) -> bytes:
    formatted: bytes = PDFArray(list(widths)).format(None, indent)
    return formatted


def _kept(font: TTFont) -> TTFont:
    font.__class__ = _KeptSubsetsFont  # the font and face reportlab read, with the methods above
    font.face.__class__ = _KeptSubsetsFace
    return font


@lru_cache(maxsize=KEPT_SUBSETS)
def _subset(face: TTFontFace, codes: tuple[int, ...]) -> bytes:
    made: bytes = TTFontFace.makeSubset(face, list(codes))
    return made


class _KeptFlate:
    """reportlab's Flate filter (``PDFZCompress``) for font subsets, keeping what it compressed for the same bytes."""

    pdfname = PDFZCompress.pdfname

    def __init__(self) -> None:
        self.encode = lru_cache(maxsize=KEPT_SUBSETS)(PDFZCompress.encode)


_KEPT_FLATE = _KeptFlate()
_KEPT_CMAP_FLATE = _KeptFlate()
"""The subsets' character maps (1-5 kB each), kept apart so they never push a subset (27 kB) out."""


class _FirstSubset:
    """The characters a document has given codes in a face's first subset, as a translation to those codes."""

    def __init__(self) -> None:
        self.seen = 0  # how many of the state's assignments are in here (reportlab only ever adds to them)
        self.codes: dict[int, int] = {}
        self.chars: set[str] = set()


_first_subsets: weakref.WeakKeyDictionary[Any, _FirstSubset] = weakref.WeakKeyDictionary()
"""Per font and document (reportlab's ``TTFont.State``), the characters already coded in its first subset."""


def split_string(font: TTFont, text: str, doc: Any) -> list[tuple[int, bytes]]:
    """``font.splitString(text, doc)``: the same pieces, in one translation when every character has its code.

    reportlab looks each character up in a loop; a summary's text, once its first characters
    have their codes, is all in the first subset, so its codes are one ``str.translate``. A
    character not coded yet (or coded in a later subset, or without a glyph) goes to reportlab.
    """
    state = font.state.get(doc)
    if state is not None and text:
        known = _first_subsets.get(state)
        if known is None:
            known = _first_subsets[state] = _FirstSubset()
        assignments = state.assignments
        if known.seen != len(assignments):
            for char, code in islice(assignments.items(), known.seen, None):
                if code < 256:
                    known.codes[char] = code
                    known.chars.add(chr(char))
            if 32 in known.codes:  # reportlab prints a no-break space as the space
                known.codes[0xA0] = known.codes[32]
                known.chars.add("\xa0")
            known.seen = len(assignments)
        if known.chars.issuperset(text):
            return [(0, text.translate(known.codes).encode("latin-1"))]
    pieces: list[tuple[int, bytes]] = font.splitString(text, doc)
    return pieces
