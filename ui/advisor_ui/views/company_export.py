"""Export (GDPR) on a company's page: everything this device holds about the company, as one JSON file.

The entrepreneur's right of access: the advisor picks where the file goes (a save dialog offering a
name made of the company's id, never its name or KvK number, as the server's export is named), and
the file is written on the task pool by the same service as ``advisor-app export --company ID``
(``advisor_app.services.export.export_company``), so the window keeps drawing. The outcome is one
message naming the file.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from advisor_app.services.export import export_company

from ..context import AppContext
from ..i18n import file_dialog
from ..qt import QFileDialog, QObject, QWidget
from .widgets import inform, tell


class CompanyExport(QObject):
    """One export's dialog and outcome; a QObject so that its words are ``self.tr`` (lupdate finds plurals there)."""

    def __init__(self, parent: QWidget, context: AppContext, company_id: uuid.UUID) -> None:
        super().__init__(parent)
        self.page = parent
        self.context = context
        self.company_id = company_id

    def choose(self) -> QFileDialog:
        """Ask where the file goes (the home folder, ``basisscan-company-<id>.json`` offered), then write it."""
        dialog = file_dialog(self.page, "companyExportDialog", self.tr("Export the company's data (GDPR)"), save=True)
        dialog.setDirectory(str(Path.home()))
        dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"basisscan-company-{self.company_id}.json")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_to(self, target: Path) -> None:
        def done(scans: int) -> None:
            inform(
                self.page,
                "companyExportDone",
                self.tr("Export (GDPR)"),
                self.tr("The company's data, with %n scan(s), its plans and vouchers, is in {path}.", "", scans).format(
                    path=target
                )
                + " "
                + self.tr("It holds personal data: give it only to the company that asked for it."),
            )
            self.deleteLater()

        def failed(error: BaseException) -> None:
            tell(self.page, "companyExportFailed", self.tr("Export (GDPR)"), self.context.message(error))
            self.deleteLater()

        workspace, company_id = self.context.workspace, self.company_id
        self.context.tasks.start(lambda _control: export_company(workspace, company_id, target), done, failed)


def choose_company_export(parent: QWidget, context: AppContext, company_id: uuid.UUID) -> QFileDialog:
    """The company page's Export (GDPR) button: one export, owned by the page while it runs."""
    return CompanyExport(parent, context, company_id).choose()
