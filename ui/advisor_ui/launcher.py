"""The ``advisor-app`` entry point: the composition root of the desktop app.

It joins the core's commands, the sync client's ``sync`` command and the
desktop window; living at the top layer, it may import all three while none
of them imports another's command line.

A bare ``advisor-app`` (at most ``--data-dir`` and ``--lang``) goes straight to the window: building
every command's parser imports the commands, the domain's scoring and the sync client's command
(about 70 ms of CPU, half a bare Qt window's start) for nothing the window uses. Anything else,
including a mistake in those two options, goes through the full command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

WINDOW_OPTIONS = {"--data-dir": "data_dir", "--lang": "lang"}
LANGUAGES = ("nl", "en")


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """``--data-dir DIR`` and ``--lang nl|en`` (each at most once, either spelling), else ``None``."""
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option not in WINDOW_OPTIONS or WINDOW_OPTIONS[option] in found:
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if not value or (option == "--lang" and value not in LANGUAGES):
            return None
        found[WINDOW_OPTIONS[option]] = value
    return argparse.Namespace(command=None, data_dir=found.get("data_dir"), lang=found.get("lang"))


def open_window(args: argparse.Namespace) -> int:
    """A bare ``advisor-app``: the desktop window (Qt is imported only here, so commands start fast)."""
    from .app import run

    return run(args.data_dir, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    bare = window_arguments(arguments)
    if bare is not None:
        from advisor_app.paths import keep_files_private

        keep_files_private()  # as the command line does for every run
        return open_window(bare)

    from advisor_sync.client.cli import register as register_sync

    from advisor_app.cli import main as core_main

    return core_main(argv, extensions=(register_sync,), gui=open_window)


if __name__ == "__main__":
    sys.exit(main())
