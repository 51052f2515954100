"""A note field that saves itself (see :mod:`advisor_ui.autosave`); Esc hands it over and returns to the list."""

from __future__ import annotations

from ..autosave import AutosavingText
from ..qt import QKeyEvent, QPlainTextEdit, Qt, Signal


class NoteEdit(QPlainTextEdit):
    settled = Signal(str)
    """The text to save: at most one typing pause after a key press, or on leaving the field."""
    edited = Signal(str, str)
    """``(before, after)`` once the field is left after a change: one edit."""
    escaped = Signal()

    def __init__(self, name: str, lines: int = 2) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self.autosave = AutosavingText(self)
        self.autosave.handed_over.connect(self.settled)
        self.autosave.edit_finished.connect(self.edited)

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without it counting as an edit."""
        self.autosave.show_text(text)

    def flush(self) -> None:
        """Hand over what is typed and close the edit (before the item, the page or the window changes)."""
        self.autosave.flush()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.flush()
            self.escaped.emit()
            return
        super().keyPressEvent(event)
