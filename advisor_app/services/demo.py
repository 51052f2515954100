"""Realistic, deterministic demo data across the six target sectors.

The same seed gives the same companies, answers and ids, so screenshots,
benchmarks and bug reports can be reproduced. Companies whose KvK number is
already on the device are skipped, so running it twice adds nothing twice.

Two ways in. :func:`fill_demo_workspace` is what a user gets (the ``demo``
command, the first run's checkbox): it marks the data folder as a demo, which
is never synced, and its rows are no pending changes and carry demo KvK
numbers (``domain.demo``), which the server refuses. :func:`generate_demo`
makes the same kind of records as if an advisor had typed them in an ordinary
workspace (real-looking KvK numbers, pending changes): the sync tests and
benchmarks push those to a test server.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.demo import DEMO_KVK_RANGE, demo_kvk
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import score_scan
from ..domain.sectors import TARGET_SECTORS
from ..domain.text import Text
from ..errors import StateError
from ..store.models import Answer, Company, Plan, PlanAction, Scan, SyncState, Voucher
from ..store.settings import DEMO_KIND, KIND_KEY, get_setting, set_setting

if TYPE_CHECKING:
    from ..workspace import Workspace

MUNICIPALITIES = (
    "Utrecht",
    "Amersfoort",
    "Nieuwegein",
    "Zeist",
    "Veenendaal",
    "Houten",
    "IJsselstein",
    "Woerden",
    "De Bilt",
    "Soest",
    "Stichtse Vecht",
    "Utrechtse Heuvelrug",
    "Wijk bij Duurstede",
    "Leusden",
    "Bunnik",
    "Montfoort",
    "Lopik",
    "Baarn",
    "Rhenen",
    "De Ronde Venen",
    "Vijfheerenlanden",
    "Eemnes",
)
NAME_PARTS = {
    "construction": (
        ("Bouwbedrijf", "Installatietechniek", "Aannemersbedrijf", "Dakwerken", "Klimaattechniek"),
        ("B.V.", "en Zonen", "Installaties"),
    ),
    "professional_services": (
        ("Uitzendbureau", "Detacheringsbureau", "Adviesbureau", "Administratiekantoor", "Intermediair"),
        ("B.V.", "& Partners", "Groep"),
    ),
    "creative": (("Studio", "Webbureau", "Ontwerpbureau", "Software", "Mediahuis"), ("B.V.", "Collectief", "Lab")),
    "assembly": (
        ("Metaalbewerking", "Constructiebedrijf", "Plaatwerk", "Machinebouw", "Lasbedrijf"),
        ("B.V.", "Techniek", "Industries"),
    ),
    "logistics": (("Transport", "Logistiek", "Groothandel", "Modehuis", "Fietsenwinkel"), ("B.V.", "& Co", "Retail")),
    "health": (
        ("Fysiotherapie", "Thuiszorg", "Tandartspraktijk", "Zorggroep", "Coöperatie Zorg"),
        ("B.V.", "Centrum", "Praktijk"),
    ),
}
FAMILY_NAMES = (
    "De Vries",
    "Jansen",
    "Van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "De Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Van Dijk",
    "Dekker",
    "Brouwer",
    "Van Leeuwen",
    "Dijkstra",
    "Öztürk",
    "El Amrani",
    "Zoë Kramer",
    "Van Rijn",
    "Scholten",
    "Verhoeven",
    "Kuipers",
    "Maas",
    "Verbeek",
    "Postma",
    "Vermeulen",
    "Huisman",
)
FIRST_NAMES = ("Anna", "Mark", "Fatima", "Joost", "Sanne", "Youssef", "Lotte", "Pieter", "Emre", "Zoë", "Daan", "Eva")
ADVISORS = ("Ingrid Willems", "Rob Gerritsen", "Samira Haddou")
SUPPLIERS = ("Hogeschool Utrecht, lectoraat", "TNO Arbeid", "Syntens adviseur", "Bureau Slimmer Werken", "Innovatiehuis Utrecht")
VOUCHER_STATUSES = ("draft", "submitted", "approved", "approved", "completed", "rejected")
PROGRAMME_START = datetime(2025, 9, 1, 8, 30, tzinfo=UTC)


@dataclass(frozen=True)
class DemoSummary:
    companies: int
    scans: int
    drafts: int
    plans: int
    vouchers: int


Row = dict[str, Any]


@dataclass
class _Rows:
    """Rows per table, inserted in bulk: the ORM's unit of work would take seconds for a thousand companies.

    ``pending`` says whether the synced rows count as changes waiting for a push (not in a demo).
    """

    pending: bool = True

    companies: list[Row] = field(default_factory=list)
    scans: list[Row] = field(default_factory=list)
    answers: list[Row] = field(default_factory=list)
    plans: list[Row] = field(default_factory=list)
    actions: list[Row] = field(default_factory=list)
    vouchers: list[Row] = field(default_factory=list)

    def insert_into(self, session: Session) -> None:
        for model, rows in (
            (Company, self.companies),
            (Scan, self.scans),
            (Answer, self.answers),
            (Plan, self.plans),
            (PlanAction, self.actions),
            (Voucher, self.vouchers),
        ):
            if rows:
                synced = model in (Company, Scan, Plan, Voucher)
                session.execute(insert(model), [{**row, "dirty": self.pending} for row in rows] if synced else rows)


class _Maker:
    def __init__(self, questionnaire: Questionnaire, seed: int) -> None:
        self.q = questionnaire
        self.rng = random.Random(seed)
        self.rows = _Rows()

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def moment(self, after: datetime, max_days: int) -> datetime:
        return after + timedelta(days=self.rng.randint(0, max_days), minutes=self.rng.randint(0, 8 * 60))

    def company(self, sector: str, kvk: str) -> Row:
        rng = self.rng
        kinds, suffixes = NAME_PARTS[sector]
        family = rng.choice(FAMILY_NAMES)
        employees = int(min(240, rng.lognormvariate(2.6, 0.9)) + 1)
        contact = f"{rng.choice(FIRST_NAMES)} {family}"
        created = self.moment(PROGRAMME_START, 330)
        consent = rng.random() < 0.9
        return {
            "id": self.uid(),
            "name": f"{rng.choice(kinds)} {family} {rng.choice(suffixes)}",
            "kvk": kvk,
            "sector": sector,
            "employees": employees,
            "size_band": rules.size_band(employees),
            "municipality": rng.choice(MUNICIPALITIES),
            "contact_person": contact,
            "email": f"{contact.split(maxsplit=1)[0].lower()}@{family.lower().replace(' ', '')}.example.nl",
            "phone": f"030-{rng.randint(1000000, 9999999)}",
            "consent": consent,
            "consent_at": created if consent else None,
            "created_by": rng.choice(ADVISORS),
            "created_at": created,
            "updated_at": created,
        }

    def scan(
        self, company: Row, maturity: float, started: datetime, *, complete: bool, advisor: str, follow_up_of: Row | None = None
    ) -> tuple[Row, dict[str, int | None]]:
        """A scan row and its answers; a completed one always has enough scores for an index."""
        rng = self.rng
        scan_id = self.uid()
        offsets = {d.id: rng.gauss(0, 0.55) for d in self.q.dimensions}
        answered_share = 1.0 if complete else rng.uniform(0.2, 0.8)
        spare_na = {d.id: len(d.items) - self.q.min_answered for d in self.q.dimensions}
        given: dict[str, int | None] = {}
        for item in self.q.items():
            if rng.random() > answered_share:
                continue
            score: int | None = None
            note = ""
            if item.allow_na and spare_na[item.dimension_id] > 0 and rng.random() < 0.05:
                spare_na[item.dimension_id] -= 1
            else:
                score = max(1, min(5, round(maturity + offsets[item.dimension_id] + rng.gauss(0, 0.6))))
                note = "Toegelicht met voorbeeld uit de praktijk." if rng.random() < 0.08 else ""
            given[item.id] = score
            self.rows.answers.append(
                {
                    "id": self.uid(),
                    "scan_id": scan_id,
                    "item_id": item.id,
                    "score": score,
                    "not_applicable": score is None,
                    "note": note,
                    "updated_at": started,
                }
            )
        completed_at = started + timedelta(minutes=rng.randint(45, 90)) if complete else None
        scan = {
            "id": scan_id,
            "company_id": company["id"],
            "advisor": advisor,
            "questionnaire_id": self.q.id,
            "questionnaire_version": self.q.version,
            "status": "completed" if complete else "draft",
            "started_at": started,
            "completed_at": completed_at,
            "follow_up_of_id": follow_up_of["id"] if follow_up_of else None,
            "intake": {
                "size_class": company["size_band"],
                "turnover_new_pct": rng.choice((0, 5, 10, 15, 20, 30)),
                "turnover_improved_pct": rng.choice((0, 10, 20, 25, 40)),
                "adoption_speed": max(1, min(5, round(maturity + rng.gauss(0, 0.7)))),
            },
            "ambitions": {d.id: rng.randint(1, 3) for d in self.q.capability_dimensions},
            "summary_notes": "",
            "position": list(given)[-1] if given else "",
            "created_at": started,
            "updated_at": completed_at or started,
        }
        self.rows.scans.append(scan)
        return scan, given

    def plan(self, company: Row, scan: Row, given: dict[str, int | None]) -> Row:
        rng = self.rng
        result = score_scan(self.q, given, scan["ambitions"])
        base = scan["completed_at"] or scan["started_at"]
        plan = {
            "id": self.uid(),
            "company_id": company["id"],
            "scan_id": scan["id"],
            "title": " / ".join(self.q.dimension(p.dimension_id).title.nl for p in result.improvement_areas),
            "next_steps": "Offerte opvragen bij kennisleverancier en voucheraanvraag indienen.",
            "created_at": base,
            "updated_at": base,
        }
        self.rows.plans.append(plan)
        for position, (priority, action) in enumerate((p, a) for p in result.improvement_areas for a in p.actions[:2]):
            self.rows.actions.append(
                {
                    "id": self.uid(),
                    "plan_id": plan["id"],
                    "position": position,
                    "dimension_id": priority.dimension_id,
                    "description": action.nl,
                    "owner": company["contact_person"],
                    "due_date": (base + timedelta(days=rng.randint(30, 180))).date(),
                    "status": rng.choice(("open", "open", "in_progress", "done")),
                }
            )
        return plan

    def voucher(self, company: Row, plan: Row) -> None:
        rng = self.rng
        amount = rng.randrange(1500_00, rules.VOUCHER_LIMIT_CENTS + 1, 250_00)
        status = rng.choice(VOUCHER_STATUSES)
        self.rows.vouchers.append(
            {
                "id": self.uid(),
                "company_id": company["id"],
                "plan_id": plan["id"],
                "amount_cents": amount,
                "own_contribution_cents": amount // 3 // 100 * 100,
                "supplier": rng.choice(SUPPLIERS),
                "deliverables": "Begeleiding van twee workshops en een verbeterplan.",
                "status": status,
                "status_changed_at": plan["created_at"] if status != "draft" else None,
                "created_at": plan["created_at"],
                "updated_at": plan["created_at"],
            }
        )


def generate_demo(workspace: Workspace, companies: int, seed: int) -> DemoSummary:
    """Demo-like records as pending changes of an ordinary workspace, for tests and benchmarks that sync them."""
    with workspace.db.session() as session:
        return _generate(session, workspace.questionnaire, companies, seed, demo=False)


def fill_demo_workspace(workspace: Workspace, companies: int, seed: int) -> DemoSummary:
    """Mark the data folder as a demo and fill it; a folder that holds real work is refused and left alone.

    Marking and filling are one transaction, so a folder is never half a demo.
    """
    with workspace.db.session() as session:
        if get_setting(session, KIND_KEY) != DEMO_KIND:
            _refuse_real_work(session, workspace)
            set_setting(session, KIND_KEY, DEMO_KIND)
        summary = _generate(session, workspace.questionnaire, companies, seed, demo=True)
    workspace.is_demo = True
    return summary


def _refuse_real_work(session: Session, workspace: Workspace) -> None:
    companies = session.scalar(select(func.count()).select_from(Company)) or 0
    synced = session.scalar(select(func.count()).select_from(SyncState)) or 0
    if companies or synced:
        raise StateError(
            Text(
                f"{workspace.folder} bevat je eigen gegevens ({companies} bedrijven); demodata komt in een eigen map: "
                "kies met --data-dir een lege map",
                f"{workspace.folder} holds your own data ({companies} companies); demo data goes into a folder of its own: "
                "choose an empty folder with --data-dir",
            )
        )


def _generate(session: Session, questionnaire: Questionnaire, companies: int, seed: int, *, demo: bool) -> DemoSummary:
    """A company already on the device is made as usual and then dropped, so the random stream (and every id) stays the same."""
    maker = _Maker(questionnaire, seed)
    kept = maker.rows
    kept.pending = not demo
    rng = maker.rng
    taken = set(session.scalars(select(Company.kvk)))
    for index in range(companies):
        sector = TARGET_SECTORS[index % len(TARGET_SECTORS)].key
        number = rng.randint(10_000_000, 99_999_999)
        kvk = demo_kvk(number % len(DEMO_KVK_RANGE)) if demo else f"{number}"
        maker.rows = _Rows() if kvk in taken else kept
        taken.add(kvk)
        maturity = min(4.6, max(1.3, rng.gauss(2.9, 0.75)))
        advisor = rng.choice(ADVISORS)
        company = maker.company(sector, kvk)
        first_start = maker.moment(company["created_at"], 20)
        maker.rows.companies.append(company)
        scan, given = maker.scan(company, maturity, first_start, complete=True, advisor=advisor)
        if rng.random() < 0.6:
            plan = maker.plan(company, scan, given)
            if rng.random() < 0.75:
                maker.voucher(company, plan)
        if rng.random() < 0.2:
            follow_up_complete = rng.random() < 0.5
            later = maker.moment(first_start + timedelta(days=90), 30)
            maker.scan(company, min(5.0, maturity + 0.4), later, complete=follow_up_complete, advisor=advisor, follow_up_of=scan)
    kept.insert_into(session)
    return DemoSummary(
        companies=len(kept.companies),
        scans=len(kept.scans),
        drafts=sum(scan["status"] == "draft" for scan in kept.scans),
        plans=len(kept.plans),
        vouchers=len(kept.vouchers),
    )
