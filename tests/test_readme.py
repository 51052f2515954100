"""Every command of the README works when pasted, in order, into a shell on a fresh clone.

The ``sh`` blocks are taken from README.md as they stand and run in one bash process, in a fresh
folder with a fresh HOME (the README's ``~/...`` data folders), with ``.venv`` and ``docs`` of this
checkout linked in. Each command must end with exit code 0, or with the one its comment promises
(``# exit code 1: ...``). The server gets a free loopback port in place of the README's 8000.
The ``make`` block is not run here: ``make test`` is what runs this test.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
PROMISED_EXIT = re.compile(r"#\s*exit code (\d+)")


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                commands.append(line)
    return commands


def checked_script(commands: list[str], port: int) -> str:
    """The commands as the README has them, each followed by a check of its exit code."""
    lines = ["set -u"]
    for number, command in enumerate(commands, 1):
        expected = PROMISED_EXIT.search(command)
        code = int(expected.group(1)) if expected else 0
        lines.append(command.replace("127.0.0.1:8000", f"127.0.0.1:{port}").replace("--port 8000", f"--port {port}"))
        lines.append(
            f'rc=$?; [ "$rc" -eq {code} ] || {{ echo "README command {number} ended with $rc, not {code}: "'
            f"{shlex.quote(command)} >&2; kill %1 2>/dev/null; exit 1; }}"
        )
    return "\n".join(lines) + "\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_readme_commands_work_in_order(tmp_path: Path) -> None:
    commands = readme_commands()
    assert any("advisor-app" in c and "sync" in c for c in commands), "the README shows a sync"
    assert all("advisor-app " not in c or "--data-dir" in c or "--version" in c for c in commands), (
        "every advisor-app command names its data folder, so none quietly acts on another"
    )
    work, home = tmp_path / "clone", tmp_path / "home"
    work.mkdir()
    home.mkdir()
    (work / ".venv").symlink_to(Path(sys.prefix))
    (work / "docs").symlink_to(ROOT / "docs")
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("BASISSCAN_", "VIRTUAL_ENV", "PYTHON"))}
    environment.update(HOME=str(home), LANG="en_GB.UTF-8", QT_QPA_PLATFORM="offscreen")
    if "BASISSCAN_TEST_REAL_KEYRING" not in os.environ:
        # No Secret Service here: the sync keeps its token for the session only and says so.
        environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    done = subprocess.run(
        ["bash", "-c", checked_script(commands, free_port())],
        cwd=work, env=environment, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"{done.stderr[-3000:]}\n--- stdout:\n{done.stdout[-2000:]}"
    assert (work / "samenvatting.pdf").read_bytes().startswith(b"%PDF")
    assert (work / "scans.csv").stat().st_size > 1000
    assert (work / "basisscan-kopie.sqlite3").is_file()
    assert "aanmeldingen.csv:5: kvk:" in done.stderr
    assert re.search(r"advisor-app scans show [0-9a-f]{8} ", done.stderr), "scans list says how to take an id"
    assert '"status":"ready"' in done.stdout
    assert "Sent: 4," in done.stdout, "the four good rows of the registration list went to the server"
