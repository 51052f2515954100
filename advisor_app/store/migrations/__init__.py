"""Alembic migrations of the local store; run by ``store.database`` at start-up."""
