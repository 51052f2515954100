"""The Qt-free sync client: HTTP, credentials, sync engine."""
