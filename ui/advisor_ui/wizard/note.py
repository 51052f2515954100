"""A note field that saves itself: shortly after typing stops, and when it is left."""

from __future__ import annotations

from ..qt import QFocusEvent, QKeyEvent, QPlainTextEdit, Qt, QTimer, Signal

SETTLE_MS = 600
"""Typing pauses longer than this are saved; shorter ones would write at every key press."""


class NoteEdit(QPlainTextEdit):
    settled = Signal(str)
    """The text after a pause in typing, or on leaving the field."""
    escaped = Signal()

    def __init__(self, name: str, lines: int = 2) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)
        self._quiet = False

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without it counting as an edit."""
        self._timer.stop()
        self._quiet = True
        self.setPlainText(text)
        self._quiet = False

    def flush(self) -> None:
        """Hand over a pending edit now (before the item or page changes)."""
        if self._timer.isActive():
            self._timer.stop()
            self.settled.emit(self.toPlainText())

    def _typed(self) -> None:
        if not self._quiet:
            self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.flush()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.flush()
            self.escaped.emit()
            return
        super().keyPressEvent(event)
