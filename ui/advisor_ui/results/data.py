"""Everything the results page shows, gathered off the main thread.

Scoring against the sector benchmark reads every completed scan on the
device, so it runs in a worker and the page shows it when it arrives.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from advisor_app.domain.scoring import BenchmarkGroup, ScanResult
from advisor_app.services.scans import ScanView
from advisor_app.workspace import Workspace


@dataclass(frozen=True)
class ResultData:
    view: ScanView
    result: ScanResult
    benchmark: BenchmarkGroup | None
    """The company's sector group as the device knows it; shown only when ``benchmark.shown``."""
    previous: ScanView | None
    previous_result: ScanResult | None

    @property
    def shown_benchmark(self) -> BenchmarkGroup | None:
        return self.benchmark if self.benchmark is not None and self.benchmark.shown else None


def load_result(workspace: Workspace, scan_id: uuid.UUID) -> ResultData:
    scans = workspace.scans
    view = scans.get(scan_id)
    result = scans.result(view)
    benchmark = workspace.benchmarks.groups(view.questionnaire).get(view.company.sector)
    previous = scans.previous(view)
    return ResultData(view, result, benchmark, previous, scans.result(previous) if previous is not None else None)
