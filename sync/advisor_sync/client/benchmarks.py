"""The server's benchmark sets, kept in the workspace's cache only where they differ from it.

Its own module because it is its own job with its own state: a pull page may carry the sets, and a sync
that stored them keeps their digest (``benchmarks_digest`` in the sync state) so that the next sync with
the same sets neither reads the cache nor writes it. The engine only passes the pages through and saves
the digest with ``last_sync_at``, after a whole sync.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from advisor_app.domain.scoring import BenchmarkGroup

from ..protocol.messages import PullResponse

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace


def keep_benchmarks(workspace: Workspace, page: PullResponse, last_digest: str | None) -> str | None:
    """Store the server's benchmark sets where they differ from the cache; the same sets as last time are not read.

    ``last_digest`` is the digest stored after the last whole sync with this server (``None`` when there was
    none, or when the server changed): until then, and whenever the sets change on the server, each set is
    compared with the cache. Returns the digest of what was stored, ``None`` when nothing was looked at.
    """
    if page.benchmarks is None:
        return None
    digest = hashlib.sha256(b"\n".join(benchmark.model_dump_json().encode() for benchmark in page.benchmarks)).hexdigest()
    if digest == last_digest:
        return None
    kept = workspace.benchmarks
    for benchmark in page.benchmarks:
        groups = [
            BenchmarkGroup(group.key, group.n, dict(group.means), group.sii, dict(group.counts)) for group in benchmark.groups
        ]
        if kept.cached(benchmark.questionnaire_version) != {group.key: group for group in groups}:  # else no write
            kept.store_from_server(benchmark.questionnaire_version, groups)
    return digest
