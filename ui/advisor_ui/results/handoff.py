"""Handing the PDF over: open it, open its folder, or save a copy elsewhere (a USB stick).

Shown under the results' title once "Make PDF" has made the file. A desktop
without a PDF viewer is said plainly (``QDesktopServices.openUrl`` answers
False), with the two ways that still work. The copy is written in a worker.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..context import AppContext
from ..i18n import file_dialog
from ..qt import (
    QAbstractButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ..views.widgets import button, make_label, styled

OPEN_KEYS, FOLDER_KEYS, SAVE_AS_KEYS = "Ctrl+O", "Ctrl+Shift+O", "Ctrl+Shift+S"


def copy_file(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


class PdfHandoff(QFrame):
    """The made PDF and what to do with it; ``copied`` carries the path of a copy once it is written."""

    copied = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfHandoff")
        styled(self, "card")
        self.context = context
        self.path: Path | None = None
        self.file = make_label("", "pdfHandoffFile", wrap=True)
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = make_label("error", "pdfHandoffProblem", wrap=True)
        self.problem.hide()
        self.open_button = button("pdfOpen")
        self.folder_button = button("pdfOpenFolder")
        self.save_as_button = button("pdfSaveAs")
        for keys, target in (
            (OPEN_KEYS, self.open_button),
            (FOLDER_KEYS, self.folder_button),
            (SAVE_AS_KEYS, self.save_as_button),
        ):
            press(self, keys, target)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        for widget in (self.open_button, self.folder_button, self.save_as_button):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.open_folder)
        self.save_as_button.clicked.connect(self.save_as)
        self.retranslate()
        self.hide()

    def offer(self, path: Path) -> None:
        self.path = path
        self.problem.hide()
        self.retranslate()
        self.show()
        self.open_button.setFocus()

    def open_pdf(self) -> None:
        if self.path is None:
            return
        if self.context.open_file(self.path) is False:
            self._say(
                self.tr(
                    "No program to show PDF files is installed on this computer. "
                    "Open the folder, or save a copy on a USB stick and open it elsewhere."
                )
            )

    def open_folder(self) -> None:
        if self.path is None:
            return
        if self.context.open_file(self.path.parent) is False:
            self._say(self.tr("This computer has no file manager to show the folder {folder}.").format(folder=self.path.parent))

    def save_as(self) -> QFileDialog | None:
        """Ask where the copy goes (the dialog does not block the window); the copy is written in a worker."""
        if self.path is None:
            return None
        dialog = file_dialog(self, "pdfSaveAsDialog", self.tr("Save a copy of the PDF"), save=True)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(str(Path.home() / self.path.name))
        source = self.path

        def chosen(target: str) -> None:
            self.context.tasks.start(lambda _control: copy_file(source, Path(target)), self._copied, self._not_copied)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _copied(self, target: Path) -> None:
        if not is_alive(self):
            return
        self.problem.hide()
        self.context.events.notice.emit(self.tr("Copy saved: {path}").format(path=target))
        self.copied.emit(target)
        self.save_as_button.setFocus()

    def _not_copied(self, error: BaseException) -> None:
        if is_alive(self):
            self._say(self.context.message(error))

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def retranslate(self) -> None:
        name = self.path.name if self.path is not None else ""
        self.file.setText(self.tr("PDF saved: {name}").format(name=name))
        self.file.setToolTip(str(self.path) if self.path is not None else "")
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the PDF ({keys})").format(keys=_shown(OPEN_KEYS)))
        self.folder_button.setText(self.tr("Open folder"))
        self.folder_button.setToolTip(self.tr("Show the folder with the PDF ({keys})").format(keys=_shown(FOLDER_KEYS)))
        self.save_as_button.setText(self.tr("Save as..."))
        self.save_as_button.setToolTip(
            self.tr("Save a copy elsewhere, e.g. on a USB stick ({keys})").format(keys=_shown(SAVE_AS_KEYS))
        )


def press(owner: QWidget, keys: str, target: QAbstractButton) -> QShortcut:
    """``keys`` anywhere on ``owner`` presses ``target`` (while it is shown and enabled)."""
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: target.click() if target.isVisible() and target.isEnabled() else None)
    return shortcut


def _shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
