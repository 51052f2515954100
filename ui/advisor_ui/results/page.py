"""The results of a completed scan, shown at the table right after completing it."""

from __future__ import annotations

import uuid
from pathlib import Path

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.scoring import BENCHMARK_MIN_N, STRENGTH_THRESHOLD, ScanResult, to_percent

from .. import labels, style
from ..context import AppContext
from ..qt import (
    QAbstractItemView,
    QAction,
    QEvent,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..tasks import Control
from ..views.widgets import EmptyState, button, make_label, primary_button, styled, tell
from .data import ResultData, load_result
from .radar import RadarChart, Series


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
        self.data: ResultData | None = None
        self.pdf_running = False
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
        self.back_button = button("resultsBack")

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
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(14)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        scroll = QScrollArea()
        scroll.setObjectName("resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.loading = EmptyState("resultsLoading")
        self.states = QStackedWidget()
        self.states.addWidget(self.loading)
        self.states.addWidget(scroll)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for widget in (self.back_button, self.revise_button, self.pdf_button, self.plan_button):
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(header)
        layout.addWidget(self.states, 1)

        self.back_button.clicked.connect(self._back)
        self.revise_button.clicked.connect(self.revise)
        self.plan_button.clicked.connect(self.plan)
        self.setTabOrder(self.back_button, self.revise_button)
        self.setTabOrder(self.revise_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.plan_button)
        for widget in (self.pdf_button, self.plan_button, self.revise_button):
            widget.setEnabled(False)
        self.retranslate()
        self.reload()

    @property
    def ready(self) -> bool:
        return self.data is not None

    def reload(self) -> None:
        workspace, scan_id = self.context.workspace, self.scan_id
        self.context.tasks.start(lambda _control: load_result(workspace, scan_id), self._loaded, self._failed)

    def _loaded(self, data: ResultData) -> None:
        self.data = data
        self.states.setCurrentIndex(1)
        for widget in (self.pdf_button, self.plan_button, self.revise_button):
            widget.setEnabled(True)
        self.retranslate()
        self.plan_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.loading.set_texts(self.tr("The results cannot be shown"), self.context.message(error))

    # -- actions ----------------------------------------------------------------------------

    def _back(self) -> None:
        if self.data is not None:
            self.back_requested.emit(self.data.view.company.id)

    def revise(self) -> None:
        try:
            revision = self.context.workspace.scans.revise(self.scan_id)
        except BasisscanError as error:
            tell(self, "reviseFailed", self.tr("Revise scan"), self.context.message(error))
            return
        self.context.events.scans_changed.emit()
        self.open_scan.emit(revision.id)

    def plan(self) -> None:
        data = self.data
        if data is None:
            return
        plans = self.context.workspace.plans
        company_id = data.view.company.id
        if not any(plan.scan_id == self.scan_id for plan in plans.for_company(company_id)):
            plans.create_from_result(self.scan_id, data.result, self.context.language)
            self.context.events.plans_changed.emit()
        self.open_plan.emit(company_id)

    def make_pdf(self, language: str) -> None:
        if self.pdf_running:
            return
        self.pdf_running = True
        self.pdf_button.setEnabled(False)
        self.pdf_button.setText(self.tr("Making PDF ..."))
        workspace, scan_id = self.context.workspace, self.scan_id

        def run(_control: Control) -> Path:
            from advisor_app.report import save_report  # reportlab loads only when a PDF is asked for

            return save_report(workspace, scan_id, language)

        self.context.tasks.start(run, self._pdf_made, self._pdf_failed)

    def _pdf_made(self, path: Path) -> None:
        self._pdf_settled()
        self.last_pdf = path
        self.context.events.notice.emit(self.tr("PDF saved: {path}").format(path=path))
        self.context.open_file(path)

    def _pdf_failed(self, error: BaseException) -> None:
        self._pdf_settled()
        tell(self, "pdfFailed", self.tr("PDF"), self.context.message(error))

    def _pdf_settled(self) -> None:
        self.pdf_running = False
        self.pdf_button.setEnabled(True)
        self.retranslate()

    # -- showing ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pdf_button.setText(self.tr("Make PDF") if not self.pdf_running else self.tr("Making PDF ..."))
        self.pdf_button.setToolTip(self.tr("Save the summary for the entrepreneur as a PDF and open it"))
        self.pdf_button.setAccessibleName(self.tr("Make PDF"))
        self.pdf_dutch.setText(self.tr("PDF in Dutch"))
        self.pdf_english.setText(self.tr("PDF in English"))
        self.revise_button.setText(self.tr("Revise ..."))
        self.revise_button.setToolTip(self.tr("Correct the answers in a new revision; this scan stays as it is"))
        self.back_button.setText(self.tr("Back to company"))
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
        data = self.data
        if data is None:
            self.title.setText(self.tr("Results"))
            self.plan_button.setText(self.tr("Make plan"))
            return
        self._show(data)

    def _show(self, data: ResultData) -> None:
        view, result = data.view, data.result
        scan = view.scan
        has_plan = any(plan.scan_id == self.scan_id for plan in self.context.workspace.plans.for_company(view.company.id))
        self.plan_button.setText(self.tr("Open plan") if has_plan else self.tr("Make plan"))
        self.title.setText(self.tr("Results: {company}").format(company=view.company.name))
        status = labels.scan_status(scan.status)
        self.subtitle.setText(
            self.tr("{status} {date} · {sector} · advisor {advisor}").format(
                status=status,
                date=labels.day(scan.completed_at or scan.started_at),
                sector=labels.sector(view.company.sector),
                advisor=scan.advisor or "–",
            )
        )
        self.revise_button.setVisible(scan.status == "completed")
        self.index_figure.setText(labels.score(result.sii_percent))
        self.index_caption.setText(self.tr("Social Innovation Index (0-100), the mean of the five capability dimensions"))
        stage_text = self.tr("Maturity stage: {stage}").format(stage=labels.stage(result.stage))
        if result.capped:
            stage_text += " " + self.tr("(held back by the weakest dimension, {dimension})").format(
                dimension=result.weakest_dimension
            )
        self.stage.setText(stage_text)
        self.adopter.setText(self.tr("Adopter category: {category}").format(category=labels.adopter(result.adopter_category)))
        warnings = []
        if result.unbalanced:
            warnings.append(
                self.tr(
                    "Unbalanced profile: the strongest and weakest dimensions differ by more than 1.5 points. "
                    "A little renewal in one area does not pay off while another lags behind."
                )
            )
        if result.value_chain is not None:
            warnings.append(
                self.tr("Weakest link in the innovation chain: {weakness}.").format(
                    weakness=labels.chain_weakness(result.value_chain.weakest)
                )
            )
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._fill_table(data)
        self._fill_radar(data)
        self.strengths.setText(self._strengths_html(result, data))
        self.areas.setText(self._areas_html(result, data))
        comparison = self._comparison_text(data)
        self.comparison_title.setVisible(bool(comparison))
        self.comparison.setVisible(bool(comparison))
        self.comparison.setText(comparison)

    def _fill_table(self, data: ResultData) -> None:
        q = data.view.questionnaire
        benchmark = data.shown_benchmark
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dimension"),
                self.tr("Score"),
                self.tr("Stage"),
                self.tr("Sector (n={n})").format(n=data.benchmark.n) if data.benchmark is not None else self.tr("Sector"),
                self.tr("Previous"),
                self.tr("Change"),
            ]
        )
        self.table.setRowCount(len(q.dimensions))
        for row, dimension in enumerate(q.dimensions):
            score = data.result.dimension(dimension.id)
            previous = data.previous_result.dimension(dimension.id).percent if data.previous_result is not None else None
            bench_mean = benchmark.means.get(dimension.id) if benchmark is not None else None
            bench = None if bench_mean is None else to_percent(bench_mean)
            change = None if previous is None or score.percent is None else score.percent - previous
            title = f"{dimension.id} {dimension.title}"
            if not dimension.is_capability:
                title += " " + self.tr("(output)")
            cells = [
                title,
                labels.score(score.percent) if score.sufficient else self.tr("too few answers"),
                labels.stage(score.stage),
                labels.score(bench),
                labels.score(previous),
                "–" if change is None else f"{change:+.0f}",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 3, 4, 5):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 4)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _fill_radar(self, data: ResultData) -> None:
        q = data.view.questionnaire
        axes = [f"{d.id} {d.title}" for d in q.dimensions]
        series = [
            Series(self.tr("This scan"), [data.result.dimension(d.id).percent for d in q.dimensions], style.TEAL, filled=True)
        ]
        benchmark = data.shown_benchmark
        if benchmark is not None:
            values = [None if benchmark.means.get(d.id) is None else to_percent(benchmark.means[d.id]) for d in q.dimensions]
            series.append(Series(self.tr("Sector (n={n})").format(n=benchmark.n), values, style.ACCENT, dashed=True))
        if data.previous_result is not None and data.previous is not None:
            series.append(
                Series(
                    self.tr("Previous scan ({date})").format(date=labels.day(data.previous.scan.completed_at)),
                    [data.previous_result.dimension(d.id).percent for d in q.dimensions],
                    "#7d8b8d",
                    dashed=True,
                )
            )
        self.radar.set_data(axes, series)
        sector = labels.sector(data.view.company.sector)
        if benchmark is not None:
            self.benchmark_note.setText(
                self.tr("Sector benchmark: {sector}, the mean of {n} completed scans.").format(sector=sector, n=benchmark.n)
            )
        else:
            n = data.benchmark.n if data.benchmark is not None else 0
            self.benchmark_note.setText(
                self.tr(
                    "No sector benchmark yet: {sector} has %n completed scan(s) on this device or server; "
                    "it is shown from {minimum} on.",
                    "",
                    n,
                ).format(sector=sector, minimum=BENCHMARK_MIN_N)
            )

    def _strengths_html(self, result: ScanResult, data: ResultData) -> str:
        q = data.view.questionnaire
        if not result.strengths:
            return self.tr("No dimension scores {threshold} or more yet; the improvement areas show where to start.").format(
                threshold=labels.score(to_percent(STRENGTH_THRESHOLD))
            )
        items = "".join(
            f"<li><b>{d} {q.dimension(d).title}</b>: {labels.score(result.dimension(d).percent)}</li>" for d in result.strengths
        )
        return f"<ul style='margin-left:-20px'>{items}</ul>"

    def _areas_html(self, result: ScanResult, data: ResultData) -> str:
        q = data.view.questionnaire
        if not result.improvement_areas:
            return self.tr("No improvement areas: every capability dimension is at the top of the scale.")
        blocks = []
        for priority in result.improvement_areas:
            dimension = q.dimension(priority.dimension_id)
            actions = "".join(f"<li>{action}</li>" for action in priority.actions)
            blocks.append(
                f"<p style='margin-bottom:2px'><b>{dimension.id} {dimension.title}</b> · "
                + self.tr("score {score}, ambition {ambition}, intervention: {kind}").format(
                    score=labels.score(to_percent(priority.mean)),
                    ambition=priority.ambition,
                    kind=labels.intervention(priority.intervention),
                )
                + f"</p><ul style='margin-left:-20px; margin-top:0'>{actions}</ul>"
            )
        return "".join(blocks)

    def _comparison_text(self, data: ResultData) -> str:
        if data.previous is None or data.previous_result is None:
            return ""
        before, now = data.previous_result.sii_percent, data.result.sii_percent
        if before is None or now is None:
            return self.tr("The previous scan of {date} has no index to compare with.").format(
                date=labels.day(data.previous.scan.completed_at)
            )
        return self.tr("Index {before} on {date}, now {now} ({change:+.0f}). Stage then: {stage}.").format(
            before=labels.score(before),
            date=labels.day(data.previous.scan.completed_at),
            now=labels.score(now),
            change=now - before,
            stage=labels.stage(data.previous_result.stage),
        )
