"""The HTTP API under ``/api/v1``: routes and their dependencies."""
