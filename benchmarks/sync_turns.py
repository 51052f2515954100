"""``python -m benchmarks.sync_turns [--before TREE] [--rounds N] [--scans N]``: ``push_3000`` and ``noop_sync``, in turns.

What ``bench_sync.push_rows`` measures on SQLite, one process per tree and round: a new device's push of
about N completed scans (its whole sync: the push and the pull) against the same bodies POSTed by a
bare ``requests`` loop, each on a fresh server; then fifteen syncs with nothing to do (``bench_sync``
takes seven), each followed by one authenticated pull with bare ``requests``. Beside the wall clock,
the CPU of this side (the device or the bare loop) and of the server's process. With ``--before TREE``
(an older tree: ``git worktree add`` or ``git archive``) the same runs on that code (its client and its
server) in the same rounds, alternating, so a change is measured before and after in the same minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .listing_turns import ROOT, tree_env

ONE_ROUND = """
import functools, json, statistics, sys, tempfile, time
from pathlib import Path
try:
    from benchmarks import sync_crowds, sync_setup as b
    copy_folder, CpuSpent = b.copy_folder, sync_crowds.CpuSpent
except ImportError:  # a tree from before the split, measured as --before: all of it in bench_sync
    from benchmarks import bench_sync as b
    copy_folder, CpuSpent = b._copy, b._CpuSpent
from advisor_sync.client.ledger import CURSOR, Ledger
from advisor_sync.protocol import API_PREFIX

def timed(action, spent):
    began, cpu, server = time.perf_counter(), time.process_time(), spent.now()[1]
    action()
    return [time.perf_counter() - began, time.process_time() - cpu, spent.now()[1] - server]

found = {}
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    b.template(folder / "template", int(sys.argv[1]), seed=int(sys.argv[1]))
    with b.server(folder / "bare", ["bench"]) as url:
        workspace, engine = b.device(copy_folder(folder / "template", folder / "bare-device"), url, "bench", 0, 0)
        bodies = b.push_bodies(workspace, engine.batch_size)
        token = engine.credentials.get(engine.server_url).token
        found["bare push"] = timed(lambda: b.bare_push(url, token, bodies), CpuSpent(None))
        workspace.close()
    with b.server(folder / "engine", ["bench"]) as url:
        workspace, engine = b.device(copy_folder(folder / "template", folder / "engine-device"), url, "bench", 0, 0)
        spent = CpuSpent(None)
        found["push"] = timed(engine.sync, spent)
        found["push round trips"] = engine.round_trips
        with workspace.db.read() as session:
            cursor = Ledger(session).state(CURSOR)
        pull = functools.partial(
            b.bare_session(engine.credentials.get(engine.server_url).token).get,
            f"{url}{API_PREFIX}/sync/pull", params={"cursor": cursor, "limit": engine.page_size}, timeout=30,
        )
        noop, bare = [], []
        for _ in range(15):
            noop.append(timed(engine.sync, spent))
            bare.append(timed(pull, spent))
        found["noop round trips"] = engine.round_trips
        found["noop"] = [statistics.median(values) for values in zip(*noop)]
        found["bare pull"] = [statistics.median(values) for values in zip(*bare)]
        found["fastest noop"] = [min(values) for values in zip(*noop)]
        found["fastest bare pull"] = [min(values) for values in zip(*bare)]
        workspace.close()
print(json.dumps(found))
"""

FIGURES = (("push", "bare push"), ("noop", "bare pull"), ("fastest noop", "fastest bare pull"))
"""Each against its baseline; the no-op sync as the median of its round (as ``bench_sync``) and the fastest."""


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sync_turns")
    parser.add_argument("--before", type=Path, help="an older tree to measure in the same rounds")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scans", type=int, default=100, help="completed scans of the pushing device (--quick: 100)")
    args = parser.parse_args()
    trees = {"now": ROOT} | ({"before": args.before.resolve()} if args.before else {})
    found: dict[str, list[dict[str, list[float]]]] = {name: [] for name in trees}
    load = os.getloadavg()[0]
    for _ in range(args.rounds):
        for name, tree in trees.items():
            done = subprocess.run(
                [sys.executable, "-c", ONE_ROUND, str(args.scans)],
                env=tree_env(tree),
                cwd=tempfile.gettempdir(),  # not this tree: ``-c`` puts the working folder first on the path
                capture_output=True,
                text=True,
                check=True,
            )
            found[name].append(json.loads(done.stdout.splitlines()[-1]))
    print(f"{args.rounds} rounds, {args.scans} scans, load {load:.1f} -> {os.getloadavg()[0]:.1f}; medians over the rounds")
    for name, runs in found.items():
        trips = sorted({(run["push round trips"], run["noop round trips"]) for run in runs})
        for figure, baseline in FIGURES:
            wall, cpu, server = (statistics.median(run[figure][part] for run in runs) for part in range(3))
            bare_wall, bare_cpu, bare_server = (statistics.median(run[baseline][part] for run in runs) for part in range(3))
            ratios = sorted(run[figure][0] / run[baseline][0] for run in runs)
            print(
                f"{name:6s} {figure:12s}: wall {wall * 1000:7.2f} ms vs {baseline} {bare_wall * 1000:7.2f} ms"
                f" = {wall / bare_wall:4.2f}x (per round {ratios[0]:.2f}-{ratios[-1]:.2f}x);"
                f" CPU here {cpu * 1000:6.2f} vs {bare_cpu * 1000:6.2f} ms,"
                f" server {server * 1000:6.2f} vs {bare_server * 1000:6.2f} ms"
            )
        print(f"{name:6s} round trips (push, no-op): {trips}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
