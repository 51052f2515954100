"""The status bar's facts, and a guard against a Qt binding that would crash a long session."""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime

from advisor_ui import labels
from advisor_ui.context import AppContext
from advisor_ui.qt import QLabel
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from advisor_app.services.companies import CompanyInput
from advisor_app.store.models import SyncState


def test_the_status_bar_counts_pending_changes_and_says_when_the_last_sync_was(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    status = window.status
    qtbot.waitUntil(lambda: status.pending.text() == "1 change not yet synced")
    assert status.last_sync.text() == "Last sync: never"
    assert status.folder.toolTip() == f"Open the data folder {context.workspace.folder}"

    context.workspace.companies.create(CompanyInput(name="Studio Kramer", kvk="22334455", sector="creative"))
    context.events.companies_changed.emit()
    qtbot.waitUntil(lambda: status.pending.text() == "2 changes not yet synced")

    moment = datetime(2026, 11, 27, 16, 45, tzinfo=UTC)
    with context.workspace.db.session() as session:
        session.add(SyncState(key="last_sync_at", value=moment.isoformat()))
    context.events.sync_finished.emit()
    qtbot.waitUntil(lambda: status.last_sync.text() == f"Last sync: {labels.moment(moment)}")


def test_the_qt_binding_keeps_its_references_to_none(qapp: object) -> None:
    """PySide6 6.12.0 drops a reference to ``None`` on every call of a method that returns nothing.

    On Python 3.11, where ``None`` is not immortal, a session then aborts with
    "none_dealloc: deallocating None" after some tens of thousands of calls (minutes
    of use). Pin PySide6-Essentials to a release without the fault (6.11.x).
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
