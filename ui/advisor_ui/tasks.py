"""Background work: the window never waits for the disk, an import, a report or a sync.

Jobs run on a thread pool and never touch a widget. Each job's outcome comes
back as a :class:`Task` signal delivered on the main thread: the worker
emits a private signal to the task object, which lives on the main thread,
so Qt queues the call there whatever the final receiver is.

:class:`Autosaver` is the app's single writer for autosaved edits: one
thread, first in first out, so the last key press is the last write and a
"saved" state means everything typed so far is on disk.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from .qt import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


@dataclass(frozen=True)
class Control:
    """What a job may use: report progress, and notice that the user cancelled."""

    report: Callable[[int, int], None]
    cancel: threading.Event
    note: Callable[[object], None]
    """Hand the main thread any progress record (never ``None``), e.g. a sync stage."""

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


@dataclass(frozen=True)
class _Outcome:
    """What a worker hands back; a box, because PySide6 miscounts a bare ``None`` sent through a queued signal."""

    result: Any = None
    error: BaseException | None = None


class Task(QObject):
    """One job's handle; its callbacks and signals run on the main thread."""

    progressed = Signal(int, int)
    noted = Signal(object)
    finished = Signal()

    _worker_progress = Signal(int, int)
    _worker_note = Signal(object)
    _worker_done = Signal(object)

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = True
        self._done = on_done
        self._error = on_error
        self._worker_progress.connect(self._on_progress)
        self._worker_note.connect(self._on_note)
        self._worker_done.connect(self._on_done)

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_note(self, record: object) -> None:
        self.noted.emit(record)

    @Slot(object)
    def _on_done(self, outcome: _Outcome) -> None:
        self.running = False
        try:
            if outcome.error is not None:
                self._error(outcome.error)
            else:
                self._done(outcome.result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, job: Callable[[Control], Any]) -> None:
        super().__init__()
        self._task = task
        self._job = job
        # The worker sees the caller's context, so core messages keep the active language.
        self._context = contextvars.copy_context()

    def run(self) -> None:
        control = Control(self._task._worker_progress.emit, self._task.cancel_event, self._task._worker_note.emit)
        try:
            outcome = _Outcome(result=self._context.run(self._job, control))
        except BaseException as error:
            outcome = _Outcome(error=error)
        self._task._worker_done.emit(outcome)


class TaskRunner(QObject):
    """Starts jobs on a small pool and keeps their handles alive until they finish."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._tasks: set[Task] = set()

    def start(
        self,
        job: Callable[[Control], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        on_note: Callable[[Any], None] | None = None,
    ) -> Task:
        task = Task(on_done, on_error, self)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_note is not None:
            task.noted.connect(on_note)
        task.finished.connect(lambda: self._forget(task))
        self._tasks.add(task)
        self._pool.start(_Runnable(task, job))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until running jobs end (used when the window closes)."""
        for task in self._tasks:
            task.cancel()
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()


class Autosaver(QObject):
    """The single, ordered writer behind every autosaved edit."""

    state_changed = Signal()
    failed = Signal(object)
    written = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self, threads=1)
        self._pending = 0
        self.last_error: BaseException | None = None
        self.last_saved_at: datetime | None = None

    @property
    def pending(self) -> int:
        return self._pending

    @property
    def state(self) -> str:
        """``saving`` while writes are queued, ``failed`` after an error, else ``saved``."""
        if self._pending:
            return "saving"
        return "failed" if self.last_error is not None else "saved"

    def submit(
        self,
        write: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue a write; ``on_done`` (or ``on_error``) runs on the main thread once it is settled."""
        self._pending += 1
        self.state_changed.emit()

        def succeeded(result: T) -> None:
            self.last_error = None
            self.last_saved_at = datetime.now().astimezone()
            self._settle()
            self.written.emit()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self.last_error = error
            self._settle()
            self.failed.emit(error)
            if on_error is not None:
                on_error(error)

        self._runner.start(lambda _control: write(), succeeded, failed)

    def flush(self, timeout_ms: int = 30_000) -> bool:
        """Block until every queued write is on disk (before closing or leaving a scan)."""
        return self._runner.wait(timeout_ms)

    def _settle(self) -> None:
        self._pending -= 1
        self.state_changed.emit()
