"""Logic behind the screens: calls into the core, background work, state the views show."""
