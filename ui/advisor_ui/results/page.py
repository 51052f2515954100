"""The results of a completed scan, shown at the table right after completing it."""

from __future__ import annotations

import uuid
from pathlib import Path

from .. import labels
from ..context import AppContext
from ..qt import (
    QAction,
    QEvent,
    QKeySequence,
    QMenu,
    QResizeEvent,
    QScrollArea,
    QShortcut,
    QStackedWidget,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ..tasks import Control
from ..views.flow import FlowLayout
from ..views.widgets import EmptyState, button, make_label, primary_button, tell
from .body import ResultsBody
from .data import ResultsData, follow_up, load_results, plan_from_results
from .handoff import PdfHandoff, press

PDF_KEYS, PLAN_KEYS, FOLLOW_UP_KEYS, BACK_KEYS = "Ctrl+P", "Ctrl+L", "Ctrl+U", "Alt+Left"
PDF_LANGUAGE_KEYS = "Ctrl+Shift+P"
"""The results page's own shortcuts; listed in the tooltips and in Help > Keyboard shortcuts."""


class ResultsPage(QWidget):
    back_requested = Signal(uuid.UUID)
    open_scan = Signal(uuid.UUID)
    open_plan = Signal(uuid.UUID)

    def __init__(self, context: AppContext, scan_id: uuid.UUID) -> None:
        super().__init__()
        self.setObjectName("resultsPage")
        self.context = context
        self.scan_id = scan_id
        self.data: ResultsData | None = None
        self.pdf_running = False
        self.busy = False
        """A plan, revision or follow-up is being made in a worker; the buttons wait for it."""
        self.last_pdf: Path | None = None

        self.title = make_label("title", "resultsTitle")
        self.subtitle = make_label("subtitle", "resultsSubtitle", wrap=True)
        self.pdf_button = QToolButton()
        self.pdf_button.setObjectName("resultsPdf")
        self.pdf_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.pdf_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pdf_menu = QMenu(self.pdf_button)
        self.pdf_menu.setObjectName("resultsPdfMenu")
        self.pdf_dutch = QAction(self)
        self.pdf_english = QAction(self)
        self.pdf_dutch.triggered.connect(lambda: self.make_pdf("nl"))
        self.pdf_english.triggered.connect(lambda: self.make_pdf("en"))
        self.pdf_menu.addAction(self.pdf_dutch)
        self.pdf_menu.addAction(self.pdf_english)
        self.pdf_button.setMenu(self.pdf_menu)
        self.pdf_button.clicked.connect(lambda: self.make_pdf(self.context.language))
        self.plan_button = primary_button("resultsPlan")
        self.revise_button = button("resultsRevise")
        self.follow_up_button = button("resultsFollowUp")
        self.back_button = button("resultsBack")
        # Shortcuts of their own: a button's setText() replaces its shortcut with the text's mnemonic.
        for keys, target in (
            (PDF_KEYS, self.pdf_button),
            (PLAN_KEYS, self.plan_button),
            (FOLLOW_UP_KEYS, self.follow_up_button),
            (BACK_KEYS, self.back_button),
        ):
            press(self, keys, target)
        language_keys = QShortcut(QKeySequence(PDF_LANGUAGE_KEYS), self)
        language_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        language_keys.activated.connect(self.choose_pdf_language)
        self.handoff = PdfHandoff(context)

        self.body = ResultsBody()
        scroll = QScrollArea()
        scroll.setObjectName("resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)

        self.loading = EmptyState("resultsLoading")
        self.states = QStackedWidget()
        self.states.addWidget(self.loading)
        self.states.addWidget(scroll)

        # The title has a row of its own, so a long company name wraps instead of running under the buttons.
        self.title.setWordWrap(True)
        actions = FlowLayout()  # wraps onto a second line on a narrow window rather than squeeze the buttons
        for widget in (self.back_button, self.revise_button, self.follow_up_button, self.pdf_button, self.plan_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(actions)
        layout.addWidget(self.handoff)
        layout.addWidget(self.states, 1)

        self.back_button.clicked.connect(self._back)
        self.revise_button.clicked.connect(self.revise)
        self.plan_button.clicked.connect(self.plan)
        self.follow_up_button.clicked.connect(self.follow_up)
        self.setTabOrder(self.back_button, self.revise_button)
        self.setTabOrder(self.revise_button, self.follow_up_button)
        self.setTabOrder(self.follow_up_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.plan_button)
        self.setTabOrder(self.plan_button, self.handoff.open_button)
        self.setTabOrder(self.handoff.open_button, self.handoff.folder_button)
        self.setTabOrder(self.handoff.folder_button, self.handoff.save_as_button)
        self._enable_actions()
        self.retranslate()
        self.reload()
        context.translations.changed.connect(lambda _language: self.reload())

    @property
    def ready(self) -> bool:
        return self.data is not None

    def reload(self) -> None:
        """Gather the PDF's view model in a worker, in the UI's language (again after a language switch)."""
        if not is_alive(self.context.tasks):
            return
        workspace, scan_id, language = self.context.workspace, self.scan_id, self.context.language
        self.context.tasks.start(lambda _control: load_results(workspace, scan_id, language), self._loaded, self._failed)

    def _loaded(self, data: ResultsData) -> None:
        if not is_alive(self):
            return
        first = self.data is None
        self.data = data
        self.states.setCurrentIndex(1)
        self._enable_actions()
        self.retranslate()
        if first:
            self.plan_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        if is_alive(self):
            self.loading.set_texts(self.tr("The results cannot be shown"), self.context.message(error))

    def _enable_actions(self) -> None:
        ready = self.data is not None and not self.busy
        for widget in (self.plan_button, self.revise_button, self.follow_up_button):
            widget.setEnabled(ready)
        self.pdf_button.setEnabled(self.data is not None and not self.pdf_running)

    # -- actions ----------------------------------------------------------------------------

    def _back(self) -> None:
        if self.data is not None:
            self.back_requested.emit(self.data.company_id)

    def _run(self, job: object, done: object) -> None:
        """Make something in a worker (a plan, a revision, a scan); the buttons wait for its answer."""
        if self.busy or self.data is None:
            return
        self.busy = True
        self._enable_actions()

        def finished(result: object) -> None:
            self.context.events.scans_changed.emit()
            self.context.events.plans_changed.emit()
            if is_alive(self):
                self.busy = False
                self._enable_actions()
                done(result)  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            if is_alive(self):
                self.busy = False
                self._enable_actions()
                tell(self, "resultsActionFailed", self.tr("Results"), self.context.message(error))

        self.context.tasks.start(lambda _control: job(), finished, failed)  # type: ignore[operator]

    def revise(self) -> None:
        scans, scan_id = self.context.workspace.scans, self.scan_id
        self._run(lambda: scans.revise(scan_id).id, self.open_scan.emit)

    def plan(self) -> None:
        workspace, scan_id, language = self.context.workspace, self.scan_id, self.context.language
        self._run(lambda: plan_from_results(workspace, scan_id, language), self.open_plan.emit)

    def follow_up(self) -> None:
        """A follow-up scan of the company (or its open draft), opened in the wizard."""
        if self.data is None:
            return
        context, company_id = self.context, self.data.company_id
        self._run(lambda: follow_up(context.workspace, company_id, context.advisor_name()), self.open_scan.emit)

    def choose_pdf_language(self) -> None:
        """The PDF's language menu from the keyboard, on the UI's language; opened without blocking the window."""
        if not (self.pdf_button.isVisible() and self.pdf_button.isEnabled()):
            return
        self.pdf_menu.popup(self.pdf_button.mapToGlobal(self.pdf_button.rect().bottomLeft()))
        self.pdf_menu.setActiveAction(self.pdf_english if self.context.language == "en" else self.pdf_dutch)

    def make_pdf(self, language: str) -> None:
        if self.pdf_running:
            return
        self.pdf_running = True
        self._enable_actions()
        self.pdf_button.setText(self.tr("Making PDF ..."))
        workspace, scan_id = self.context.workspace, self.scan_id

        def run(_control: Control) -> Path:
            from advisor_app.report import save_report  # reportlab loads only when a PDF is asked for

            return save_report(workspace, scan_id, language)

        self.context.tasks.start(run, self._pdf_made, self._pdf_failed)

    def _pdf_made(self, path: Path) -> None:
        if not is_alive(self):
            return
        self._pdf_settled()
        self.last_pdf = path
        self.context.events.notice.emit(self.tr("PDF saved: {path}").format(path=path))
        self.handoff.offer(path)  # Open, Open folder, Save as...; the focus goes to "Open"

    def _pdf_failed(self, error: BaseException) -> None:
        if not is_alive(self):
            return
        self._pdf_settled()
        tell(self, "pdfFailed", self.tr("PDF"), self.context.message(error))
        self.pdf_button.setFocus()

    def _pdf_settled(self) -> None:
        self.pdf_running = False
        self._enable_actions()
        self.retranslate()

    # -- showing ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pdf_button.setText(self.tr("Make PDF") if not self.pdf_running else self.tr("Making PDF ..."))
        self.pdf_button.setToolTip(
            self.tr(
                "Save the summary for the entrepreneur as a PDF ({keys}); the arrow ({language_keys}) picks its language"
            ).format(keys=_shown(PDF_KEYS), language_keys=_shown(PDF_LANGUAGE_KEYS))
        )
        self.pdf_button.setAccessibleName(self.tr("Make PDF"))
        self.pdf_dutch.setText(self.tr("PDF in Dutch"))
        self.pdf_english.setText(self.tr("PDF in English"))
        self.revise_button.setText(self.tr("Revise ..."))
        self.revise_button.setToolTip(self.tr("Correct the answers in a new revision; this scan stays as it is"))
        self.follow_up_button.setText(self.tr("Follow-up scan"))
        self.follow_up_button.setToolTip(
            self.tr("Start a follow-up scan of this company, compared with this one ({keys})").format(keys=_shown(FOLLOW_UP_KEYS))
        )
        self.back_button.setText(self.tr("Back to company"))
        self.back_button.setToolTip(self.tr("Back to the company ({keys})").format(keys=_shown(BACK_KEYS)))
        self.loading.set_texts(self.tr("Calculating the results ..."), "")
        self.body.retranslate()
        self.handoff.retranslate()
        data = self.data
        has_plan = data is not None and data.has_plan
        self.plan_button.setText(self.tr("Open plan") if has_plan else self.tr("Make plan"))
        self.plan_button.setToolTip(
            self.tr("The implementation plan from the improvement areas ({keys})").format(keys=_shown(PLAN_KEYS))
        )
        if data is None:
            self.title.setText(self.tr("Results"))
            return
        self._show(data)

    def _show(self, data: ResultsData) -> None:
        self.body.refit(self.width())
        content = data.content
        self.title.setText(self.tr("Results: {company}").format(company=content.company))
        status = labels.scan_status("completed" if data.completed else "draft")
        self.subtitle.setText(
            self.tr("{status} {date} · {sector} · advisor {advisor}").format(
                status=status,
                date=labels.day(content.scan_date),
                sector=content.sector,
                advisor=content.advisor or "–",
            )
        )
        self.revise_button.setVisible(data.completed)
        self.body.show_content(content)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.body.refit(self.width())

    @property
    def fitted(self) -> bool:
        """The body has been laid out for the current width (texts whole, the page scrolls)."""
        return self.body.fitted


def _shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
