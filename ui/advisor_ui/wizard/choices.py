"""Large answer buttons that show what each score means, in a row that holds one value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import style
from ..controllers.scan_session import Value
from ..qt import (
    QAbstractButton,
    QColor,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QPainter,
    QPaintEvent,
    QPen,
    QRectF,
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
    value: Value
    key: str
    """The key that picks it ("1".."5", "0")."""
    title: str
    detail: str = ""


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
        self.setToolTip(detail or title)
        self.updateGeometry()
        self.update()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
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
        key_font, title_font, detail_font = self._fonts()
        inner = max(40.0, width - 2.0 * PADDING)
        key_height = QFontMetrics(key_font).height()
        title_height = wrapped_height(self.title, title_font, inner)
        detail_height = wrapped_height(self.detail, detail_font, inner) if self.detail else 0.0
        return max(96, int(2 * PADDING + key_height + title_height + detail_height + 10))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(150, self.heightForWidth(150))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(96, 96)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
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
        key_font, title_font, detail_font = self._fonts()
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
            detail_top = top + title_height + 4
            painter.drawText(QRectF(inner.left(), detail_top, inner.width(), inner.bottom() - detail_top), self.detail, WRAP)
        painter.end()


class ChoiceRow(QWidget):
    """One value out of a few choices; clicking the chosen one again leaves it chosen."""

    chosen = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._buttons: list[tuple[Choice, ChoiceButton]] = []
        self._value: Value = None

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
                button.clicked.connect(lambda _checked=False, value=choice.value: self._clicked(value))
                self._layout.addWidget(button, 2 if choice.key == "0" else 3)
                self._buttons.append((choice, button))
        for choice, button in self._buttons:
            button.set_content(choice.key, choice.title, choice.detail)
        self.set_value(self._value)

    def value(self) -> Value:
        return self._value

    def set_value(self, value: Value) -> None:
        self._value = value
        for choice, button in self._buttons:
            button.setChecked(choice.value == value and value is not None)

    def button_for(self, value: Value) -> ChoiceButton | None:
        return next((button for choice, button in self._buttons if choice.value == value), None)

    def _clicked(self, value: Value) -> None:
        self.set_value(value)
        self.chosen.emit(value)

    def set_read_only(self, read_only: bool) -> None:
        for _choice, button in self._buttons:
            button.setEnabled(not read_only)
