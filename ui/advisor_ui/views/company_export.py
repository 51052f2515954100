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
from ..qt import QCoreApplication, QFileDialog, QWidget
from .widgets import inform, tell


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CompanyExport", text, None, n)


def choose_company_export(parent: QWidget, context: AppContext, company_id: uuid.UUID) -> QFileDialog:
    """Ask where the file goes (the home folder, ``basisscan-company-<id>.json`` offered), then write it."""
    dialog = file_dialog(parent, "companyExportDialog", _tr("Export the company's data (GDPR)"), save=True)
    dialog.setDirectory(str(Path.home()))
    dialog.setNameFilter(_tr("JSON files (*.json)"))
    dialog.setDefaultSuffix("json")
    dialog.selectFile(f"basisscan-company-{company_id}.json")
    dialog.fileSelected.connect(lambda path: export_to(parent, context, company_id, Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def export_to(parent: QWidget, context: AppContext, company_id: uuid.UUID, target: Path) -> None:
    def done(scans: int) -> None:
        inform(
            parent,
            "companyExportDone",
            _tr("Export (GDPR)"),
            _tr("The company's data, with %n scan(s), its plans and vouchers, is in {path}.", scans).format(path=target)
            + " "
            + _tr("It holds personal data: give it only to the company that asked for it."),
        )

    def failed(error: BaseException) -> None:
        tell(parent, "companyExportFailed", _tr("Export (GDPR)"), context.message(error))

    context.tasks.start(lambda _control: export_company(context.workspace, company_id, target), done, failed)
