"""Importing the registration list as programme offices and Excel really write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_app.errors import ImportFileError
from advisor_app.services.importing import import_companies
from advisor_app.workspace import Workspace


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "aanmeldingen.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_excel_style_semicolons_windows_1252_crlf_dutch_headers(workspace: Workspace, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Naam;KvK;Sector;Gemeente;Medewerkers;Contactpersoon;E-mail;Telefoon\r\n"
        '"Coöperatie Zoë; één plan";12 34 56 78;Bouw en installatie;Utrecht;12;Zoë Smit;zoe@example.nl;030-1234567\r\n'
        "Café Ünal;8765.4321;zd;Zeist;;;;\r\n",
        encoding="cp1252",
    )
    report = import_companies(workspace, path)
    assert (report.added, report.updated, report.rejected, report.warnings) == (2, 0, [], [])
    companies = {c.name: c for c in workspace.companies.list()}
    assert companies["Coöperatie Zoë; één plan"].kvk == "12345678"
    assert companies["Coöperatie Zoë; één plan"].size_band == "10-49"
    assert companies["Café Ünal"].sector == "professional_services"


def test_utf8_bom_commas_lf_english_headers_and_quoted_newlines(workspace: Workspace, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeffname,kvk,SECTOR,municipality,email,notes\n"
        '"Studio ""Licht"", Utrecht",11111111,Creative Industry,Utrecht,info@licht.example,"two\nlines"\n'
        "Metaal B.V.,22222222,Assembly Industry (metal),Nieuwegein,,\n",
    )
    report = import_companies(workspace, path)
    assert report.added == 2
    assert report.warnings == ["column 'notes' is ignored"]
    assert sorted(c.name for c in workspace.companies.list()) == ["Metaal B.V.", 'Studio "Licht", Utrecht']


def test_bad_rows_are_reported_with_line_and_reason_and_good_rows_land(workspace: Workspace, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name,kvk,sector,email\n"
        "Goed B.V.,33333333,Human Health,\n"
        ",44444444,Human Health,\n"
        "Kort B.V.,1234,Human Health,\n"
        "Mijnbouw B.V.,55555555,Mining,\n"
        '"Multi\nline B.V.",66666666,Human Health,\n'
        "Dubbel B.V.,3333 3333,Human Health,\n"
        "Mail B.V.,77777777,Human Health,not-an-address\n",
    )
    report = import_companies(workspace, path)
    assert report.added == 2
    reasons = {row.line: row.reason for row in report.rejected}
    assert sorted(reasons) == [3, 4, 5, 8, 9]
    assert "name is missing" in reasons[3]
    assert "must be exactly 8 digits" in reasons[4]
    assert "unknown sector 'Mining'" in reasons[5]
    assert "already on line 2" in reasons[8]
    assert reasons[9].startswith("e-mail:")


def test_reimport_updates_instead_of_duplicating(workspace: Workspace, tmp_path: Path) -> None:
    first = write(tmp_path, "naam,kvk,sector,gemeente,medewerkers\nBakker B.V.,12345678,LH,Houten,4\n", name="a.csv")
    import_companies(workspace, first)
    second = write(tmp_path, "naam,kvk,sector,gemeente\nBakkerij Bakker B.V.,12345678,Logistics and Commerce,\n", name="b.csv")
    report = import_companies(workspace, second)
    assert (report.added, report.updated) == (0, 1)
    [company] = workspace.companies.list()
    assert (company.name, company.municipality, company.employees) == ("Bakkerij Bakker B.V.", "Houten", 4)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\n\r\n  \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is not a text (CSV) file"),
        (b"naam,plaats\nBakker,Houten\n", "lacks the required column(s): kvk, sector"),
    ],
)
def test_unusable_files_get_a_plain_message_and_change_nothing(
    workspace: Workspace, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        import_companies(workspace, path)
    assert message in str(caught.value)
    assert "bad.csv" in str(caught.value)
    assert workspace.companies.list() == []
