"""Before completing: what is still open (Enter jumps to it), closing notes, and the complete button."""

from __future__ import annotations

from ..controllers.scan_session import ScanSession, ambition_entry
from ..qt import QEvent, QFrame, QLabel, QListWidgetItem, Qt, QVBoxLayout, QWidget, Signal
from ..views.widgets import WrappingList, make_label, styled
from .note import NoteEdit

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 11


class ReviewPage(QWidget):
    jump_requested = Signal(str)

    def __init__(self, session: ScanSession) -> None:
        super().__init__()
        self.setObjectName("reviewPage")
        self.session = session
        self.title = make_label("title", "reviewTitle")
        self.summary = make_label("heading", "reviewSummary", wrap=True)
        self.blocking = make_label("warning", "reviewBlocking", wrap=True)
        self.open_label = make_label("hint", "reviewOpenLabel", wrap=True)
        self.open_items = WrappingList("reviewOpenItems")
        self.notes_label = QLabel()
        self.notes = NoteEdit("reviewNotes", lines=4)
        self.notes_label.setBuddy(self.notes)
        self.complete_hint = make_label("hint", "completeHint", wrap=True)

        card = QFrame()
        styled(card, "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.addWidget(self.open_label)
        card_layout.addWidget(self.open_items, 1)
        card_layout.addWidget(self.notes_label)
        card_layout.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.blocking)
        layout.addWidget(card, 1)
        layout.addWidget(self.complete_hint)

        self.open_items.itemActivated.connect(self._jump)
        self.notes.settled.connect(session.set_summary_notes)
        self.notes.edited.connect(session.summary_notes_edited)
        session.summary_notes_changed.connect(self._summary_notes_changed)
        session.answer_changed.connect(self._answer_changed)
        session.reloaded.connect(self._reloaded)
        self.retranslate()
        self.notes.set_text_quietly(session.summary_notes)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Review"))
        self.open_items.setAccessibleName(self.tr("Open questions"))
        self.notes_label.setText(self.tr("&Closing notes for the report"))
        self.notes.setAccessibleName(self.tr("Closing notes"))
        self.notes.setPlaceholderText(self.tr("Agreements, impressions, next steps ..."))
        self.complete_hint.setText(
            self.tr(
                "Complete the scan with the button below or Ctrl+Enter. Completing freezes the answers; "
                "a later correction becomes a revision, nothing is overwritten."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        q = session.questionnaire
        self.summary.setText(
            self.tr("{answered} of {total} questions answered.").format(answered=session.answered, total=session.total)
        )
        missing = session.missing_for_completion()
        if missing:
            parts = ", ".join(
                self.tr("{dimension} ({count} more)").format(dimension=f"{dim} {q.dimension(dim).title}", count=count)
                for dim, count in missing.items()
            )
            self.blocking.setText(self.tr("To complete, these dimensions need more scores: {parts}.").format(parts=parts))
        self.blocking.setVisible(bool(missing))
        self.open_items.clear()
        for item in session.unanswered():
            row = QListWidgetItem(f"{item.id}  {item.text}")
            row.setData(ENTRY_ROLE, item.id)
            self.open_items.addItem(row)
        for dimension in q.capability_dimensions:
            if dimension.id not in session.ambitions:
                row = QListWidgetItem(
                    self.tr("{dimension}: ambition not given (medium is assumed)").format(
                        dimension=f"{dimension.id} {dimension.title}"
                    )
                )
                row.setData(ENTRY_ROLE, ambition_entry(dimension.id))
                self.open_items.addItem(row)
        self.open_items.fit_rows()
        count = self.open_items.count()
        self.open_label.setText(
            self.tr("Still open (Enter jumps to it):")
            if count
            else self.tr("Every question is answered and every ambition given.")
        )
        self.open_items.setVisible(bool(count))
        if count and self.open_items.currentRow() < 0:
            self.open_items.setCurrentRow(0)

    def _answer_changed(self, _item_id: str) -> None:
        if self.isVisible():  # otherwise the wizard refreshes the page when it is shown
            self.refresh()

    def _summary_notes_changed(self) -> None:
        """Saved, undone or redone: the field shows it, unless it is being typed."""
        if not self.notes.autosave.unsaved and self.notes.toPlainText().strip() != self.session.summary_notes:
            self.notes.set_text_quietly(self.session.summary_notes)

    def _reloaded(self) -> None:
        self.notes.set_text_quietly(self.session.summary_notes)
        self.refresh()

    def _jump(self, row: QListWidgetItem) -> None:
        self.jump_requested.emit(str(row.data(ENTRY_ROLE)))
