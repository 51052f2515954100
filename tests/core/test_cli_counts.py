"""What the command line counts reads as a sentence: "1 scan exported", "2 scans exported", in Dutch and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_app.cli import main
from advisor_app.domain.plurals import SCANS, with_counts
from advisor_app.domain.text import Text
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace


def test_a_count_takes_the_plural_of_its_language_and_its_notation() -> None:
    assert SCANS.of(1) == Text("1 scan", "1 scan")
    assert SCANS.of(0) == Text("0 scans", "0 scans")
    assert SCANS.of(1200) == Text("1.200 scans", "1,200 scans")
    assert with_counts(Text("{s} in {f}", "{s} in {f}"), s=(SCANS, 1), f="{x}") == Text("1 scan in {x}", "1 scan in {x}")


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 scan exported to", "2 scans exported to"), ("nl", "1 scan geëxporteerd naar", "2 scans geëxporteerd naar")],
)
def test_export_says_one_scan_and_two_scans(
    workspace: Workspace,
    company_input: CompanyInput,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    one: str,
    two: str,
) -> None:
    company = workspace.companies.create(company_input)
    workspace.scans.start(company.id, "Ingrid")
    command = ["--data-dir", str(workspace.folder), "--lang", language, "export", "--format", "json", "-o"]
    assert main([*command, str(tmp_path / "one.json")]) == 0
    assert capsys.readouterr().out.startswith(one)
    workspace.scans.start(company.id, "Ingrid")
    assert main([*command, str(tmp_path / "two.json")]) == 0
    assert capsys.readouterr().out.startswith(two)


@pytest.mark.parametrize(("language", "shown"), [("en", "6.3"), ("nl", "6,3")])
def test_scans_show_rounds_a_half_up_in_the_language_notation(
    workspace: Workspace, company_input: CompanyInput, capsys: pytest.CaptureFixture[str], language: str, shown: str
) -> None:
    """D1 answered 2, 1, 1, 1 is 6.25 %: the screen and the PDF say 6,3 / 6.3, so the command line does too (not 6.2)."""
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id, "Ingrid")
    d1 = [item_id for item_id in workspace.questionnaire.item_ids if item_id.startswith("D1.")]
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, (2 if item_id == d1[0] else 1) if item_id in d1 else 3)
    assert main(["--data-dir", str(workspace.folder), "--lang", language, "scans", "show", str(scan.id)]) == 0
    (d1_line,) = [line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("D1 ")]
    assert d1_line.split()[-2] == shown
