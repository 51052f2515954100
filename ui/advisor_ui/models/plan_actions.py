"""A plan's actions as an editable table; each accepted edit is autosaved through the core."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from advisor_app.domain.rules import ACTION_STATUSES
from advisor_app.store.models import PlanAction

from .. import labels
from ..context import AppContext
from ..i18n import translate
from ..qt import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
DIMENSION, DESCRIPTION, OWNER, DUE, STATUS = range(5)
CODE_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class ActionRow:
    id: uuid.UUID
    dimension_id: str | None
    description: str
    owner: str
    due_date: date | None
    status: str

    @classmethod
    def of(cls, action: PlanAction) -> ActionRow:
        return cls(action.id, action.dimension_id, action.description, action.owner, action.due_date, action.status)


class PlanActionsModel(QAbstractTableModel):
    refused = Signal(str)
    """An edit the rules do not allow (an empty description); the sentence says why."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[ActionRow] = []
        self.editable = True

    def set_actions(self, actions: list[PlanAction]) -> None:
        self.beginResetModel()
        self.rows = [ActionRow.of(action) for action in actions]
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
        if column == DESCRIPTION:
            text = str(value).strip()
            if not text:
                self.refused.emit(translate("PlanColumns", "An action needs a description."))
                return False
            changed = replace(row, description=text)
            write = lambda: plans.update_action(row.id, description=text)  # noqa: E731
        elif column == OWNER:
            owner = str(value).strip()
            changed = replace(row, owner=owner)
            write = lambda: plans.update_action(row.id, owner=owner)  # noqa: E731
        elif column == DUE and isinstance(value, QDate):
            due = date(value.year(), value.month(), value.day())
            changed = replace(row, due_date=due)
            write = lambda: plans.update_action(row.id, due_date=due)  # noqa: E731
        elif column == STATUS and value in ACTION_STATUSES:
            status = str(value)
            changed = replace(row, status=status)
            write = lambda: plans.update_action(row.id, status=status)  # noqa: E731
        else:
            return False
        if changed == row:
            return False
        self.rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.context.autosaver.submit(write, lambda _result: self.context.events.plans_changed.emit())
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))
