"""Importing the programme's registration list (CSV, as Excel or a web form writes it).

Good rows are imported and bad rows reported with their line and reason, in
one transaction: either the whole good part lands or, on a storage error,
nothing does. A KvK number already on the device updates that company, so a
re-import adds no duplicates.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.demo import refuse_demo_kvk
from ..domain.errors import ValidationError
from ..domain.sectors import match_sector
from ..domain.text import Text
from ..errors import ImportFileError
from ..store.models import Company
from ..store.settings import is_demo
from .companies import CompanyInput, apply_input, live_company_by_kvk

if TYPE_CHECKING:
    from ..workspace import Workspace

COLUMNS = {
    "name": ("name", "naam", "bedrijfsnaam", "company"),
    "kvk": ("kvk", "kvk-nummer", "kvk nummer", "kvknummer", "coc"),
    "sector": ("sector", "branche"),
    "municipality": ("municipality", "gemeente", "plaats", "city"),
    "employees": ("employees", "medewerkers", "werknemers", "aantal medewerkers"),
    "contact_person": ("contact", "contactpersoon", "contact person"),
    "email": ("email", "e-mail", "e-mailadres", "mail"),
    "phone": ("phone", "telefoon", "telefoonnummer", "tel"),
}
REQUIRED = ("name", "kvk", "sector")
FIELD_LABELS = {
    "name": "naam/name",
    "kvk": "kvk",
    "sector": "sector",
    "employees": "medewerkers/employees",
    "email": "e-mail",
    "phone": "telefoon/phone",
}


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel saves it."""
    if not data.strip():
        raise ImportFileError(Text(f"{name} is leeg", f"{name} is empty"))
    if b"\x00" in data[:4096]:
        raise ImportFileError(Text(f"{name} is geen tekstbestand (CSV)", f"{name} is not a text (CSV) file"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and each record with the line it starts on."""
    text = decode(path.read_bytes(), path.name)
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    line = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                if header is None:
                    header = row
                else:
                    records.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(Text(f"{path.name} regel {line}: {exc}", f"{path.name} line {line}: {exc}")) from None
    if header is None:
        raise ImportFileError(Text(f"{path.name} is leeg", f"{path.name} is empty"))
    return header, records


def map_columns(header: list[str], name: str, report: ImportReport) -> dict[str, int]:
    lookup = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
    positions: dict[str, int] = {}
    for index, title in enumerate(header):
        key = lookup.get(" ".join(title.strip().casefold().replace("_", " ").split()))
        if key is None:
            report.warnings.append(str(Text(f"kolom '{title}' wordt genegeerd", f"column '{title}' is ignored")))
        elif key not in positions:
            positions[key] = index
    missing = [key for key in REQUIRED if key not in positions]
    if missing:
        raise ImportFileError(
            Text(
                f"{name} mist de verplichte kolom(men): {', '.join(missing)} (gevonden: {', '.join(header)})",
                f"{name} lacks the required column(s): {', '.join(missing)} (found: {', '.join(header)})",
            )
        )
    return positions


def parse_row(row: list[str], positions: dict[str, int]) -> CompanyInput:
    def cell(key: str) -> str:
        index = positions.get(key)
        return row[index].strip() if index is not None and index < len(row) else ""

    employees_text = cell("employees").replace(".", "").replace(" ", "")
    if employees_text and not employees_text.isdigit():
        raise ValidationError(
            "employees", Text(f"'{cell('employees')}' is geen aantal", f"'{cell('employees')}' is not a number")
        )
    return CompanyInput(
        name=rules.validate_name(cell("name")),
        kvk=rules.normalise_kvk(cell("kvk")),
        sector=match_sector(cell("sector")).key,
        employees=int(employees_text) if employees_text else None,
        municipality=cell("municipality"),
        contact_person=cell("contact_person"),
        email=cell("email"),
        phone=cell("phone"),
    ).validated()


def import_companies(workspace: Workspace, path: Path, created_by: str = "") -> ImportReport:
    report = ImportReport()
    header, records = read_rows(path)
    positions = map_columns(header, path.name, report)
    seen: dict[str, int] = {}
    with workspace.db.session() as session:
        real = not is_demo(session)
        for line, row in records:
            try:
                data = parse_row(row, positions)
                if real:
                    refuse_demo_kvk(data.kvk)
            except ValidationError as error:
                report.rejected.append(RejectedRow(line, f"{FIELD_LABELS.get(error.field, error.field)}: {error}"))
                continue
            if data.kvk in seen:
                report.rejected.append(
                    RejectedRow(
                        line,
                        str(
                            Text(
                                f"kvk: {data.kvk} staat al op regel {seen[data.kvk]}",
                                f"kvk: {data.kvk} is already on line {seen[data.kvk]}",
                            )
                        ),
                    )
                )
                continue
            seen[data.kvk] = line
            existing = live_company_by_kvk(session, data.kvk)
            if existing is None:
                company = Company(created_by=created_by)
                apply_input(company, data)
                session.add(company)
                report.added += 1
            else:
                apply_input(existing, _keep_unset(existing, data))
                report.updated += 1
    return report


def _keep_unset(existing: Company, data: CompanyInput) -> CompanyInput:
    """Empty optional cells keep what the device already knows (and consent is never imported)."""
    kept = {
        f.name: getattr(existing, f.name)
        for f in fields(CompanyInput)
        if f.name not in REQUIRED and getattr(data, f.name) in ("", None, False)
    }
    return replace(data, **kept)
