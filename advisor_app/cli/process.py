"""The cyclic garbage collector in a process that runs one command and ends.

``advisor-app report`` imports the store, the records, pydantic and reportlab: some 150,000 objects
that live until the process ends, in no cycle that could be collected. With the collector's defaults (a
look at the young objects every 700 allocations, and at all of them every hundredth time) the command
collected 273 times, twice walking every object of the process, and the interpreter walked them all once
more at its exit: about a third of the command's CPU (``gc.callbacks`` and py-spy, 10,000 scans). A
process that runs one command therefore looks at its young objects every 50,000 allocations (cycles made
by a long command, such as a demo's sessions, are still collected), and at its exit leaves its objects to
the operating system (``gc.freeze`` in an ``atexit`` handler; the other handlers still run, so files
are closed and logs flushed as always). The desktop app and a caller that passes its own arguments (tests, a
host process) keep the collector as they set it.
"""

from __future__ import annotations

import atexit
import gc

YOUNG_THRESHOLD = 50_000
"""Allocations between two looks at the young objects (CPython's default: 700)."""

_tuned = False


def tune_for_one_command() -> None:
    """For this process's own command line only: it imports much, works briefly and ends."""
    global _tuned  # noqa: PLW0603 - one process, one command line
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    atexit.register(gc.freeze)  # runs before the interpreter's last collection, which then walks nothing
    _tuned = True


def work_done() -> None:
    """The command's work is done and what still lives lives to the end: no collection needs to walk it again.

    For a command that held the collector off while it worked (``report``): the modules it imported meanwhile
    (reportlab's, the fonts) would otherwise be walked at the first allocation after, some 70,000 objects,
    to find nothing. Only in a process tuned for one command, as the ``atexit`` handler above.
    """
    if _tuned:
        gc.freeze()
