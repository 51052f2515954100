"""``advisor-app [--data-dir D] sync``: sync from the command line, and list or resolve conflicts.

    advisor-app sync --server URL --user NAME [--password-stdin] [--ca-bundle FILE]
    advisor-app sync --conflicts
    advisor-app sync --resolve ID --keep mine|server

The password is asked for only when this device holds no valid token for the
server (first time, or after the token expired or was revoked).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.text import Text

from .errors import DeviceTokenRevokedError, SyncError

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace

    from .conflicts import Conflict
    from .engine import SyncEngine, SyncProgress, SyncReport

STAGES = {"files": Text("Rapporten", "Reports"), "push": Text("Versturen", "Sending"), "pull": Text("Ontvangen", "Receiving")}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = subparsers.add_parser("sync", help="sync with the central server (and list or resolve conflicts)")
    sync.add_argument("--server", metavar="URL", help="server address, e.g. https://basisscan.example.nl (default: the last one)")
    sync.add_argument("--user", metavar="NAME", help="your username on the server")
    sync.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    sync.add_argument("--ca-bundle", metavar="FILE", help="CA certificates to trust for the server (PEM)")
    sync.add_argument("--conflicts", action="store_true", help="list the conflicts waiting for you and exit")
    sync.add_argument("--resolve", metavar="ID", help="resolve one conflict (an id or its first 8 characters)")
    sync.add_argument("--keep", choices=("mine", "server"), help="with --resolve: keep your value or the server's")
    sync.set_defaults(handler=run_sync)


def run_sync(workspace: Workspace, args: argparse.Namespace) -> int:
    # The engine (requests, the merge) is imported when the command runs, not by every ``advisor-app`` command.
    from .credentials import Credentials
    from .engine import SyncEngine
    from .start import refuse_demo

    if not (args.conflicts or args.resolve):
        refuse_demo(workspace)  # before asking for a server or a password
    engine = SyncEngine(workspace, server_address(workspace, args.server), credentials=Credentials(), ca_bundle=args.ca_bundle)
    if args.conflicts:
        print_conflicts(engine.conflicts())
        return 0
    if args.resolve:
        if not args.keep:
            raise SyncError(
                Text("Geef bij --resolve ook --keep mine of --keep server", "Give --keep mine or --keep server with --resolve")
            )
        engine.resolve(find_conflict(engine, args.resolve).id, args.keep)
        print(Text("Opgelost; het gaat mee met de volgende synchronisatie.", "Resolved; it goes out with the next sync."))
        return 0
    password = PasswordSource(args.password_stdin)
    if not engine.has_token() or (args.user and engine.username != args.user.strip().lower()):
        log_in(engine, args.user, password)
    try:
        report = engine.sync(progress=progress_printer())
    except DeviceTokenRevokedError as error:
        print(f"advisor-app: {error}", file=sys.stderr)
        log_in(engine, args.user or engine.username, password)
        report = engine.sync(progress=progress_printer())
    if engine.credentials.warning is not None:
        print(f"advisor-app: {engine.credentials.warning}", file=sys.stderr)
    print(summary(report))
    return 0


def server_address(workspace: Workspace, given: str | None) -> str:
    from .ledger import SERVER_URL, Ledger

    if given:
        return given
    with workspace.db.read() as session:
        remembered = Ledger(session).state(SERVER_URL)
    if not remembered:
        raise SyncError(Text("Geef het serveradres met --server URL", "Give the server address with --server URL"))
    return remembered


class PasswordSource:
    """Reads the password once, when first needed: from stdin, or by asking on a terminal."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self._password: str | None = None

    def get(self) -> str:
        if self._password is None:
            if self.from_stdin:
                self._password = sys.stdin.readline().rstrip("\r\n")
            elif sys.stdin.isatty():
                self._password = getpass.getpass(str(Text("Wachtwoord: ", "Password: ")))
            else:
                raise SyncError(
                    Text(
                        "Dit apparaat moet (opnieuw) inloggen; geef het wachtwoord met --password-stdin",
                        "This device needs to log in (again); give the password with --password-stdin",
                    )
                )
        return self._password


def log_in(engine: SyncEngine, user: str | None, password: PasswordSource) -> None:
    if not user:
        raise SyncError(Text("Geef je gebruikersnaam met --user NAAM", "Give your username with --user NAME"))
    engine.login(user, password.get())


def progress_printer() -> Callable[[SyncProgress], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(step: SyncProgress) -> None:
        print(f"\r{STAGES.get(step.stage, Text(step.stage, step.stage))}: {step.done}/{step.total}   ", end="", file=sys.stderr)
        if step.done >= step.total:
            print(file=sys.stderr)

    return show


def summary(report: SyncReport) -> str:
    lines = [
        str(
            Text(
                f"Verstuurd: {report.sent}, ontvangen: {report.received}, rapporten: {report.files}, "
                f"nieuwe conflicten: {report.conflicts}",
                f"Sent: {report.sent}, received: {report.received}, reports: {report.files}, new conflicts: {report.conflicts}",
            )
        )
    ]
    if report.rejected:
        lines.append(
            str(
                Text(
                    f"{report.rejected} wijziging(en) geweigerd door de server; zie 'advisor-app sync --conflicts'",
                    f"{report.rejected} change(s) refused by the server; see 'advisor-app sync --conflicts'",
                )
            )
        )
    if report.open_conflicts:
        lines.append(
            str(
                Text(
                    f"{report.open_conflicts} conflict(en) wachten op jou: 'advisor-app sync --conflicts'",
                    f"{report.open_conflicts} conflict(s) waiting for you: 'advisor-app sync --conflicts'",
                )
            )
        )
    return "\n".join(lines)


def print_conflicts(found: list[Conflict]) -> None:
    if not found:
        print(Text("Geen conflicten.", "No conflicts."))
        return
    for conflict in found:
        print(f"{str(conflict.id)[:8]}  {conflict.label} · {conflict.field_label}")
        if conflict.kind == "rejected":
            print(f"          {Text('geweigerd', 'refused')}: {conflict.reason}")
        else:
            print(f"          {Text('van jou', 'yours')}: {conflict.mine_text}")
            print(f"          {Text('server', 'server')}: {conflict.theirs_text}")


def find_conflict(engine: SyncEngine, given: str) -> Conflict:
    wanted = given.strip().lower()
    matches = [c for c in engine.conflicts() if str(c.id) == wanted or (len(wanted) >= 6 and str(c.id).startswith(wanted))]
    if len(matches) != 1:
        raise BasisscanError(
            Text(f"Geen (eenduidig) conflict '{given}'; zie --conflicts", f"No (unique) conflict '{given}'; see --conflicts")
        )
    return matches[0]
