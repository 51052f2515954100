"""``advisor-app report`` as a command reads the summary without the workspace: the same summary, whatever the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from advisor_ui.launcher import main

from advisor_app.domain.scoring import BenchmarkGroup
from advisor_app.errors import NotFoundError
from advisor_app.paths import DATABASE_FILE
from advisor_app.report import render_report
from advisor_app.report.content import gather, gather_from
from advisor_app.services.benchmark_members import SUMS_KEY
from advisor_app.services.plain_report import PlainViews, UnanswerableError, plain_report
from advisor_app.store.settings import get_setting, set_setting
from advisor_app.workspace import Workspace
from tests.scans import complete_for_new_company

from .conftest import DemoScans
from .pdf import text_of


def test_every_demo_summary_reads_the_same_through_the_driver(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    """Drafts, follow-ups with their comparison, plans and vouchers: the content the workspace gathers, field for field."""
    scans = [*demo_scans.first, *demo_scans.follow_ups, *demo_scans.drafts]
    expected = {(s.id, language): gather(demo_workspace, s.id, language) for s in scans for language in ("nl", "en")}
    assert any(c.comparison for c in expected.values()), "the demo data should hold follow-ups"
    assert any(c.plan for c in expected.values())
    assert any(c.voucher for c in expected.values())

    with plain_report(demo_workspace.folder / DATABASE_FILE) as source:
        found = {key: gather_from(source, *key) for key in expected}

    assert found == expected


def test_the_plain_views_are_the_services_views(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    """Both sources of a summary read the scans, plans and vouchers as ``PlainViews``: here they are checked
    against what the services' ORM loads give, field for field, and a deleted scan is not found by either."""
    workspace = demo_workspace
    scans = [*demo_scans.first, *demo_scans.follow_ups, *demo_scans.drafts]
    companies = {s.company_id for s in scans}
    deleted = demo_scans.drafts[0].id
    workspace.scans.delete(deleted)
    with workspace.db.plain_read() as connection:
        views = PlainViews(connection, workspace.catalogue)
        got = {s.id: views.get(s.id) for s in scans if s.id != deleted}
        plans = {company_id: views.plans(company_id) for company_id in companies}
        vouchers = {company_id: views.vouchers(company_id) for company_id in companies}
        with pytest.raises(NotFoundError) as plain:
            views.get(deleted)
    with pytest.raises(NotFoundError) as services:
        workspace.scans.get(deleted)
    assert str(plain.value) == str(services.value)
    assert got == {scan_id: workspace.scans.get(scan_id) for scan_id in got}
    assert plans == {company_id: workspace.plans.for_company(company_id) for company_id in companies}
    assert vouchers == {company_id: workspace.vouchers.for_company(company_id) for company_id in companies}
    assert any(plans.values()), "the demo data should hold plans"
    assert any(vouchers.values()), "and vouchers"


def test_the_command_reports_the_servers_benchmarks_once_they_came(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path
) -> None:
    scan_id = demo_scans.first[0].id
    folder = str(demo_workspace.folder)
    assert main(["--data-dir", folder, "report", str(scan_id), "-o", str(tmp_path / "local.pdf")]) == 0
    version = demo_workspace.questionnaire.version
    demo_workspace.benchmarks.store_from_server(version, [BenchmarkGroup("programme", 412, {"D1": 3.0}, 2.5)])

    assert main(["--data-dir", folder, "report", str(scan_id), "-o", str(tmp_path / "server.pdf")]) == 0

    server = (tmp_path / "server.pdf").read_bytes()
    assert server == render_report(demo_workspace, scan_id, "nl")
    assert server != (tmp_path / "local.pdf").read_bytes()
    assert "412" in text_of(server), "the server's programme group"


def test_a_scan_completed_since_the_last_report_counts_in_the_commands_next_one(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path
) -> None:
    scan_id = demo_scans.first[0].id
    folder = str(demo_workspace.folder)
    assert main(["--data-dir", folder, "report", str(scan_id), "-o", str(tmp_path / "before.pdf")]) == 0
    with plain_report(demo_workspace.folder / DATABASE_FILE) as source:
        before = gather_from(source, scan_id, "nl").programme_benchmark
    assert before is not None
    complete_for_new_company(demo_workspace, "Nieuw B.V.", "44445555", 3)

    with pytest.raises(UnanswerableError), plain_report(demo_workspace.folder / DATABASE_FILE) as source:
        gather_from(source, scan_id, "nl")  # the inputs kept are of the state before: the workspace builds them again
    assert main(["--data-dir", folder, "report", str(scan_id), "-o", str(tmp_path / "after.pdf")]) == 0

    after = (tmp_path / "after.pdf").read_bytes()
    assert after == render_report(demo_workspace, scan_id, "nl")
    with plain_report(demo_workspace.folder / DATABASE_FILE) as source:
        group = gather_from(source, scan_id, "nl").programme_benchmark
    assert group is not None
    assert group.n == before.n + 1


def test_the_first_command_keeps_the_groups_sums_and_the_next_reports_the_same_from_them(
    demo_workspace: Workspace, demo_scans: DemoScans
) -> None:
    """The app keeps the members; the first command at that state makes the sums from them and keeps them."""
    scan_id = demo_scans.follow_ups[0].id
    expected = gather(demo_workspace, scan_id, "nl")
    with demo_workspace.db.session() as session:
        set_setting(session, SUMS_KEY, None)
    for _ in range(2):
        with plain_report(demo_workspace.folder / DATABASE_FILE) as source:
            assert gather_from(source, scan_id, "nl") == expected
    with demo_workspace.db.read() as session:
        assert get_setting(session, SUMS_KEY), "kept for the next command"
