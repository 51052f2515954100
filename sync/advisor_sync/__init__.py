"""Sync between the advisor app and the central server."""
