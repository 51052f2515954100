"""The core's subcommands: demo data, import, listings, export."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import plurals
from ..domain.errors import BasisscanError
from ..domain.formatting import format_decimal, round_whole
from ..domain.scoring import STAGE_NAMES
from ..domain.sectors import sector_by_key
from ..domain.text import Text, active_language
from ..paths import is_default_data_dir

if TYPE_CHECKING:
    from ..report.model import ReportContent
    from ..services.scan_listing import ScanSummary
    from ..workspace import Workspace

# Each command imports the services it needs when it runs, so parsing the arguments (and the desktop
# window, which starts through this parser) loads none of them.


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("demo", help="make the data folder a demo (never synced) and fill it with realistic demo data")
    demo.add_argument("--companies", type=int, default=30, metavar="N", help="number of companies (default 30)")
    demo.add_argument("--seed", type=int, default=2009, metavar="S", help="random seed; the same seed gives the same data")
    demo.set_defaults(handler=run_demo)

    imp = subparsers.add_parser("import", help="import data")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_companies = imp_sub.add_parser("companies", help="the programme's registration list (CSV)")
    imp_companies.add_argument("file", type=Path, metavar="FILE")
    imp_companies.set_defaults(handler=run_import_companies)

    companies = subparsers.add_parser("companies", help="companies")
    companies_sub = companies.add_subparsers(dest="action", metavar="ACTION", required=True)
    companies_list = companies_sub.add_parser("list", help="list companies")
    companies_list.add_argument("--json", action="store_true", help="print a JSON array")
    companies_list.set_defaults(handler=run_companies_list)

    scans = subparsers.add_parser("scans", help="scans")
    scans_sub = scans.add_subparsers(dest="action", metavar="ACTION", required=True)
    scans_list = scans_sub.add_parser("list", help="list scans with their index")
    scans_list.add_argument("--json", action="store_true", help="print a JSON array")
    scans_list.add_argument("--status", choices=("draft", "completed"))
    scans_list.set_defaults(handler=run_scans_list, without_workspace=plain_scans_list)
    scans_show = scans_sub.add_parser("show", help="one scan with its answers and scores")
    scans_show.add_argument("scan_id", metavar="ID")
    scans_show.add_argument("--json", action="store_true", help="print JSON")
    scans_show.set_defaults(handler=run_scans_show)

    exp = subparsers.add_parser("export", help="export all data for evaluation, or one company's (GDPR) as JSON")
    exp.add_argument("--format", choices=("csv", "json"), default="json")
    exp.add_argument("--company", metavar="ID", help="only this company, as one JSON file (the GDPR export)")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.set_defaults(handler=run_export)

    report = subparsers.add_parser("report", help="write the PDF summary of a scan")
    report.add_argument("scan_id", metavar="SCAN_ID", help="scan id, or a unique prefix of at least 6 characters")
    report.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf", help="where to write it (default: the data folder's reports)"
    )
    report.add_argument(
        "--lang", dest="report_lang", choices=("nl", "en"), help="language of the report (default: --lang, else the advisor's)"
    )
    report.set_defaults(handler=run_report, without_workspace=plain_report)


def parse_id(value: str, what: Text) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise BasisscanError(
            Text(f"'{value}' is geen geldig {what.nl.lower()}-id", f"'{value}' is not a valid {what.en.lower()} id")
        ) from None


def find_scan_id(workspace: Workspace, value: str) -> uuid.UUID:
    """Accept a full id or a unique prefix of at least 6 characters, as shown in listings."""
    return scan_id_among(value, workspace.scans.summaries)


def scan_id_among(value: str, listed: Callable[[], Iterable[ScanSummary]]) -> uuid.UUID:
    """:func:`find_scan_id` over the scans ``listed`` gives, asked only for a prefix."""
    value = value.strip().lower()
    if len(value) == 36:
        return parse_id(value, Text("Scan", "Scan"))
    if len(value) >= 6:
        matches = [s.id for s in listed() if str(s.id).startswith(value)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise BasisscanError(Text(f"'{value}' past bij meer dan één scan", f"'{value}' matches more than one scan"))
    raise BasisscanError(Text(f"Scan '{value}' bestaat niet", f"Scan '{value}' does not exist"))


def print_json(data: Any, *, compact: bool = False) -> None:
    """Indented for a person reading one record; ``compact`` for long lists that scripts read (C encoder, one line)."""
    if compact:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    else:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = (
        [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=False)]
        if rows
        else [len(h) for h in header]
    )
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip())


def run_demo(workspace: Workspace, args: argparse.Namespace) -> int:
    """``--data-dir DIR demo`` fills DIR; without a chosen folder the demo goes beside the advisor's own data.

    The per-user folder is where the desktop keeps the advisor's real work,
    so there the demo gets its own ``demo`` folder, as on the first run, and
    the desktop opens it until the advisor chooses Leave demo.
    """
    from ..services.demo import fill_demo_workspace

    if args.companies < 1:
        raise BasisscanError(Text("--companies moet minstens 1 zijn", "--companies must be at least 1"))
    demo = workspace.open_demo() if is_default_data_dir(args.data_dir) else workspace
    try:
        summary = fill_demo_workspace(demo, args.companies, args.seed)
    finally:
        if demo is not workspace:
            demo.close()
    print(
        plurals.with_counts(
            Text("Demodata gemaakt in {f}: {c}, {s} ({d}), {p}, {v}", "Demo data created in {f}: {c}, {s} ({d}), {p}, {v}"),
            f=demo.folder,
            c=(plurals.COMPANIES, summary.companies),
            s=(plurals.SCANS, summary.scans),
            d=(plurals.DRAFTS, summary.drafts),
            p=(plurals.PLANS, summary.plans),
            v=(plurals.VOUCHERS, summary.vouchers),
        )
    )
    return 0


def run_import_companies(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..services.importing import import_companies

    report = import_companies(workspace, args.file, created_by=workspace.profile.advisor_name())
    for warning in report.warnings:
        print(f"{args.file.name}: {warning}", file=sys.stderr)
    for problem in report.rejected:
        print(f"{args.file.name}:{problem.line}: {problem.reason}", file=sys.stderr)
    print(
        Text(
            "{f}: {a} toegevoegd, {u} bijgewerkt, {r} afgewezen",
            "{f}: {a} added, {u} updated, {r} rejected",
        ).format(f=args.file.name, a=report.added, u=report.updated, r=len(report.rejected))
    )
    return 1 if report.rejected else 0


def run_companies_list(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..services import export

    companies = workspace.companies.list()
    if args.json:
        print_json([export.company_record(c) for c in companies])
        return 0
    print_table(
        [str(Text("Naam", "Name")), "KvK", str(Text("Sector", "Sector")), str(Text("Gemeente", "Municipality"))],
        [[c.name, c.kvk, sector_by_key(c.sector).name.get(), c.municipality] for c in companies],
    )
    return 0


def plain_scans_list(args: argparse.Namespace) -> int | None:
    """The listing straight from a current database, without loading the store's ORM (``services.plain_listing``)."""
    from ..paths import DATABASE_FILE, data_dir
    from ..services import plain_listing

    database_file = data_dir(args.data_dir) / DATABASE_FILE
    if args.json:
        listed = plain_listing.plain_headlines(database_file, args.status)
        if listed is None:
            return None
        from ..services.collector import collection_paused
        from ..services.listing_json import listed_json

        with collection_paused():
            sys.stdout.write(listed_json(listed))
        sys.stdout.write("\n")
        return 0
    summaries = plain_listing.plain_summaries(database_file, args.status)
    return None if summaries is None else show_scans(summaries, args)


def run_scans_list(workspace: Workspace, args: argparse.Namespace) -> int:
    return show_scans(workspace.scans.summaries(status=args.status), args)


def print_records(records: Callable[[], list[dict[str, Any]]]) -> int:
    """``scans list --json``: the records made and written with the collector held off (10,000 of them, in no cycle)."""
    from ..services.collector import collection_paused

    with collection_paused():
        print_json(records(), compact=True)
    return 0


def show_scans(summaries: list[ScanSummary], args: argparse.Namespace) -> int:
    if args.json:
        from ..services.listing_json import summary_record

        return print_records(lambda: [summary_record(s) for s in summaries])
    print_table(
        [
            "ID",
            str(Text("Bedrijf", "Company")),
            str(Text("Status", "Status")),
            str(Text("Gestart", "Started")),
            "SII",
            str(Text("Fase", "Stage")),
        ],
        [
            [
                str(s.id)[:8],
                s.company[:40],
                s.status,
                s.started_at.date().isoformat(),
                "" if s.sii_percent is None else str(round_whole(s.sii_percent)),
                STAGE_NAMES[s.stage].get() if s.stage else "",
            ]
            for s in summaries
        ],
    )
    if summaries:
        example = str(summaries[0].id)[:8]
        print(
            Text(
                f"Neem een ID uit de eerste kolom: advisor-app scans show {example} (of report {example}); "
                "voor scripts: scans list --json",
                f"Take an ID from the first column: advisor-app scans show {example} (or report {example}); "
                "for scripts: scans list --json",
            ),
            file=sys.stderr,
        )
    return 0


def one_decimal(percent: float | None) -> str:
    """A score as the screen and the PDF show it: one decimal, rounded half up, in the command's language (6,3 / 6.3)."""
    return "-" if percent is None else format_decimal(percent, active_language(), 1)


def run_scans_show(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..services import export

    scan_id = find_scan_id(workspace, args.scan_id)
    view = workspace.scans.get(scan_id)
    result = workspace.scans.result(view)
    summary = next(s for s in workspace.scans.for_company(view.company.id) if s.id == scan_id)
    record = export.scan_record(summary, view, result)
    if args.json:
        print_json(record)
        return 0
    print(f"{view.company.name} (KvK {view.company.kvk}) - {view.questionnaire.title.get()} {view.questionnaire.version}")
    print(
        f"{Text('Status', 'Status')}: {view.scan.status}   SII: {one_decimal(result.sii_percent)}   "
        f"{Text('Fase', 'Stage')}: {STAGE_NAMES[result.stage].get() if result.stage else '-'}"
    )
    for dimension, score in zip(view.questionnaire.dimensions, result.dimensions, strict=True):
        print(f"  {dimension.id} {dimension.title.get():<45} {one_decimal(score.percent):>5}  ({score.scored}/{score.total})")
    return 0


def exported(count: int, path: Path) -> Text:
    """The export's last line: "1 scan exported to ...", "2 scans exported to ..." (each language's plural)."""
    return plurals.with_counts(Text("{s} geëxporteerd naar {f}", "{s} exported to {f}"), s=(plurals.SCANS, count), f=path)


def run_export(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..services import export

    if args.company:
        if args.format != "json":
            raise BasisscanError(Text("Een bedrijf wordt als JSON geëxporteerd", "A company is exported as JSON"))
        count = export.export_company(workspace, parse_id(args.company, Text("Bedrijf", "Company")), args.output)
        print(exported(count, args.output))
        return 0
    count = export.export_all(workspace, args.output, args.format)
    print(exported(count, args.output))
    return 0


SAVED = Text("Samenvatting opgeslagen: {f}", "Summary saved: {f}")


def run_report(workspace: Workspace, args: argparse.Namespace) -> int:
    from ..report import save_report  # reportlab loads only when a report is asked for

    scan_id = find_scan_id(workspace, args.scan_id)
    profile = workspace.profile.get()
    path = save_report(workspace, scan_id, report_language(args, profile.language if profile else None), args.output)
    print(SAVED.format(f=path))
    return 0


def report_language(args: argparse.Namespace, advisors: str | None) -> str:
    """``--lang`` of the report, else the command's, else the advisor's, else Dutch."""
    return str(args.report_lang or args.lang or advisors or "nl")


def plain_report(args: argparse.Namespace) -> int | None:
    """``report`` read through the driver alone (``services.plain_report``); ``None``: the workspace must read it."""
    from ..paths import data_dir, reports_folder
    from ..report import save_content
    from ..services.collector import collection_paused
    from .process import work_done

    folder = data_dir(args.data_dir)
    with collection_paused():  # the groups' 10,000 inputs and the layout's objects: none in a cycle to collect
        gathered = _gathered_plainly(args, folder)
        if gathered is None:
            return None
        content, read_only = gathered
        path = save_content(content, lambda: reports_folder(folder, read_only=read_only), args.output)
        work_done()
    print(SAVED.format(f=path))
    return 0


def _gathered_plainly(args: argparse.Namespace, folder: Path) -> tuple[ReportContent, bool] | None:
    """The summary's content, and whether the folder is read-only; the inputs it was built from end with this call.

    Whatever it cannot answer, or finds wrong while reading (a scan that is not there, an unknown
    questionnaire version, a failed read), goes to the workspace, which says it in the user's words.
    """
    from ..domain.text import normalise_language
    from ..paths import DATABASE_FILE
    from ..report.content import gather_from
    from ..services.plain_report import UnanswerableError, plain_report

    try:
        with plain_report(folder / DATABASE_FILE) as source:
            scan_id = scan_id_among(args.scan_id, source.scans)
            return gather_from(source, scan_id, normalise_language(report_language(args, source.language()))), source.read_only
    except (UnanswerableError, BasisscanError):
        return None
