"""PostgreSQL roles: an owner role owns the tables and migrates; the app role serves and may only add to the audit log.

The app role (the one in ``serve``'s database URL) reads and writes the
records but holds only SELECT and INSERT on ``audit_log`` and SELECT on
``alembic_version``: it cannot rewrite, delete or truncate audit rows, drop
the table or set its triggers aside, whatever a flaw in the server lets an
attacker run. Only the owner can, and the owner's password is used for
``migrate`` alone. The SQL is printed for a database administrator to read,
or applied with ``advisor-server setup-roles --apply`` by a superuser; it is
idempotent, so it can be run again after an upgrade.

New tables that later migrations create reach the app role by the owner's
default privileges; migration 0003 takes UPDATE, DELETE and TRUNCATE on the
audit table away from every role but its owner, so the order (roles first or
migrations first) does not matter.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

from advisor_app.domain.text import Text

from .core.errors import ConfigError
from .models import AuditEntry, Base

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DEFAULT_OWNER = "basisscan_owner"
DEFAULT_APP = "basisscan_app"
DEFAULT_SCHEMA = "public"
MIGRATIONS_TABLE = "alembic_version"
APP_TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE"
AUDIT_WITHHELD = "UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"


def _checked(name: str) -> str:
    """Plain lower-case names only, so the SQL needs no quoting and reads as the operator typed it."""
    if not ROLE_NAME.match(name):
        raise ConfigError(
            Text(
                f"'{name}' is geen bruikbare naam: kleine letters, cijfers en _ (hoogstens 63)",
                f"'{name}' cannot be used as a name: lower-case letters, digits and _ (63 at most)",
            )
        )
    return name


def _create_role(name: str) -> str:
    exists = f"SELECT FROM pg_roles WHERE rolname = '{name}'"
    return f"DO $$ BEGIN IF NOT EXISTS ({exists}) THEN CREATE ROLE {name} LOGIN; END IF; END $$"


def _if_table(table: str, statement: str) -> str:
    return f"DO $$ BEGIN IF to_regclass('{table}') IS NOT NULL THEN {statement}; END IF; END $$"


def setup_sql(owner: str = DEFAULT_OWNER, app: str = DEFAULT_APP, schema: str = DEFAULT_SCHEMA) -> list[str]:
    """The statements, in order; run them as a superuser (or the database's owner holding both roles)."""
    owner, app, schema = _checked(owner), _checked(app), _checked(schema)
    if owner == app:
        raise ConfigError(
            Text("De eigenaar en de app hebben elk een eigen rol nodig", "The owner and the app each need a role of their own")
        )
    tables = [table.name for table in Base.metadata.sorted_tables] + [MIGRATIONS_TABLE]
    return [
        _create_role(owner),
        _create_role(app),
        f"CREATE SCHEMA IF NOT EXISTS {schema} AUTHORIZATION {owner}",
        # The owner of a database's schema may drop any table in it: that must not be the app role (createdb --owner).
        f"DO $$ BEGIN IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) = '{app}' "
        f"THEN EXECUTE format('ALTER DATABASE %I OWNER TO {owner}', current_database()); END IF; END $$",
        f"DO $$ BEGIN IF (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '{schema}') = '{app}' "
        f"THEN ALTER SCHEMA {schema} OWNER TO {owner}; END IF; END $$",
        f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {owner}",
        # Tables made by an earlier setup (the app role may own them): the owner takes them over, with their sequences.
        *(f"ALTER TABLE IF EXISTS {schema}.{table} OWNER TO {owner}" for table in tables),
        f"DO $$ BEGIN IF to_regprocedure('{schema}.audit_log_append_only()') IS NOT NULL THEN "
        f"ALTER FUNCTION {schema}.audit_log_append_only() OWNER TO {owner}; END IF; END $$",
        *grants_sql(owner, app, schema),
    ]


def grants_sql(owner: str, app: str, schema: str = DEFAULT_SCHEMA) -> list[str]:
    """The app role's privileges on the owner's tables, the audit log's withheld: what the owner itself may run.

    ``setup_sql`` ends with these; ``restore`` runs them again as the role that restored (and so owns) the
    tables, because a backup carries no grants (``backups``).
    """
    owner, app, schema = _checked(owner), _checked(app), _checked(schema)
    audit_table = f"{schema}.{AuditEntry.__tablename__}"
    migrations_table = f"{schema}.{MIGRATIONS_TABLE}"
    return [
        f"GRANT USAGE ON SCHEMA {schema} TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} GRANT {APP_TABLE_PRIVILEGES} ON TABLES TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {app}",
        f"GRANT {APP_TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA {schema} TO {app}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {app}",
        _if_table(audit_table, f"REVOKE {AUDIT_WITHHELD} ON {audit_table} FROM {app}, PUBLIC"),
        _if_table(migrations_table, f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {migrations_table} FROM {app}"),
    ]


def app_roles_of(connection: Connection, schema: str) -> list[str]:
    """The roles other than the connected one that may add to the audit log: the app roles a restore re-grants."""
    rows = connection.execute(
        text(
            "SELECT DISTINCT r.rolname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(c.relacl) AS a JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE n.nspname = :schema AND c.relname = :table AND a.privilege_type = 'INSERT' "
            "AND r.rolname <> current_user ORDER BY 1"
        ),
        {"schema": schema, "table": AuditEntry.__tablename__},
    )
    return [str(name) for name in rows.scalars()]


def role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first() is not None


def apply(engine: Engine, statements: list[str]) -> None:
    """One transaction: all of it or nothing."""
    if engine.dialect.name != "postgresql":
        raise ConfigError(
            Text(
                "Rollen bestaan alleen in PostgreSQL; bij SQLite beschermen de bestandsrechten de database",
                "Roles exist only in PostgreSQL; with SQLite the file's permissions guard the database",
            )
        )
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
