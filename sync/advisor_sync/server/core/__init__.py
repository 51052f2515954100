"""Settings, database, security and errors: what every part of the server stands on."""
