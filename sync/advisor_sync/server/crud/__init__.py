"""Plain reads and writes of users, devices and the audit log."""
