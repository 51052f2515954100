"""A module imported after PySide6 is not read as text by PySide6's import hook, unless it is Qt's or the UI's."""

from __future__ import annotations

import linecache
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
