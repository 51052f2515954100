"""The status bar: online or offline, changes waiting for a sync, the last sync (red when it failed),
where the data lives, and "Demo" in a demo."""

from __future__ import annotations

from .. import labels
from ..context import AppContext
from ..controllers.status import Connection, StatusController
from ..demo_exit import leave_demo
from ..qt import QEvent, QLabel, QResizeEvent, QStatusBar, Qt, QToolButton
from .widgets import repolish

FAILURE_SHOWN = 70
"""Characters of a failure's reason shown in the bar; the tooltip holds all of it."""


class StatusBar(QStatusBar):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("statusBar")
        self.context = context
        self.controller = StatusController(context, self)
        self.connection = QLabel()
        self.connection.setObjectName("statusConnection")
        self.pending = QLabel()
        self.pending.setObjectName("statusPending")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("statusLastSync")
        self.folder = QToolButton()
        self.folder.setObjectName("statusDataFolder")
        self.folder.setAutoRaise(True)
        self.folder.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.folder.clicked.connect(lambda: context.open_file(context.workspace.folder))
        self.demo = QLabel()
        self.demo.setObjectName("statusDemo")
        self.demo.setProperty("role", "warning")
        self.demo.hide()
        self.leave_demo = QToolButton()
        self.leave_demo.setObjectName("statusLeaveDemo")
        self.leave_demo.clicked.connect(lambda: leave_demo(self.window()))
        self.leave_demo.hide()
        self.addWidget(self.demo)
        self.addWidget(self.leave_demo)
        for widget in (self.connection, self.pending, self.last_sync):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.folder)
        self.controller.changed.connect(self.retranslate)
        context.events.notice.connect(lambda text: self.showMessage(text, 8000))
        self.retranslate()
        self.controller.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """On a narrow window (a small screen at 150 %) the data folder gives way to the facts; File > Open data folder stays."""
        shown = [w for w in (self.demo, self.leave_demo, self.connection, self.pending, self.last_sync) if not w.isHidden()]
        facts = sum(max(w.minimumWidth(), w.sizeHint().width()) for w in shown) + 12 * (len(shown) + 1)
        self.folder.setVisible(width >= facts + self.folder.sizeHint().width() + 24)

    def retranslate(self) -> None:
        facts = self.controller.facts
        demo = facts is not None and facts.demo
        self.demo.setVisible(demo)
        self.leave_demo.setVisible(demo)
        self.demo.setText(self.tr("Demo"))
        self.demo.setToolTip(self.tr("Demo data: made up to try things out, never sent to the programme's server"))
        self.leave_demo.setText(self.tr("Leave demo"))
        self.leave_demo.setToolTip(self.tr("Close the demo and work in your own, empty data folder"))
        self._show_connection()
        self._show_sync(demo)
        path = self.context.workspace.folder
        folder = str(path)
        shown = folder if len(folder) <= 32 else "…/" + "/".join(path.parts[-2:])
        self.folder.setText(self.tr("Data: {folder}").format(folder=shown))
        self.folder.setToolTip(self.tr("Open the data folder {folder}").format(folder=folder))
        self.folder.setAccessibleName(self.tr("Open the data folder"))
        self._fit(self.width())

    def _show_connection(self) -> None:
        connection = self.controller.connection
        server = self.controller.facts.server if self.controller.facts is not None else ""
        text, tip = {
            Connection.UNKNOWN: (self.tr("Checking the connection ..."), ""),
            Connection.NO_SERVER: (
                self.tr("No server set up"),
                self.tr("Log in to the programme's server on the Sync page (Ctrl+4)"),
            ),
            Connection.ONLINE: ("● " + self.tr("Online"), self.tr("The server {server} answers").format(server=server)),
            Connection.OFFLINE: (
                "○ " + self.tr("Offline"),
                self.tr("The server {server} cannot be reached; work goes on and is synced later").format(server=server),
            ),
        }[connection]
        self.connection.setText(text)
        self.connection.setToolTip(tip)
        self.connection.setProperty("state", connection.value)
        repolish(self.connection)

    def _show_sync(self, demo: bool) -> None:
        pending = self.controller.pending
        last = self.controller.last_sync
        if demo:
            self.pending.setText(self.tr("Demo: nothing is synced"))
        elif pending:
            self.pending.setText(self.tr("%n change(s) not yet synced", "", pending))
        elif last is None:
            self.pending.setText(self.tr("Nothing to sync yet"))
        else:
            self.pending.setText(self.tr("Everything synced"))
        failure = self.controller.failure
        if failure and not demo:
            reason = failure if len(failure) <= FAILURE_SHOWN else failure[: FAILURE_SHOWN - 3].rstrip() + "..."
            self.last_sync.setText(self.tr("Last sync failed: {reason}").format(reason=reason))
            self.last_sync.setToolTip(failure)
            self.last_sync.setProperty("role", "error")
        else:
            self.last_sync.setText(
                self.tr("Last sync: {moment}").format(moment=labels.moment(last)) if last else self.tr("Last sync: never")
            )
            self.last_sync.setToolTip("")
            self.last_sync.setProperty("role", "")
        repolish(self.last_sync)
        for label in (self.connection, self.pending, self.last_sync):
            label.setMinimumWidth(label.sizeHint().width())  # the passing message gives way, the facts stay whole
