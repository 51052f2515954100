"""Is the server there? One quick, token-free question, for the desktop's online/offline light.

The probe asks ``GET /api/v1/info`` once, with a short timeout and no retries: a
status light that waits for a long connect timeout and five backoffs says
"online" long after the network went. It never raises; an unreachable, untrusted
or foreign server is simply not online.
"""

from __future__ import annotations

import requests

from ..protocol.messages import ServerInfo
from .errors import SyncError
from .http import ApiClient, RetryPolicy, Timeouts
from .start import normalise_server_url

PROBE_TIMEOUTS = Timeouts(connect=3.0, read=5.0)
ONE_TRY = RetryPolicy(attempts=1)


def server_reachable(server_url: str, *, ca_bundle: str | None = None, timeouts: Timeouts = PROBE_TIMEOUTS) -> bool:
    """True when a Basisscan server answers at ``server_url`` (its info page), else False."""
    try:
        api = ApiClient(normalise_server_url(server_url), ca_bundle=ca_bundle, timeouts=timeouts, retry=ONE_TRY)
    except SyncError:
        return False
    try:
        api.get("/info", ServerInfo)
    except (SyncError, requests.RequestException):
        return False
    finally:
        api.close()
    return True
