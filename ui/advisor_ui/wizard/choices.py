"""Large answer buttons that show what each score means, in a row that holds one value."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .. import style
from ..controllers.scan_session import UNANSWERED, Given, Value
from ..qt import (
    QAbstractButton,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRect,
    QRectF,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QTextLayout,
    QTextOption,
    QWidget,
    Signal,
)

PADDING = 10
RADIUS = 8
SPACING = 8
BORDER = 1.5
DETAIL_GAP = 4
MINIMUM_CARD = 96
CARD_HINT = 150
WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
"""Long Dutch compounds ("afdelingsoverstijgend") break inside the word rather than run off the card."""


def wrapped_height(text: str, font: QFont, width: float) -> float:
    """The height ``text`` takes in ``font`` when wrapped as :data:`WRAP` wraps it at ``width``."""
    layout = QTextLayout(text, font)
    layout.setTextOption(WRAP)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return height


@dataclass(frozen=True)
class Choice:
    value: Given
    """A score or level; ``None`` is the "don't know / n.a." card (the domain's encoding)."""
    key: str
    """The key that picks it ("1".."5", "0")."""
    title: str
    detail: str = ""


ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ChoiceButton(QAbstractButton):
    """A card-like toggle: the key in large type, the label in bold, the anchor text below."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.key = ""
        self.title = ""
        self.detail = ""

    def set_content(self, key: str, title: str, detail: str) -> None:
        self.key, self.title, self.detail = key, title, detail
        self.setAccessibleName(f"{key}: {title}")
        self.setAccessibleDescription(detail)
        shortcut = self.tr("Key {key}").format(key=key)
        self.setToolTip(f"{detail or title} ({shortcut})")
        self.updateGeometry()
        self.update()

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        key = QFont(base)
        key.setPointSizeF(base.pointSizeF() * 1.8)
        key.setBold(True)
        title = QFont(base)
        title.setBold(True)
        detail = QFont(base)
        detail.setPointSizeF(base.pointSizeF() * 0.92)
        return key, title, detail

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        key_font, title_font, detail_font = self.fonts()
        inner = max(40.0, width - 2 * BORDER - 2.0 * PADDING)  # the width paintEvent wraps at
        key_height = QFontMetrics(key_font).height()
        title_height = wrapped_height(self.title, title_font, inner)
        detail_height = wrapped_height(self.detail, detail_font, inner) + DETAIL_GAP if self.detail else 0.0
        return max(96, math.ceil(2 * BORDER + 2 * PADDING - 2 + key_height + title_height + detail_height + 4))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The arrows choose within the row (Qt's default moved the focus ring alone, away from the chosen card)."""
        row = self.parentWidget()
        if event.key() in ARROWS and event.modifiers() in PLAIN and isinstance(row, ChoiceRow):
            row.step(self, Qt.Key(event.key()))
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(CARD_HINT, self.heightForWidth(CARD_HINT))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.minimum_width(), 96)

    def minimum_width(self) -> int:
        """The narrowest card in which every word of the label and the anchor text fits whole."""
        key_font, title_font, detail_font = self.fonts()
        words = [
            (QFontMetrics(key_font), self.key),
            (QFontMetrics(title_font), self.title),
            (QFontMetrics(detail_font), self.detail),
        ]
        widest = max((metrics.horizontalAdvance(word) for metrics, text in words for word in text.split()), default=0)
        return max(MINIMUM_CARD, widest + 2 * PADDING + math.ceil(2 * BORDER) + 2)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(BORDER, BORDER, -BORDER, -BORDER)
        checked = self.isChecked()
        fill = QColor(style.TEAL) if checked else QColor("white")
        if self.underMouse() and not checked:
            fill = QColor(style.TEAL_LIGHT)
        border = QColor(style.ACCENT) if self.hasFocus() else QColor(style.TEAL if checked else style.LINE)
        painter.setPen(QPen(border, 3 if self.hasFocus() else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        ink = QColor("white") if checked else QColor(style.INK)
        muted = QColor("#e3f1ef") if checked else QColor(style.MUTED)
        if not self.isEnabled():
            ink = muted = QColor("#9aa5a7")
        key_font, title_font, detail_font = self.fonts()
        inner = rect.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING)
        painter.setFont(key_font)
        painter.setPen(ink)
        key_height = QFontMetrics(key_font).height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), key_height), Qt.AlignmentFlag.AlignLeft, self.key)
        top = inner.top() + key_height
        painter.setFont(title_font)
        title_height = wrapped_height(self.title, title_font, inner.width())
        painter.drawText(QRectF(inner.left(), top, inner.width(), title_height), self.title, WRAP)
        if self.detail:
            painter.setFont(detail_font)
            painter.setPen(muted)
            detail_top = top + title_height + DETAIL_GAP
            painter.drawText(QRectF(inner.left(), detail_top, inner.width(), inner.bottom() - detail_top), self.detail, WRAP)
        painter.end()


class ChoiceRow(QWidget):
    """One value out of a few choices; clicking the chosen one again leaves it chosen.

    The cards share the width equally and reflow onto more rows (3+3, 2+2+2, ...)
    rather than shrink below their longest word, so a label is never broken in
    the middle of a word ("Nauwelijk s") and no card runs off a small screen.

    For the keyboard the row is one group, as radio buttons are: Tab enters it on
    the chosen card (the first while none is chosen) and leaves it at once; Left
    and Right choose the previous and next card (on into the next row), Up and
    Down the one above or below when the cards are in rows. So the focus ring is always on the chosen card.
    """

    chosen = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._buttons: list[tuple[Choice, ChoiceButton]] = []
        self._value: Value = UNANSWERED
        self._needed = 0
        """The height the cards need at the current width (the minimum height asked by the layouts above)."""

    # -- the grid ----------------------------------------------------------------------------

    def columns_for(self, width: int) -> int:
        """As many cards a row as fit whole, spread evenly over the rows (six on two rows: 3+3, not 5+1)."""
        count = len(self._buttons)
        if count == 0:
            return 1
        fit = max(1, min(count, (width + SPACING) // (self.card_minimum() + SPACING)))
        rows = -(-count // fit)
        return -(-count // rows)

    def card_minimum(self) -> int:
        return max((button.minimum_width() for button in self.buttons), default=MINIMUM_CARD)

    def _cells(self, width: int) -> list[QRect]:
        columns = self.columns_for(width)
        card_width = max(1, (width - (columns - 1) * SPACING) // columns)
        cells: list[QRect] = []
        top = 0
        buttons = self.buttons
        for start in range(0, len(buttons), columns):
            row = buttons[start : start + columns]
            height = max(button.heightForWidth(card_width) for button in row)
            cells += [QRect(i * (card_width + SPACING), top, card_width, height) for i in range(len(row))]
            top += height + SPACING
        return cells

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        cells = self._cells(width)
        return max((cell.bottom() + 1 for cell in cells), default=0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max(1, len(self._buttons)) * (CARD_HINT + SPACING) - SPACING
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.card_minimum(), self._needed or self.heightForWidth(max(self.width(), self.card_minimum())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()  # rows came or went: the page makes room (a splitter does not ask heightForWidth)
        self._place()

    def _place(self) -> None:
        for button, cell in zip(self.buttons, self._cells(self.width()), strict=True):
            button.setGeometry(cell)

    @property
    def buttons(self) -> list[ChoiceButton]:
        return [button for _choice, button in self._buttons]

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Same number of choices: relabel in place (keeps focus); otherwise rebuild."""
        if len(choices) == len(self._buttons):
            self._buttons = [(choice, button) for choice, (_old, button) in zip(choices, self._buttons, strict=True)]
        else:
            for _choice, button in self._buttons:
                button.deleteLater()
            self._buttons = []
            for choice in choices:
                button = ChoiceButton(f"{self.objectName()}_{choice.key}")
                button.setParent(self)
                button.show()
                button.clicked.connect(lambda _checked=False, value=choice.value: self._clicked(value))
                self._buttons.append((choice, button))
        for choice, button in self._buttons:
            button.set_content(choice.key, choice.title, choice.detail)
        self.set_value(self._value)
        self._needed = self.heightForWidth(self.width())
        self.updateGeometry()
        self._place()

    def value(self) -> Value:
        return self._value

    def step(self, start: ChoiceButton, key: Qt.Key) -> None:
        """Choose the card beside ``start`` in the direction of the arrow ``key``; at the edge nothing changes."""
        buttons = self.buttons
        index = buttons.index(start)
        columns = self.columns_for(self.width())
        if key == Qt.Key.Key_Left:  # through the scale in order, from one row into the next
            target = index - 1
        elif key == Qt.Key.Key_Right:
            target = index + 1
        elif key == Qt.Key.Key_Up:
            target = index - columns
        else:
            below = index + columns
            target = min(below, len(buttons) - 1) if below - index % columns < len(buttons) else -1
        if not 0 <= target < len(buttons) or not buttons[target].isEnabled():
            return
        buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
        self._clicked(self._buttons[target][0].value)

    def set_value(self, value: Value) -> None:
        """Show ``value`` chosen (:data:`UNANSWERED`: none); with the keyboard on one of the cards, it moves to the chosen one.

        So the focus ring and the selected card are never two different cards (a digit
        key, an undo, or the next question shown on the same cards).
        """
        self._value = value
        focus_here = any(button.hasFocus() for button in self.buttons)
        for choice, button in self._buttons:
            button.setChecked(choice.value == value)
            if focus_here and button.isChecked():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
        entry = self.button_for(value) or (self.buttons[0] if self.buttons else None)
        for button in self.buttons:  # one Tab stop: the chosen card (a click still focuses any card)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is entry else Qt.FocusPolicy.ClickFocus)

    def button_for(self, value: Value) -> ChoiceButton | None:
        return next((button for choice, button in self._buttons if choice.value == value), None)

    def _clicked(self, value: Given) -> None:
        self.set_value(value)
        self.chosen.emit(value)

    def set_read_only(self, read_only: bool) -> None:
        for _choice, button in self._buttons:
            button.setEnabled(not read_only)
