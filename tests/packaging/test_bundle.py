"""The frozen one-folder app, built with PyInstaller and run from its build folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader

from advisor_app import __version__
from advisor_app.domain.text import LANGUAGES
from advisor_app.paths import DATABASE_FILE
from advisor_app.report.phrases import SCAN_DATE
from advisor_app.report.sections import local_date
from advisor_app.report.wording import long_date
from advisor_app.store.database import Database, _alembic_config
from advisor_app.workspace import Workspace

pytestmark = [pytest.mark.package, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle() -> Path:
    """Builds into build/test-* so a rebuild reuses PyInstaller's cache."""
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("pyinstaller is missing from the virtual environment; run `make setup`")
    subprocess.run(
        [
            Path(sys.executable).with_name("pyinstaller"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            ROOT / "build" / "test-dist",
            "--workpath",
            ROOT / "build" / "test-work",
            ROOT / "packaging" / "basisscan.spec",
        ],
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    executable = ROOT / "build" / "test-dist" / "basisscan" / "basisscan"
    assert executable.is_file()
    return executable


def run(bundle: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_reports_its_version(bundle: Path) -> None:
    assert run(bundle, "--version").stdout.strip() == f"Basisscan {__version__}"


def test_demo_data_uses_the_bundled_questionnaire(bundle: Path, tmp_path: Path) -> None:
    assert run(bundle, "--data-dir", str(tmp_path), "demo", "--companies", "5").returncode == 0
    scans = json.loads(run(bundle, "--data-dir", str(tmp_path), "scans", "list", "--json").stdout)
    assert sum(1 for s in scans if s["status"] == "completed" and s["sii"] is not None) >= 5


def test_user_data_goes_to_the_per_user_folder_not_the_install_folder(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run(bundle, "companies", "list", env={"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")})
    assert done.returncode == 0, done.stderr
    assert (home / ".local" / "share" / "Basisscan" / DATABASE_FILE).is_file()
    assert not list(bundle.parent.rglob(DATABASE_FILE))


def test_an_older_database_is_backed_up_and_migrated(bundle: Path, tmp_path: Path) -> None:
    old = Database(tmp_path / DATABASE_FILE, migrate=False)
    with old.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO company (id, name, kvk, sector, municipality, contact_person, email, phone, consent, created_by,"
            " created_at, updated_at, deleted, dirty) VALUES"
            f" ('{uuid.uuid4().hex}', 'Oud B.V.', '11223344', 'health', '', '', '', '', 0, '', '2025-01-01', '2025-01-01', 0, 1)"
        )
    old.close()
    done = run(bundle, "--data-dir", str(tmp_path), "companies", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert [c["name"] for c in json.loads(done.stdout)] == ["Oud B.V."]
    assert list((tmp_path / "backups").glob("*-schema-0001.sqlite3"))


def test_the_window_opens_offscreen_and_closes_cleanly(bundle: Path, tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        workspace.profile.save("Ingrid Willems", "nl")
    done = subprocess.run(
        [str(bundle), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "BASISSCAN_QUIT_WHEN_SHOWN": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_from_the_bundle_parses(bundle: Path, tmp_path: Path, language: str) -> None:
    """In every language the app offers: the bundle keeps only the Babel locales those need (packaging/basisscan.spec)."""
    assert run(bundle, "--data-dir", str(tmp_path), "demo", "--companies", "5").returncode == 0
    scan = json.loads(run(bundle, "--data-dir", str(tmp_path), "scans", "list", "--json", "--status", "completed").stdout)[0]
    out = tmp_path / "summary.pdf"
    done = run(bundle, "--data-dir", str(tmp_path), "report", scan["id"], "-o", str(out), "--lang", language)
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert scan["company"] in text
    assert SCAN_DATE.get(language) in text
    assert long_date(local_date(datetime.fromisoformat(scan["completed_at"])), language) in text, "the date in its words"
