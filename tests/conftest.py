"""Fixtures shared by every layer's tests: real data folders on real SQLite files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from advisor_app.domain.text import set_language
from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

settings.register_profile("basisscan", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("basisscan")
"""Property tests check what is true, never how fast: a per-example deadline failed them on a loaded machine
(tests/sync/test_pull_roundtrip.py, 406 ms against 200 ms once, 14 ms on the retry)."""


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Assertions on messages read English unless a test switches language itself."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as ws:
        yield ws


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """Thirty companies of demo data (seed 7), each with at least one completed scan."""
    with Workspace(tmp_path / "demo") as ws:
        generate_demo(ws, 30, seed=7)
        yield ws


@pytest.fixture
def company_input() -> CompanyInput:
    return CompanyInput(
        name="Coöperatie Zoë's Bouw en Installatie",
        kvk="1234 56.78",
        sector="construction",
        employees=23,
        municipality="Utrecht",
        contact_person="Zoë de Vries",
        email="zoe@example.nl",
        phone="030-1234567",
        consent=True,
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the tests that only make sense inside the child process their parent test starts.

    Qt reads the screen and the scale factor once per process, so such a test runs in a fresh
    process started by a parent test with the marker's environment variable set. Elsewhere it is
    deselected rather than skipped: make test treats a skip as a missing part.
    """
    kept: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        marker = item.get_closest_marker("child_process")
        (dropped if marker is not None and os.environ.get(marker.args[0]) != "1" else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
