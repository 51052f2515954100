"""``python -m benchmarks [--quick] [AREA ...]``: run every ``bench_*.py`` module and print one table."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from .common import Row, render


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
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows += module.run(quick=args.quick)
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
