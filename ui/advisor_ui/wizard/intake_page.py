"""The intake: facts the scan is read against (size, turnover from renewal, adoption speed); not scored."""

from __future__ import annotations

from typing import Any

from advisor_app.domain.questionnaire import IntakeQuestion

from .. import labels
from ..controllers.scan_session import UNANSWERED, ScanSession
from ..qt import (
    QComboBox,
    QEvent,
    QFrame,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QObject,
    QSizePolicy,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ..views.widgets import make_label, styled
from .choices import Choice, ChoiceRow

UNKNOWN_PERCENT = -1


class ScanUndoKeys(QObject):
    """Ctrl+Z and Ctrl+Shift+Z in a percentage field are the scan's undo and redo, not the field's own.

    A spin box would take them for its text, so with the keyboard on a percentage
    (where the intake may start) undo did nothing; its typing is one scan edit anyway.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            shift_z = event.key() == Qt.Key.Key_Z and event.modifiers() == (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            if shift_z or event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                return True  # left unaccepted: the wizard's shortcut gets the key
        return False


class IntakePage(QWidget):
    def __init__(self, session: ScanSession) -> None:
        super().__init__()
        self.setObjectName("intakePage")
        self.session = session
        self.undo_keys = ScanUndoKeys(self)
        self.title = make_label("title", "intakeTitle")
        self.subtitle = make_label("subtitle", "intakeSubtitle", wrap=True)
        self.company = make_label("hint", "intakeCompany", wrap=True)
        questions = QVBoxLayout()
        questions.setSpacing(4)
        self.questions = session.questionnaire.intake
        self.labels: dict[str, QLabel] = {}
        self.helps: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        for question in self.questions:
            field = self._field(question)
            field.setObjectName(f"intake_{question.id}")
            label = make_label("heading", f"intakeLabel_{question.id}", wrap=True)
            label.setBuddy(field)
            help_label = make_label("help", f"intakeHelp_{question.id}", wrap=True)
            for widget in (label, help_label, field):
                questions.addWidget(widget)
            questions.addSpacing(10)
            if not isinstance(field, ChoiceRow):
                field.setMinimumWidth(320)
                field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.labels[question.id], self.helps[question.id], self.fields[question.id] = label, help_label, field
        card = QFrame()
        styled(card, "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.addLayout(questions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.company)
        layout.addWidget(card)
        layout.addStretch(1)
        session.intake_changed.connect(lambda _key: self.refresh())
        self.retranslate()
        self.refresh()

    def _field(self, question: IntakeQuestion) -> QWidget:
        if question.kind == "choice":
            combo = QComboBox()
            combo.activated.connect(lambda _index, q=question, c=combo: self.session.set_intake(q.id, c.currentData()))
            return combo
        if question.kind == "percent":
            spin = QSpinBox()
            spin.setRange(UNKNOWN_PERCENT, 100)
            spin.setSuffix(" %")
            spin.setMaximumWidth(160)
            spin.valueChanged.connect(
                lambda value, q=question: self.session.set_intake(q.id, None if value == UNKNOWN_PERCENT else value, typed=True)
            )
            spin.editingFinished.connect(self.session.seal)
            spin.installEventFilter(self.undo_keys)
            return spin
        row = ChoiceRow(f"intakeScale_{question.id}")
        row.chosen.connect(lambda value, q=question: self.session.set_intake(q.id, value))
        return row

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Intake"))
        self.subtitle.setText(self.tr("Facts the scan is read against. They are not scored; leave out what is not known."))
        company = self.session.company
        self.company.setText(
            f"{company.name} · KvK {company.kvk} · {labels.sector(company.sector)}"
            + (f" · {company.municipality}" if company.municipality else "")
        )
        for question in self.questions:
            self.labels[question.id].setText(str(question.label))
            self.helps[question.id].setText(str(question.help))
            field = self.fields[question.id]
            field.setAccessibleName(str(question.label))
            if isinstance(field, QComboBox):
                field.clear()
                field.addItem(self.tr("Not known"), None)
                for option in question.options:
                    field.addItem(str(option.label), option.value)
            elif isinstance(field, QSpinBox):
                field.setSpecialValueText(self.tr("Not known"))
            elif isinstance(field, ChoiceRow):
                anchors = question.anchors or {}
                field.set_choices(
                    [
                        Choice(score, str(score), str(anchors[str(score)]) if str(score) in anchors else "")
                        for score in range(1, 6)
                    ]
                )
        self.refresh()

    def refresh(self) -> None:
        for question in self.questions:
            value: Any = self.session.intake.get(question.id)
            field = self.fields[question.id]
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            elif isinstance(field, QSpinBox):
                shown = UNKNOWN_PERCENT if value is None else int(value)
                if field.value() != shown:  # never under the cursor of the digits being typed
                    field.blockSignals(True)
                    field.setValue(shown)
                    field.blockSignals(False)
            elif isinstance(field, ChoiceRow):
                field.set_value(UNANSWERED if value is None else value)

    def first_field(self) -> QWidget:
        """Where the keyboard starts: the first question not answered yet (else the first); on a scale, its first card."""
        open_ids = [q.id for q in self.questions if self.session.intake.get(q.id) is None]
        field = self.fields[open_ids[0] if open_ids else self.questions[0].id]
        if isinstance(field, ChoiceRow) and field.buttons:
            return field.button_for(field.value()) or field.buttons[0]
        return field

    def handle_digit(self, digit: int) -> bool:
        """A digit picks a point on the scale question that has the focus."""
        focused = self.focusWidget()
        for field in self.fields.values():
            if isinstance(field, ChoiceRow) and focused is not None and field.isAncestorOf(focused) and 1 <= digit <= 5:
                field.set_value(digit)
                chosen = field.button_for(digit)
                if chosen is not None:
                    chosen.setFocus()  # the focus ring and the chosen card are the same card
                qid = next(q for q, f in self.fields.items() if f is field)
                self.session.set_intake(qid, digit)
                return True
        return False
