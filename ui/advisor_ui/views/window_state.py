"""The window's size, place and splitter, kept in the data folder's desktop settings between starts.

A first start (nothing kept) takes the screen's available size up to 1320x800,
so a small laptop screen at 150 % gets a window that fits it.
"""

from __future__ import annotations

from ..qt import QGuiApplication, QMainWindow, QSettings, QSplitter

GEOMETRY_KEY, STATE_KEY, SPLITTER_KEY = "window/geometry", "window/state", "window/splitter"
FIRST_SIZE = (1320, 800)


def restore_window(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width = min(FIRST_SIZE[0], available.width()) if available is not None else FIRST_SIZE[0]
        height = min(FIRST_SIZE[1], available.height()) if available is not None else FIRST_SIZE[1]
        window.resize(width, height)
    state = settings.value(STATE_KEY)
    if state is not None:
        window.restoreState(state)
    kept = settings.value(SPLITTER_KEY)
    if kept is not None:
        splitter.restoreState(kept)


def keep_window(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(SPLITTER_KEY, splitter.saveState())
