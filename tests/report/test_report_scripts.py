"""Notes in other scripts print as written (issue 14, point 7): Arabic joined and right to left, Chinese in a font that has it.

The text layer alone cannot show direction (pypdf hands Arabic back in logical
order either way), so the Arabic test reads the words where poppler finds them
on the page (``pdftotext -bbox``): the first word of the note must stand
rightmost, the line must end at the right margin, and each word's glyphs must be
the joined presentation forms, drawn from right to left.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor_app.report import render_report
from advisor_app.workspace import Workspace

from .conftest import answer_all, by_dimension, new_company
from .pdf import font_names

PDFTOTEXT = shutil.which("pdftotext")
ARABIC = "العربية: الفريق يعمل بشكل جيد"
CHINESE = "中文：团队合作很好。"
TURKISH = "Türkçe: ekip çok iyi çalışıyor, şüphesiz ığdır"
CYRILLIC = "Русский: команда хорошо работает"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    x_min: float
    y_min: float
    x_max: float
    text: str


def is_presentation_form(char: str) -> bool:
    return 0xFB50 <= ord(char) <= 0xFDFF or 0xFE70 <= ord(char) <= 0xFEFF


def report_with_notes(workspace: Workspace, language: str) -> bytes:
    scan = workspace.scans.start(new_company(workspace))
    answer_all(workspace, scan.id, by_dimension(workspace, {"D1": 3, "D2": 3, "D3": 3, "D4": 3, "D5": 3, "D6": 3}))
    for item_id, note in zip(("D1.1", "D1.2", "D1.3", "D1.4"), (ARABIC, CHINESE, TURKISH, CYRILLIC), strict=True):
        workspace.scans.note(scan.id, item_id, note)
    return render_report(workspace, scan.id, language)


def words_per_page(pdf: Path) -> list[list[Word]]:
    assert PDFTOTEXT is not None
    html = pdf.with_suffix(".html")
    done = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), str(html)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    pages = html.read_text(encoding="utf-8").split("<page ")[1:]
    return [[Word(float(a), float(b), float(c), d) for a, b, c, d in WORD.findall(page)] for page in pages]


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")
@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_arabic_note_is_joined_and_reads_from_the_right(workspace: Workspace, language: str, tmp_path: Path) -> None:
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(report_with_notes(workspace, language))

    for page in words_per_page(pdf):
        arabic = sorted({w for w in page if any(is_presentation_form(c) for c in w.text)}, key=lambda w: w.x_min)
        if not arabic:
            continue
        assert len({round(w.y_min) for w in arabic}) == 1, "the short note stays on one line"
        right_to_left = [unicodedata.normalize("NFKC", w.text[::-1]) for w in reversed(arabic)]
        assert right_to_left == ARABIC.split(), "the first word stands rightmost, each drawn from right to left"
        assert all(is_presentation_form(c) for w in arabic for c in w.text if c.isalpha()), "letters joined"
        latin_right = max(w.x_max for w in page if w.text.isascii())
        assert arabic[-1].x_max == pytest.approx(latin_right, abs=1.0), "right-aligned, at the text's right margin"
        return
    pytest.fail("the Arabic note is not on any page")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_chinese_is_set_in_an_embedded_font_that_has_it(workspace: Workspace, language: str) -> None:
    data = report_with_notes(workspace, language)

    runs: list[tuple[str, str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:

        def visit(text: str, _cm: object, _tm: object, font: dict[str, object] | None, _size: float) -> None:
            if text.strip() and font is not None:
                runs.append((str(font["/BaseFont"]), text.strip()))

        page.extract_text(visitor_text=visit)

    chinese = [font for font, text in runs if any("\u4e00" <= c <= "\u9fff" for c in text)]
    assert chinese
    assert all("DroidSansFallback" in font for font in chinese)
    others = [font for font, text in runs if any(c in text for c in "çşığРусский")]
    assert others
    assert all("DejaVuSans" in font for font in others), "Turkish and Cyrillic in the text font"
    fonts = font_names(data)
    assert any("DroidSansFallback" in name for name in fonts)
    assert all(fonts.values()), "every font embedded (as a subset)"
