"""File > Back up...: a checked copy of the data to a file the advisor picks (a USB stick, a network share).

The copy itself (SQLite's backup API, then the checks) runs on the task pool, so the window keeps
drawing while a large database is copied; the outcome is one message. Restoring is a command-line
step (``advisor-app restore FILE``) because the data folder must not be open while it is replaced.
"""

from __future__ import annotations

from pathlib import Path

from advisor_app.services.backups import BackupFile, default_backup_path, make_backup

from ..context import AppContext
from ..i18n import file_dialog
from ..qt import QCoreApplication, QFileDialog, QWidget
from .widgets import inform, tell


def choose_backup(parent: QWidget, context: AppContext) -> QFileDialog:
    """Ask where the copy goes (a dated name in the data folder's backups offered), then make it."""
    suggestion = default_backup_path(context.workspace.folder)
    folder = suggestion.parent if suggestion.parent.is_dir() else context.workspace.folder
    dialog = file_dialog(parent, "backupDialog", QCoreApplication.translate("Backup", "Back up the data"), save=True)
    dialog.setDirectory(str(folder))
    dialog.setNameFilter(QCoreApplication.translate("Backup", "Basisscan backups (*.sqlite3)"))
    dialog.setDefaultSuffix("sqlite3")
    dialog.selectFile(suggestion.name)
    dialog.fileSelected.connect(lambda path: back_up(parent, context, Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def back_up(parent: QWidget, context: AppContext, target: Path) -> None:
    def done(made: BackupFile) -> None:
        inform(
            parent,
            "backupDone",
            QCoreApplication.translate("Backup", "Backup"),
            QCoreApplication.translate("Backup", "The data was copied to {path} and the copy was checked.").format(
                path=made.path
            ),
        )

    def failed(error: BaseException) -> None:
        tell(parent, "backupFailed", QCoreApplication.translate("Backup", "Backup"), context.message(error))

    context.tasks.start(lambda _control: make_backup(context.workspace.db, target), done, failed)
