"""Demo data stays a demo: its folder says so (in the database), it has nothing to sync, and real work is never taken over."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from advisor_app.cli import main as cli_main
from advisor_app.domain.errors import ValidationError
from advisor_app.paths import DATABASE_FILE
from advisor_app.services.companies import CompanyInput
from advisor_app.services.importing import import_companies
from advisor_app.workspace import Workspace


def demo_command(folder: Path, companies: int = 6) -> None:
    """``advisor-app --data-dir DIR demo``, as scripts run it."""
    assert cli_main(["--data-dir", str(folder), "--lang", "en", "demo", "--companies", str(companies), "--seed", "4"]) == 0


def test_the_demo_command_keeps_filling_the_folder_which_then_is_a_demo(tmp_path: Path) -> None:
    demo_command(tmp_path, 6)
    demo_command(tmp_path, 6)  # the same seed again adds nothing twice
    with Workspace(tmp_path) as workspace:
        assert workspace.is_demo
        assert len(workspace.companies.list()) == 6
        assert workspace.pending_changes() == 0, "demo rows are no changes waiting for a sync"


def test_an_ordinary_folder_is_real_and_counts_what_was_typed(workspace: Workspace, company_input: CompanyInput) -> None:
    assert not workspace.is_demo
    workspace.companies.create(company_input)
    assert workspace.pending_changes() == 1


def test_what_is_typed_in_a_demo_is_not_pending_either(tmp_path: Path, company_input: CompanyInput) -> None:
    demo_command(tmp_path)
    with Workspace(tmp_path) as workspace:
        workspace.companies.create(company_input)
        assert workspace.pending_changes() == 0


def test_a_copied_demo_file_is_still_a_demo(tmp_path: Path) -> None:
    demo_command(tmp_path / "original")
    (tmp_path / "copy").mkdir()
    shutil.copy(tmp_path / "original" / DATABASE_FILE, tmp_path / "copy" / DATABASE_FILE)
    with Workspace(tmp_path / "copy") as copy:
        assert copy.is_demo


def test_demo_data_carries_demo_kvk_numbers(tmp_path: Path) -> None:
    demo_command(tmp_path)
    with Workspace(tmp_path) as workspace:
        assert {company.kvk[:2] for company in workspace.companies.list()} == {"00"}


def test_the_demo_command_refuses_a_folder_with_real_work_and_changes_nothing(
    workspace: Workspace, company_input: CompanyInput, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.companies.create(company_input)
    before = (workspace.folder / DATABASE_FILE).stat().st_size
    assert cli_main(["--data-dir", str(workspace.folder), "--lang", "en", "demo", "--companies", "3"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "holds your own data (1 companies)" in error
    assert not workspace.is_demo
    assert len(workspace.companies.list()) == 1
    assert workspace.pending_changes() == 1
    assert (workspace.folder / DATABASE_FILE).stat().st_size == before


def test_demo_then_sync_is_one_plain_line_that_says_why_and_what_to_do(tmp_path: Path) -> None:
    demo_command(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "advisor_ui.launcher",
            "--data-dir",
            str(tmp_path),
            "sync",
            "--server",
            "https://basisscan.example.nl",
            "--user",
            "alice",
            "--password-stdin",
        ],
        input="secret\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "C", "LC_ALL": "", "LC_MESSAGES": "", "BASISSCAN_LANG": ""},
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("advisor-app: Dit is een demo"), "Dutch when nothing says otherwise"
    assert "synchroniseren staat uit" in done.stderr
    assert "Demo verlaten" in done.stderr, "how to get a real workspace"
    assert "--data-dir" in done.stderr


# -- the desktop's demo folder -----------------------------------------------------------------------


def test_a_demo_opened_from_a_real_folder_lives_beside_it_and_is_remembered(tmp_path: Path) -> None:
    real = Workspace(tmp_path)
    real.profile.save("Samira Haddou", "en")
    demo = real.open_demo()
    real.close()
    try:
        assert demo.folder == tmp_path / "demo"
        assert demo.is_demo
        assert demo.profile.advisor_name() == "Samira Haddou"
    finally:
        demo.close()
    with Workspace.open_to_start(tmp_path) as started:
        assert started.folder == tmp_path / "demo", "the next start opens the demo again"


def test_leaving_the_demo_opens_the_clean_real_folder_for_good(tmp_path: Path) -> None:
    from advisor_app.services.demo import fill_demo_workspace

    with Workspace(tmp_path) as real:
        real.profile.save("Samira Haddou", "nl")
        with real.open_demo() as demo:
            fill_demo_workspace(demo, 5, seed=2)
            with demo.leave_demo() as back:
                assert back.folder == tmp_path
                assert not back.is_demo
                assert back.companies.list() == []
                assert back.profile.advisor_name() == "Samira Haddou"
    with Workspace.open_to_start(tmp_path) as started:
        assert started.folder == tmp_path
        assert not started.is_demo


def test_a_real_folder_refuses_a_demo_kvk_number_at_once_a_demo_folder_takes_it(
    workspace: Workspace, company_input: CompanyInput, tmp_path: Path
) -> None:
    """The rule the server applies, told when the number is typed rather than at the end-of-day sync."""
    with pytest.raises(ValidationError) as refused:
        workspace.companies.create(replace(company_input, kvk="0048 2913"))
    assert refused.value.field == "kvk"
    assert "belongs to demo data" in str(refused.value)

    registration = tmp_path / "registration.csv"
    registration.write_text("name;kvk;sector\nDemo Bouw B.V.;00482913;construction\n", encoding="utf-8")
    report = import_companies(workspace, registration)
    assert (report.added, len(report.rejected)) == (0, 1)
    assert "belongs to demo data" in report.rejected[0].reason
    assert workspace.companies.list() == []

    demo_command(tmp_path / "demo")
    with Workspace(tmp_path / "demo") as demo:
        first = demo.companies.list()[0]
        demo.companies.update(first.id, replace(company_input, kvk=first.kvk, name="Renamed in the demo"))
        assert demo.companies.get(first.id).name == "Renamed in the demo"


def test_the_demo_command_without_a_folder_keeps_the_advisors_own_folder_real(tmp_path: Path) -> None:
    """No --data-dir: the per-user folder holds the real work, so the demo goes beside it, as on the first run."""
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "BASISSCAN_DATA_DIR": ""}
    done = subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--lang", "en", "demo", "--companies", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    own = tmp_path / "Basisscan"
    assert f"Demo data created in {own / 'demo'}: 3 companies" in done.stdout
    with Workspace(own) as real:
        assert not real.is_demo
        assert real.companies.list() == []
    with Workspace.open_to_start(own) as started:
        assert started.is_demo, "the desktop opens the demo until the advisor leaves it"
