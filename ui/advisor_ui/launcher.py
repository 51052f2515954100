"""The ``advisor-app`` entry point: the composition root of the desktop app.

It joins the core's commands, the sync client's ``sync`` command and the
desktop window; living at the top layer, it may import all three while none
of them imports another's command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def open_window(args: argparse.Namespace) -> int:
    """A bare ``advisor-app``: the desktop window (Qt is imported only here, so commands start fast)."""
    from .app import run

    return run(args.data_dir, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    from advisor_sync.client.cli import register as register_sync

    from advisor_app.cli import main as core_main

    return core_main(argv, extensions=(register_sync,), gui=open_window)


if __name__ == "__main__":
    sys.exit(main())
