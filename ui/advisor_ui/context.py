"""What every screen shares: the opened data folder, the workers, settings and change news."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import plain_message
from .i18n import Translations
from .qt import QDesktopServices, QObject, QSettings, QUrl, Signal
from .tasks import Autosaver, TaskRunner

if TYPE_CHECKING:  # the start shows the window before SQLAlchemy and the workspace are imported (app.py)
    from advisor_app.workspace import Workspace

SETTINGS_FILE = "desktop-settings.ini"


class AppEvents(QObject):
    """Change news between screens, so none of them needs to know the others."""

    companies_changed = Signal()
    scans_changed = Signal()
    plans_changed = Signal()
    sync_finished = Signal()
    notice = Signal(str)
    """A short sentence for the status bar ("PDF saved to ...")."""


def open_with_desktop(path: Path) -> bool:
    """False when the desktop has no program for it (no PDF viewer installed)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


@dataclass
class AppContext:
    workspace: Workspace
    translations: Translations
    tasks: TaskRunner
    autosaver: Autosaver
    events: AppEvents
    settings: QSettings
    open_file: Callable[[Path], object] = field(default=open_with_desktop)
    """Opens a PDF or folder with the desktop's own program (False: there is none); tests replace it."""

    @property
    def language(self) -> str:
        return self.translations.language

    def advisor_name(self) -> str:
        return self.workspace.profile.advisor_name()

    def message(self, error: BaseException) -> str:
        return plain_message(error, self.workspace.folder)


def window_settings(folder: Path) -> QSettings:
    """Window geometry and splitters, kept beside the data they belong to (and out of tests' homes)."""
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def create_context(workspace: Workspace, translations: Translations, parent: QObject) -> AppContext:
    return AppContext(
        workspace=workspace,
        translations=translations,
        tasks=TaskRunner(parent),
        autosaver=Autosaver(parent),
        events=AppEvents(parent),
        settings=window_settings(workspace.folder),
    )
