"""The table every benchmark module feeds: a measurement, its baseline and their ratio.

A module ``benchmarks/bench_<area>.py`` exposes ``run(quick: bool) -> list[Row]``;
``quick`` asks for fewer repetitions (used by the smoke test).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace


@dataclass(frozen=True)
class Row:
    area: str
    measurement: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    #: The stable name in ``build/bench.json`` (issue 12's list, e.g. ``autosave_median``); empty for rows
    #: that only appear in the printed table.
    id: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of each of ``repeat`` calls."""
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        found.append(time.perf_counter() - start)
    return found


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def format_value(value: float, unit: str) -> str:
    if unit == "s" and value < 1:
        return f"{value * 1000:.2f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit in ("MB", "records/s"):
        return f"{value:,.1f} {unit}"
    return f"{value:,.2f} {unit}".strip()


def as_json(rows: list[Row]) -> list[dict[str, object]]:
    """The rows that carry an ``id``, as ``build/bench.json`` lists them (first row per id wins)."""
    seen: set[str] = set()
    found: list[dict[str, object]] = []
    for row in rows:
        if not row.id or row.id in seen:
            continue
        seen.add(row.id)
        found.append({"id": row.id, "value": row.value, "unit": row.unit, "baseline": row.baseline, "ratio": row.ratio})
    return found


def render(rows: list[Row]) -> str:
    header = ("area", "measurement", "value", "baseline (same run)", "baseline value", "ratio")
    lines = [
        (
            r.area,
            r.measurement,
            format_value(r.value, r.unit),
            r.baseline_name,
            "" if r.baseline is None else format_value(r.baseline, r.unit),
            "" if r.ratio is None else f"{r.ratio:.2f}x",
        )
        for r in rows
    ]
    widths = [max(len(str(c)) for c in column) for column in zip(header, *lines, strict=False)]
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=False))]
    out.append("-+-".join("-" * w for w in widths))
    out += [" | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=False)) for line in lines]
    return "\n".join(out)


_FOLDERS: dict[int, Path] = {}
_KEEP: list[tempfile.TemporaryDirectory[str]] = []


def folder_with_scans(wanted: int) -> Path:
    """A data folder holding at least ``wanted`` demo scans, made once per run and shared by the modules.

    The folder is a copy nobody else writes to; the stored results of its completed scans are filled by
    the first listing, as on a device after the upgrade (modules that time a first fill copy it first).
    """
    if wanted not in _FOLDERS:
        from advisor_app.services.demo import generate_demo
        from advisor_app.workspace import Workspace

        holder = tempfile.TemporaryDirectory(prefix=f"bench-{wanted}-")
        _KEEP.append(holder)
        folder = Path(holder.name) / "data"
        with Workspace(folder) as workspace:
            workspace.profile.save("Ingrid Willems", "nl")
            seed = 2009
            while (held := scan_count(workspace)) < wanted:
                generate_demo(workspace, max(10, (wanted - held) * 5 // 6 + 10), seed=seed)
                seed += 1
        _FOLDERS[wanted] = folder
    return _FOLDERS[wanted]


def scan_count(workspace: Workspace) -> int:
    from sqlalchemy import text

    with workspace.db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM scan WHERE deleted = 0")).scalar_one())


def held_scans(folder: Path) -> int:
    from advisor_app.workspace import Workspace

    with Workspace(folder) as workspace:
        return scan_count(workspace)


def size_label(scans: int) -> str:
    """``10k`` for the ids of ``build/bench.json``."""
    return f"{round(scans / 1000)}k"
