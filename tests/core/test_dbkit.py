"""The database kit the device and the server share: moments, SQLite transactions, the Alembic runner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Engine, Integer, MetaData, Table, create_engine, insert, select

from advisor_app.dbkit import migrations
from advisor_app.dbkit.sqlite_setup import durable_pragmas, set_up_sqlite
from advisor_app.dbkit.types import UTCDateTime
from advisor_app.store.database import MIGRATIONS

MOMENTS = Table("moments", MetaData(), Column("id", Integer, primary_key=True), Column("at", UTCDateTime()))


@pytest.fixture(scope="module")
def moments_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('moments') / 'm.sqlite3'}")
    set_up_sqlite(engine, durable_pragmas(busy_timeout_ms=1000))
    MOMENTS.metadata.create_all(engine)
    yield engine
    engine.dispose()


@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2199, 12, 31)),
    offset_minutes=st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_a_moment_written_in_any_zone_reads_back_as_the_same_instant_in_utc(
    moments_engine: Engine, moment: datetime, offset_minutes: int
) -> None:
    written = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    with moments_engine.begin() as connection:
        key = connection.execute(insert(MOMENTS).values(at=written).returning(MOMENTS.c.id)).scalar_one()
        read = connection.execute(select(MOMENTS.c.at).where(MOMENTS.c.id == key)).scalar_one()
    assert read == written
    assert read.tzinfo is UTC


def test_a_naive_moment_is_refused_rather_than_guessed(moments_engine: Engine) -> None:
    with pytest.raises(Exception, match="naive datetime"), moments_engine.begin() as connection:
        connection.execute(insert(MOMENTS).values(at=datetime(2026, 1, 1)))


def test_an_upgrade_that_leaves_a_reference_dangling_is_refused_whole(tmp_path: Path) -> None:
    scripts = tmp_path / "scripts"
    (scripts / "versions").mkdir(parents=True)
    (scripts / "env.py").write_text(
        "from alembic import context\n"
        "connection = context.config.attributes['connection']\n"
        "context.configure(connection=connection, target_metadata=None)\n"
        "with context.begin_transaction():\n"
        "    context.run_migrations()\n"
    )
    (scripts / "script.py.mako").write_text("")
    (scripts / "versions" / "0001_dangling.py").write_text(
        "from alembic import op\n"
        "revision = '0001'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.execute('CREATE TABLE parent (id INTEGER PRIMARY KEY)')\n"
        "    op.execute('CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))')\n"
        "    op.execute('INSERT INTO child (id, parent_id) VALUES (1, 99)')\n"
    )
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    set_up_sqlite(engine, durable_pragmas(busy_timeout_ms=1000))
    with pytest.raises(migrations.MigrationError, match="child"):
        migrations.upgrade_to_head(engine, scripts)
    with engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "child" not in tables, "nothing of the refused upgrade is kept"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1, "foreign keys are on again"
    engine.dispose()
    assert migrations.head_revision(MIGRATIONS) in migrations.known_revisions(MIGRATIONS)
