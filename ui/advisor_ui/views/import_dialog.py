"""Importing the registration list: a progress bar while it runs, then what landed and what did not."""

from __future__ import annotations

from pathlib import Path

from advisor_app.services.importing import ImportReport

from ..controllers.companies import CompaniesController
from ..qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGuiApplication,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from .widgets import make_label


class ImportDialog(QDialog):
    def __init__(self, controller: CompaniesController, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setMinimumSize(640, 420)
        self.path = path
        self.controller = controller
        self.report: ImportReport | None = None
        self.file_label = make_label("subtitle", "importFile", wrap=True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)
        self.summary = make_label("heading", "importSummary", wrap=True)
        self.error = make_label("error", "importError", wrap=True)
        self.warnings = make_label("hint", "importWarnings", wrap=True)
        self.rejected_table = QTableWidget(0, 2)
        self.rejected_table.setObjectName("importRejected")
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        self.rejected_table.setWordWrap(True)
        self.copy = QPushButton()
        self.copy.setObjectName("importCopyRejected")
        self.copy.clicked.connect(self._copy_rejected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("importButtons")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importClose")
        self.close_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.file_label, self.progress, self.summary, self.error, self.warnings, self.rejected_table):
            layout.addWidget(widget)
        row = QDialogButtonBox()
        row.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(row)
        layout.addWidget(self.buttons)
        for hidden in (self.summary, self.error, self.warnings, self.rejected_table, self.copy):
            hidden.hide()
        self.retranslate()
        self.task = controller.start_import(path, self._done, self._failed)

    @property
    def running(self) -> bool:
        return self.report is None and not self.error.text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import registration list"))
        self.file_label.setText(self.tr("Importing {name} ...").format(name=self.path.name))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Why it was not imported")])
        self.rejected_table.setAccessibleName(self.tr("Rejected rows"))
        self.copy.setText(self.tr("Copy rejected rows"))
        self.progress.setAccessibleName(self.tr("Import progress"))

    def reject(self) -> None:
        if self.running:
            return  # the import is one transaction; it finishes in moments and cannot be half-done
        super().reject()

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self._finish()
        self.file_label.setText(self.tr("Imported {name}.").format(name=self.path.name))
        self.summary.setText(
            self.tr("{added} added, {updated} updated, {rejected} not imported.").format(
                added=report.added, updated=report.updated, rejected=len(report.rejected)
            )
        )
        self.summary.show()
        if report.warnings:
            self.warnings.setText("\n".join(report.warnings))
            self.warnings.show()
        if report.rejected:
            self.rejected_table.setRowCount(len(report.rejected))
            for row, rejected in enumerate(report.rejected):
                self.rejected_table.setItem(row, 0, QTableWidgetItem(str(rejected.line)))
                self.rejected_table.setItem(row, 1, QTableWidgetItem(rejected.reason))
            self.rejected_table.resizeRowsToContents()
            self.rejected_table.show()
            self.copy.show()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(self.controller.context.message(error))
        self._finish()
        self.file_label.setText(self.tr("{name} was not imported.").format(name=self.path.name))
        self.error.show()

    def _finish(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.hide()
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def _copy_rejected(self) -> None:
        if self.report is not None:
            lines = [f"{self.tr('Line')} {r.line}: {r.reason}" for r in self.report.rejected]
            QGuiApplication.clipboard().setText("\n".join(lines))
