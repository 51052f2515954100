"""``python -m benchmarks [--quick] [AREA ...]``: run every ``bench_*.py`` module and print one table."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

from .common import Row, as_json, render

#: Where ``make bench`` leaves the machine-readable figures (issue 12).
JSON_PATH = Path(__file__).resolve().parent.parent / "build" / "bench.json"


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("areas", nargs="*", help="only these modules, e.g. core report")
    args = parser.parse_args()
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith("bench_"))
    rows: list[Row] = []
    for name in names:
        if args.areas and name.removeprefix("bench_") not in args.areas:
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        if not hasattr(module, "run"):
            continue  # a module meant to be run on its own (python -m benchmarks.bench_keepalive)
        print(f"running {name} ...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        rows += module.run(quick=args.quick)
        print(f"  {name}: {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    print(render(rows))
    write_json(as_json(rows), keep_others=bool(args.areas))
    print(f"figures written to {JSON_PATH}", file=sys.stderr)
    return 0


def write_json(figures: list[dict[str, object]], keep_others: bool) -> None:
    """Write ``build/bench.json``; a run of some areas keeps the other areas' figures of an earlier run."""
    if keep_others and JSON_PATH.exists():
        fresh = {f["id"] for f in figures}
        earlier = [f for f in json.loads(JSON_PATH.read_text(encoding="utf-8")) if f["id"] not in fresh]
        figures = earlier + figures
    JSON_PATH.parent.mkdir(parents=True, exist_ok=True)
    JSON_PATH.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
