"""``python -m benchmarks.report_turns [--before TREE] [--rounds N] [FOLDER]``: ``advisor-app report``, taken in turns.

The command (wall clock and CPU of the process) against ``bench_report``'s bare process (reportlab, one
paragraph, written to a file), as ``report_cli_10k`` measures it, on FOLDER's first completed scan. With
``--before TREE`` (an older tree: ``git worktree add`` or ``git archive``) the same command runs on that
code, on a copy of the folder, in the same rounds; both PDFs are compared at the end. On a loaded machine
the CPU is the steadier figure. FOLDER defaults to the benchmarks' 10,000-scan demo folder.

In the same rounds, each tree's process also renders the report in the running app as ``report_inprocess_10k``
does (median of 9 after a warm-up), beside ``bench_report``'s one-paragraph document in that process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .bench_report import MINIMAL_PROCESS
from .listing_turns import print_against_bare, timed, tree_env, trees_to_compare, turns_arguments

IN_PROCESS = """
import json, sys, time, uuid
from advisor_app.report import render_report
from advisor_app.workspace import Workspace
from benchmarks.bench_report import minimal_document
def median(run):
    walls, cpus = [], []
    for _ in range(9):
        began, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
    return [sorted(walls)[4], sorted(cpus)[4]]
with Workspace(sys.argv[1]) as workspace:
    scan_id = uuid.UUID(sys.argv[2])
    render_report(workspace, scan_id, "nl")
    minimal_document()
    print(json.dumps([median(lambda: render_report(workspace, scan_id, "nl")), median(minimal_document)]))
"""


def in_process(tree: Path, data: Path, scan_id: str) -> list[list[float]]:
    """[[wall, CPU] of one report in the running app, [wall, CPU] of the one-paragraph document], medians."""
    done = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(data), scan_id],
        env=tree_env(tree),  # the tree's own benchmarks: its one-paragraph document
        cwd=tempfile.gettempdir(),  # not this tree: ``-c`` puts the working folder first on the path
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[list[float]] = json.loads(done.stdout)
    return found


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
        rendered: dict[str, list[list[list[float]]]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, (argv, env) in command.items():
                found[name].append(timed(argv, env))
            for name, (tree, data) in trees.items():
                rendered[name].append(in_process(tree, data, scan_id))
        same = len({(Path(scratch) / f"{name}.pdf").read_bytes() for name in trees}) == 1
    print_against_bare("advisor-app report", found)
    for name, rounds in rendered.items():
        report_wall, report_cpu, bare_wall, bare_cpu = (
            statistics.median(r[i][j] for r in rounds) for i, j in ((0, 0), (0, 1), (1, 0), (1, 1))
        )
        print(
            f"one report in the app, {name:6s}: wall {report_wall * 1000:5.1f} ms / {bare_wall * 1000:4.2f} ms"
            f" = {report_wall / bare_wall:4.1f}x, CPU {report_cpu * 1000:5.1f} ms / {bare_cpu * 1000:4.2f} ms"
            f" = {report_cpu / bare_cpu:4.1f}x"
        )
    print(f"load {load:.1f} -> {os.getloadavg()[0]:.1f}; the trees' PDFs are {'identical' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
