"""Browser tests: the dashboard in a real headless Chromium (Debian's), driven by Playwright.

One server with a programme of demo data serves the whole session; every
test gets a fresh browser context (no cookies), so each logs in itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .programme import Programme, running_programme

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": ["--no-sandbox", "--disable-dev-shm-usage"]}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A Dutch browser, as the programme office's: the dashboard's default language."""
    return {**browser_context_args, "locale": "nl-NL", "accept_downloads": True, "viewport": {"width": 1366, "height": 900}}


@pytest.fixture(scope="session")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Programme]:
    with running_programme(Path(tmp_path_factory.mktemp("programme"))) as running:
        yield running


@pytest.fixture(scope="session")
def base_url(programme: Programme) -> str:
    return programme.url
