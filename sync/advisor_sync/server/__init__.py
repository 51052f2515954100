"""The central server (FastAPI)."""
