"""``advisor-app backup [-o FILE]`` and ``advisor-app restore FILE``: a checked copy of the data folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import Text

if TYPE_CHECKING:
    from ..workspace import Workspace


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="copy the data to one checked file (default: the data folder's backups)")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to write the copy")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore", help="replace the data with a backup (checked first; the current data is kept as a safety copy)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore)


def run_backup(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..services.backups import make_backup

    made = make_backup(workspace.db, args.output)
    print(Text(f"Kopie gemaakt en gecontroleerd: {made.path}", f"Backup written and checked: {made.path}"))
    return 0


def run_restore(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..services.backups import restore_backup

    workspace.close()  # no connection of ours may hold the file while it is replaced
    restored = restore_backup(workspace.folder, args.file)
    print(
        Text(
            f"Teruggezet uit {restored.source} (schema {restored.revision}); de vorige gegevens staan in {restored.safety_copy}",
            f"Restored from {restored.source} (schema {restored.revision}); the previous data is in {restored.safety_copy}",
        )
    )
    return 0
