"""The plan's actions table and its cell editors, made for the keyboard as much as for the mouse.

The table is one Tab stop, as a grid is on the web (WAI-ARIA's grid pattern): Tab and
Shift+Tab go past it to the buttons, the arrows move between cells, Enter or F2 edits the
cell (typing starts editing too), Insert adds an action and Delete removes the selected one.
While a cell is edited Tab moves on to the next cell's editor, as in a spreadsheet. Qt's
default walked Tab through every cell first: five presses a row before the buttons.
"""

from __future__ import annotations

from advisor_app.domain.rules import ACTION_STATUSES

from .. import labels
from ..autosave import AutosavingText
from ..models.plan_actions import DESCRIPTION, PlanActionsModel
from ..qt import (
    QAbstractItemModel,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QEvent,
    QKeyEvent,
    QLineEdit,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QWidget,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class StatusDelegate(QStyledItemDelegate):
    """A list of the three statuses, by name, for the status column; Up and Down choose, saved when chosen."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        combo.setObjectName("actionStatusEditor")
        for code in ACTION_STATUSES:
            combo.addItem(labels.action_status(code), code)
        combo.activated.connect(lambda _index: self.commitData.emit(combo))  # saved when chosen, not when left
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A due date: every whole date typed (or stepped with Up and Down) is saved."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802 - Qt's name
        editor = QDateEdit(parent)
        editor.setObjectName("actionDueEditor")
        editor.setCalendarPopup(True)
        editor.dateChanged.connect(lambda _date: self.commitData.emit(editor))  # every whole date typed is saved
        return editor


class TextDelegate(QStyledItemDelegate):
    """A description or owner cell: saved as it is typed, and Esc leaves the cell keeping the text.

    Qt's own Esc throws the typing away; here it may already be on disk, and an
    advisor expects what they typed to stay (as in the scan's note field).
    """

    def __init__(self, model: PlanActionsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        editor.setObjectName("actionTextEditor")
        editor.setFrame(False)
        where = QPersistentModelIndex(index)
        autosave = AutosavingText(editor)
        autosave.handed_over.connect(lambda text: self.model.autosave_text(where, text))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QLineEdit) and not editor.isModified():  # never under the advisor's cursor
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class ActionsTable(QTableView):
    """The actions, one Tab stop (see the module): Insert adds, Delete removes, Enter or F2 edits a cell."""

    add_requested = Signal()
    remove_requested = Signal()

    def __init__(self, model: PlanActionsModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState and event.modifiers() in PLAIN:
            pressed = event.key()
            if pressed == Qt.Key.Key_Delete:
                self.remove_requested.emit()
                return
            if pressed == Qt.Key.Key_Insert:
                self.add_requested.emit()
                return
            if pressed in EDIT_KEYS and self.edit_current():
                return
        super().keyPressEvent(event)

    def edit_current(self) -> bool:
        """Edit the current cell; on the dimension (not editable), the action's description beside it."""
        index = self.currentIndex()
        if not index.isValid():
            return False
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            index = index.siblingAtColumn(DESCRIPTION)
            if not index.flags() & Qt.ItemFlag.ItemIsEditable:
                return False
            self.setCurrentIndex(index)
        self.edit(index)
        return True

    def show_row(self, row: int) -> None:
        """Put the keyboard on ``row``'s description (the nearest row left), e.g. after an action was added or removed."""
        count = self.model().rowCount()
        if count:
            self.setCurrentIndex(self.model().index(min(max(row, 0), count - 1), DESCRIPTION))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
