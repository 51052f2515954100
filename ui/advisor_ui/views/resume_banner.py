"""The offer after a start that follows an interrupted scan: "Continue the scan of X?" Enter resumes, Esc not now.

A bar above the work rather than a dialog: the advisor may also just go on with
something else, and the offer stays until they answer it or open a scan.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ..controllers.scan_session import AMBITION_PREFIX, INTAKE_POSITION, REVIEW_POSITION
from ..qt import QEvent, QFrame, QHBoxLayout, QKeySequence, QShortcut, Qt, Signal
from .widgets import button, make_label, primary_button, styled

if TYPE_CHECKING:
    from advisor_app.services.views import ScanView


class ResumeBanner(QFrame):
    resume_requested = Signal(uuid.UUID)
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("resumeBanner")
        styled(self, "card")
        self.text = make_label("heading", "resumeText", wrap=True)
        self.resume_button = primary_button("resumeScan")
        self.later_button = button("resumeLater")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.later_button)
        layout.addWidget(self.resume_button)
        self.resume_button.clicked.connect(self.resume)
        self.later_button.clicked.connect(self.dismiss)
        for key, action in ((Qt.Key.Key_Return, self.resume), (Qt.Key.Key_Enter, self.resume), (Qt.Key.Key_Escape, self.dismiss)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.setTabOrder(self.resume_button, self.later_button)
        self.offered: ScanView | None = None
        self.hide()

    def offer(self, view: ScanView, *, take_focus: bool) -> None:
        self.offered = view
        self.retranslate()
        self.show()
        if take_focus:
            self.resume_button.setFocus()

    def withdraw(self) -> None:
        """The offer is answered or no longer needed (a scan was opened)."""
        self.offered = None
        self.hide()

    def resume(self) -> None:
        if self.offered is not None:
            scan_id = self.offered.scan.id
            self.withdraw()
            self.resume_requested.emit(scan_id)

    def dismiss(self) -> None:
        if self.offered is not None:
            self.withdraw()
            self.dismissed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.resume_button.setText(self.tr("Resume scan (Enter)"))
        self.later_button.setText(self.tr("Not now (Esc)"))
        view = self.offered
        if view is None:
            return
        position = view.scan.position
        if position == REVIEW_POSITION:
            where = self.tr("the review")
        elif position.startswith(AMBITION_PREFIX):
            where = self.tr("the ambition of {dimension}").format(dimension=position.removeprefix(AMBITION_PREFIX))
        elif position and position != INTAKE_POSITION:
            where = self.tr("question {item}").format(item=position)
        else:
            where = self.tr("the intake")
        self.text.setText(
            self.tr("Continue the scan of {company}? It stopped at {where}.").format(company=view.company.name, where=where)
        )
        self.setAccessibleName(self.text.text())
