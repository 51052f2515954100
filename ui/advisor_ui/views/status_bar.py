"""The status bar: changes waiting for a sync, the last sync, and where the data lives (and "Demo" in a demo)."""

from __future__ import annotations

from .. import labels
from ..context import AppContext
from ..controllers.status import StatusController
from ..demo_exit import leave_demo
from ..qt import QEvent, QLabel, QStatusBar, Qt, QToolButton


class StatusBar(QStatusBar):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("statusBar")
        self.context = context
        self.controller = StatusController(context, self)
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
        self.leave_demo = QToolButton()
        self.leave_demo.setObjectName("statusLeaveDemo")
        self.leave_demo.clicked.connect(lambda: leave_demo(self.window()))
        self.addWidget(self.demo)
        self.addWidget(self.leave_demo)
        for widget in (self.pending, self.last_sync):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.folder)
        self.controller.changed.connect(self.retranslate)
        context.events.notice.connect(lambda text: self.showMessage(text, 8000))
        self.controller.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        demo = self.context.workspace.is_demo
        self.demo.setVisible(demo)
        self.leave_demo.setVisible(demo)
        self.demo.setText(self.tr("Demo"))
        self.demo.setToolTip(self.tr("Demo data: made up to try things out, never sent to the programme's server"))
        self.leave_demo.setText(self.tr("Leave demo"))
        self.leave_demo.setToolTip(self.tr("Close the demo and work in your own, empty data folder"))
        pending = self.controller.pending
        self.pending.setText(
            self.tr("Demo: nothing is synced")
            if demo
            else self.tr("%n change(s) not yet synced", "", pending)
            if pending
            else self.tr("Everything synced")
        )
        last = self.controller.last_sync
        self.last_sync.setText(
            self.tr("Last sync: {moment}").format(moment=labels.moment(last)) if last else self.tr("Last sync: never")
        )
        folder = str(self.context.workspace.folder)
        shown = folder if len(folder) <= 48 else "..." + folder[-45:]
        self.folder.setText(self.tr("Data: {folder}").format(folder=shown))
        self.folder.setToolTip(self.tr("Open the data folder {folder}").format(folder=folder))
        self.folder.setAccessibleName(self.tr("Open the data folder"))
