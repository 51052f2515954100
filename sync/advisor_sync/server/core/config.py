"""Server settings: ``BASISSCAN_SERVER_*`` environment variables and an optional ``.env`` file.

Every setting has a sensible default, so ``advisor-server serve`` works out of the box on a SQLite
file; production points ``BASISSCAN_SERVER_DB`` at PostgreSQL. pydantic-settings reads and checks
them; a malformed value stops the start with one plain line naming the variable. The environment
wins over the ``.env`` file (``./.env``, or the file ``BASISSCAN_SERVER_ENV_FILE`` names), so a
systemd ``EnvironmentFile=`` and a ``.env`` next to a development checkout both work.
docs/server.md lists every setting; a test keeps that table and this class in step.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from platformdirs import user_data_path
from pydantic import AliasChoices, Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from advisor_app.domain.rules import VOUCHER_LIMIT_CENTS
from advisor_app.domain.text import Text

from .errors import ConfigError

PREFIX = "BASISSCAN_SERVER_"
DB_ENV = f"{PREFIX}DB"
DATA_DIR_ENV = f"{PREFIX}DATA_DIR"
ENV_FILE_ENV = f"{PREFIX}ENV_FILE"
APP_NAME = "Basisscan Server"
DATABASE_FILE = "server.sqlite3"
PROGRAMME_SCANS = 300
PROGRAMME_TRAJECTORIES = 300
MEGABYTE = 1024 * 1024

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LOG_LEVELS: tuple[str, ...] = get_args(LogLevel)


def default_database_url(data_dir: Path | None = None) -> str:
    """A SQLite file in the server's data folder (``$BASISSCAN_SERVER_DATA_DIR`` or the platform's)."""
    folder = data_dir.expanduser() if data_dir else user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DATABASE_FILE}"


class Settings(BaseSettings):
    """The server's settings; construct with keywords in code, or :meth:`from_env` at the edges."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        frozen=True,
        populate_by_name=True,
    )

    data_dir: Path | None = None
    """Folder of the default SQLite database."""
    database_url: str = Field(
        default="", validation_alias=AliasChoices("database_url", DB_ENV, f"{PREFIX}DATABASE_URL"), validate_default=True
    )
    """``sqlite:///PATH`` or ``postgresql+psycopg://user@host/db``; default: a SQLite file in the data folder."""
    token_idle_days: int = Field(default=90, ge=1)
    """A device token expires after this many days without use (sliding)."""
    login_max_failures: int = Field(default=5, ge=1)
    """Failed logins per user name (and 4x that per client address) within the window before 429."""
    login_window_minutes: int = Field(default=15, ge=1)
    scan_target: int = Field(default=PROGRAMME_SCANS, ge=1)
    trajectory_target: int = Field(default=PROGRAMME_TRAJECTORIES, ge=1)
    voucher_budget_eur: int = Field(default=PROGRAMME_TRAJECTORIES * VOUCHER_LIMIT_CENTS // 100, ge=1)
    max_upload_mb: int = Field(default=25, ge=1)
    """The largest file (a PDF report) a device may upload."""
    max_body_mb: int = Field(default=32, ge=1)
    """The largest request body of any kind; larger ones get 413 before they are read."""
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias=AliasChoices("trusted_proxies", f"{PREFIX}TRUSTED_PROXIES", "FORWARDED_ALLOW_IPS")
    )
    """Addresses or networks of reverse proxies whose X-Forwarded-For / -Proto are believed; none by default."""
    log_level: LogLevel = "INFO"
    """Level of the server's log (JSON lines on stdout)."""
    access_log: bool = True
    """One log line per request with method, path, status, duration and request id."""
    push_timing: bool = False
    """One log line per push with its time and the part of it under the change counter's lock (benchmarks)."""

    @field_validator("database_url", mode="after")
    @classmethod
    def _default_database(cls, value: str, info: ValidationInfo) -> str:
        return value.strip() or default_database_url(info.data.get("data_dir"))

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @property
    def voucher_budget_cents(self) -> int:
        return self.voucher_budget_eur * 100

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * MEGABYTE

    @property
    def max_body_bytes(self) -> int:
        return self.max_body_mb * MEGABYTE

    @classmethod
    def from_env(cls, database_url: str | None = None, env_file: str | os.PathLike[str] | None = None) -> Settings:
        """The settings from the environment and the ``.env`` file; ``database_url`` (``--db``) wins over both.

        A malformed value is a :class:`ConfigError` that names the variable and what it expects.
        """
        chosen_file = env_file or os.environ.get(ENV_FILE_ENV) or ".env"
        if (env_file or os.environ.get(ENV_FILE_ENV)) and not Path(chosen_file).is_file():
            raise ConfigError(
                Text(f"Het instellingenbestand {chosen_file} bestaat niet", f"The settings file {chosen_file} does not exist")
            )
        overrides: dict[str, Any] = {"database_url": database_url} if database_url else {}
        try:
            return cls(_env_file=chosen_file, **overrides)  # type: ignore[call-arg]
        except ValidationError as exc:
            raise ConfigError(_plain(exc)) from None


def setting_names() -> dict[str, str]:
    """Field name -> the environment variable an operator sets (the first one where there are aliases)."""
    names = {}
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names[name] = str(alias.choices[1]) if isinstance(alias, AliasChoices) else PREFIX + name.upper()
    return names


def _plain(exc: ValidationError) -> Text:
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else "?"
    field = next((name for name, variable in setting_names().items() if variable == field), field)
    variable = setting_names().get(field, field.upper())
    shown = f"{variable}={error.get('input')!r}"
    metadata = Settings.model_fields[field].metadata if field in Settings.model_fields else []
    minimum = next((getattr(rule, "ge", None) for rule in metadata if getattr(rule, "ge", None) is not None), None)
    if error["type"] in ("int_parsing", "int_from_float", "greater_than_equal") and minimum is not None:
        return Text(
            f"{shown} is ongeldig: verwacht een geheel getal van minstens {minimum}",
            f"{shown} is invalid: expected a whole number of at least {minimum}",
        )
    if error["type"] == "bool_parsing":
        return Text(f"{shown} is ongeldig: verwacht true of false", f"{shown} is invalid: expected true or false")
    if error["type"] == "literal_error":
        choices = ", ".join(LOG_LEVELS)
        return Text(f"{shown} is ongeldig: kies uit {choices}", f"{shown} is invalid: choose one of {choices}")
    return Text(f"{shown} is ongeldig: {error['msg']}", f"{shown} is invalid: {error['msg']}")
