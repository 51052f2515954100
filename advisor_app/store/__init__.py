"""The device's local store: one SQLite file, opened and migrated in one place."""
