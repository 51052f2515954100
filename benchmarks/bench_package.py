"""The frozen app: bundle size on disk, and cold start to a shown window against the virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from advisor_app.workspace import Workspace

from .common import Row, median, timings

AREA = "package"
ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "build" / "dist" / "basisscan"


def build_bundle() -> Path:
    subprocess.run(
        [
            Path(sys.executable).with_name("pyinstaller"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            ROOT / "build" / "dist",
            "--workpath",
            ROOT / "build" / "work",
            ROOT / "packaging" / "basisscan.spec",
        ],
        check=True,
        cwd=ROOT,
    )
    return BUNDLE / "basisscan"


BARE_APP = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "if '--quit' in sys.argv:\n"
    "    from PySide6.QtCore import QTimer\n"
    "    QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)
"""The baseline bundle: a bare PySide6 window, frozen by the same PyInstaller with its defaults and, like
the app's spec, with symbols stripped (so the ratio compares what is bundled, not how it is built)."""


def build_bare_bundle(work: Path) -> Path:
    script = work / "bare_window.py"
    script.write_text(BARE_APP, encoding="utf-8")
    subprocess.run(
        [
            Path(sys.executable).with_name("pyinstaller"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--onedir",
            *([] if sys.platform.startswith("win") else ["--strip"]),
            "--distpath",
            work / "dist",
            "--workpath",
            work / "build",
            "--specpath",
            work,
            script,
        ],
        check=True,
        cwd=work,
    )
    return work / "dist" / "bare_window"


def size_mb(folder: Path) -> float:
    """Bytes on disk: regular files once each (PyInstaller links some libraries; a link is not a second copy)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


def bare_gtk(folder: Path) -> str:
    """Whether the bare bundle carries GTK: its defaults keep Qt's GTK3 theme plugin, and PyInstaller bundles
    the GTK libraries that plugin links to only where the system has them (``.ci/system-packages test``
    installs them, with Chromium). They are some 11 MB of the bare bundle, so its size moves with them
    (141.7 MB without, 153.2 MB with); the app's spec leaves that plugin out on every machine."""
    return "with the system's GTK" if any(folder.rglob("libgtk-3.so*")) else "no GTK on this system"


def run(quick: bool = False) -> list[Row]:
    executable = build_bundle()
    repeat = 3 if quick else 7
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BASISSCAN_QUIT_WHEN_SHOWN": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        with Workspace(tmp) as workspace:
            workspace.profile.save("Bench", "nl")

        def start(command: list[str]) -> None:
            subprocess.run([*command, "--data-dir", tmp], check=True, env=env, capture_output=True)

        bundled = timings(lambda: start([str(executable)]), repeat)
        from_venv = timings(lambda: start([sys.executable, "-m", "advisor_ui.launcher"]), repeat)
    work = ROOT / "build" / "bench-bare"  # kept, so PyInstaller's cache makes the next run's build quick
    work.mkdir(parents=True, exist_ok=True)
    bare_folder = build_bare_bundle(work)
    bare = size_mb(bare_folder)
    return [
        Row(
            AREA,
            "bundle size on disk",
            size_mb(BUNDLE),
            "MB",
            f"bare PySide6 window bundle, same PyInstaller, stripped alike ({bare_gtk(bare_folder)})",
            bare,
            id="bundle_mb",
        ),
        Row(
            AREA,
            f"cold start to shown window and close, bundle (median of {repeat})",
            median(bundled),
            "s",
            "same from the virtual environment",
            median(from_venv),
        ),
    ]
