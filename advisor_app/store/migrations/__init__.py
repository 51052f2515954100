"""Alembic migrations of the local store; run by ``store.database`` at start-up.

``HEAD`` names the newest revision so that a start with an up-to-date database
never has to import Alembic (a fifth of the start-up time); a test keeps it
equal to what Alembic computes from ``versions/``.
"""

HEAD = "0012"
