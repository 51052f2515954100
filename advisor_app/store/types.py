"""The store's column types: the moment type it shares with the server (:mod:`advisor_app.dbkit.types`)."""

from __future__ import annotations

from ..dbkit.types import UTCDateTime, utcnow

__all__ = ["UTCDateTime", "utcnow"]
