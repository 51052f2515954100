"""One scan being conducted: the wizard's state, its autosave and its undo.

The session holds what the screen shows and sends every change to the
:class:`Autosaver` at once, in order; the screen never waits for the disk.

Every edit the advisor makes (answers, "don't know", ambitions, intake
answers, item notes and closing notes) is one command on one ``QUndoStack`` per
scan, in the order made, so Ctrl+Z takes back exactly the last edit and
Ctrl+Shift+Z puts it back; undo and redo are saved like any other change.
Typed notes reach the disk as they are typed (see :mod:`advisor_ui.autosave`)
and become one step when the field is left. Before any other edit is recorded
the session asks open text fields to settle (:attr:`ScanSession.settle_requested`),
so a note typed before an answer is always undone after it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING, Any, Final

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.questionnaire import Item, Questionnaire
from advisor_app.domain.scoring import score_scan
from advisor_app.domain.vocabulary import ScanStatus
from advisor_app.services.scans import PreviousAnswers

from ..context import AppContext
from ..i18n import translate
from ..qt import QObject, QTimer, QUndoCommand, QUndoStack, Signal

if TYPE_CHECKING:
    from advisor_app.services.views import ScanView

Given = int | None
"""An answered item as the domain's scoring map holds it (``ScanView.answers``): 1-5, or ``None`` for "don't know / n.a."."""


class Unanswered(Enum):
    """No answer at all, not even "don't know": what undoing an item's first answer goes back to.

    A type of its own, neither ``None`` (that is n.a. in the domain's map) nor a string:
    the session holds the answers exactly as the services hand them out, absent meaning unanswered.
    """

    UNANSWERED = auto()


UNANSWERED: Final = Unanswered.UNANSWERED
Value = Given | Unanswered
"""A choice as the wizard shows it: an answer (:data:`Given`), or :data:`UNANSWERED`."""

INTAKE_POSITION = "intake"
REVIEW_POSITION = "review"
POSITION_SETTLE_MS = 500
"""Moving through questions is saved once the advisor stays put; an answer saves its own position at once."""
AMBITION_PREFIX = "ambition:"
MERGING = 1
"""The undo id of edits that may merge with the one before (see :attr:`Edit.merge_key`)."""


def ambition_entry(dimension_id: str) -> str:
    """The wizard's entry for a dimension's ambition, beside its items."""
    return f"{AMBITION_PREFIX}{dimension_id}"


class Edit(QUndoCommand):
    """One change the advisor made: ``apply(new)`` does it, ``apply(old)`` takes it back.

    Pushing runs :meth:`redo` once for the change itself; a later undo or redo
    also asks the wizard to show where it happened (``entry``).
    """

    def __init__(self, session: ScanSession, text: str, *, entry: str, apply: Callable[[Any], None], old: Any, new: Any) -> None:
        super().__init__(text)
        self.session, self.entry, self.apply, self.old, self.new = session, entry, apply, old, new
        self.merge_key = ""
        """Set for a value typed key by key (a percentage): consecutive edits of it are one step."""
        self._done = False

    def id(self) -> int:
        return MERGING if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, Edit) and other.merge_key == self.merge_key and self.session.open_edit is self):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.apply(self.new)
        if self._done:
            self.session.revisited.emit(self.entry)
        self._done = True

    def undo(self) -> None:
        self.apply(self.old)
        self.session.revisited.emit(self.entry)


class ScanSession(QObject):
    answer_changed = Signal(str)
    note_changed = Signal(str)
    ambition_changed = Signal(str)
    intake_changed = Signal(str)
    summary_notes_changed = Signal()
    revisited = Signal(str)
    """An undo or redo changed this entry (item, ambition entry, intake or review): show it."""
    settle_requested = Signal()
    """Text fields with typing in progress hand it over and close their edit now."""
    reloaded = Signal()
    previous_loaded = Signal()
    """The previous scan's answers (a follow-up) are read: pages can show them beside each item."""
    save_failed = Signal(str)
    completed = Signal()
    complete_failed = Signal(str)

    def __init__(self, context: AppContext, view: ScanView, parent: QObject | None = None) -> None:
        """``view`` is the scan as read in a worker (``MainWindow.open_scan``): opening a scan never reads on the UI thread."""
        super().__init__(parent)
        self.context = context
        self.scan_id = scan_id = view.scan.id
        self.undo_stack = QUndoStack(self)
        self.open_edit: Edit | None = None
        """The last edit, while later key presses in the same field still join it."""
        self.answers: dict[str, Given] = {}
        """The answered items, as ``ScanView.answers`` has them: a score, or ``None`` for n.a.; absent is unanswered."""
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
        self._load(view)
        self.previous: PreviousAnswers | None = None
        """What the scan this one follows up answered; read in a worker, never preselected."""
        scans = context.workspace.scans
        context.tasks.start(lambda _control: scans.previous_answers(scan_id), self._previous_read, lambda _error: None)

    def _load(self, view: ScanView) -> None:
        self.view = view
        self.questionnaire: Questionnaire = view.questionnaire
        self.company = view.company
        self.is_draft = view.scan.status == ScanStatus.DRAFT
        self.answers = dict(view.answers)
        self.notes = dict(view.notes)
        self.intake = dict(view.scan.intake)
        self.ambitions = dict(view.ambitions)
        self.summary_notes = view.scan.summary_notes
        self.position = self._stored_position = view.scan.position

    def _previous_read(self, previous: PreviousAnswers | None) -> None:
        self.previous = previous
        if previous is not None:
            self.previous_loaded.emit()

    # -- reading -------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.questionnaire.item_ids)

    @property
    def answered(self) -> int:
        return sum(1 for item_id in self.questionnaire.item_ids if item_id in self.answers)

    def unanswered(self) -> list[Item]:
        return [item for item in self.questionnaire.items() if item.id not in self.answers]

    def value_of(self, item_id: str) -> Value:
        """The item's answer, or :data:`UNANSWERED` (never ``None``, which is "don't know")."""
        return self.answers.get(item_id, UNANSWERED)

    def missing_for_completion(self) -> dict[str, int]:
        """Capability dimensions still short of scores for an index, with how many more each needs.

        An advance notice only: ``ScanService.complete`` decides, with the same scoring rules.
        """
        result = score_scan(self.questionnaire, self.answers)
        need = self.questionnaire.min_answered
        return {
            score.dimension_id: need - score.scored
            for score, dimension in zip(result.dimensions, self.questionnaire.dimensions, strict=True)
            if dimension.is_capability and not score.sufficient
        }

    # -- the advisor's edits (each one an undo step, queued for the disk at once) -------------

    def answer(self, item_id: str, value: Given) -> None:
        """A score 1-5, or ``None`` for "don't know / n.a." (key 0), as the domain scores it."""
        old = self.value_of(item_id)
        if self.is_draft and old != value:
            text = translate("ScanSession", "answer {item}").format(item=item_id)
            apply = lambda v: self.apply_answer(item_id, v)  # noqa: E731
            self._record(Edit(self, text, entry=item_id, apply=apply, old=old, new=value))

    def set_ambition(self, dimension_id: str, level: int) -> None:
        if self.is_draft and self.ambitions.get(dimension_id) != level:
            text = translate("ScanSession", "ambition {dimension}").format(dimension=dimension_id)
            old = self.ambitions.get(dimension_id)
            apply = lambda v: self._apply_ambition(dimension_id, v)  # noqa: E731
            self._record(Edit(self, text, entry=ambition_entry(dimension_id), apply=apply, old=old, new=level))

    def set_intake(self, key: str, value: Any, *, typed: bool = False) -> None:
        """An intake answer; ``typed`` values (a percentage typed digit by digit) are one step until sealed."""
        if not self.is_draft or self.intake.get(key) == value:
            return
        text = translate("ScanSession", "intake {question}").format(question=key)
        apply = lambda v: self._apply_intake(key, v)  # noqa: E731
        edit = Edit(self, text, entry=INTAKE_POSITION, apply=apply, old=self.intake.get(key), new=value)
        edit.merge_key = f"intake:{key}" if typed else ""
        self._record(edit)

    def seal(self) -> None:
        """The typed value is finished (its field was left): the next key press starts a new step."""
        self.open_edit = None

    def set_note(self, item_id: str, text: str) -> None:
        """Typed note text handed over by its field: saved at once, an undo step once the field is left."""
        text = text.strip()
        if self.is_draft and self.notes.get(item_id, "") != text:
            self._apply_note(item_id, text)

    def note_edited(self, item_id: str, before: str, after: str) -> None:
        """The advisor left a note they changed: one undo step from ``before`` to ``after``."""
        before, after = before.strip(), after.strip()
        if self.is_draft and before != after:
            text = translate("ScanSession", "note {item}").format(item=item_id)
            apply = lambda v: self._apply_note(item_id, v)  # noqa: E731
            self._record(Edit(self, text, entry=item_id, apply=apply, old=before, new=after), settle=False)

    def set_summary_notes(self, text: str) -> None:
        text = text.strip()
        if self.is_draft and self.summary_notes != text:
            self._apply_summary_notes(text)

    def summary_notes_edited(self, before: str, after: str) -> None:
        before, after = before.strip(), after.strip()
        if self.is_draft and before != after:
            text = translate("ScanSession", "closing notes")
            edit = Edit(self, text, entry=REVIEW_POSITION, apply=self._apply_summary_notes, old=before, new=after)
            self._record(edit, settle=False)

    def undo(self) -> None:
        if self.is_draft:
            self.settle_requested.emit()
            self.open_edit = None
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.is_draft:
            self.settle_requested.emit()
            self.open_edit = None
            self.undo_stack.redo()

    def _record(self, edit: Edit, *, settle: bool = True) -> None:
        if settle:
            self.settle_requested.emit()  # a note typed before this edit becomes its own step first
        steps = self.undo_stack.index()
        self.undo_stack.push(edit)
        if self.undo_stack.index() != steps:  # a new step, not merged into the one before
            self.open_edit = edit if edit.merge_key else None

    # -- applying (the undo stack calls these; each change is written at once) ------------------

    def apply_answer(self, item_id: str, value: Value) -> None:
        scans, scan_id = self.context.workspace.scans, self.scan_id
        if isinstance(value, Unanswered):
            self.answers.pop(item_id, None)
            write: Callable[[], None] = lambda: scans.answer(scan_id, item_id, None)  # noqa: E731 - clears it
        else:
            given = self.answers[item_id] = value
            write = lambda: scans.answer(scan_id, item_id, given, not_applicable=given is None)  # noqa: E731
        self.position = self._stored_position = item_id  # the core stores it with the answer
        self.answer_changed.emit(item_id)
        self._write(write)

    def _apply_ambition(self, dimension_id: str, level: int | None) -> None:
        scans, scan_id = self.context.workspace.scans, self.scan_id
        if level is None:
            self.ambitions.pop(dimension_id, None)
            self._write(lambda: scans.clear_ambition(scan_id, dimension_id))
        else:
            self.ambitions[dimension_id] = level
            self._write(lambda: scans.set_ambition(scan_id, dimension_id, level))
        self.ambition_changed.emit(dimension_id)

    def _apply_intake(self, key: str, value: Any) -> None:
        if self.intake.get(key) == value:
            return
        self.intake[key] = value
        self.intake_changed.emit(key)
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.set_intake(scan_id, {key: value}))

    def _apply_note(self, item_id: str, text: str) -> None:
        if self.notes.get(item_id, "") == text:
            return
        self.notes[item_id] = text
        self.note_changed.emit(item_id)
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.note(scan_id, item_id, text))

    def _apply_summary_notes(self, text: str) -> None:
        if self.summary_notes == text:
            return
        self.summary_notes = text
        self.summary_notes_changed.emit()
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._write(lambda: scans.set_summary_notes(scan_id, text))

    # -- where the advisor is ---------------------------------------------------------------------

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
        scans, scan_id = self.context.workspace.scans, self.scan_id

        def read_again(view: ScanView) -> None:
            self._load(view)
            self.undo_stack.clear()
            self.reloaded.emit()

        self.context.tasks.start(lambda _control: scans.get(scan_id), read_again, lambda _error: None)
