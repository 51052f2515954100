"""Database helpers both SQLAlchemy stores use (the device's and the server's); nothing of ours but the domain."""
