"""The ``advisor-app`` command line of the core.

The core's commands live here; the sync client adds its own ``sync`` command
and the UI supplies the window for a bare ``advisor-app`` through
:func:`main`'s arguments, so this package never imports either of them.
Every failure ends as one plain line on stderr, in the user's language, and a
non-zero exit code; argparse's usage complaints too (:mod:`.usage`).
Whatever the process writes is the owner's only (see ``paths.keep_files_private``).
"""

from __future__ import annotations

import argparse
import contextvars
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..domain.errors import BasisscanError
from ..domain.text import DEFAULT_LANGUAGE, Text, normalise_language, set_language
from ..errors import os_failure
from ..paths import data_dir, keep_files_private
from . import backups, commands
from .process import tune_for_one_command
from .usage import usage_complaint

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]
"""Adds subcommands; each sets ``handler(workspace, args) -> int`` as a default, and may set
``without_workspace(args) -> int | None``, tried first (``None``: it needs the workspace after all)."""

Gui = Callable[[argparse.Namespace], int]

EXIT_FAILURE = 1
EXIT_USAGE = 2


class PlainParser(argparse.ArgumentParser):
    """Usage mistakes, like every other failure, end as one line on stderr."""

    def error(self, message: str) -> NoReturn:
        language = language_from(_lang_option(_TYPED.get()))
        self.exit(EXIT_USAGE, usage_complaint(self.prog, message).get(language) + "\n")


_TYPED: contextvars.ContextVar[Sequence[str]] = contextvars.ContextVar("typed_arguments", default=())
"""The arguments being parsed, so a subcommand's parser can find ``--lang`` for its complaint."""


def _lang_option(argv: Sequence[str]) -> str | None:
    """``--lang`` as typed, read before argparse has parsed it (a usage mistake stops the parse)."""
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


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
    backups.register(subparsers)
    for register in extensions:
        register(subparsers)
    return parser


def command_language(args: argparse.Namespace) -> str:
    return language_from(args.lang)


def language_from(lang_option: str | None) -> str:
    """``--lang``, else $BASISSCAN_LANG, else the locale; Dutch when nothing says otherwise (a bare ``C`` locale)."""
    if lang_option in ("nl", "en"):
        return lang_option
    for variable in ("BASISSCAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise_language(value)
    return DEFAULT_LANGUAGE


def main(argv: Sequence[str] | None = None, *, extensions: Sequence[Register] = (), gui: Gui | None = None) -> int:
    keep_files_private()
    parser = build_parser(extensions)
    _TYPED.set(list(argv) if argv is not None else sys.argv[1:])
    args = parser.parse_args(argv)
    set_language(command_language(args))
    if argv is None and args.command is not None:
        tune_for_one_command()  # this process runs one command and ends (``None``: its own command line)
    try:
        if args.command is None:
            if gui is None:
                message = Text(
                    "het venster is in deze uitvoering niet beschikbaar; zie --help",
                    "the desktop window is not available in this build; see --help",
                )
                print(f"advisor-app: {message}", file=sys.stderr)
                return EXIT_USAGE
            return gui(args)
        without_workspace = getattr(args, "without_workspace", None)
        if without_workspace is not None and (code := without_workspace(args)) is not None:
            return int(code)  # a reading command that could do without the workspace (``scans list``)
        from ..workspace import Workspace  # here: --help, --version and the window need none of the store

        with Workspace(args.data_dir) as workspace:
            return int(args.handler(workspace, args))
    except BasisscanError as error:
        print(f"advisor-app: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except OSError as error:
        print(f"advisor-app: {os_failure(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"advisor-app: {Text('onderbroken', 'interrupted')}", file=sys.stderr)
        return 130
    except Exception:
        log = write_crash_log(args.data_dir)
        message = (
            Text(f"onverwachte fout; de details staan in {log}", f"unexpected error; the details are in {log}")
            if log
            else Text("onverwachte fout (details niet bewaard)", "unexpected error (the details could not be kept)")
        )
        print(f"advisor-app: {message}", file=sys.stderr)
        return EXIT_FAILURE


def write_crash_log(folder: str | None) -> str | None:
    """Keep the traceback for a bug report instead of showing it to the user (``advisor_app.logs``)."""
    try:
        home: Path | None = data_dir(folder)
    except OSError:
        home = None
    error = sys.exc_info()[1]
    assert error is not None, "called while handling an exception"
    from ..logs import log_unexpected  # logging's handlers load only when there is something to log

    path = log_unexpected(home, error, "command line")
    return str(path) if path else None
