"""``python -m benchmarks.report_turns [--before TREE] [--rounds N] [FOLDER]``: ``advisor-app report``, taken in turns.

The command (wall clock and CPU of the process) against ``bench_report``'s bare process (reportlab, one
paragraph, written to a file), as ``report_cli_10k`` measures it, on FOLDER's first completed scan. With
``--before TREE`` (an older tree: ``git worktree add`` or ``git archive``) the same command runs on that
code, on a copy of the folder, in the same rounds; both PDFs are compared at the end. On a loaded machine
the CPU is the steadier figure. FOLDER defaults to the benchmarks' 10,000-scan demo folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .bench_report import MINIMAL_PROCESS
from .listing_turns import print_against_bare, timed, tree_env, trees_to_compare, turns_arguments


def first_completed(folder: Path) -> str:
    from advisor_app.workspace import Workspace

    with Workspace(folder) as workspace:
        return str(next(s.id for s in workspace.scans.summaries(status="completed")))


def main() -> int:
    args = turns_arguments("python -m benchmarks.report_turns")
    folder = args.folder
    scan_id = first_completed(folder)
    with tempfile.TemporaryDirectory() as scratch:
        trees = trees_to_compare(folder, args.before, scratch)
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
    print_against_bare("advisor-app report", found)
    print(f"load {load:.1f} -> {os.getloadavg()[0]:.1f}; the trees' PDFs are {'identical' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
