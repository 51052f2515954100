"""The main window's frame: what the advisor sees before the data folder is open.

The sidebar, the work area with its "opening your data" state, a place for the status bar and the
menus with their shortcuts; :class:`~advisor_ui.views.main_window.MainWindow` builds on it, sets
its texts and adds the pages. It imports only Qt and small widgets, so the first paint does not
wait for SQLAlchemy or the services.
"""

from __future__ import annotations

from ..qt import QAction, QKeySequence, QMainWindow, QSettings, QSplitter, QStackedWidget, QStatusBar, Qt, QVBoxLayout, QWidget
from .sidebar import Sidebar
from .widgets import EmptyState
from .window_state import restore_window

SECTION_COUNT = 5
COMPANIES, SCANS, PLANS, SYNC, WORK = range(SECTION_COUNT)
MINIMUM_SIZE = (640, 420)
"""Small enough for a 1024x700 screen at 150 % scaling (683x467 logical pixels, less a task bar); the pages scroll."""


class WindowFrame(QMainWindow):
    def __init__(self, settings: QSettings | None) -> None:
        """``settings``: the window settings known before the data folder opens, for its size and place."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.content = QStackedWidget()
        self.content.setObjectName("content")
        self.opening = EmptyState("windowOpening")
        self.content.addWidget(self.opening)
        self.sidebar = Sidebar(SECTION_COUNT)
        self.navigation = self.sidebar.navigation

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        work = QWidget()
        self.work_layout = QVBoxLayout(work)
        self.work_layout.setContentsMargins(0, 0, 0, 0)
        self.work_layout.setSpacing(0)
        self.work_layout.addWidget(self.content, 1)
        self.splitter.addWidget(work)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self.sidebar.preferred_width(), 1100])
        self.setCentralWidget(self.splitter)
        self.setStatusBar(QStatusBar())  # holds the status bar's place until the real one comes with the data
        self._build_menu()
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        if settings is not None:
            restore_window(self, self.splitter, settings)

    def _action(self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_menu(self) -> None:
        self.new_action = self._action("actionNewCompany", QKeySequence.StandardKey.New)
        self.import_action = self._action("actionImport", "Ctrl+I")
        self.settings_action = self._action("actionSettings", QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.backup_action = self._action("actionBackup", None)
        self.folder_action = self._action("actionDataFolder", None)
        self.quit_action = self._action("actionQuit", QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.section_actions = [self._action(f"actionSection{index}", f"Ctrl+{index + 1}") for index in range(SECTION_COUNT)]
        self.find_action = self._action("actionFind", QKeySequence.StandardKey.Find)
        self.keys_action = self._action("actionKeys", QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action("actionAbout", None)
        self.data_actions = [
            self.new_action,
            self.import_action,
            self.settings_action,
            self.backup_action,
            self.folder_action,
            self.find_action,
            self.about_action,
        ]
        """What needs the data folder: off until the pages come (quitting, the keys and the sections work at once)."""
        for action in self.data_actions:
            action.setEnabled(False)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menuFile")
        for action in (self.new_action, self.import_action, self.settings_action, self.backup_action, self.folder_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.setObjectName("menuGo")
        self.go_menu.addAction(self.find_action)
        self.go_menu.addSeparator()
        for action in self.section_actions:
            self.go_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.keys_action)
        self.help_menu.addAction(self.about_action)
