"""``python -m benchmarks.report_turns [--before TREE] [--rounds N] [FOLDER]``: ``advisor-app report``, taken in turns.

The command (wall clock and CPU of the process) against ``bench_report``'s bare process (reportlab, one
paragraph, written to a file), as ``report_cli_10k`` measures it, on FOLDER's first completed scan. With
``--before TREE`` (an older tree: ``git worktree add`` or ``git archive``) the same command runs on that
code, on a copy of the folder, in the same rounds; both PDFs are compared at the end. On a loaded machine
the CPU is the steadier figure. FOLDER defaults to the benchmarks' 10,000-scan demo folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from .bench_report import MINIMAL_PROCESS
from .common import folder_with_scans
from .listing_turns import ROOT, timed, tree_env


def first_completed(folder: Path) -> str:
    from advisor_app.workspace import Workspace

    with Workspace(folder) as workspace:
        return str(next(s.id for s in workspace.scans.summaries(status="completed")))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report_turns")
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--before", type=Path, help="an older tree to measure in the same rounds")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = args.folder or folder_with_scans(10_000)
    scan_id = first_completed(folder)
    with tempfile.TemporaryDirectory() as scratch:
        trees = {"now": (ROOT, folder)}
        if args.before is not None:
            copy = Path(scratch) / "before"
            shutil.copytree(folder, copy)
            trees["before"] = (args.before.resolve(), copy)
        command = {"bare": ([sys.executable, "-c", MINIMAL_PROCESS, str(Path(scratch) / "bare.pdf")], dict(os.environ))}
        for name, (tree, data) in trees.items():
            out = str(Path(scratch) / f"{name}.pdf")
            argv = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(data), "report", scan_id, "-o", out]
            command[name] = (argv, tree_env(tree))
            timed(*command[name])  # a first run keeps whatever the tree keeps (results, benchmark inputs)
        load = os.getloadavg()[0]
        found: dict[str, list[tuple[float, float]]] = {name: [] for name in command}
        for _ in range(args.rounds):
            for name, (argv, env) in command.items():
                found[name].append(timed(argv, env))
        same = len({(Path(scratch) / f"{name}.pdf").read_bytes() for name in trees}) == 1
    bare_wall, bare_cpu = (statistics.median(values) for values in zip(*found["bare"], strict=True))
    for name, runs in found.items():
        wall, cpu = (statistics.median(values) for values in zip(*runs, strict=True))
        print(
            f"advisor-app report, {name:6s}: wall {wall * 1000:6.0f} ms ({wall / bare_wall:4.1f}x),"
            f" CPU {cpu * 1000:5.0f} ms ({cpu / bare_cpu:4.1f}x)"
        )
    print(f"load {load:.1f} -> {os.getloadavg()[0]:.1f}; the trees' PDFs are {'identical' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
