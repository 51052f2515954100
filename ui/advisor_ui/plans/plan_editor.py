"""The implementation plan of one company: title, actions (owner, due date, status) and next steps.

Actions start from the improvement areas of a scan and are edited in place.
Every edit is saved at once, like the scan's answers; typed text (the title,
the next steps, an action's description and owner) as it is typed, by the
rule of :mod:`advisor_ui.autosave`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .. import labels
from ..autosave import AutosavingText
from ..context import AppContext
from ..models.plan_actions import DESCRIPTION, DUE, OWNER, STATUS, PlanActionsModel
from ..qt import (
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ..views.widgets import EmptyState, button, chain_tab_order, make_label, primary_button, tell
from ..wizard.note import NoteEdit
from .action_cells import ActionsTable, DateDelegate, StatusDelegate, TextDelegate

if TYPE_CHECKING:
    from advisor_app.services.views import PlanView

T = TypeVar("T")


def keys_of(text: str) -> str:
    """The keys a button's ``&`` letter gives ("&Add action": Alt+A), as this platform writes them."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)


class PlanEditor(QWidget):
    loaded = Signal()
    """The company's plans are read and shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.context = context
        self.company_id: uuid.UUID | None = None
        self.plan: PlanView | None = None
        """The plan shown, as last read and as saved since (a value: changes go to the service)."""
        self.latest_completed_scan: uuid.UUID | None = None
        self.ready = False
        """False while the company's plans are read."""

        self.plans = QComboBox()
        self.plans.setObjectName("planChoice")
        self.title_label = QLabel()
        self.title = QLineEdit()
        self.title.setObjectName("planTitle")
        self.title_label.setBuddy(self.title)
        self.title_autosave = AutosavingText(self.title)
        self.model = PlanActionsModel(context, self)
        self.table = ActionsTable(self.model)
        self.table.setObjectName("planActions")
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        self.table.setItemDelegateForColumn(DUE, DateDelegate(self.table))
        for column in (DESCRIPTION, OWNER):
            self.table.setItemDelegateForColumn(column, TextDelegate(self.model, self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.add_button = button("planAddAction")
        self.remove_button = button("planRemoveAction")
        self.next_label = QLabel()
        self.next_steps = NoteEdit("planNextSteps", lines=3)
        self.next_label.setBuddy(self.next_steps)
        self.hint = make_label("hint", "planHint", wrap=True)

        self.from_results = primary_button("planFromResults")
        self.empty_plan = button("planEmpty")
        empty_buttons = QWidget()
        row = QHBoxLayout(empty_buttons)
        row.addStretch(1)
        row.addWidget(self.empty_plan)
        row.addWidget(self.from_results)
        row.addStretch(1)
        self.empty = EmptyState("planEmptyState", empty_buttons)

        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.title, 1)
        top.addWidget(self.plans)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        layout.addWidget(self.next_label)
        layout.addWidget(self.next_steps)

        self.states = QStackedWidget()
        self.states.addWidget(self.empty)
        self.states.addWidget(editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.states)

        self.plans.activated.connect(lambda _index: self._choose(self.plans.currentData()))
        self.title_autosave.handed_over.connect(self._save_title)
        self.next_steps.settled.connect(self._save_next_steps)
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_action)
        self.table.add_requested.connect(self.add_action)
        self.table.remove_requested.connect(self.remove_action)
        self.from_results.clicked.connect(self.plan_from_latest_results)
        self.empty_plan.clicked.connect(self.new_empty_plan)
        self.model.refused.connect(lambda message: tell(self, "actionRefused", self.tr("Plan"), message))
        chain_tab_order(self.title, self.plans, self.table, self.remove_button, self.add_button, self.next_steps)
        chain_tab_order(self.empty_plan, self.from_results)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------

    def show_company(self, company_id: uuid.UUID, latest_completed_scan: uuid.UUID | None) -> None:
        """The company's plans, read in a worker; the last one is shown."""
        if company_id != self.company_id:
            self.flush()  # what is typed goes to the plan it was typed for
        self.company_id = company_id
        self.latest_completed_scan = latest_completed_scan
        self.ready = False
        self.from_results.setEnabled(latest_completed_scan is not None)
        plans = self.context.workspace.plans
        self._read(lambda: plans.for_company(company_id), lambda found: self._show_plans(company_id, found))

    def set_latest_results(self, scan_id: uuid.UUID | None) -> None:
        """The company's latest completed scan, once the company page has read it: a plan can start from its results."""
        self.latest_completed_scan = scan_id
        self.from_results.setEnabled(scan_id is not None)

    def _show_plans(self, company_id: uuid.UUID, plans: list[PlanView]) -> None:
        if self.company_id != company_id:
            return
        self.plans.clear()
        for plan in plans:
            self.plans.addItem(f"{plan.title or self.tr('Plan')} · {labels.day(plan.created_at)}", plan.id)
        self.plans.setVisible(len(plans) > 1)
        if plans:
            self.plans.setCurrentIndex(len(plans) - 1)
            self._show_plan(plans[-1])
        else:
            self.plan = None
            self.states.setCurrentIndex(0)
        self.ready = True
        self.loaded.emit()

    def _read(self, job: Callable[[], T], done: Callable[[T], None]) -> None:
        """Read in a worker; ``done`` runs on the main thread while the editor is still there."""

        def settled(result: T) -> None:
            if is_alive(self):
                done(result)

        def failed(error: BaseException) -> None:
            if is_alive(self):
                tell(self, "planNotRead", self.tr("Plan"), self.context.message(error))

        self.context.tasks.start(lambda _control: job(), settled, failed)

    def _write(self, job: Callable[[], T], done: Callable[[T], None]) -> None:
        """Change through the Autosaver, after every queued write (the typed text first)."""

        def settled(result: T) -> None:
            if is_alive(self):
                done(result)

        def refused(error: BaseException) -> None:
            if is_alive(self):
                tell(self, "actionRefused", self.tr("Plan"), self.context.message(error))

        self.flush()
        self.context.autosaver.submit(job, settled, refused)

    def _choose(self, plan_id: object) -> None:
        if isinstance(plan_id, uuid.UUID):
            plans = self.context.workspace.plans
            self.flush()
            self._read(lambda: plans.get(plan_id), self._show_plan)

    def _show_plan(self, plan: PlanView) -> None:
        self.flush()  # what is typed goes to the plan it was typed for
        self.plan = plan
        self.title_autosave.show_text(plan.title)
        self.next_steps.set_text_quietly(plan.next_steps)
        self.model.set_actions(plan.actions)
        self.table.resizeRowsToContents()
        self.states.setCurrentIndex(1)

    # -- changes ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand over what is being typed: the title, the next steps, an open action cell."""
        for autosave in self.findChildren(AutosavingText):
            autosave.flush()

    def _save_title(self, text: str) -> None:
        plan = self.plan
        title = text.strip()
        if plan is None or title == plan.title:
            return
        self.plan = plan.model_copy(update={"title": title})
        plans, plan_id = self.context.workspace.plans, plan.id
        self.context.autosaver.submit(lambda: plans.update(plan_id, title=title))

    def _save_next_steps(self, text: str) -> None:
        plan = self.plan
        if plan is None or text.strip() == plan.next_steps:
            return
        self.plan = plan.model_copy(update={"next_steps": text.strip()})
        plans, plan_id = self.context.workspace.plans, plan.id
        self.context.autosaver.submit(lambda: plans.update(plan_id, next_steps=text))

    def add_action(self) -> None:
        if self.plan is None:
            return
        plans, plan_id, text = self.context.workspace.plans, self.plan.id, self.tr("New action")

        def added(plan: PlanView) -> None:
            self._plan_changed(plan)
            self.table.show_row(self.model.rowCount() - 1)
            self.table.edit(self.table.currentIndex())  # the new action's words, ready to type

        def add() -> PlanView:
            plans.add_action(plan_id, text)
            return plans.get(plan_id)

        self._write(add, added)

    def remove_action(self) -> None:
        index = self.table.currentIndex()
        if self.plan is None or not index.isValid():
            return
        row = index.row()
        plans, plan_id, action_id = self.context.workspace.plans, self.plan.id, self.model.rows[row].id

        def removed(plan: PlanView) -> None:
            self._plan_changed(plan)
            self.table.show_row(row)  # the keyboard stays in the table, on the action that took its place

        def remove() -> PlanView:
            plans.remove_action(action_id)
            return plans.get(plan_id)

        self._write(remove, removed)

    def _plan_changed(self, plan: PlanView) -> None:
        if self.plan is not None and plan.id == self.plan.id:
            self._show_plan(plan)
        self.context.events.plans_changed.emit()

    def plan_from_latest_results(self) -> None:
        scan_id, company_id = self.latest_completed_scan, self.company_id
        if scan_id is None or company_id is None:
            return
        scans, plans, language = self.context.workspace.scans, self.context.workspace.plans, self.context.language

        def made(_plan: PlanView) -> None:
            self.context.events.plans_changed.emit()
            self.show_company(company_id, scan_id)

        self._write(lambda: plans.create_from_result(scan_id, scans.result(scans.get(scan_id)), language), made)

    def new_empty_plan(self) -> None:
        company_id = self.company_id
        if company_id is None:
            return
        plans, title = self.context.workspace.plans, self.tr("Implementation plan")

        def made(_plan: PlanView) -> None:
            self.context.events.plans_changed.emit()
            self.loaded.connect(self._edit_new_title, Qt.ConnectionType.SingleShotConnection)
            self.show_company(company_id, self.latest_completed_scan)

        self._write(lambda: plans.create(company_id, title), made)

    def _edit_new_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    # -- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("&Plan"))
        self.title.setAccessibleName(self.tr("Plan title"))
        self.plans.setAccessibleName(self.tr("Choose a plan"))
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setAccessibleDescription(
            self.tr("Arrows move between cells; Enter or F2 edits one; Insert adds an action; Delete removes the selected one")
        )
        self.add_button.setText(self.tr("&Add action"))
        self.add_button.setToolTip(
            self.tr("Add an action ({keys}, or Insert in the table)").format(keys=keys_of(self.add_button.text()))
        )
        self.remove_button.setText(self.tr("Remove action"))
        self.remove_button.setToolTip(self.tr("Remove the selected action (Delete)"))
        self.next_label.setText(self.tr("&Next steps"))
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.hint.setText(
            self.tr("Enter, F2 or typing edits a cell; Insert adds an action, Delete removes one. Changes are saved at once.")
        )
        self.from_results.setText(self.tr("Plan from the latest &results"))
        self.from_results.setToolTip(
            self.tr("Start from the actions for the improvement areas of the latest completed scan ({keys})").format(
                keys=keys_of(self.from_results.text())
            )
        )
        self.empty_plan.setText(self.tr("&Empty plan"))
        self.empty_plan.setToolTip(
            self.tr("A plan without actions, to add your own ({keys})").format(keys=keys_of(self.empty_plan.text()))
        )
        self.empty.set_texts(
            self.tr("No plan yet"),
            self.tr("A plan starts from the improvement areas of a completed scan; you can edit every action."),
        )
        self.model.retranslate()
