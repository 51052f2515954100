"""Typed text that saves itself: at most one pause after a key press, and whenever the field is left.

Every free-text field of the app (item notes, closing notes, plan title and
next steps, action cells, voucher fields) follows one rule, so the rule lives
here once: the text is handed over to be saved

* at most :data:`SETTLE_MS` after a key press. The timer starts at the first
  key press after a hand-over and later key presses do not push it back, so a
  typist who never pauses is saved as they go, not only after the last key;
* when the field is left (focus moves on, Esc, the page or the window hides it)
  and whenever its owner calls :meth:`AutosavingText.flush` (before another item
  is shown, before the window closes).

A hand-over happens whenever the text differs from the last text handed over,
whatever the timer is doing. The receiver sends it to the ``Autosaver``, the
app's single ordered writer. Leaving the field after a change also closes the
edit (:attr:`AutosavingText.edit_finished`): one edit of a note is one undo step.

Ctrl+Z inside a field is the field's own undo while it has typing of its own to
take back; with nothing (left) to undo, the key goes to the window, so in the
scan it undoes the last recorded change. Closing an edit clears the field's own
history, so coming back to a note and pressing Ctrl+Z undoes the whole edit.
"""

from __future__ import annotations

from .qt import QEvent, QFocusEvent, QKeyEvent, QKeySequence, QLineEdit, QObject, QPlainTextEdit, Qt, QTimer, Signal, is_alive

SETTLE_MS = 600
"""How long typed text may wait for the disk; shorter would write at nearly every key press."""

TextField = QLineEdit | QPlainTextEdit


class AutosavingText(QObject):
    """The autosave rule for one text field; a child of the field, so it lives as long as the field."""

    handed_over = Signal(str)
    """The field's text, to be saved now."""
    edit_finished = Signal(str, str)
    """``(before, after)`` when the field is left after a change: one settled edit."""

    def __init__(self, field: TextField) -> None:
        super().__init__(field)
        self.setObjectName(f"{field.objectName()}Autosave")
        self._field = field
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.hand_over)
        self._saved = self._started = self.text()
        self._quiet = False
        self._user_edit = False
        if isinstance(field, QLineEdit):
            field.textEdited.connect(self._line_edited)
            field.textChanged.connect(self._line_changed)
            field.editingFinished.connect(self.hand_over)
        else:
            field.textChanged.connect(self._typed)
        field.installEventFilter(self)

    def text(self) -> str:
        field = self._field
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    @property
    def unsaved(self) -> bool:
        """Typed text that has not been handed over yet."""
        return is_alive(self._field) and self.text() != self._saved

    def show_text(self, text: str) -> None:
        """Show stored text: it is what is saved, not an edit."""
        self._timer.stop()
        self._quiet = True
        if isinstance(self._field, QLineEdit):
            self._field.setText(text)
        else:
            self._field.setPlainText(text)
        self._quiet = False
        self._saved = self._started = text

    def hand_over(self) -> None:
        """Hand the text over if it differs from the last text handed over."""
        self._timer.stop()
        if not is_alive(self._field):
            return
        text = self.text()
        if text != self._saved:
            self._saved = text
            self.handed_over.emit(text)

    def flush(self) -> None:
        """Hand the text over and close the edit: the field is being left."""
        self.hand_over()
        if not is_alive(self._field) or self._saved == self._started:
            return
        before, self._started = self._started, self._saved
        if isinstance(self._field, QPlainTextEdit):
            self._field.document().clearUndoRedoStacks()
        self.edit_finished.emit(before, self._saved)

    # -- what the field reports -------------------------------------------------------------

    def _typed(self) -> None:
        if not self._quiet and not self._timer.isActive():
            self._timer.start()

    def _line_edited(self, _text: str) -> None:
        self._user_edit = True  # Qt reports textEdited just before textChanged

    def _line_changed(self, text: str) -> None:
        if self._user_edit:
            self._user_edit = False
            self._typed()
        elif not self._quiet:
            # Set by the program (a form filled from the store): that is what is saved.
            self._timer.stop()
            self._saved = self._started = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            if event.reason() in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                self.hand_over()  # a menu or another window for a moment: saved, but still the same edit
            else:
                self.flush()
        elif kind == QEvent.Type.Hide:
            self.flush()
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not self._can_take_back(event):
            return True  # left unaccepted: the window's Ctrl+Z / Ctrl+Shift+Z gets the key
        return False

    def _can_take_back(self, event: QKeyEvent) -> bool:
        """Whether Ctrl+Z (or redo) is the field's own: only while it has typing of its own to undo (redo)."""
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if not (undo or redo) or not is_alive(self._field):
            return True
        field = self._field
        if isinstance(field, QLineEdit):
            return field.isUndoAvailable() if undo else field.isRedoAvailable()
        document = field.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
