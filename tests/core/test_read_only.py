"""A data folder on read-only media (a write-protected stick, a read-only share): reading works, writing says why not.

What the test really exercises: the commands run in a separate process that
sees the data folder through a read-only bind mount in a private mount
namespace (``unshare -m``), so the kernel refuses every write with EROFS,
for root too, exactly as on a read-only medium. Where that is not possible
(no ``unshare``, no mount rights) a non-root user gets the folder
``chmod a-w`` instead (EACCES, which the app treats the same way); as root
without mount rights the test is skipped, since root ignores file modes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor_app.paths import DATABASE_FILE
from advisor_app.services.demo import fill_demo_workspace
from advisor_app.workspace import Workspace

MOUNT_READ_ONLY = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder and its content's hash: nothing may appear, vanish or change."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def kernel_read_only_prefix(folder: Path) -> list[str] | None:
    """A command prefix that runs a program with ``folder`` mounted read-only, or ``None`` where this cannot be done."""
    if not (shutil.which("unshare") and shutil.which("mount")):
        return None
    prefix = ["unshare", "-m", "sh", "-c", MOUNT_READ_ONLY, str(folder)]
    check = subprocess.run([*prefix, "touch", str(folder / "probe")], capture_output=True, text=True, check=False)
    if check.returncode == 0 or "Read-only file system" not in check.stderr:
        (folder / "probe").unlink(missing_ok=True)
        return None
    return prefix


@pytest.fixture(scope="module")
def stick(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A data folder with demo data, closed cleanly, and how to run a program that sees it read-only."""
    folder = tmp_path_factory.mktemp("stick") / "Basisscan"
    with Workspace(folder) as workspace:
        fill_demo_workspace(workspace, 8, seed=5)
    prefix = kernel_read_only_prefix(folder)
    restore: list[tuple[Path, int]] = []
    if prefix is None:
        if os.geteuid() == 0:
            pytest.skip("as root, only a read-only mount stops writes, and mounting is not allowed here")
        for path in [folder, *folder.rglob("*")]:
            restore.append((path, path.stat().st_mode))
            path.chmod(path.stat().st_mode & ~0o222)
        prefix = []
    yield folder, prefix
    for path, mode in reversed(restore):
        path.chmod(mode)


def run(stick: tuple[Path, list[str]], *args: str) -> subprocess.CompletedProcess[str]:
    folder, prefix = stick
    return subprocess.run(
        [*prefix, sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(folder), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_reading_commands_work_and_leave_the_folder_exactly_as_it_was(stick: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder = stick[0]
    before = snapshot(folder)
    assert DATABASE_FILE in before

    listed = run(stick, "scans", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    scans = json.loads(listed.stdout)
    assert len(scans) >= 8
    completed = next(s for s in scans if s["status"] == "completed")

    shown = run(stick, "scans", "show", completed["id"][:8], "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == completed["id"]

    exported = run(stick, "export", "--format", "csv", "-o", str(tmp_path / "scans.csv"))
    assert exported.returncode == 0, exported.stderr
    assert completed["id"] in (tmp_path / "scans.csv").read_text(encoding="utf-8")

    report = run(stick, "report", completed["id"], "-o", str(tmp_path / "summary.pdf"))
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")

    assert snapshot(folder) == before, "no WAL, no backup, no report, not one byte changed"


@pytest.mark.parametrize(
    "args",
    [
        ("demo", "--companies", "2"),
        ("report", "first-completed"),
    ],
)
def test_writing_says_plainly_that_the_folder_is_read_only(stick: tuple[Path, list[str]], args: tuple[str, ...]) -> None:
    if args[-1] == "first-completed":
        scans = json.loads(run(stick, "scans", "list", "--json", "--status", "completed").stdout)
        args = (*args[:-1], scans[0]["id"])
    before = snapshot(stick[0])
    done = run(stick, *args)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "read-only" in done.stderr
    assert str(stick[0]) in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(stick[0]) == before


def test_an_import_into_a_read_only_folder_is_refused_in_dutch_by_default(stick: tuple[Path, list[str]], tmp_path: Path) -> None:
    registration = tmp_path / "aanmeldingen.csv"
    registration.write_text("naam;kvk;sector\nBakkerij Zoë;30123456;Bouw en installatie\n", encoding="utf-8")
    folder, prefix = stick
    command = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(folder), "import", "companies", str(registration)]
    done = subprocess.run(
        [*prefix, *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "C", "LC_ALL": "", "LC_MESSAGES": "", "BASISSCAN_LANG": ""},
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "alleen-lezen" in done.stderr
