"""PySide6 reads the whole source of every module imported after it; this spares the modules that are not Qt's or ours.

Since PySide6 6.4 (PYSIDE-2029) its ``__import__`` hook looks each newly imported module up in the table of
its ``__feature__`` switches (``snake_case``, ``true_property``) and, for a module it has not seen, reads
the module's source with ``inspect.getsource`` to enter 0 when the text names PySide6 and -1 ("ignore this
module") when not. The start's worker imports SQLAlchemy, pydantic, Babel and the services behind the shown
window, about 550 modules: linecache held their sources, 19 MB at the start's peak memory, and reading
them cost CPU the Scans page was waiting for. This app selects no feature anywhere, so for every module
0 and -1 both mean "no feature"; a module outside Qt and ``advisor_ui`` is entered as -1 before PySide6
looks (a finder first in ``sys.meta_path`` that finds nothing: it only enters the name). Where PySide6
keeps no such table, nothing is installed.

The finder is installed as soon as the hook is there (``advisor_ui.qt``, right after importing shiboken6), so
what the frame imports before its first paint (``advisor_app``'s paths and errors, ``platformdirs``,
``importlib.resources``, ``dataclasses``) is spared too; a module imported before that is entered at once, as
the hook reads its source at the next ``import`` statement that names it (``typing``, ``enum``, ``pathlib``).
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

QT_SIDE = frozenset({"advisor_ui", "PySide6", "shiboken6", "__feature__"})
"""Top-level packages whose modules PySide6 still reads: they may name PySide6."""
IGNORED = -1


class _Entered:
    """Enters each module name it is asked about (outside :data:`QT_SIDE`) as ignored; finds no module itself."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.table = table

    def find_spec(self, name: str, path: object = None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name.partition(".")[0] not in QT_SIDE:
            self.table.setdefault(name, IGNORED)
        return None


def spare_source_reads() -> bool:
    """Install the finder once, at the import of ``advisor_ui.qt`` (before any worker imports; it is never removed:
    removing it while another thread walks ``sys.meta_path`` could make that thread skip a finder). True if installed."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, _Entered) for finder in sys.meta_path):
        finder = _Entered(table)
        for name in list(sys.modules):  # imported already, so never found again, but PySide6 reads each at its next import
            finder.find_spec(name)
        sys.meta_path.insert(0, finder)
    return True
