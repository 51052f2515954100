"""Alembic migrations of the server's database; run by ``advisor-server migrate``."""
