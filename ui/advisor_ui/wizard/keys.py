"""The wizard's keys: 1-5 and 0 answer, PageDown/PageUp turn the page, the platform's undo and redo keys, Alt+Left leaves.

Shortcuts on the wizard (``WidgetWithChildrenShortcut``), so they act wherever the
keyboard is inside it and nowhere else; a text field's own Ctrl+Z still wins there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from ..controllers.scan_session import ScanSession
from ..qt import QKeySequence, QShortcut, Qt, QWidget


class Turns(Protocol):
    """What the keys drive: the wizard's own moves."""

    def handle_digit(self, digit: int) -> None: ...
    def next_page(self) -> None: ...
    def next_or_complete(self) -> None: ...
    def previous_page(self) -> None: ...
    def leave(self) -> None: ...


LEAVE_KEYS = "Alt+Left"
"""Back to the company, as on the results page."""


def undo_keys() -> list[QKeySequence]:
    """The platform's undo keys (Ctrl+Z, ...), each once: a key bound twice would fire neither binding."""
    return _unique(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and Ctrl+Shift+Z everywhere (the platform may name Ctrl+Y first)."""
    return _unique([*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: dict[str, QKeySequence] = {}
    for sequence in sequences:
        seen.setdefault(sequence.toString(), sequence)
    return list(seen.values())


def install_keys(wizard: QWidget, moves: Turns, session: ScanSession) -> None:
    def bind(sequence: QKeySequence | str, action: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(sequence), wizard)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)

    for digit in range(6):
        answer = partial(moves.handle_digit, digit)
        bind(str(digit), answer)
        bind(QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + digit)), answer)
    for sequence in ("PgDown", "Ctrl+Return", "Ctrl+Enter"):
        bind(sequence, moves.next_page if sequence == "PgDown" else moves.next_or_complete)
    bind("PgUp", moves.previous_page)
    bind(LEAVE_KEYS, moves.leave)
    for undo_key in undo_keys():
        bind(undo_key, session.undo)
    for redo_key in redo_keys():
        bind(redo_key, session.redo)
