"""Walking a definition's raw JSON and noting every fault on the way, instead of stopping at the first.

A coordinator who uploads a file with five mistakes should see five lines, not fix one and upload
again four times. So a reader records a fault (file, place, reason) and gives up only on the part it
is in: a broken item is left out, its siblings are still read. ``Skip`` carries that giving up to the
nearest ``part`` or ``Collector``; nothing outside this family of modules sees it.

A required field that is missing is recorded once, by ``obj``, which hands it on as ``MISSING``; every
reader skips ``MISSING`` silently, so no fault is named twice.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from types import TracebackType
from typing import Any, TypeVar, cast

from . import questionnaire_faults as faults
from .errors import QuestionnaireError
from .text import LANGUAGES, Text

T = TypeVar("T")
MISSING: Any = object()
"""A required field that was absent (and reported as such)."""


class Skip(Exception):  # noqa: N818 - not an error: "this part has been reported, leave it out"
    """The current part has a fault on record; the reader goes on with the next one."""


class Reader:
    """The faults of one file so far, and the readers of the shapes a definition is made of."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.faults: list[QuestionnaireError] = []

    def fail(self, where: str | Text, reason: Text) -> Skip:
        """Record a fault; the caller raises what this returns to leave the part out."""
        self.faults.append(QuestionnaireError(self.source, where, reason))
        return Skip()

    def note(self, where: str | Text, reason: Text) -> None:
        """Record a fault that does not stop the reading of the part (an unknown field, a duplicate id)."""
        self.faults.append(QuestionnaireError(self.source, where, reason))

    def part(self, read: Callable[[], T]) -> T | None:
        """``read()``, or ``None`` when the part it reads had a fault (on record)."""
        try:
            return read()
        except Skip:
            return None

    def parts(self, read: Callable[[int, Any], T], values: list[Any]) -> tuple[T, ...]:
        """Each element read on its own: a broken one is left out, the others are still checked."""
        found = (self.part(partial(read, index, value)) for index, value in enumerate(values))
        return tuple(part for part in found if part is not None)

    # -- shapes ------------------------------------------------------------------------------------

    def obj(
        self, value: Any, where: str | Text, required: set[str], optional: frozenset[str] | None = frozenset()
    ) -> dict[str, Any]:
        """An object with ``required`` keys; ``optional`` names the others allowed (``None``: any).

        Every missing and every unknown field is recorded; the missing ones come back as ``MISSING``.
        """
        if value is MISSING:
            raise Skip
        if not isinstance(value, dict):
            raise self.fail(where, faults.not_an_object())
        missing = sorted(required - value.keys())
        for name in missing:
            self.note(where, faults.missing_field(name))
        for name in [] if optional is None else sorted(value.keys() - required - optional):
            self.note(where, faults.unknown_field(name))
        return {**value, **dict.fromkeys(missing, MISSING)}

    def string(self, value: Any, where: str) -> str:
        if value is MISSING:
            raise Skip
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, faults.not_a_text())
        return value

    def text(self, value: Any, where: str) -> Text:
        raw = self.obj(value, where, set(LANGUAGES))
        with Collector(self) as take:
            texts = {lang: take(partial(self.string, raw[lang], f"{where}.{lang}")) for lang in LANGUAGES}
        return Text(**texts)

    def choice(self, value: Any, where: str, allowed: tuple[str, ...]) -> str:
        if value is MISSING:
            raise Skip
        if value not in allowed:
            raise self.fail(where, faults.not_one_of(value, allowed))
        return str(value)

    def texts_by_key(self, value: Any, where: str, keys: tuple[str, ...]) -> dict[str, Text]:
        raw = self.obj(value, where, set(keys))
        with Collector(self) as take:
            return {key: take(partial(self.text, raw[key], f"{where}.{key}")) for key in keys}

    def array(self, value: Any, where: str) -> list[Any]:
        if value is MISSING:
            raise Skip
        if not isinstance(value, list) or not value:
            raise self.fail(where, faults.not_a_list())
        return value

    def boolean(self, value: Any, where: str) -> bool:
        if value is MISSING:
            raise Skip
        if not isinstance(value, bool):
            raise self.fail(where, faults.not_a_boolean())
        return value


class Collector:
    """Reads the fields of one part, each on its own; at the end the part is left out if any had a fault.

    ``take(read)`` returns what ``read()`` returns, or a placeholder when that field had a fault; the
    block's end then raises ``Skip``, so a placeholder never leaves the block in a record.
    """

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.start = len(reader.faults)
        self.skipped = False

    def __call__(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except Skip:
            self.skipped = True
            return cast(T, MISSING)

    def __enter__(self) -> Collector:
        self.start = len(self.reader.faults)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None) -> None:
        if kind is None and (self.skipped or len(self.reader.faults) > self.start):
            raise Skip
