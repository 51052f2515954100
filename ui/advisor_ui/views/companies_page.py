"""The companies list: search, sort, open, add, import, edit and erase.

The page can be shown before the data folder is open, with the list the start read without the
workspace: searching and sorting work at once, and what needs the workspace waits for it
(``controller.gate``, :mod:`advisor_ui.waiting`). So the dialogs, which import the services, are
imported when first opened (``window_parts`` has loaded them by then, in the start's worker).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..controllers.companies import CompaniesController
from ..i18n import file_dialog
from ..qt import QEvent, QFileDialog, QHBoxLayout, QKeySequence, QShortcut, Qt, QVBoxLayout, QWidget, Signal, is_alive
from .tables import RecordTable, SearchBox, TableStates
from .widgets import EmptyState, button, confirm, make_label, primary_button, tell

if TYPE_CHECKING:
    from advisor_app.services.views import CompanyView

    from .company_dialog import CompanyDialog
    from .import_dialog import ImportDialog


class CompaniesPage(QWidget):
    open_company = Signal(uuid.UUID)

    def __init__(self, controller: CompaniesController) -> None:
        super().__init__()
        self.setObjectName("companiesPage")
        self.controller = controller
        self.title = make_label("title", "companiesTitle")
        self.count = make_label("subtitle", "companiesCount")
        self.table = RecordTable(controller.model, "companiesTable")
        self.search = SearchBox("companiesSearch", self.table)
        self.new_button = primary_button("companiesNew")
        self.import_button = button("companiesImport")
        self.edit_button = button("companiesEdit")
        self.delete_button = button("companiesDelete")
        self.empty_new = primary_button("companiesEmptyNew")
        self.states = TableStates(
            self.table,
            EmptyState("companiesEmpty", self.empty_new),
            EmptyState("companiesLoading"),
            EmptyState("companiesNoMatch"),
        )

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addWidget(self.new_button)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.states, 1)

        self.new_button.clicked.connect(self.new_company)
        self.empty_new.clicked.connect(self.new_company)
        self.import_button.clicked.connect(lambda: self.controller.gate.run(self.choose_import))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.open_requested.connect(self.open_company)
        self.table.delete_requested.connect(self.delete_company)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.proxy.modelReset.connect(self._update_count)
        self.table.proxy.rowsInserted.connect(self._update_count)
        self.table.proxy.rowsRemoved.connect(self._update_count)
        controller.loading_changed.connect(self.states.set_loading)
        controller.loading_changed.connect(self._select_when_loaded)
        controller.load_failed.connect(lambda message: tell(self, "companiesLoadError", self.tr("Companies"), message))
        edit = QShortcut(QKeySequence("F2"), self.table)
        edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit.activated.connect(self.edit_current)

        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.import_button)
        self.setTabOrder(self.import_button, self.new_button)
        self._selection_waiting: uuid.UUID | None = None
        """A company to select once the list is there (it is read when the page is first shown)."""
        self.retranslate()
        self._update_buttons()
        self.states.set_loading(controller.loading)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Companies"))
        self.search.setPlaceholderText(self.tr("Search by name, KvK number, sector or place (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search companies"))
        self.table.setAccessibleName(self.tr("Companies"))
        self.new_button.setText(self.tr("New company"))
        self.new_button.setToolTip(self.tr("Add a company (Ctrl+N)"))
        self.import_button.setText(self.tr("Import list..."))
        self.import_button.setToolTip(self.tr("Import the programme's registration list (CSV)"))
        self.edit_button.setText(self.tr("Edit..."))
        self.edit_button.setToolTip(self.tr("Edit the selected company (F2)"))
        self.delete_button.setText(self.tr("Delete..."))
        self.delete_button.setToolTip(self.tr("Erase the selected company and everything about it (Delete)"))
        self.empty_new.setText(self.tr("Add the first company"))
        self.states.empty.set_texts(
            self.tr("No companies yet"),
            self.tr("Add the company you are visiting, or import the programme's registration list (CSV)."),
        )
        self.states.loading.set_texts(self.tr("Loading companies ..."), "")
        self.states.no_match.set_texts(
            self.tr("No company matches your search"), self.tr("Search looks in the name, KvK number, sector and place.")
        )
        self._update_count()

    def focus_search(self) -> None:
        self.search.take_focus()

    def select_company(self, company_id: uuid.UUID) -> None:
        """Select the company's row; before the list is loaded, once it has loaded."""
        if self.controller.loaded:
            self.table.select_id(company_id)
        else:
            self._selection_waiting = company_id

    def _select_when_loaded(self, loading: bool) -> None:
        waiting = self._selection_waiting
        if not loading and waiting is not None and self.controller.loaded:
            self._selection_waiting = None
            self.table.select_id(waiting)

    def _update_count(self, *_args: object) -> None:
        total = self.controller.model.rowCount()
        shown = self.table.proxy.rowCount()
        if total == shown:
            self.count.setText(self.tr("%n companies", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total} shown").format(shown=shown, total=total))

    def _update_buttons(self, *_args: object) -> None:
        has_current = self.table.current_id() is not None
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def new_company(self) -> None:
        self.controller.gate.run(self._new_company)

    def _new_company(self) -> None:
        from .company_dialog import CompanyDialog

        dialog = CompanyDialog(self.controller, None, self)
        dialog.finished.connect(lambda result: self._created(dialog, result))
        dialog.open()

    def _created(self, dialog: CompanyDialog, result: int) -> None:
        if result and dialog.saved_id is not None:
            self.open_company.emit(dialog.saved_id)
        dialog.deleteLater()

    def edit_current(self) -> None:
        company_id = self.table.current_id()
        if company_id is not None:
            self.edit_company(company_id)

    def edit_company(self, company_id: uuid.UUID, after: Callable[[], None] | None = None) -> None:
        """Read the company in a worker, then open the dialog on it; ``after`` runs once it is saved."""

        def loaded(company: CompanyView) -> None:
            from .company_dialog import CompanyDialog

            if not is_alive(self):
                return
            dialog = CompanyDialog(self.controller, company, self)
            if after is not None:
                dialog.accepted.connect(after)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.controller.gate.run(lambda: self.controller.get(company_id, loaded, self._gone))

    def delete_current(self) -> None:
        company_id = self.table.current_id()
        if company_id is not None:
            self.delete_company(company_id)

    def delete_company(self, company_id: uuid.UUID, after: Callable[[], None] | None = None) -> None:
        """Ask first (the default answer is no); ``after`` runs once the company is erased."""

        def loaded(company: CompanyView) -> None:
            if not is_alive(self):
                return
            confirm(
                self,
                "confirmDeleteCompany",
                title=self.tr("Delete company"),
                text=self.tr(
                    "Erase {name} and all its scans, plans and vouchers from this device? "
                    "At the next sync it is erased from the server too. This cannot be undone."
                ).format(name=company.name),
                yes_text=self.tr("Delete"),
                on_yes=lambda: self.controller.delete(company_id, after),
                danger=True,
            )

        self.controller.gate.run(lambda: self.controller.get(company_id, loaded, self._gone))

    def _gone(self, error: BaseException) -> None:
        if is_alive(self):
            tell(self, "companyGone", self.tr("Companies"), self.controller.context.message(error))

    def choose_import(self) -> QFileDialog:
        """Ask for the CSV file in a dialog in the UI's language that does not block the window."""
        dialog = file_dialog(self, "importFileDialog", self.tr("Import registration list"))
        dialog.setDirectory(str(Path.home()))
        dialog.setNameFilter(self.tr("CSV files (*.csv *.txt)"))
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> ImportDialog:
        """The import of ``path``, its dialog shown at once (it tells the outcome; it starts once the workspace is there)."""
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.controller, path, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
