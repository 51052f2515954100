"""PDF summary figures: one full report, and a day's worth of reports in a batch.

The baseline in the same run is the smallest useful reportlab document: one
A4 page with one paragraph, built with platypus, so the ratio shows what the
summary's tables, charts, embedded fonts and database reads cost on top of
reportlab itself.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import cycle, islice
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from advisor_app.report import render_report
from advisor_app.report.analysis import analysis
from advisor_app.report.content import gather
from advisor_app.report.cover import cover
from advisor_app.report.document import render
from advisor_app.report.fonts import REGULAR, register_fonts
from advisor_app.report.model import ReportContent
from advisor_app.report.next_steps import next_steps
from advisor_app.report.styles import make_styles
from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from .common import Row, folder_with_scans, held_scans, median, size_label, timings

AREA = "report"
BASELINE = "reportlab: one page, one paragraph"


def minimal_document() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [Paragraph("Innovatie-basisscan: samenvatting", getSampleStyleSheet()["Normal"])]
    )
    return buffer.getvalue()


MINIMAL_PROCESS = (
    "import io, sys\n"
    "from reportlab.lib.pagesizes import A4\n"
    "from reportlab.lib.styles import getSampleStyleSheet\n"
    "from reportlab.platypus import Paragraph, SimpleDocTemplate\n"
    "SimpleDocTemplate(sys.argv[1], pagesize=A4, invariant=1).build("
    "[Paragraph('Innovatie-basisscan: samenvatting', getSampleStyleSheet()['Normal'])])\n"
)
"""The smallest useful PDF as a command: a fresh interpreter that imports reportlab and writes one paragraph."""


def _paragraphs(flowables: Iterable[object]) -> Iterator[Paragraph]:
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable
        elif isinstance(flowable, list | tuple):
            yield from _paragraphs(flowable)
        elif isinstance(flowable, Table):
            yield from _paragraphs(cell for row in flowable._cellvalues for cell in row)
        elif isinstance(flowable, Flowable) and hasattr(flowable, "_content"):
            yield from _paragraphs(flowable._content)


def bare_paragraphs(content: ReportContent) -> tuple[int, Callable[[], bytes]]:
    """The summary's paragraphs (their markup and styles) as reportlab's own Paragraphs in one column, our fonts.

    The floor of reportlab itself for this much text: no tables, charts, kept-together blocks or running
    header, and every paragraph parsed and broken by reportlab as it comes.
    """
    register_fonts()
    styles = make_styles()
    story = [*cover(content, styles), *analysis(content, styles), *next_steps(content, styles)]
    texts = [(p.text, p.style, p.bulletText) for p in _paragraphs(story)]

    def document() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR).build(
            [Paragraph(text, style, bulletText=bullet) for text, style, bullet in texts]
        )
        return buffer.getvalue()

    return len(texts), document


def with_many_scans(folder: Path, repeat: int) -> list[Row]:
    """One report where the device holds ``folder``'s scans: in a running app, and as a fresh command."""
    count = held_scans(folder)
    label = size_label(count)
    with Workspace(folder) as workspace:
        scan_id = next(s.id for s in workspace.scans.summaries(status="completed"))
        render_report(workspace, scan_id, "nl")  # fonts and benchmark groups once, as in a running app
        inprocess = median(timings(lambda: render_report(workspace, scan_id, "nl"), repeat))
        count_paragraphs, floor_document = bare_paragraphs(gather(workspace, scan_id, "nl"))
        floor_document()
        floor = median(timings(floor_document, repeat))
    baseline = median(timings(minimal_document, repeat))
    with tempfile.TemporaryDirectory() as out:
        pdf = str(Path(out) / "summary.pdf")
        command = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(folder), "report", str(scan_id), "-o", pdf]
        bare = [sys.executable, "-c", MINIMAL_PROCESS, pdf]
        cli = median(timings(lambda: subprocess.run(command, check=True, capture_output=True), max(3, repeat // 4)))
        bare_cli = median(timings(lambda: subprocess.run(bare, check=True, capture_output=True), max(3, repeat // 4)))
    return [
        Row(
            AREA,
            f"one report in the running app, {count:,} scans on the device (median of {repeat})",
            inprocess,
            "s",
            BASELINE,
            baseline,
            id=f"report_inprocess_{label}",
        ),
        Row(
            AREA,
            f"floor: its {count_paragraphs} paragraphs as bare reportlab Paragraphs, one column, no tables or charts",
            floor,
            "s",
            BASELINE,
            baseline,
        ),
        Row(
            AREA,
            f"advisor-app report as a command, {count:,} scans on the device",
            cli,
            "s",
            "python -c: import reportlab, one paragraph to a file",
            bare_cli,
            id=f"report_cli_{label}",
        ),
    ]


def run(quick: bool = False) -> list[Row]:
    repeat = 5 if quick else 20
    batch = 30 if quick else 300
    rows: list[Row] = with_many_scans(folder_with_scans(10_000), repeat)
    with tempfile.TemporaryDirectory() as tmp, Workspace(Path(tmp) / "demo") as workspace:
        generate_demo(workspace, 30, seed=7)
        scans = [s.id for s in workspace.scans.summaries(status="completed")]
        render_report(workspace, scans[0], "nl")  # fonts registered and parsed once, as in a running app
        minimal_document()

        baseline = median(timings(minimal_document, repeat))
        full = median(timings(lambda: render_report(workspace, scans[0], "nl"), repeat))
        content = gather(workspace, scans[0], "nl")
        layout = median(timings(lambda: render(content), repeat))
        rows.append(Row(AREA, f"one full report (read + layout), median of {repeat}", full, "s", BASELINE, baseline))
        rows.append(Row(AREA, f"of which layout and PDF only, median of {repeat}", layout, "s", BASELINE, baseline))

        chosen = list(islice(cycle(scans), batch))
        languages = cycle(("nl", "en"))
        [batch_seconds] = timings(lambda: [render_report(workspace, scan_id, next(languages)) for scan_id in chosen], 1)
        [baseline_batch] = timings(lambda: [minimal_document() for _ in chosen], 1)
        rows.append(Row(AREA, f"{batch} reports in a batch", batch_seconds, "s", f"{batch} x {BASELINE}", baseline_batch))
        throughput, baseline_throughput = batch / batch_seconds, batch / baseline_batch
        rows.append(Row(AREA, f"{batch} reports in a batch, throughput", throughput, "reports/s", BASELINE, baseline_throughput))
    return rows
