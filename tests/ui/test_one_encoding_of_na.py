"""The desktop UI holds "don't know / n.a." as the domain does, with no string sentinel of its own.

Issue 11 counted the wizard's ``NA = "na"`` as one of three encodings of n.a.; the wizard now
keeps the answers exactly as ``ScanView.answers`` hands them out (``None`` is n.a., an absent
item is unanswered), so a source that spells n.a. as a string again brings the copy back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import advisor_ui

UI = Path(advisor_ui.__file__).parent
SPELLINGS = {"na", "n.a.", "n/a", "n.a", "nvt", "n.v.t."}
"""Ways a string could stand for "don't know / n.a."; the UI's visible words come from the questionnaire."""


def sentinels_in(source: str) -> list[tuple[int, str]]:
    """The lines where ``source`` spells n.a. as a string, or names a constant ``NA``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip().lower() in SPELLINGS:
            found.append((node.lineno, repr(node.value)))
        elif (isinstance(node, ast.Name) and node.id == "NA") or (isinstance(node, ast.Attribute) and node.attr == "NA"):
            found.append((node.lineno, "NA"))
        elif isinstance(node, ast.alias) and (node.asname or node.name) == "NA":
            found.append((node.lineno, "import NA"))
    return found


def test_the_check_sees_the_old_sentinel() -> None:
    old = 'NA = "na"\nfrom x import NA\nvalue = NA if digit == 0 else digit\n'
    assert [line for line, _what in sentinels_in(old)] == [1, 1, 2, 3]


def test_no_string_stands_for_dont_know_anywhere_in_the_ui() -> None:
    found = [
        f"{path.relative_to(UI)}:{line}: {what}"
        for path in sorted(UI.rglob("*.py"))
        for line, what in sentinels_in(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "n.a. is None in the domain's answers (ScanView.answers), never a string of the UI's own"
