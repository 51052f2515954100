"""Help > Keyboard shortcuts: every key the app knows, per place, in one table to read (F1)."""

from __future__ import annotations

from ..qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QHeaderView,
    QKeySequence,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from .widgets import make_label


def native(keys: str) -> str:
    """Keys as this platform writes them ("Ctrl+P"; "⌘P" on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    def __init__(self, sections: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.sections = sections
        self.setMinimumSize(640, 520)
        self.intro = make_label("subtitle", "shortcutsIntro", wrap=True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("shortcutsButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.table.setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        everywhere, lists, results, scan = self.tr("Everywhere"), self.tr("Lists"), self.tr("Results"), self.tr("Scan")
        plan, insert = self.tr("Plan"), self.tr("Insert")
        return [
            (everywhere, f"{native('Ctrl+1')} … {native(f'Ctrl+{self.sections}')}", self.tr("Go to a section")),
            (everywhere, native("Ctrl+F"), self.tr("Search on the page (or find a question in the scan)")),
            (everywhere, native("Ctrl+N"), self.tr("New company")),
            (everywhere, native("Ctrl+I"), self.tr("Import the registration list")),
            (everywhere, native("Ctrl+,"), self.tr("Settings")),
            (everywhere, "F1", self.tr("This overview")),
            (everywhere, native("Ctrl+Q"), self.tr("Quit")),
            (lists, self.tr("Down / Enter"), self.tr("From the search box into the list")),
            (lists, self.tr("Enter"), self.tr("Open the row")),
            (lists, "F2", self.tr("Edit the company")),
            (lists, self.tr("Delete"), self.tr("Erase (after asking; Cancel is the default)")),
            (self.tr("Company"), self.tr("Space"), self.tr("Start the scan, or resume the open draft")),
            (scan, "1 … 5", self.tr("Answer and move to the next question")),
            (scan, "0", self.tr("Don't know / not applicable")),
            (scan, self.tr("Left / Right"), self.tr("Choose the previous / next answer card")),
            (scan, self.tr("Up / Down (on the cards)"), self.tr("Choose the card above / below, when the cards stand in rows")),
            (scan, self.tr("Up / Down"), self.tr("Previous / next question")),
            (scan, self.tr("PageDown") + " / " + native("Ctrl+Return"), self.tr("Next page")),
            (scan, self.tr("PageUp"), self.tr("Previous page")),
            (scan, f"{native('Ctrl+Z')} / {native('Ctrl+Shift+Z')}", self.tr("Undo / redo the last edit")),
            (scan, "Esc", self.tr("Leave a note")),
            (scan, native("Alt+N"), self.tr("Write a note on the question")),
            (scan, native("Ctrl+F"), self.tr("Find a question")),
            (scan, native("Alt+Left"), self.tr("Back to the company")),
            (self.tr("Intake"), "1 … 5", self.tr("Answer the scale question with the focus (it starts on the first open one)")),
            (self.tr("Review"), self.tr("Enter"), self.tr("Go to the open question")),
            (self.tr("Review"), native("Ctrl+Return"), self.tr("Complete the scan")),
            (results, native("Ctrl+P"), self.tr("Make PDF")),
            (results, native("Ctrl+Shift+P"), self.tr("Choose the PDF's language (a menu: Up / Down, Enter)")),
            (results, native("Ctrl+L"), self.tr("Make or open the plan")),
            (results, native("Ctrl+U"), self.tr("Follow-up scan")),
            (results, native("Alt+Left"), self.tr("Back to the company")),
            (results, native("Ctrl+O"), self.tr("Open the PDF just made")),
            (results, native("Ctrl+Shift+O"), self.tr("Open its folder")),
            (results, native("Ctrl+Shift+S"), self.tr("Save a copy as... (a USB stick)")),
            (plan, f"{native('Alt+E')} / {native('Alt+R')}", self.tr("An empty plan / a plan from the latest results")),
            (plan, f"{native('Alt+A')} / {insert}", self.tr("Add an action")),
            (plan, self.tr("Enter / F2"), self.tr("Edit the cell (typing starts too); Tab goes on to the next cell")),
            (plan, "Esc", self.tr("Leave the cell, keeping what is typed")),
            (plan, self.tr("Delete"), self.tr("Remove the selected action")),
            (
                self.tr("Dialogs"),
                self.tr("Tab / Shift+Tab"),
                self.tr("Next / previous field; the underlined letter with Alt jumps to it"),
            ),
        ]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr("Everything in Basisscan works without a mouse. Shortcuts also show in the menus and tooltips.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
