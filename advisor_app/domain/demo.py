"""How demo data is told apart from real data, on the device and on the server alike.

The demo generator gives its companies KvK numbers that begin with ``00``,
and the server refuses a company with such a number: a cheap second line of
defence behind the device, which never syncs a demo workspace at all (see
docs/architecture.md). As far as we know the Chamber of Commerce has never
handed out a number beginning with 00 (the old regional numbers began with a
chamber code of 01 and up); should a real company ever have one, the refusal
says why in plain words, so it cannot pass unnoticed.
"""

from __future__ import annotations

from .errors import ValidationError
from .text import Text

DEMO_KVK_PREFIX = "00"
DEMO_KVK_RANGE = range(0, 1_000_000)
"""The numbers after the prefix: demo KvK numbers run from 00000000 to 00999999."""


def is_demo_kvk(kvk: str) -> bool:
    return len(kvk) == 8 and kvk.startswith(DEMO_KVK_PREFIX)


def demo_kvk(number: int) -> str:
    """The demo KvK number ``number`` (0 to 999 999)."""
    if number not in DEMO_KVK_RANGE:
        raise ValueError(f"demo KvK numbers run from 0 to {DEMO_KVK_RANGE.stop - 1}, not {number}")
    return f"{DEMO_KVK_PREFIX}{number:06d}"


def refuse_demo_kvk(kvk: str) -> str:
    """A real record may not carry a demo KvK number; the message says why and what to do."""
    if is_demo_kvk(kvk):
        raise ValidationError(
            "kvk",
            Text(
                f"KvK-nummer {kvk} hoort bij demodata (demonummers beginnen met {DEMO_KVK_PREFIX}); "
                "demodata gaat nooit naar de server van het programma",
                f"KvK number {kvk} belongs to demo data (demo numbers begin with {DEMO_KVK_PREFIX}); "
                "demo data never goes to the programme's server",
            ),
        )
    return kvk


SYNC_OFF_IN_DEMO = Text(
    "Dit is een demo: demodata gaat nooit naar de server van het programma, dus synchroniseren staat uit. "
    "Voor je eigen gegevens kies je 'Demo verlaten' onder in het venster, of op de opdrachtregel --data-dir met een lege map.",
    "This is a demo: demo data never goes to the programme's server, so syncing is switched off. "
    "For your own data choose 'Leave demo' at the bottom of the window, or an empty folder with --data-dir on the command line.",
)
"""Why a demo workspace does not sync, and how to get a real one; the sync client and the Sync page show it."""
