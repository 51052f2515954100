"""Screens and dialogs: layout and display; the logic they trigger lives in ``controllers``."""
