"""A plan's actions as an editable table; each edit is autosaved through the core, text cells as they are typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from advisor_app.domain.rules import ACTION_STATUSES

from .. import labels
from ..context import AppContext
from ..i18n import translate
from ..qt import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

if TYPE_CHECKING:
    from advisor_app.services.views import ActionView

Index = QModelIndex | QPersistentModelIndex
DIMENSION, DESCRIPTION, OWNER, DUE, STATUS = range(5)
CODE_ROLE = Qt.ItemDataRole.UserRole + 20


class PlanActionsModel(QAbstractTableModel):
    refused = Signal(str)
    """An edit the rules do not allow (an empty description); the sentence says why."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[ActionView] = []
        """The actions as read, and as edited here since (each edit also goes to the service)."""
        self.editable = True

    def set_actions(self, actions: Sequence[ActionView]) -> None:
        self.beginResetModel()
        self.rows = list(actions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("PlanColumns", "Dimension"),
            translate("PlanColumns", "Action"),
            translate("PlanColumns", "Owner"),
            translate("PlanColumns", "Due"),
            translate("PlanColumns", "Status"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() != DIMENSION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.dimension_id or "–",
                row.description,
                row.owner,
                labels.day(row.due_date) if row.due_date else "",
                labels.action_status(row.status),
            )[column]
        if role == Qt.ItemDataRole.EditRole:
            if column == DUE:
                due = row.due_date or date.today()
                return QDate(due.year, due.month, due.day)
            return (row.dimension_id, row.description, row.owner, None, row.status)[column]
        if role == CODE_ROLE and column == STATUS:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return row.description
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        column = index.column()
        plans = self.context.workspace.plans
        if column in (DESCRIPTION, OWNER):
            text = str(value).strip()
            if column == DESCRIPTION and not text:
                self.refused.emit(translate("PlanColumns", "An action needs a description."))
                return False
            changed = self._save_text(row, column, text)
            if changed == row:
                return False
            self.rows[index.row()] = changed
            self.dataChanged.emit(index, index)
            return True
        if column == DUE and isinstance(value, QDate):
            due = date(value.year(), value.month(), value.day())
            changed = row.model_copy(update={"due_date": due})
            write = lambda: plans.update_action(row.id, due_date=due)  # noqa: E731
        elif column == STATUS and value in ACTION_STATUSES:
            status = str(value)
            changed = row.model_copy(update={"status": status})
            write = lambda: plans.update_action(row.id, status=status)  # noqa: E731
        else:
            return False
        if changed == row:
            return False
        self.rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        self._submit(write)
        return True

    def autosave_text(self, index: Index, text: str) -> None:
        """Text typed in a cell's editor, saved while the editor stays open (the cell is redrawn when it closes).

        An empty description is left for the closing editor to refuse.
        """
        if not index.isValid() or index.column() not in (DESCRIPTION, OWNER) or index.row() >= len(self.rows):
            return
        text = text.strip()
        if text or index.column() == OWNER:
            self.rows[index.row()] = self._save_text(self.rows[index.row()], index.column(), text)

    def _save_text(self, row: ActionView, column: int, text: str) -> ActionView:
        """The row with ``text`` in the description or owner column, queued for the disk if it changed."""
        plans = self.context.workspace.plans
        if column == DESCRIPTION:
            changed = row.model_copy(update={"description": text})
            write = lambda: plans.update_action(row.id, description=text)  # noqa: E731
        else:
            changed = row.model_copy(update={"owner": text})
            write = lambda: plans.update_action(row.id, owner=text)  # noqa: E731
        if changed != row:
            self._submit(write)
        return changed

    def _submit(self, write: Callable[[], object]) -> None:
        self.context.autosaver.submit(write, lambda _result: self.context.events.plans_changed.emit())

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))
