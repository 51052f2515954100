"""A running server with a programme's worth of demo data, for the browser tests and the dashboard screenshots.

Two advisors' devices generate demo data (fixed seeds) and push it over HTTP
as the app would; a coordinator and an administrator exist too (see
``tests/server/live.py``). The same seeds give the same figures every run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from advisor_sync.server.core.config import Settings

from ..server.live import Api, LiveServer, seed
from ..server.records import demo_changes, pushed

DEMO = {"alice": (110, 21), "bob": (90, 22)}
"""Per advisor: companies and seed, chosen (2026-12-01: 24 companies with a follow-up, 4 with a completed
voucher, one intervention type with n >= 10) so that every part of the Effect page has something to show."""


@dataclass(frozen=True)
class Programme:
    server: LiveServer
    tokens: dict[str, str]
    """Each seeded account's device token, for asking the JSON endpoints what the pages should show."""

    @property
    def url(self) -> str:
        return self.server.url

    def api(self, username: str) -> Api:
        return Api(self.server.url, self.tokens[username])


@contextmanager
def running_programme(folder: Path, demo: Mapping[str, tuple[int, int]] = DEMO) -> Iterator[Programme]:
    url = f"sqlite:///{folder / 'server.sqlite3'}"
    tokens = seed(url)
    with LiveServer(Settings(database_url=url)) as server:
        for advisor, (companies, rng_seed) in demo.items():
            api = Api(server.url, tokens[advisor])
            changes = demo_changes(folder / advisor, companies, seed=rng_seed)
            for start in range(0, len(changes), 200):
                results = pushed(api, *changes[start : start + 200])
                assert {r["status"] for r in results} == {"accepted"}, results
        yield Programme(server, tokens)
