"""A module imported after PySide6 is not read as text by PySide6's import hook, unless it is Qt's or the UI's."""

from __future__ import annotations

import linecache
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_ui.source_reads import spare_source_reads


@pytest.fixture
def on_path(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [name for name in sys.modules if name.startswith("basisscan_probe_")]:
        del sys.modules[name]


def test_a_module_imported_later_keeps_no_copy_of_its_source(on_path: Path) -> None:
    import PySide6.QtCore  # noqa: F401 - the hook comes with PySide6

    assert spare_source_reads(), "this PySide6 keeps its table of feature switches"
    module = on_path / "basisscan_probe_plain.py"
    module.write_text('"""Nothing of Qt here."""\nVALUE = 1\n', encoding="utf-8")
    linecache.clearcache()
    assert __import__("basisscan_probe_plain").VALUE == 1  # an import statement: the hook is on __import__
    assert str(module) not in linecache.cache, "PySide6 read its source"
    assert spare_source_reads(), "installing twice is harmless"
    assert sum(type(finder).__name__ == "_Entered" for finder in sys.meta_path) == 1


IMPORTED_BEFORE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import basisscan_probe_early  # before PySide6 and its hook
import advisor_ui.qt  # noqa: F401 - the hook comes with it, and the finder with the hook
import basisscan_probe_early  # an import statement again: the hook looks it up
print("read:", basisscan_probe_early.__file__ in linecache.cache)
"""


def test_a_module_imported_before_pyside_is_not_read_at_its_next_import(tmp_path: Path) -> None:
    """What the start imports before ``advisor_ui.qt`` (``typing``, ``enum``) is not read as text either."""
    (tmp_path / "basisscan_probe_early.py").write_text('"""Nothing of Qt here."""\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", IMPORTED_BEFORE, str(tmp_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["read:", "False"], done.stderr
