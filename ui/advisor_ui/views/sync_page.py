"""The Sync page: the server, logging this device in, syncing with progress, and the conflicts to settle."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from advisor_app.domain.errors import BasisscanError

from ..context import AppContext
from ..controllers.sync import AccountState, SyncController
from ..qt import (
    QAbstractItemView,
    QEvent,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QResizeEvent,
    QScrollArea,
    QShowEvent,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from .widgets import EmptyState, button, make_label, primary_button, styled

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 30


NARROW_WIDTH = 760
"""Below this page width the login, the run and the conflicts stand one under the other."""


def _card(layout: QVBoxLayout | QFormLayout | QHBoxLayout) -> QFrame:
    card = QFrame()
    styled(card, "card")
    card.setLayout(layout)
    return card


class SyncPage(QWidget):
    account_shown = Signal()
    """The account line and the conflicts have been read and shown."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("syncPage")
        self.context = context
        self.controller = SyncController(context, self)
        self.conflicts: list[Any] = []

        self.title = make_label("title", "syncTitle")
        self.intro = make_label("subtitle", "syncIntro", wrap=True)
        self.server = QLineEdit()
        self.server.setObjectName("syncServer")
        self.username = QLineEdit()
        self.username.setObjectName("syncUsername")
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = button("syncLogin")
        self.account = make_label("hint", "syncAccount", wrap=True)
        self.sync_button = primary_button("syncNow")
        self.cancel_button = button("syncCancel")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.stage = make_label("hint", "syncStage")
        self.outcome = make_label("heading", "syncOutcome", wrap=True)
        self.log = QPlainTextEdit()
        self.log.setObjectName("syncLog")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(500)
        self.conflicts_title = make_label("heading", "syncConflictsTitle")
        self.conflict_table = QTableWidget(0, 4)
        self.conflict_table.setObjectName("syncConflicts")
        self.conflict_table.verticalHeader().hide()
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setWordWrap(True)
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_mine = button("syncKeepMine")
        self.keep_server = button("syncKeepServer")
        self.no_conflicts = make_label("hint", "syncNoConflicts", wrap=True)
        self.conflicts_empty = EmptyState("syncConflictsEmpty")
        self.conflict_states = QStackedWidget()
        self.conflict_states.addWidget(self.conflicts_empty)
        self.conflict_states.addWidget(self.conflict_table)

        self.server_label, self.username_label, self.password_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        for label, field in (
            (self.server_label, self.server),
            (self.username_label, self.username),
            (self.password_label, self.password),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.account)
        login_row = QHBoxLayout()
        login_row.addStretch(1)
        login_row.addWidget(self.login_button)
        form.addRow(login_row)
        run_row = QHBoxLayout()
        run_row.addWidget(self.sync_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.stage)
        run = QVBoxLayout()
        run.addLayout(run_row)
        run.addWidget(self.outcome)
        run.addWidget(self.log, 1)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.no_conflicts, 1)
        conflict_buttons.addWidget(self.keep_mine)
        conflict_buttons.addWidget(self.keep_server)
        conflicts = QVBoxLayout()
        conflicts.addWidget(self.conflicts_title)
        conflicts.addWidget(self.conflict_states, 1)
        conflicts.addLayout(conflict_buttons)

        left = QVBoxLayout()
        left.addWidget(_card(form))
        left.addWidget(_card(run), 1)
        body = QWidget()
        self.columns = columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 5)
        columns.addWidget(_card(conflicts), 6)
        scroll = QScrollArea()  # on a small screen the cards stand one under the other and the page scrolls
        scroll.setObjectName("syncScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

        self.login_button.clicked.connect(self.login)
        self.password.returnPressed.connect(self.login)
        self.sync_button.clicked.connect(self.sync)
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_server.clicked.connect(lambda: self.resolve("server"))
        self.server.editingFinished.connect(self.refresh)
        self.conflict_table.itemSelectionChanged.connect(self._update_buttons)
        self.controller.logged_in.connect(self._logged_in)
        self.controller.progressed.connect(self._progressed)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.controller.busy_changed.connect(lambda _busy: self._update_buttons())
        self._loaded = False
        self._account: AccountState | None = None
        """The server and the conflicts are read when the page is first shown, not at start-up."""
        self.retranslate()
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Side by side on a wide window, one under the other on a narrow one (a small screen at 150 %)."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_WIDTH
        self.columns.setDirection(QHBoxLayout.Direction.TopToBottom if narrow else QHBoxLayout.Direction.LeftToRight)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.controller.read_remembered_server(self._remembered)

    def _remembered(self, server: str) -> None:
        if not is_alive(self):
            return
        if not self.server.text().strip():
            self.server.setText(server)
        self.refresh()

    def sync_when_online(self, server: str) -> bool:
        """A sync the app starts by itself (a connection appeared); False when one runs already."""
        if self.controller.busy:
            return False
        if not self.server.text().strip():
            self.server.setText(server)
        self._say(self.tr("The server answers again; syncing by itself ..."))
        self.sync()
        return True

    # -- actions -----------------------------------------------------------------------------

    def login(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self._say(self.tr("Fill in your username and password for the programme's server."), error=True)
            return
        self._say(self.tr("Logging in to {server} ...").format(server=self.server.text().strip()))
        self._guarded(lambda: self.controller.login(self.server.text(), self.username.text(), self.password.text()))

    def sync(self) -> None:
        self.outcome.clear()
        self.progress.setRange(0, 0)
        self._say(self.tr("Syncing with {server} ...").format(server=self.server.text().strip()))
        self._guarded(lambda: self.controller.sync(self.server.text()))

    def resolve(self, keep: Literal["mine", "server"]) -> None:
        row = self.conflict_table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict_id = self.conflicts[row].id
        if not isinstance(conflict_id, uuid.UUID):
            return

        def resolved() -> None:
            self._say(self.tr("Kept your value.") if keep == "mine" else self.tr("Kept the server's value."))
            self.refresh()

        self._guarded(
            lambda: self.controller.resolve(
                self.server.text(), conflict_id, keep, resolved, lambda message: self._say(message, error=True)
            )
        )

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except BasisscanError as error:
            self._failed(str(error))

    # -- outcomes --------------------------------------------------------------------------------

    def _logged_in(self, username: str) -> None:
        self.password.clear()
        self._say(self.tr("Logged in as {user}; this device can now sync.").format(user=username))
        self.refresh()
        self.sync_button.setFocus()

    def _progressed(self, progress: Any) -> None:
        stage = self._stage_name(str(progress.stage))
        self.progress.setRange(0, max(1, int(progress.total)))
        self.progress.setValue(int(progress.done))
        self.stage.setText(f"{stage} {progress.done}/{progress.total}")

    def _finished(self, report: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.stage.clear()
        text = (
            self.tr("{sent} sent, {received} received, ").format(sent=report.sent, received=report.received)
            + self.tr("%n report(s) uploaded", "", int(report.files))
            + ", "
            + self.tr("%n conflict(s).", "", int(report.conflicts))
        )
        self.outcome.setText(text)
        self._say(self.tr("Sync finished: {summary}").format(summary=text))
        self.refresh()

    def _failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage.clear()
        self.outcome.setText(message)
        self._say(message, error=True)
        self.refresh()

    def _say(self, line: str, *, error: bool = False) -> None:
        stamp = f"{datetime.now():%H:%M:%S}"
        self.log.appendPlainText(f"{stamp}  {'⚠ ' if error else ''}{line}")

    def _stage_name(self, code: str) -> str:
        return {
            "files": self.tr("Uploading reports"),
            "push": self.tr("Sending changes"),
            "pull": self.tr("Fetching news"),
        }.get(code, code)

    # -- state -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Who is logged in on this server, and which conflicts wait (read in a worker)."""
        self.controller.read_account(self.server.text().strip(), self._show_account)

    def _show_account(self, state: AccountState) -> None:
        if not is_alive(self):
            return  # the window closed while the read ran
        if state.server != self.server.text().strip():
            return  # the address changed meanwhile; its own read follows
        self._account = state
        if state.unavailable:
            self.account.setText(state.unavailable)
        elif state.user:
            self.account.setText(self.tr("This device is logged in as {user}.").format(user=state.user))
        else:
            self.account.setText(self.tr("This device is not logged in to this server yet."))
        if state.warning and not state.unavailable:
            self.account.setText(f"{self.account.text()} {state.warning}")
        self.conflicts = list(state.conflicts)
        self._fill_conflicts()
        self.account_shown.emit()

    def _fill_conflicts(self) -> None:
        table = self.conflict_table
        table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            record = conflict.label
            if conflict.kind == "rejected" and conflict.reason:
                record = f"{record} ({conflict.reason})"
            for column, text in enumerate((record, conflict.field_label, conflict.mine_text, conflict.theirs_text)):
                table.setItem(row, column, QTableWidgetItem(str(text)))
        table.resizeRowsToContents()
        self.conflict_states.setCurrentWidget(self.conflict_table if self.conflicts else self.conflicts_empty)
        self.no_conflicts.setText(
            self.tr("No conflicts: everything fits together.")
            if not self.conflicts
            else self.tr("Choose a row, then keep your value or the server's.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.controller.busy
        chosen = 0 <= self.conflict_table.currentRow() < len(self.conflicts)
        self.sync_button.setEnabled(not busy)
        self.login_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.keep_mine.setEnabled(chosen and not busy)
        self.keep_server.setEnabled(chosen and not busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        self.intro.setText(
            self.tr(
                "Send your changes to the programme's server and fetch what is new, at the end of the day when you are "
                "online. Work at the table never waits for it."
            )
        )
        self.server_label.setText(self.tr("&Server"))
        self.server.setPlaceholderText("https://basisscan.example.nl")
        self.server.setAccessibleName(self.tr("Server address"))
        self.username_label.setText(self.tr("&Username"))
        self.username.setAccessibleName(self.tr("Username"))
        self.password_label.setText(self.tr("&Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Only for the first login on this device"))
        self.login_button.setText(self.tr("Log in"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.log.setAccessibleName(self.tr("Sync log"))
        self.conflicts_title.setText(self.tr("Conflicts"))
        self.conflict_table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Yours"), self.tr("Server's")]
        )
        self.conflict_table.setAccessibleName(self.tr("Conflicts"))
        self.conflicts_empty.set_texts(
            self.tr("Nothing to settle"),
            self.tr("When you and someone else changed the same thing, both values show here and you choose."),
        )
        self.log.setPlaceholderText(self.tr("What each sync did shows here."))
        self.keep_mine.setText(self.tr("Keep mine"))
        self.keep_server.setText(self.tr("Keep the server's"))
        if self._account is not None:
            self._show_account(self._account)  # the same facts in the new language
