"""The cyclic garbage collector held off while acyclic objects are built by the ten thousand."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many builds are under way (on any thread), and whether the collector ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.was_enabled = False


_PAUSE = _Pause()


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector off while many objects are built at once, and back as it was after the last build ends.

    A listing (``services.scan_listing``) or the benchmark groups' inputs (``services.benchmarks``) make
    some 100,000 objects, none of them in a cycle; each few hundred made, the collector looked at the
    young ones, and now and then walked every object of the process (a tenth of ``scans list``, a third
    of reading the kept inputs back in a process that opened the workspace). Counted, so builds on two
    threads at once leave it as they found it.
    """
    with _PAUSE.lock:
        if _PAUSE.count == 0:
            _PAUSE.was_enabled = gc.isenabled()
            gc.disable()
        _PAUSE.count += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.count -= 1
            if _PAUSE.count == 0 and _PAUSE.was_enabled:
                gc.enable()
