"""One dimension: its items in a list on the left, the current one large on the right.

Across a table the entrepreneur reads the current question and its five
answers; the list shows at a glance what is done. A digit answers and moves
on to the next item, so a practised advisor never leaves the keyboard.
"""

from __future__ import annotations

from advisor_app.domain.questionnaire import Dimension, Item

from .. import labels
from ..controllers.scan_session import AMBITION_PREFIX, UNANSWERED, Given, ScanSession, ambition_entry
from ..qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QResizeEvent,
    QSize,
    QSplitter,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..views.widgets import WrappingList, chain_tab_order, make_label, styled
from .choices import Choice, ChoiceRow
from .note import NoteEdit

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10
STACKED_WIDTH = 720
"""Below this page width the question list stands above the question, so three cards fit side by side."""
STACKED_LIST_HEIGHT = 120
ROOMY_MARGINS, TIGHT_MARGINS = (18, 14, 18, 14), (8, 4, 8, 4)


class WrappedPanel(QWidget):
    """A panel whose minimum height is what its wrapped text and reflowed cards need at its width.

    Qt's splitter and stacked widget ask their children for a minimum size, never
    for a height at a width, so without this a narrow window squeezed the cards'
    second row under the note field. The page then grows and its scroll area scrolls.
    """

    def __init__(self) -> None:
        super().__init__()
        self._needed = 0

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None and layout.hasHeightForWidth() else 0
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()


class DimensionPage(QWidget):
    position_changed = Signal(str)

    def __init__(self, session: ScanSession, dimension: Dimension) -> None:
        super().__init__()
        self.session = session
        self.dimension = dimension
        self.setObjectName(f"dimensionPage_{dimension.id}")
        self.entries: list[str] = [item.id for item in dimension.items]
        if dimension.is_capability:
            self.entries.append(ambition_entry(dimension.id))

        self.title = make_label("title", f"dimensionTitle_{dimension.id}", wrap=True)
        self.description = make_label("subtitle", f"dimensionDescription_{dimension.id}", wrap=True)
        self.list = WrappingList("itemList")
        for entry in self.entries:
            row = QListWidgetItem()
            row.setData(ENTRY_ROLE, entry)
            self.list.addItem(row)

        self.item_badge = make_label("badge", "itemId")
        self.question = make_label("question", "itemQuestion", wrap=True, selectable=True)
        self.help = make_label("help", "itemHelp", wrap=True)
        self.previous = make_label("hint", "itemPrevious", wrap=True)
        self.previous.hide()
        self.answers = ChoiceRow("answerChoices")
        self.note_label = QLabel()
        self.note = NoteEdit("itemNote")
        self.note_label.setBuddy(self.note)
        item_panel = self.item_panel = WrappedPanel()
        item_layout = QVBoxLayout(item_panel)
        item_layout.setContentsMargins(0, 0, 0, 0)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.item_badge)
        badge_row.addStretch(1)
        item_layout.addLayout(badge_row)
        item_layout.addWidget(self.question)
        item_layout.addWidget(self.help)
        item_layout.addWidget(self.previous)
        item_layout.addSpacing(6)
        item_layout.addWidget(self.answers)
        item_layout.addSpacing(6)
        item_layout.addWidget(self.note_label)
        item_layout.addWidget(self.note)
        item_layout.addStretch(1)

        self.ambition_question = make_label("question", "ambitionQuestion", wrap=True)
        self.ambition_hint = make_label("help", "ambitionHint", wrap=True)
        self.ambition = ChoiceRow("ambitionChoices")
        ambition_panel = self.ambition_panel = WrappedPanel()
        ambition_layout = QVBoxLayout(ambition_panel)
        ambition_layout.setContentsMargins(0, 0, 0, 0)
        ambition_layout.addWidget(self.ambition_question)
        ambition_layout.addWidget(self.ambition_hint)
        ambition_layout.addSpacing(6)
        ambition_layout.addWidget(self.ambition)
        ambition_layout.addStretch(1)

        self.detail = QStackedWidget()
        self.detail.addWidget(item_panel)
        self.detail.addWidget(ambition_panel)
        card = QFrame()
        styled(card, "card")
        card_layout = self.card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(*ROOMY_MARGINS)
        card_layout.addWidget(self.detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("dimensionSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(card)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.list.setMinimumWidth(240)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.splitter, 1)

        self.list.currentRowChanged.connect(self._show_entry)
        self.answers.chosen.connect(self._chosen)
        self.ambition.chosen.connect(self._ambition_chosen)
        self.note.settled.connect(self._note_settled)
        self.note.edited.connect(self._note_edited)
        self.note.escaped.connect(self.list.setFocus)
        session.answer_changed.connect(self._answer_changed)
        session.note_changed.connect(self._note_changed)
        session.ambition_changed.connect(self._ambition_changed)
        session.reloaded.connect(self.refresh)
        session.previous_loaded.connect(self.refresh)
        self._shown_item_id: str | None = None
        """The item whose note is in the editor, so a late save lands on the right item."""
        self.retranslate()
        self.list.setCurrentRow(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        stacked = event.size().width() < STACKED_WIDTH
        orientation = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.list.setMinimumWidth(0 if stacked else 240)
            self.list.setMaximumHeight(STACKED_LIST_HEIGHT if stacked else 16_777_215)
            self.card_layout.setContentsMargins(*(TIGHT_MARGINS if stacked else ROOMY_MARGINS))  # room for the cards

    # -- what is selected ------------------------------------------------------------

    @property
    def current_entry(self) -> str:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else self.entries[0]

    def current_item(self) -> Item | None:
        entry = self.current_entry
        return None if entry.startswith(AMBITION_PREFIX) else self.session.questionnaire.item(entry)

    def select(self, entry: str) -> None:
        if entry in self.entries:
            self.list.setCurrentRow(self.entries.index(entry))

    def first_open_entry(self) -> str:
        """The first unanswered item, else the first item: where a fresh visit to the page starts."""
        for entry in self.entries:
            if not entry.startswith(AMBITION_PREFIX) and entry not in self.session.answers:
                return entry
        return self.entries[0]

    def focus_list(self) -> None:
        self.list.setFocus()

    # -- keys --------------------------------------------------------------------------

    def handle_digit(self, digit: int) -> bool:
        """1-5 answer (1-3 for the ambition), 0 is "don't know / n.a."; then on to the next entry."""
        entry = self.current_entry
        if entry.startswith(AMBITION_PREFIX):
            if not 1 <= digit <= 3:
                return False
            self.session.set_ambition(self.dimension.id, digit)
            return True
        item = self.session.questionnaire.item(entry)
        if digit == 0 and not item.allow_na:
            return False
        self.note.flush()
        self.session.answer(entry, None if digit == 0 else digit)  # None: "don't know", as the domain scores it
        row = self.entries.index(entry)
        if row + 1 < len(self.entries):
            self.list.setCurrentRow(row + 1)
        return True

    # -- showing ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        q = self.session.questionnaire
        self.title.setText(f"{self.dimension.id}  {self.dimension.title}")
        self.description.setText(str(self.dimension.description))
        self.list.setAccessibleName(self.tr("Questions of {dimension}").format(dimension=self.dimension.title))
        self.note_label.setText(self.tr("&Note (saved automatically)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What the entrepreneur said, an example, a doubt ... (Esc returns to the list)"))
        self.answers.setAccessibleName(self.tr("Answer"))
        self.ambition_question.setText(str(q.ambition_label))
        self.ambition_hint.setText(
            self.tr("Ambition weighs the improvement areas. Keys 1-3 choose; without an answer, medium is assumed.")
        )
        self.ambition.setAccessibleName(self.tr("Ambition"))
        self.ambition.set_choices([Choice(int(level), level, str(text)) for level, text in q.ambition_levels.items()])
        chain_tab_order(self.list, *self.ambition.buttons)
        self.refresh()

    def refresh(self) -> None:
        for entry in self.entries:
            self._refresh_entry(entry)
        self.list.fit_rows()
        self._show_entry(self.list.currentRow())

    def _refresh_entry(self, entry: str) -> None:
        row = self.list.item(self.entries.index(entry))
        q = self.session.questionnaire
        if entry.startswith(AMBITION_PREFIX):
            level = self.session.ambitions.get(self.dimension.id)
            state = f"✔ {level} · {q.ambition_levels[str(level)]}" if level else "○ " + self.tr("Not given (medium is assumed)")
            row.setText(f"{self.tr('Ambition')}\n{state}")
            self.list.fit_rows()
            return
        item = q.item(entry)
        value = self.session.value_of(entry)
        if value is UNANSWERED:
            state = "○ " + self.tr("Not answered yet")
        elif value is None:
            state = f"✔ 0 · {q.not_applicable}"
        else:
            state = f"✔ {value} · {q.scale_labels[str(value)]}"
        if self.session.notes.get(entry):
            state += "   ✎"
        before = self.previous_answer(entry)
        if before:
            state += "   " + self.tr("last time: {answer}").format(answer=before)
        row.setText(f"{item.id}  {item.text}\n{state}")
        self.list.fit_rows()

    def _show_entry(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        if entry.startswith(AMBITION_PREFIX):
            self.detail.setCurrentIndex(1)
            self.ambition.set_value(self.session.ambitions.get(self.dimension.id, UNANSWERED))
        else:
            self.note.flush()
            self.detail.setCurrentIndex(0)
            self._show_item(self.session.questionnaire.item(entry))
        self.position_changed.emit(entry)

    def _show_item(self, item: Item) -> None:
        q = self.session.questionnaire
        self.item_badge.setText(self.tr("Question {item}").format(item=item.id))
        self.question.setText(str(item.text))
        self.help.setText(str(item.help))
        choices = [Choice(score, str(score), str(q.scale_labels[str(score)]), self._anchor(item, score)) for score in range(1, 6)]
        if item.allow_na:
            choices.append(Choice(None, "0", str(q.not_applicable), self.tr("Not known, or does not apply here")))
        self.answers.set_choices(choices)
        chain_tab_order(self.list, *self.answers.buttons, self.note)
        self.answers.set_value(self.session.value_of(item.id))
        before = self.previous_answer(item.id)
        previous = self.session.previous
        if before and previous is not None:
            self.previous.setText(
                self.tr("Previous scan ({date}): {answer}. What has changed since?").format(
                    date=labels.day(previous.completed_at), answer=before
                )
            )
        self.previous.setVisible(bool(before))
        self.note.set_text_quietly(self.session.notes.get(item.id, ""))
        self._shown_item_id = item.id

    def previous_answer(self, item_id: str) -> str:
        """The answer the previous scan gave ("3 · Partly"), on a follow-up; empty for a first scan."""
        previous = self.session.previous
        if previous is None:
            return ""
        q = self.session.questionnaire
        if item_id not in previous.answers:
            return self.tr("not answered") if item_id in q.item_ids else ""
        score = previous.answers[item_id]
        return f"0 · {q.not_applicable}" if score is None else f"{score} · {q.scale_labels[str(score)]}"

    @staticmethod
    def _anchor(item: Item, score: int) -> str:
        text = item.anchors.get(str(score))
        return str(text) if text is not None else ""

    # -- changes -------------------------------------------------------------------------

    def _chosen(self, value: Given) -> None:
        item = self.current_item()
        if item is not None:
            self.session.answer(item.id, value)

    def _ambition_chosen(self, value: Given) -> None:
        if isinstance(value, int):
            self.session.set_ambition(self.dimension.id, value)

    def _note_settled(self, text: str) -> None:
        if self._shown_item_id is not None:
            self.session.set_note(self._shown_item_id, text)

    def _note_edited(self, before: str, after: str) -> None:
        if self._shown_item_id is not None:
            self.session.note_edited(self._shown_item_id, before, after)

    def _note_changed(self, item_id: str) -> None:
        """A note saved, undone or redone: the list marks it, the editor shows it (unless it is being typed)."""
        if item_id not in self.entries:
            return
        self._refresh_entry(item_id)
        if item_id == self._shown_item_id and not self.note.autosave.unsaved:
            note = self.session.notes.get(item_id, "")
            if self.note.toPlainText().strip() != note:
                self.note.set_text_quietly(note)

    def _ambition_changed(self, dimension_id: str) -> None:
        if dimension_id == self.dimension.id:
            self._refresh_entry(ambition_entry(dimension_id))
            self.ambition.set_value(self.session.ambitions.get(dimension_id, UNANSWERED))

    def _answer_changed(self, item_id: str) -> None:
        if item_id in self.entries:
            self._refresh_entry(item_id)
            if item_id == self.current_entry:
                self.answers.set_value(self.session.value_of(item_id))
