"""One file per schema revision; never edit a published one, add a new one."""
