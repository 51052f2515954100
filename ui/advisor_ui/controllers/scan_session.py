"""One scan being conducted: the wizard's state, its autosave and its undo.

The session holds what the screen shows and sends every change to the
:class:`Autosaver` at once, in order; the screen never waits for the disk.
Answer changes go through a ``QUndoStack``, so Ctrl+Z takes back a wrong
key press, and the undo is saved like any other change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.questionnaire import Dimension, Item, Questionnaire
from advisor_app.domain.scoring import score_scan
from advisor_app.domain.vocabulary import ScanStatus
from advisor_app.services.scans import ScanView

from ..context import AppContext
from ..i18n import translate
from ..qt import QObject, QTimer, QUndoCommand, QUndoStack, Signal

NA = "na"
Value = int | str | None
"""1-5, ``NA`` for "don't know / n.a.", or ``None`` while unanswered."""

INTAKE_POSITION = "intake"
REVIEW_POSITION = "review"
POSITION_SETTLE_MS = 500
"""Moving through questions is saved once the advisor stays put; an answer saves its own position at once."""


class AnswerCommand(QUndoCommand):
    def __init__(self, session: ScanSession, item_id: str, old: Value, new: Value) -> None:
        super().__init__(translate("ScanSession", "answer {item}").format(item=item_id))
        self.session, self.item_id, self.old, self.new = session, item_id, old, new

    def redo(self) -> None:
        self.session.apply_answer(self.item_id, self.new)

    def undo(self) -> None:
        self.session.apply_answer(self.item_id, self.old)


class ScanSession(QObject):
    answer_changed = Signal(str)
    note_changed = Signal(str)
    reloaded = Signal()
    save_failed = Signal(str)
    completed = Signal()
    complete_failed = Signal(str)

    def __init__(self, context: AppContext, scan_id: uuid.UUID, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.scan_id = scan_id
        self.undo_stack = QUndoStack(self)
        self.answers: dict[str, Value] = {}
        self.notes: dict[str, str] = {}
        self.intake: dict[str, Any] = {}
        self.ambitions: dict[str, int] = {}
        self.summary_notes = ""
        self.position = ""
        self._stored_position = ""
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SETTLE_MS)
        self._position_timer.timeout.connect(self.flush_position)
        self._load(context.workspace.scans.get(scan_id))

    def _load(self, view: ScanView) -> None:
        self.view = view
        self.questionnaire: Questionnaire = view.questionnaire
        self.company = view.company
        self.is_draft = view.scan.status == ScanStatus.DRAFT
        self.answers = {item_id: NA if score is None else score for item_id, score in view.answers.items()}
        self.notes = dict(view.notes)
        self.intake = dict(view.scan.intake)
        self.ambitions = dict(view.ambitions)
        self.summary_notes = view.scan.summary_notes
        self.position = self._stored_position = view.scan.position

    # -- reading -------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.questionnaire.item_ids)

    @property
    def answered(self) -> int:
        return sum(1 for item_id in self.questionnaire.item_ids if self.answers.get(item_id) is not None)

    def unanswered(self) -> list[Item]:
        return [item for item in self.questionnaire.items() if self.answers.get(item.id) is None]

    def core_answers(self) -> dict[str, int | None]:
        """The answers as the core counts them: a score, or ``None`` for "don't know"."""
        return {k: None if v == NA else int(v) for k, v in self.answers.items() if v is not None}

    def missing_for_completion(self) -> dict[str, int]:
        """Capability dimensions still short of scores for an index, with how many more each needs.

        An advance notice only: ``ScanService.complete`` decides, with the same scoring rules.
        """
        result = score_scan(self.questionnaire, self.core_answers())
        need = self.questionnaire.min_answered
        return {
            score.dimension_id: need - score.scored
            for score, dimension in zip(result.dimensions, self.questionnaire.dimensions, strict=True)
            if dimension.is_capability and not score.sufficient
        }

    def dimension_of(self, item_id: str) -> Dimension:
        return self.questionnaire.dimension(self.questionnaire.item(item_id).dimension_id)

    # -- changing (each change is queued for the disk at once) ------------------------

    def answer(self, item_id: str, value: Value) -> None:
        if self.is_draft and self.answers.get(item_id) != value:
            self.undo_stack.push(AnswerCommand(self, item_id, self.answers.get(item_id), value))

    def apply_answer(self, item_id: str, value: Value) -> None:
        """Used by the undo stack; call :meth:`answer` instead."""
        if value is None:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = value
        self.position = self._stored_position = item_id  # the core stores it with the answer
        self.answer_changed.emit(item_id)
        scans, scan_id = self.context.workspace.scans, self.scan_id
        if value == NA:
            self._write(lambda: scans.answer(scan_id, item_id, None, not_applicable=True))
        else:
            score = None if value is None else int(value)
            self._write(lambda: scans.answer(scan_id, item_id, score))

    def set_note(self, item_id: str, text: str) -> None:
        text = text.strip()
        if not self.is_draft or self.notes.get(item_id, "") == text:
            return
        self.notes[item_id] = text
        self.note_changed.emit(item_id)
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.note(scan_id, item_id, text))

    def set_intake(self, key: str, value: Any) -> None:
        if not self.is_draft or self.intake.get(key) == value:
            return
        self.intake[key] = value
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.set_intake(scan_id, {key: value}))

    def set_ambition(self, dimension_id: str, level: int) -> None:
        if not self.is_draft or self.ambitions.get(dimension_id) == level:
            return
        self.ambitions[dimension_id] = level
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.set_ambition(scan_id, dimension_id, level))

    def set_summary_notes(self, text: str) -> None:
        text = text.strip()
        if not self.is_draft or self.summary_notes == text:
            return
        self.summary_notes = text
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.set_summary_notes(scan_id, text))

    def set_position(self, position: str) -> None:
        """Where the wizard is, so reopening the scan resumes right there (saved once the advisor stays put)."""
        if self.position == position or not self.is_draft:
            return
        self.position = position
        self._position_timer.start()

    def flush_position(self) -> None:
        self._position_timer.stop()
        if self.position == self._stored_position or not self.is_draft:
            return
        position = self._stored_position = self.position
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.set_position(scan_id, position))

    def complete(self) -> None:
        """Freeze the scan after every queued answer is on disk; the core has the last word."""
        scans, scan_id = self.context.workspace.scans, self.scan_id

        def attempt() -> BasisscanError | None:
            try:
                scans.complete(scan_id)
            except BasisscanError as error:
                return error
            return None

        def settled(refused: BasisscanError | None) -> None:
            if refused is not None:
                self.complete_failed.emit(str(refused))
                return
            self.is_draft = False
            self.undo_stack.clear()
            self.context.events.scans_changed.emit()
            self.context.events.plans_changed.emit()
            self.completed.emit()

        self.context.autosaver.submit(attempt, settled, self._failed)

    def _write(self, write: Callable[[], object]) -> None:
        self.context.autosaver.submit(write, None, self._failed)

    def close(self) -> None:
        """Leaving the scan: the lists that show it re-read it once, not at every key press.

        The closed session stays silent, so a save that settles later reaches no page that is gone.
        """
        self.flush_position()
        self.context.events.scans_changed.emit()
        self.blockSignals(True)

    def _failed(self, error: BaseException) -> None:
        """Show what is really stored again, and say why the change did not land."""
        self.save_failed.emit(self.context.message(error))
        try:
            self._load(self.context.workspace.scans.get(self.scan_id))
        except BasisscanError:
            return
        self.undo_stack.clear()
        self.reloaded.emit()
