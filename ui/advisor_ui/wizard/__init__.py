"""The scan wizard: intake, one dimension a page, review; keyboard-first and autosaved."""
