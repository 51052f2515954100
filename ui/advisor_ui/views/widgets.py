"""Small building blocks every screen uses: styled labels, inline errors, empty states, confirmations."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from ..qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)


def styled(widget: QWidget, role: str) -> None:
    """Give a widget a ``role`` the stylesheet knows, and re-apply the style."""
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab visits these in this order (Qt's default is the order of creation)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def make_label(role: str, name: str = "", *, wrap: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel()
    styled(label, role)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def primary_button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    styled(button, "primary")
    return button


def button(name: str) -> QPushButton:
    created = QPushButton()
    created.setObjectName(name)
    return created


class WrappingList(QListWidget):
    """A list whose rows wrap their text and grow to fit it at the current width.

    Qt sizes wrapped rows without the stylesheet's padding and then elides
    what no longer fits; here each row is measured with it.
    """

    ROW_PADDING = 16
    TEXT_INSET = 24

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def fit_rows(self) -> None:
        width = max(80, self.viewport().width() - self.TEXT_INSET)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            text = metrics.boundingRect(0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), item.text())
            item.setSizeHint(QSize(width, text.height() + self.ROW_PADDING + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_rows()


class FieldError(QLabel):
    """The red sentence under a field; hidden while the field is fine.

    The field gets the ``invalid`` look and the message as its accessible
    description, so a screen reader says why the field is refused.
    """

    def __init__(self, field: QWidget, name: str) -> None:
        super().__init__()
        self.field = field
        self.setObjectName(name)
        styled(self, "error")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.setAccessibleDescription(message)
        repolish(self.field)

    def clear_message(self) -> None:
        self.show_message("")

    @property
    def message(self) -> str:
        return "" if self.isHidden() else self.text()


class EmptyState(QWidget):
    """What a list shows while it has nothing: what it is for and the one action that fills it."""

    def __init__(self, name: str, action: QWidget | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self.title = make_label("heading", f"{name}Title", wrap=True)
        self.text = make_label("empty", f"{name}Text", wrap=True)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        if action is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(action)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


def confirm(
    parent: QWidget, name: str, *, title: str, text: str, yes_text: str, on_yes: Callable[[], None], danger: bool = False
) -> QMessageBox:
    """Ask before something that cannot be taken back; never blocks the event loop.

    "No" is the default button, so an Enter pressed by habit changes nothing
    (except where ``danger`` is false and the action is the expected next step).
    """
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName(f"{name}Yes")
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    no.setObjectName(f"{name}No")
    box.setDefaultButton(no if danger else yes)
    box.setEscapeButton(no)

    def decided() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(decided)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def tell(parent: QWidget, name: str, title: str, text: str) -> QMessageBox:
    """A plain message (an error in words the user can act on); never blocks the event loop."""
    return inform(parent, name, title, text, icon=QMessageBox.Icon.Warning)


def inform(
    parent: QWidget, name: str, title: str, text: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """A message to read and close; never blocks the event loop."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
