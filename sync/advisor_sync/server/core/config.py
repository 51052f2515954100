"""Server settings, read from the environment (twelve-factor style).

Every setting has a sensible default so ``advisor-server serve`` works out of
the box on a SQLite file; production points ``BASISSCAN_SERVER_DB`` at
PostgreSQL. A malformed value stops the start with a plain message.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from advisor_app.domain.rules import VOUCHER_LIMIT_CENTS
from advisor_app.domain.text import Text

from .errors import ConfigError

DB_ENV = "BASISSCAN_SERVER_DB"
DATA_DIR_ENV = "BASISSCAN_SERVER_DATA_DIR"
APP_NAME = "Basisscan Server"
DATABASE_FILE = "server.sqlite3"
PROGRAMME_SCANS = 300
PROGRAMME_TRAJECTORIES = 300


def default_database_url(environ: Mapping[str, str] | None = None) -> str:
    """A SQLite file in the server's data folder (``$BASISSCAN_SERVER_DATA_DIR`` or the platform's)."""
    env = os.environ if environ is None else environ
    folder = Path(env[DATA_DIR_ENV]).expanduser() if env.get(DATA_DIR_ENV) else user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DATABASE_FILE}"


@dataclass(frozen=True)
class Settings:
    database_url: str
    token_idle_days: int = 90
    """A device token expires after this many days without use (sliding)."""
    login_max_failures: int = 5
    login_window_minutes: int = 15
    scan_target: int = PROGRAMME_SCANS
    trajectory_target: int = PROGRAMME_TRAJECTORIES
    voucher_budget_cents: int = PROGRAMME_TRAJECTORIES * VOUCHER_LIMIT_CENTS
    max_upload_bytes: int = 25 * 1024 * 1024
    max_body_bytes: int = 32 * 1024 * 1024

    @classmethod
    def from_env(cls, database_url: str | None = None, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def number(name: str, default: int, minimum: int = 1) -> int:
            raw = env.get(f"BASISSCAN_SERVER_{name}", "").strip()
            if not raw:
                return default
            try:
                value = int(raw)
            except ValueError:
                value = minimum - 1
            if value < minimum:
                raise ConfigError(
                    Text(
                        f"BASISSCAN_SERVER_{name}={raw!r} is ongeldig: verwacht een geheel getal van minstens {minimum}",
                        f"BASISSCAN_SERVER_{name}={raw!r} is invalid: expected a whole number of at least {minimum}",
                    )
                )
            return value

        return cls(
            database_url=database_url or env.get(DB_ENV) or default_database_url(env),
            token_idle_days=number("TOKEN_IDLE_DAYS", 90),
            login_max_failures=number("LOGIN_MAX_FAILURES", 5),
            login_window_minutes=number("LOGIN_WINDOW_MINUTES", 15),
            scan_target=number("SCAN_TARGET", PROGRAMME_SCANS),
            trajectory_target=number("TRAJECTORY_TARGET", PROGRAMME_TRAJECTORIES),
            voucher_budget_cents=number("VOUCHER_BUDGET_EUR", PROGRAMME_TRAJECTORIES * VOUCHER_LIMIT_CENTS // 100) * 100,
            max_upload_bytes=number("MAX_UPLOAD_MB", 25) * 1024 * 1024,
        )
