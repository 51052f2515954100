"""Field types of the wire format beyond the domain's records.

The records' own field types (bounded texts, moments, counts) live in
:mod:`advisor_app.domain.fields`, so the wire, the device's columns and the server's columns
share one set of sizes; this module adds what only the protocol needs: server versions.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictInt

from advisor_app.domain.fields import Count, Flag, Moment, Name, ShortText

VERSION_MAX = 2**62
Version = Annotated[StrictInt, Field(ge=0, le=VERSION_MAX)]

__all__ = ["VERSION_MAX", "Count", "Flag", "Moment", "Name", "ShortText", "Version"]
