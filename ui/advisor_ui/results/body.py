"""The results' body: the radar chart, the index and stage, the scores table, strengths, improvement areas and
the comparison, all from the PDF's view model (``report.content``), laid out for the page's width.

One column on a small window, two on a wide one; every wrapped text gets the height it needs, so the page
scrolls rather than cut a text off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import labels, style
from ..qt import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ..views.widgets import make_label, styled
from . import texts
from .radar import RadarChart, Series

if TYPE_CHECKING:
    from advisor_app.report.content import ReportContent

NARROW_WIDTH = 1100
"""Below this page width the results show in one column (radar and strengths above the scores)."""
NARROW_RADAR = 380
"""The radar's height in one column, so the scores follow without a long scroll."""


def _card(*widgets: QWidget) -> QFrame:
    card = QFrame()
    styled(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    for widget in widgets:
        layout.addWidget(widget)
    return card


class ResultsBody(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("resultsBody")
        self.fitted = False
        """Laid out for the current width (texts whole, the page scrolls)."""
        self._page_width = 0
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

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_card(self.radar, self.benchmark_note))
        left.addWidget(_card(self.strengths_title, self.strengths, self.comparison_title, self.comparison))
        left.addWidget(self.self_assessment)
        left.addStretch(1)
        right.addWidget(_card(summary))
        right.addWidget(_card(self.areas_title, self.areas))
        right.addStretch(1)
        columns = QHBoxLayout(self)
        self.columns = columns
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(14)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)

    def refit(self, page_width: int) -> None:
        """Lay the body out again for the page's new width, once Qt has placed it (a queued pass)."""
        self._page_width = page_width
        self.fitted = False
        QTimer.singleShot(0, self._fit)

    def retranslate(self) -> None:
        self.strengths_title.setText(self.tr("Strengths"))
        self.areas_title.setText(self.tr("Improvement areas"))
        self.comparison_title.setText(self.tr("Compared with the previous scan"))
        self.self_assessment.setText(
            self.tr(
                "The scan is a self-assessment by the entrepreneur with the advisor; the scores show where the company "
                "stands by its own account, not an audit.",
            )
        )
        self.table.setAccessibleName(self.tr("Scores per dimension"))
        self.radar.setAccessibleName(self.tr("Radar chart of the dimension scores"))

    def show_content(self, content: ReportContent) -> None:
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
                    "A little renewal in one area does not pay off while another lags behind.",
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

    def _fit(self) -> None:
        """One column on a small window, two on a wide one; every wrapped text whole (the page scrolls).

        A label that wraps reports a one-line minimum, so inside a scroll area it would be squeezed:
        each gets the height it needs at its width, and the body the height its layout then needs.
        """
        if not is_alive(self):
            return
        narrow = self._page_width < NARROW_WIDTH
        direction = QHBoxLayout.Direction.TopToBottom if narrow else QHBoxLayout.Direction.LeftToRight
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.radar.setMaximumHeight(NARROW_RADAR if narrow else 16_777_215)
        for _ in range(4):  # a text's width depends on the others' heights (a scroll bar may come): settle
            height = self.table.height()
            self._fit_table()
            changed = self.table.height() != height
            for label in self.findChildren(QLabel):
                if label.wordWrap() and label.isVisibleTo(self) and label.width() > 0:
                    needed = label.heightForWidth(label.width())  # -1: no text to wrap, nothing to hold
                    if needed >= 0 and label.minimumHeight() != needed:
                        label.setMinimumHeight(needed)
                        changed = True
            for box in reversed(self.findChildren(QWidget)):  # the innermost first
                inner = box.layout()
                if inner is not None and box.isVisibleTo(self) and box.width() > 0:
                    needed = inner.totalHeightForWidth(box.width())  # -1: the layout's height is not by width
                    if needed >= 0 and box.minimumHeight() != needed:
                        box.setMinimumHeight(needed)
                        changed = True
            self.columns.activate()
            self.setMinimumHeight(self.columns.minimumSize().height())
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
                    "Compared with the whole programme ({n} companies): {sector} has too few completed scans of its own yet.",
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
