"""The server's benchmark members read from scratch: every current completed scan scored in full now.

Tests hold what a pull carries (kept results, a device's own company left out) to the groups built from
these, so they share one reading of the server's records instead of two copies.
"""

from __future__ import annotations

from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.services.benchmarks import current_completed_scans, score

from advisor_app.domain.benchmarks import Member
from advisor_app.domain.questionnaire import shipped_questionnaires


def members_from_scratch(database_url: str) -> list[Member]:
    """One member per current completed scan that has a result, as the server's groups count them."""
    questionnaires = {q.key: q for q in shipped_questionnaires().values()}
    engine = make_engine(database_url)
    try:
        with session_factory(engine)() as session:
            return [
                Member(str(company.id), company.sector, scan.completed_at or scan.started_at, str(scan.id), result)
                for scan, company in current_completed_scans(session)
                if (result := score(scan, questionnaires)) is not None
            ]
    finally:
        engine.dispose()
