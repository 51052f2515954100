"""``python -m benchmarks.start_turns [--before TREE] [--rounds N] [FOLDER]``: the desktop start, taken in turns.

``bench_start``'s probes, one fresh process each: the bare PySide6 window; the app until its companies
list is filled (and its first paint, ``start_window``); the app until the Scans page is filled, with its
peak memory (``rss_scans``). Each is given in wall clock and in CPU of the process (user + system, read
from ``/proc`` when the mark arrives; to 10 ms), both until the mark; under load the CPU is the steadier.
With ``--before TREE`` (an older tree: ``git worktree add``) the same probes run on that code, on a
copy of the folder, in the same rounds, so a change is measured before and after in the same minutes.
FOLDER defaults to the benchmarks' 10,000-scan demo folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from .bench_start import APP_WINDOW, BARE_WINDOW, ENV
from .listing_turns import tree_env, trees_to_compare, turns_arguments

TICK = os.sysconf("SC_CLK_TCK")


def cpu_so_far(pid: int) -> float:
    """Seconds of CPU (user + system) the running process ``pid`` has used."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def probe(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the spawn until each printed mark, and of CPU (``<mark>_cpu``), ``peak_kb`` (MB, ``VmHWM``)."""
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**env, "QT_QPA_PLATFORM": ENV["QT_QPA_PLATFORM"]},
        cwd=tempfile.gettempdir(),  # not a tree: ``-c`` puts the working folder first on the path
    )
    assert process.stdout is not None
    marks: dict[str, float] = {}
    for line in process.stdout:
        mark, *value = line.split()
        if mark == "peak_kb":
            marks[mark] = float(value[0]) / 1024
        else:
            marks[mark] = time.perf_counter() - began
            marks[f"{mark}_cpu"] = cpu_so_far(process.pid)
    if process.wait(timeout=300) != 0:
        raise RuntimeError(f"a start-up probe failed ({args[1:] or 'bare'})")
    return marks


def main() -> int:
    args = turns_arguments("python -m benchmarks.start_turns")
    with tempfile.TemporaryDirectory() as scratch:
        trees = trees_to_compare(args.folder, args.before, scratch)
        runs: dict[str, list[dict[str, float]]] = {"bare": []}
        for name in trees:
            runs[f"{name} companies"] = []
            runs[f"{name} scans"] = []
        load = os.getloadavg()[0]
        for _ in range(args.rounds):
            runs["bare"].append(probe(BARE_WINDOW, [], dict(os.environ)))
            for name, (tree, data) in trees.items():
                for mode in ("companies", "scans"):
                    runs[f"{name} {mode}"].append(probe(APP_WINDOW, [str(data), mode], tree_env(tree)))
    keys = ("shown", "shown_cpu", "peak_kb")
    bare = {key: statistics.median(run[key] for run in runs["bare"]) for key in keys}
    print(f"bare window: shown {bare['shown'] * 1000:.0f} ms, CPU {bare['shown_cpu'] * 1000:.0f} ms", end="")
    print(f", peak {bare['peak_kb']:.1f} MB")
    wanted = {"companies": (("shown", "shown"), ("listed", "shown")), "scans": (("scans", "shown"),)}
    for name, found in runs.items():
        if name == "bare":
            continue
        mode = name.split()[-1]
        parts = []
        for mark, against in wanted[mode]:
            value = statistics.median(run[mark] for run in found)
            cpu = statistics.median(run[f"{mark}_cpu"] for run in found)
            parts.append(
                f"{mark} {value * 1000:5.0f} ms ({value / bare[against]:.2f}x), CPU {cpu * 1000:5.0f} ms"
                f" ({cpu / bare[f'{against}_cpu']:.2f}x)"
            )
        if mode == "scans":
            peak = statistics.median(run["peak_kb"] for run in found)
            parts.append(f"peak {peak:5.1f} MB ({peak / bare['peak_kb']:.2f}x)")
        print(f"{name:16s}: " + ", ".join(parts))
    print(f"{args.rounds} rounds; load {load:.1f} -> {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
