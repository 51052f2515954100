"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Company names, municipalities and notes arrive from registration lists and
from devices; coordinators open the exports in Excel. A cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel
and LibreOffice (``=HYPERLINK(...)`` leaks data with one click), so, as OWASP
advises for CSV injection, such a text cell gets a leading apostrophe: the
spreadsheet shows the text as typed and evaluates nothing. Numbers written as
numbers (``-3``, ``12.5``) stay numbers: they cannot hold a formula. Every CSV
the product writes goes through :func:`csv_text`, which neutralises every cell.

**Separator and decimal sign follow the reader's language** (:data:`DIALECTS`).
Excel opens a ``.csv`` with the list separator and decimal sign of the
machine's regional settings: a Dutch Excel splits on ``;`` and reads ``6,3``
as a number, but reads ``6.3`` as text and ``3500.00`` as three hundred and
fifty thousand; an English Excel splits on ``,`` and puts a semicolon file in
one column. So Dutch files use ``;`` and the decimal comma, English files
``,`` and the decimal point (plain RFC 4180 CSV, what scripts expect); both
start with a UTF-8 BOM, without which Excel reads the UTF-8 text (``Zoë``) as
Windows-1252. Numbers are written without grouping, so no reader takes a
thousands separator for a decimal one. Column names and codes are the same in
both languages; only the notation of the cells differs.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .text import normalise_language

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9]+(?:[.,][0-9]+)?$")


def neutral_cell(value: object) -> object:
    """``value`` as a CSV cell that cannot start a formula (only text cells change)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def neutral_row(values: Iterable[object]) -> list[object]:
    return [neutral_cell(value) for value in values]


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file for readers of one language separates cells and writes a decimal number."""

    delimiter: str
    decimal_sign: str


DIALECTS = {"nl": CsvDialect(delimiter=";", decimal_sign=","), "en": CsvDialect(delimiter=",", decimal_sign=".")}
BOM = "\ufeff"


def csv_dialect(language: str) -> CsvDialect:
    return DIALECTS[normalise_language(language)]


def number_cell(value: Decimal | float, language: str) -> str:
    """A decimal number in the notation of ``language``'s spreadsheets, ungrouped: ``Decimal("6.3")`` -> ``6,3`` in Dutch."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return f"{exact:f}".replace(".", csv_dialect(language).decimal_sign)


def read_number_cell(cell: str, language: str) -> Decimal:
    """The number :func:`number_cell` wrote, exactly."""
    return Decimal(cell.replace(csv_dialect(language).decimal_sign, "."))


def csv_cell(value: object, language: str) -> object:
    """One cell: decimal numbers in the language's notation, text neutralised; whole numbers and the rest as they are."""
    if isinstance(value, Decimal | float):
        return number_cell(value, language)
    return neutral_cell(value)


def csv_text(header: Iterable[object], rows: Iterable[Iterable[object]], language: str) -> str:
    """A whole CSV file for readers of ``language``: BOM, the language's separator and decimal sign, CRLF lines."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_dialect(language).delimiter, lineterminator="\r\n")
    writer.writerow([csv_cell(value, language) for value in header])
    writer.writerows([csv_cell(value, language) for value in row] for row in rows)
    return BOM + buffer.getvalue()
