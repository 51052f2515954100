"""The results of a completed scan, shown at the table right after completing it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from .. import labels, style
from ..context import AppContext
from ..qt import (
    QAbstractItemView,
    QAction,
    QEvent,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMenu,
    QResizeEvent,
    QScrollArea,
    QShortcut,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ..tasks import Control
from ..views.flow import FlowLayout
from ..views.widgets import EmptyState, button, make_label, primary_button, styled, tell
from . import texts
from .data import ResultsData, follow_up, load_results, plan_from_results
from .handoff import PdfHandoff, press
from .radar import RadarChart, Series

if TYPE_CHECKING:
    from advisor_app.report.content import ReportContent

NARROW_WIDTH = 1100
"""Below this width the results show in one column (radar and strengths above the scores)."""
NARROW_RADAR = 380
"""The radar's height in one column, so the scores follow without a long scroll."""
PDF_KEYS, PLAN_KEYS, FOLLOW_UP_KEYS, BACK_KEYS = "Ctrl+P", "Ctrl+L", "Ctrl+U", "Alt+Left"
PDF_LANGUAGE_KEYS = "Ctrl+Shift+P"
"""The results page's own shortcuts; listed in the tooltips and in Help > Keyboard shortcuts."""


def _card(*widgets: QWidget) -> QFrame:
    card = QFrame()
    styled(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    for widget in widgets:
        layout.addWidget(widget)
    return card


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
        self.fitted = False
        """The body has been laid out for the current width (texts whole, the page scrolls)."""

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

        self.radar = RadarChart()
        self.benchmark_note = make_label("hint", "resultsBenchmarkNote", wrap=True)
        self.index_figure = make_label("figure", "resultsIndex")
        self.index_caption = make_label("hint", "resultsIndexCaption", wrap=True)
        self.stage = make_label("heading", "resultsStage", wrap=True)
        self.adopter = make_label("subtitle", "resultsAdopter", wrap=True)
        self.warnings = make_label("warning", "resultsWarnings", wrap=True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("resultsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.strengths_title = make_label("heading", "resultsStrengthsTitle")
        self.strengths = make_label("", "resultsStrengths", wrap=True)
        self.areas_title = make_label("heading", "resultsAreasTitle")
        self.areas = make_label("", "resultsAreas", wrap=True)
        self.areas.setTextFormat(Qt.TextFormat.RichText)
        self.strengths.setTextFormat(Qt.TextFormat.RichText)
        self.comparison_title = make_label("heading", "resultsComparisonTitle")
        self.comparison = make_label("", "resultsComparison", wrap=True)
        self.self_assessment = make_label("hint", "resultsSelfAssessment", wrap=True)

        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        figure_row = QHBoxLayout()
        figure_row.addWidget(self.index_figure)
        figure_row.addWidget(self.index_caption, 1)
        summary_layout.addLayout(figure_row)
        summary_layout.addWidget(self.stage)
        summary_layout.addWidget(self.adopter)
        summary_layout.addWidget(self.warnings)
        summary_layout.addWidget(self.table)

        body = QWidget()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_card(self.radar, self.benchmark_note))
        left.addWidget(_card(self.strengths_title, self.strengths, self.comparison_title, self.comparison))
        left.addWidget(self.self_assessment)
        left.addStretch(1)
        right.addWidget(_card(summary))
        right.addWidget(_card(self.areas_title, self.areas))
        right.addStretch(1)
        self.body = body
        columns = QHBoxLayout(body)
        self.columns = columns
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(14)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        scroll = QScrollArea()
        self.body_scroll = scroll
        scroll.setObjectName("resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

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
        self.strengths_title.setText(self.tr("Strengths"))
        self.areas_title.setText(self.tr("Improvement areas"))
        self.comparison_title.setText(self.tr("Compared with the previous scan"))
        self.self_assessment.setText(
            self.tr(
                "The scan is a self-assessment by the entrepreneur with the advisor; the scores show where the company "
                "stands by its own account, not an audit."
            )
        )
        self.table.setAccessibleName(self.tr("Scores per dimension"))
        self.radar.setAccessibleName(self.tr("Radar chart of the dimension scores"))
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
        self.fitted = False
        QTimer.singleShot(0, self._fit_body)
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
        self.index_figure.setText(labels.score(content.sii))
        self.index_caption.setText(self.tr("Social Innovation Index (0-100), the mean of the five capability dimensions"))
        stage_text = self.tr("Maturity stage: {stage}").format(stage=content.stage or "–")
        if content.capped_from and content.weakest:
            stage_text += " " + self.tr("(held back by the weakest dimension, {dimension})").format(dimension=content.weakest)
        self.stage.setText(stage_text)
        self.adopter.setText(self.tr("Adopter category: {category}").format(category=content.adopter or "–"))
        warnings = []
        if content.unbalanced:
            warnings.append(
                self.tr(
                    "Unbalanced profile: the strongest and weakest dimensions differ by more than 1.5 points. "
                    "A little renewal in one area does not pay off while another lags behind."
                )
            )
        if content.chain_weakness:
            warnings.append(
                self.tr("Weakest link in the innovation chain: {weakness}.").format(weakness=", ".join(content.chain_weakness))
            )
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._fill_table(content)
        self._fill_radar(content)
        self.strengths.setText(texts.strengths_html(content))
        self.areas.setText(texts.areas_html(content))
        comparison = texts.comparison_text(content)
        self.comparison_title.setVisible(bool(comparison))
        self.comparison.setVisible(bool(comparison))
        self.comparison.setText(comparison)

    def _reference_name(self, content: ReportContent) -> str:
        reference = content.reference()
        if reference is None:
            return self.tr("Sector")
        group, kind = reference
        if kind == "sector":
            return self.tr("Sector (n={n})").format(n=group.n)
        return self.tr("Programme (n={n})").format(n=group.n)

    def _fill_table(self, content: ReportContent) -> None:
        reference = content.reference()
        previous = content.comparison.before_scores if content.comparison is not None else {}
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dimension"),
                self.tr("Score"),
                self.tr("Stage"),
                self._reference_name(content),
                self.tr("Previous"),
                self.tr("Change"),
            ]
        )
        self.table.setRowCount(len(content.dimensions))
        for row, dimension in enumerate(content.dimensions):
            before = previous.get(dimension.id)
            bench = reference[0].scores.get(dimension.id) if reference is not None else None
            title = f"{dimension.id} {dimension.title}"
            if not dimension.capability:
                title += " " + self.tr("(output)")
            cells = [
                title,
                labels.score(dimension.score) if dimension.score is not None else self.tr("too few answers"),
                dimension.stage or "–",
                labels.score(bench),
                labels.score(before),
                labels.change(dimension.score, before),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 3, 4, 5):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_table()

    def _fit_table(self) -> None:
        """Rows as tall as their wrapped dimension names, the table as tall as its rows (the page scrolls)."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        if self.table.height() != height + 4:
            self.table.setFixedHeight(height + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fitted = False
        QTimer.singleShot(0, self._fit_body)

    def _fit_body(self) -> None:
        """One column on a small window, two on a wide one; every wrapped text whole (the page scrolls).

        A label that wraps reports a one-line minimum, so inside a scroll area it would be squeezed:
        each gets the height it needs at its width, and the body the height its layout then needs.
        """
        if not is_alive(self):
            return
        narrow = self.width() < NARROW_WIDTH
        direction = QHBoxLayout.Direction.TopToBottom if narrow else QHBoxLayout.Direction.LeftToRight
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.radar.setMaximumHeight(NARROW_RADAR if narrow else 16_777_215)
        for _ in range(4):  # a text's width depends on the others' heights (a scroll bar may come): settle
            height = self.table.height()
            self._fit_table()
            changed = self.table.height() != height
            for label in self.body.findChildren(QLabel):
                if label.wordWrap() and label.isVisibleTo(self.body) and label.width() > 0:
                    needed = label.heightForWidth(label.width())
                    if label.minimumHeight() != needed:
                        label.setMinimumHeight(needed)
                        changed = True
            for box in reversed(self.body.findChildren(QWidget)):  # the innermost first
                inner = box.layout()
                if inner is not None and box.isVisibleTo(self.body) and box.width() > 0:
                    needed = inner.totalHeightForWidth(box.width())
                    if box.minimumHeight() != needed:
                        box.setMinimumHeight(needed)
                        changed = True
            self.columns.activate()
            self.body.setMinimumHeight(self.columns.minimumSize().height())
            if not changed:
                break
        self.fitted = True

    def _fill_radar(self, content: ReportContent) -> None:
        axes = [f"{d.id} {d.title}" for d in content.dimensions]
        series = [Series(self.tr("This scan"), [d.score for d in content.dimensions], style.TEAL, filled=True)]
        reference = content.reference()
        if reference is not None:
            group = reference[0]
            series.append(
                Series(
                    self._reference_name(content), [group.scores.get(d.id) for d in content.dimensions], style.ACCENT, dashed=True
                )
            )
        if content.comparison is not None:
            before = content.comparison.before_scores
            series.append(
                Series(
                    self.tr("Previous scan ({date})").format(date=labels.day(content.comparison.before_date)),
                    [before.get(d.id) for d in content.dimensions],
                    "#7d8b8d",
                    dashed=True,
                )
            )
        self.radar.set_data(axes, series)
        if reference is not None:
            group, kind = reference
            self.benchmark_note.setText(
                self.tr("Sector benchmark: {sector}, the mean of {n} completed scans.").format(sector=content.sector, n=group.n)
                if kind == "sector"
                else self.tr(
                    "Compared with the whole programme ({n} companies): {sector} has too few completed scans of its own yet."
                ).format(n=group.n, sector=content.sector)
            )
        else:
            n = content.sector_benchmark.n if content.sector_benchmark is not None else 0
            self.benchmark_note.setText(
                self.tr(
                    "No sector benchmark yet: %n other company(s) in {sector} with a completed scan on this device or "
                    "server; it is shown from {minimum} on.",
                    "",
                    n,
                ).format(sector=content.sector, minimum=content.benchmark_min_n)
            )


def _shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
