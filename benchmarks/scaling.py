"""``python -m benchmarks.scaling [SIZES ...]``: how autosave, start, listing and one report grow with the scans held.

Not part of ``make bench`` (making 50,000 demo scans alone takes minutes); docs/benchmarks.md shows its table.
Each size gets its own demo folder; every figure stands beside the same baseline as in ``make bench``,
measured in the same run, with fewer repetitions than the full run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from advisor_app.workspace import Workspace

from .bench_core import autosave, bare_sqlite_commit, interleaved, listing
from .bench_report import with_many_scans
from .bench_start import start_up
from .common import Row, folder_with_scans, held_scans, median, render


def autosave_at(folder: Path, saves: int) -> Row:
    """One answer saved on a new draft in a data folder that holds many scans."""
    bare_save, close_bare = bare_sqlite_commit(folder.parent)
    with Workspace(folder) as workspace:
        app, bare = interleaved(autosave(workspace), bare_save, saves)
    close_bare()
    (folder.parent / "bare.sqlite3").unlink()
    return Row("core", f"autosave one answer, median of {saves}", median(app), "s", "sqlite3 insert+commit", median(bare))


def at_size(wanted: int) -> list[Row]:
    folder = folder_with_scans(wanted)
    count = held_scans(folder)
    repeat = 2 if wanted > 20_000 else 3
    rows = [autosave_at(folder, 100)]
    rows += listing(folder, repeat)
    rows += start_up(folder, count, repeat)
    rows += with_many_scans(folder, repeat)
    return [
        Row(row.area, f"[{count:,} scans] {row.measurement}", row.value, row.unit, row.baseline_name, row.baseline)
        for row in rows
    ]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scaling")
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 50_000])
    args = parser.parse_args()
    rows: list[Row] = []
    for size in args.sizes:
        print(f"scaling: {size:,} scans ...", file=sys.stderr, flush=True)
        rows += at_size(size)
        print(render(rows), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
