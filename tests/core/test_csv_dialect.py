"""Every CSV the product writes reads back under its language's dialect: Dutch ``;`` and ``6,3``, English ``,`` and ``6.3``."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.csvcells import BOM, FORMULA_STARTS, csv_dialect, csv_text, read_number_cell

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00\r"), max_size=30)
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**9), max_value=10**9)
languages = st.sampled_from(["nl", "en"])


def read_back(text: str, language: str) -> list[list[str]]:
    assert text.startswith(BOM), "a UTF-8 BOM, or Excel reads Zoë as Windows-1252"
    return list(csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), delimiter=csv_dialect(language).delimiter))


@given(st.lists(st.tuples(texts, decimals, st.integers()), max_size=6), languages)
def test_written_cells_read_back_under_the_same_dialect(rows: list[tuple[str, Decimal, int]], language: str) -> None:
    """Text comes back as written (behind one apostrophe where it would start a formula), numbers exactly."""
    cells = read_back(csv_text(("text", "amount", "count"), rows, language), language)
    assert cells[0] == ["text", "amount", "count"]
    assert len(cells) == len(rows) + 1
    for (text, amount, count), (text_cell, amount_cell, count_cell) in zip(rows, cells[1:], strict=True):
        assert text_cell == ("'" + text if text.startswith(FORMULA_STARTS) and text_cell != text else text)
        assert read_number_cell(amount_cell, language) == amount
        assert int(count_cell) == count
        assert csv_dialect(language).delimiter not in amount_cell, "no grouping, no decimal sign that splits a cell"


def test_dutch_files_use_semicolons_and_the_decimal_comma_english_files_commas_and_the_point() -> None:
    row = [("Zoë", Decimal("3500.50"), 6.3)]
    assert csv_text(("a", "b", "c"), row, "nl") == BOM + "a;b;c\r\nZoë;3500,50;6,3\r\n"
    assert csv_text(("a", "b", "c"), row, "en") == BOM + "a,b,c\r\nZoë,3500.50,6.3\r\n"


def test_the_command_line_export_follows_the_command_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(data)]
    subprocess.run([*run, "demo", "--companies", "3", "--seed", "3"], check=True, capture_output=True, timeout=120)
    for language, delimiter, sign in (("nl", ";", ","), ("en", ",", ".")):
        out = tmp_path / f"scans-{language}.csv"
        subprocess.run(
            [*run, "--lang", language, "export", "--format", "csv", "-o", str(out)], check=True, capture_output=True, timeout=120
        )
        text = out.read_text(encoding="utf-8")
        assert text.removeprefix(BOM).startswith(f"scan_id{delimiter}company{delimiter}")
        completed = [row for row in read_back(text, language)[1:] if row[7]]
        assert completed, "the demo has completed scans"
        for row in completed:
            assert sign in row[7] or row[7].isdigit(), row[7]
            assert 0 <= read_number_cell(row[7], language) <= 100
