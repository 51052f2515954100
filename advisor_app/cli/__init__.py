"""The ``advisor-app`` command line of the core.

The core's commands live here; the sync client adds its own ``sync`` command
and the UI supplies the window for a bare ``advisor-app`` through
:func:`main`'s arguments, so this package never imports either of them.
Every failure ends as one plain line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from .. import __version__
from ..domain.errors import BasisscanError
from ..domain.text import normalise_language, set_language
from ..paths import data_dir
from ..workspace import Workspace
from . import commands

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]
"""Adds subcommands; each sets ``handler(workspace, args) -> int`` as a default."""

Gui = Callable[[argparse.Namespace], int]

EXIT_FAILURE = 1
EXIT_USAGE = 2


class PlainParser(argparse.ArgumentParser):
    """Usage mistakes, like every other failure, end as one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(extensions: Sequence[Register] = ()) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = PlainParser(
        prog="advisor-app",
        description="Basisscan: the innovation basic scan for SME advisors. Without a command it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"Basisscan {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: $BASISSCAN_DATA_DIR or the user data folder)")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of messages and reports")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(subparsers)
    for register in extensions:
        register(subparsers)
    return parser


def command_language(args: argparse.Namespace) -> str:
    """``--lang``, else $BASISSCAN_LANG, else the locale; English when nothing says otherwise."""
    if args.lang:
        return str(args.lang)
    for variable in ("BASISSCAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise_language(value)
    return "en"


def main(argv: Sequence[str] | None = None, *, extensions: Sequence[Register] = (), gui: Gui | None = None) -> int:
    parser = build_parser(extensions)
    args = parser.parse_args(argv)
    set_language(command_language(args))
    try:
        if args.command is None:
            if gui is None:
                print("advisor-app: the desktop window is not available in this build; see --help", file=sys.stderr)
                return EXIT_USAGE
            return gui(args)
        with Workspace(args.data_dir) as workspace:
            return int(args.handler(workspace, args))
    except BasisscanError as error:
        print(f"advisor-app: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except OSError as error:
        print(f"advisor-app: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("advisor-app: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log = write_crash_log(args.data_dir)
        print(f"advisor-app: unexpected error; the details are in {log}", file=sys.stderr)
        return EXIT_FAILURE


def write_crash_log(folder: str | None) -> str:
    """Keep the traceback for a bug report instead of showing it to the user."""
    path = data_dir(folder) / "logs" / "errors.log"
    path.parent.mkdir(exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- Basisscan {__version__}\n{traceback.format_exc()}\n")
    return str(path)
