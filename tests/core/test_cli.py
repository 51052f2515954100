"""The ``advisor-app`` command line, run as a user runs it: a separate process."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_app import __version__


def advisor_app(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(data_dir), "--lang", "en", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-demo")
    done = advisor_app(folder, "demo", "--companies", "12", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert "12 companies" in done.stdout
    return folder


def test_version(tmp_path: Path) -> None:
    done = advisor_app(tmp_path, "--version")
    assert done.stdout.strip() == f"Basisscan {__version__}"


def test_scans_list_json_has_the_promised_fields(demo_dir: Path) -> None:
    scans = json.loads(advisor_app(demo_dir, "scans", "list", "--json").stdout)
    completed = [s for s in scans if s["status"] == "completed"]
    assert len(completed) >= 12
    for scan in scans:
        assert {"id", "company", "kvk", "sector", "status", "started_at", "completed_at", "sii"} <= scan.keys()
        assert scan["status"] in ("draft", "completed")
    assert all(0 <= s["sii"] <= 100 for s in completed)


def test_demo_is_deterministic(tmp_path: Path, demo_dir: Path) -> None:
    advisor_app(tmp_path, "demo", "--companies", "12", "--seed", "3")
    assert advisor_app(tmp_path, "scans", "list", "--json").stdout == advisor_app(demo_dir, "scans", "list", "--json").stdout


def test_scans_show_json_adds_answers_and_every_score(demo_dir: Path) -> None:
    first = json.loads(advisor_app(demo_dir, "scans", "list", "--json", "--status", "completed").stdout)[0]
    done = advisor_app(demo_dir, "scans", "show", first["id"][:8], "--json")
    shown = json.loads(done.stdout)
    assert shown["id"] == first["id"]
    assert len(shown["answers"]) == 24
    assert [d["id"] for d in shown["result"]["dimensions"]] == ["D1", "D2", "D3", "D4", "D5", "D6"]
    assert shown["result"]["sii"] == first["sii"]
    assert shown["result"]["stage"]
    assert shown["result"]["adopter_category"]
    human = advisor_app(demo_dir, "scans", "show", first["id"])
    assert first["company"] in human.stdout


def test_companies_list_json_is_one_object_per_company(demo_dir: Path) -> None:
    companies = json.loads(advisor_app(demo_dir, "companies", "list", "--json").stdout)
    assert len(companies) == 12
    assert all(len(c["kvk"]) == 8 for c in companies)


def test_export_csv_and_json(demo_dir: Path, tmp_path: Path) -> None:
    assert advisor_app(demo_dir, "export", "--format", "csv", "-o", str(tmp_path / "scans.csv")).returncode == 0
    with (tmp_path / "scans.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=","))  # --lang en: English CSV
    assert rows
    assert {"sii", "D1", "D6", "D1.1"} <= rows[0].keys()
    assert advisor_app(demo_dir, "export", "--format", "json", "-o", str(tmp_path / "all.json")).returncode == 0
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert len(data["companies"]) == 12
    assert len(data["scans"]) == len(rows)


def test_import_reports_rejected_rows_on_stderr(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("naam;kvk;sector\nGoed;11111111;ZG\nFout;123;ZG\n", encoding="utf-8")
    done = advisor_app(tmp_path / "data", "import", "companies", str(source))
    assert done.returncode == 1
    assert "list.csv:3: kvk: KvK number '123' must be exactly 8 digits" in done.stderr
    assert "1 added, 0 updated, 1 rejected" in done.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("import", "companies", "/no/such/file.csv"), "No such file or directory: /no/such/file.csv"),
        (("scans", "show", "not-an-id"), "Scan 'not-an-id' does not exist"),
        (("scans", "show", "00000000-0000-4000-8000-000000000000"), "does not exist"),
        (("demo", "--companies", "0"), "--companies must be at least 1"),
    ],
)
def test_every_failure_is_one_plain_line(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    done = advisor_app(tmp_path, *args)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert expected in done.stderr


def test_messages_follow_the_language(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(tmp_path), "--lang", "nl", "scans", "show", "abcdefgh"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "bestaat niet" in done.stderr


def test_a_usage_mistake_is_one_line_too(tmp_path: Path) -> None:
    done = advisor_app(tmp_path, "scans", "list", "--colour")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "unrecognized arguments: --colour" in done.stderr


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (("scans", "list", "--colour"), "advisor-app: onbekende argumenten: --colour (zie advisor-app --help)"),
        (("report",), "advisor-app report: dit ontbreekt nog: SCAN_ID (zie advisor-app report --help)"),
        (("scans", "shw"), "advisor-app scans: ACTION: 'shw' kan niet; kies uit 'list', 'show' (zie advisor-app scans --help)"),
        (("demo", "--companies", "x"), "advisor-app demo: --companies: 'x' is geen geldige waarde (int)"),
    ],
)
def test_a_usage_mistake_is_said_in_dutch_when_nothing_asks_for_english(
    tmp_path: Path, args: tuple[str, ...], dutch: str
) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("LANG", "LC_ALL", "LC_MESSAGES", "BASISSCAN_LANG")}
    done = subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert dutch in done.stderr


def test_without_a_language_the_messages_are_dutch_operating_system_ones_too(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(tmp_path), "import", "companies", "/no/such/file.csv"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "C", "LC_ALL": "", "LC_MESSAGES": "", "BASISSCAN_LANG": ""},
    )
    assert done.returncode == 1
    assert done.stderr == "advisor-app: bestaat niet: /no/such/file.csv\n"
