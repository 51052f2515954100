"""The server's own check against demo data: a company with a demo KvK number (00xxxxxx) is refused."""

from __future__ import annotations

import uuid

from .live import Api
from .records import change, company, pushed


def test_a_company_with_a_demo_kvk_number_is_refused_and_a_real_one_accepted(alice: Api) -> None:
    """The second line of defence: an old app, or a demo file whose mark was removed, still cannot upload the demo."""
    real, demo = uuid.uuid4(), uuid.uuid4()
    results = pushed(
        alice,
        change("company", real, company("30123456")),
        change("company", demo, company("00482913", name="Bouwbedrijf Demo B.V.")),
    )
    assert [r["status"] for r in results] == ["accepted", "rejected"]
    assert results[1]["field"] == "kvk"
    assert "belongs to demo data" in results[1]["reason"]
