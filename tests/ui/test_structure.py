"""One gateway to Qt: only ``advisor_ui/qt.py`` imports PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui" / "advisor_ui"


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_only_the_qt_module_imports_pyside6() -> None:
    offenders = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "qt.py" and any(name.split(".")[0] == "PySide6" for name in imported_modules(path))
    )
    assert offenders == []
    assert "PySide6.QtWidgets" in imported_modules(UI / "qt.py")
