"""``python -m benchmarks.listing_turns [--before TREE] [--rounds N] [FOLDER]``: the listing, taken in turns.

``scans list --json`` (wall clock and CPU of the process) against the bare select + ``json.dumps`` of
``bench_core``, and ``ScanService.summaries()`` alone, in wall clock and CPU: on a loaded machine the
CPU time is the steadier figure. With ``--before TREE`` (an older tree, e.g. ``git archive <commit> |
tar -x -C TREE``) the same runs on that code, on a copy of the folder, in the same rounds, so a change
is measured before and after in the same minutes. FOLDER defaults to the benchmarks' 10,000-scan demo
folder, listed once first so that every result is stored.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench_core import BARE_LISTING
from .common import folder_with_scans

ROOT = Path(__file__).resolve().parent.parent

SUMMARIES = """
import json, sys, time
from advisor_app.workspace import Workspace
with Workspace(sys.argv[1]) as workspace:
    workspace.scans.summaries()
    walls, cpus = [], []
    for _ in range(int(sys.argv[2])):
        began, cpu = time.perf_counter(), time.process_time()
        workspace.scans.summaries()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
print(json.dumps([sorted(walls)[len(walls) // 2], sorted(cpus)[len(cpus) // 2]]))
"""


def tree_env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(str(tree / part) for part in ("", "ui", "sync"))}


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall clock and CPU seconds (user + system) of one process."""
    began = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir())
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"{argv[:4]} failed")
    return time.perf_counter() - began, usage.ru_utime + usage.ru_stime


def turns_arguments(prog: str) -> argparse.Namespace:
    """``[--before TREE] [--rounds N] [FOLDER]``, FOLDER defaulting to the benchmarks' 10,000-scan folder."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--before", type=Path, help="an older tree to measure in the same rounds")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    args.folder = args.folder or folder_with_scans(10_000)
    return args


def trees_to_compare(folder: Path, before: Path | None, scratch: str) -> dict[str, tuple[Path, Path]]:
    """This tree on ``folder``; with ``before``, that tree on a copy of it (a tree may migrate its folder)."""
    trees = {"now": (ROOT, folder)}
    if before is not None:
        copy = Path(scratch) / "before"
        shutil.copytree(folder, copy)
        trees["before"] = (before.resolve(), copy)
    return trees


def print_against_bare(what: str, found: dict[str, list[tuple[float, float]]]) -> None:
    """Per command its median wall clock and CPU, and each as a ratio to the ``bare`` one's."""
    bare_wall, bare_cpu = (statistics.median(values) for values in zip(*found["bare"], strict=True))
    for name, runs in found.items():
        wall, cpu = (statistics.median(values) for values in zip(*runs, strict=True))
        print(
            f"{what}, {name:6s}: wall {wall * 1000:6.0f} ms ({wall / bare_wall:4.1f}x),"
            f" CPU {cpu * 1000:5.0f} ms ({cpu / bare_cpu:4.1f}x)"
        )


def main() -> int:
    args = turns_arguments("python -m benchmarks.listing_turns")
    folder = args.folder
    with tempfile.TemporaryDirectory() as scratch:
        trees = trees_to_compare(folder, args.before, scratch)
        command: dict[str, tuple[list[str], dict[str, str]]] = {
            "bare": ([sys.executable, "-c", BARE_LISTING, str(folder / "basisscan.sqlite3")], dict(os.environ))
        }
        for name, (tree, data) in trees.items():
            command[name] = (
                [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(data), "scans", "list", "--json"],
                tree_env(tree),
            )
            timed(*command[name])  # stores any missing result first
        found: dict[str, list[tuple[float, float]]] = {name: [] for name in command}
        listed: dict[str, list[list[float]]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, (argv, env) in command.items():
                found[name].append(timed(argv, env))
            for name, (tree, data) in trees.items():
                done = subprocess.run(
                    [sys.executable, "-c", SUMMARIES, str(data), "3"],
                    env=tree_env(tree),
                    cwd=tempfile.gettempdir(),  # not this tree: ``-c`` puts the working folder first on the path
                    capture_output=True,
                    text=True,
                    check=True,
                )
                listed[name].append(json.loads(done.stdout))
    print_against_bare("scans list --json", found)
    for name, medians in listed.items():
        wall, cpu = (statistics.median(values) for values in zip(*medians, strict=True))
        print(f"summaries(), {name:6s}: wall {wall * 1000:6.0f} ms, CPU {cpu * 1000:5.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
