"""The Alembic runner of the device and the server: both migrate on a connection they open themselves.

Neither side has an ``alembic.ini``: the migration scripts' folder is the configuration, and
``env.py`` takes the connection from ``config.attributes["connection"]``. Alembic itself is
imported only when a migration is looked at or run, since an up-to-date start needs none of it.

On SQLite an upgrade runs with foreign keys switched off, as SQLite's documentation prescribes for
schema changes: Alembic changes a column by copying the table and dropping the old one, and with
foreign keys on, that drop would delete (``ON DELETE CASCADE``) or refuse the rows that refer to
it. Before the upgrade commits, ``PRAGMA foreign_key_check`` must find every reference whole, or
nothing of it is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from ..domain.errors import BasisscanError
from ..domain.text import Text

if TYPE_CHECKING:
    from alembic.config import Config


class MigrationError(BasisscanError):
    """A migration would leave the database inconsistent; nothing of it was kept."""


def alembic_config(scripts: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts))
    return config


def head_revision(scripts: Path) -> str:
    """The newest revision as Alembic computes it from the migration files."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(scripts)).get_current_head()
    assert head is not None
    return head


def known_revisions(scripts: Path) -> set[str]:
    """Every revision of this release's history: a database at any other was written by a newer release."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config(scripts)).walk_revisions()}


def upgrade_to_head(engine: Engine, scripts: Path) -> None:
    """Migrate the database to the newest revision in one transaction (raises SQLAlchemy's errors as they come)."""
    from alembic import command

    config = alembic_config(scripts)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            _pragma(connection, "PRAGMA foreign_keys=OFF")  # outside a transaction, where SQLite honours it
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        table, row, parent = broken[0][0], broken[0][1], broken[0][2]
                        raise MigrationError(
                            Text(
                                f"De schema-update laat {len(broken)} verwijzing(en) open (tabel {table}, rij {row} "
                                f"naar {parent}); er is niets gewijzigd",
                                f"The schema upgrade leaves {len(broken)} reference(s) dangling (table {table}, row {row} "
                                f"to {parent}); nothing was changed",
                            )
                        )
        finally:
            if sqlite:
                _pragma(connection, "PRAGMA foreign_keys=ON")


def _pragma(connection: Connection, pragma: str) -> None:
    """Run a pragma on the driver's connection, past SQLAlchemy, which would begin a transaction first."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(pragma)
    finally:
        cursor.close()
