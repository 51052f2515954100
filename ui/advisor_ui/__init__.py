"""The desktop UI (PySide6)."""
