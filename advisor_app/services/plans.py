"""Implementation plans: actions drawn from a scan's improvement areas."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import invariants, rules
from ..domain.scoring import ScanResult
from ..domain.text import Text
from ..errors import NotFoundError, ValidationError
from ..store.database import Database
from ..store.models import Plan, PlanAction, Scan
from .questionnaires import QuestionnaireCatalogue
from .scans import facts_of

if TYPE_CHECKING:
    from .views import ActionView, PlanView

PLAN = Text("Plan", "Plan")


def action_view(action: PlanAction) -> ActionView:
    from .views import ActionView  # pydantic with the first view, not with the workspace (``services.views``)

    return ActionView.model_construct(
        id=action.id,
        position=action.position,
        dimension_id=action.dimension_id,
        description=action.description,
        owner=action.owner,
        due_date=action.due_date,
        status=action.status,
    )


def plan_view(plan: Plan) -> PlanView:
    from .views import PlanView  # pydantic with the first view, not with the workspace (``services.views``)

    return PlanView.model_construct(
        id=plan.id,
        company_id=plan.company_id,
        scan_id=plan.scan_id,
        title=plan.title,
        next_steps=plan.next_steps,
        actions=tuple(action_view(action) for action in plan.actions),
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


class PlanService:
    def __init__(self, db: Database, catalogue: QuestionnaireCatalogue) -> None:
        self.db = db
        self.catalogue = catalogue

    def create_from_result(self, scan_id: uuid.UUID, result: ScanResult, language: str = "nl") -> PlanView:
        """A plan with the recommended actions of the top improvement areas, ready to edit."""
        with self.db.session() as session:
            scan = session.get(Scan, scan_id)
            if scan is None or scan.deleted:
                raise NotFoundError(Text("Scan", "Scan"), scan_id)
            questionnaire = self.catalogue.get(scan.questionnaire_id, scan.questionnaire_version)
            titles = [questionnaire.dimension(p.dimension_id).title.get(language) for p in result.improvement_areas]
            plan = Plan(
                company_id=scan.company_id,
                scan_id=scan.id,
                title=" / ".join(titles) or Text("Implementatieplan", "Implementation plan").get(language),
            )
            position = 0
            for priority in result.improvement_areas:
                for action in priority.actions:
                    plan.actions.append(
                        PlanAction(position=position, dimension_id=priority.dimension_id, description=action.get(language))
                    )
                    position += 1
            session.add(plan)
            session.flush()
            return plan_view(plan)

    def create(self, company_id: uuid.UUID, title: str, scan_id: uuid.UUID | None = None) -> PlanView:
        with self.db.session() as session:
            if scan_id is not None:
                scan = session.get(Scan, scan_id)
                if scan is None or scan.deleted:
                    raise NotFoundError(Text("Scan", "Scan"), scan_id)
                invariants.check_plan_scan(company_id, facts_of(scan))
            plan = Plan(company_id=company_id, scan_id=scan_id, title=title.strip(), actions=[])
            session.add(plan)
            session.flush()
            return plan_view(plan)

    def for_company(self, company_id: uuid.UUID) -> list[PlanView]:
        with self.db.read() as session:
            return [
                plan_view(plan)
                for plan in session.scalars(
                    select(Plan)
                    .options(selectinload(Plan.actions))
                    .where(Plan.company_id == company_id, ~Plan.deleted)
                    .order_by(Plan.created_at)
                )
            ]

    def get(self, plan_id: uuid.UUID) -> PlanView:
        with self.db.read() as session:
            plan = session.scalars(select(Plan).options(selectinload(Plan.actions)).where(Plan.id == plan_id)).first()
            if plan is None or plan.deleted:
                raise NotFoundError(PLAN, plan_id)
            return plan_view(plan)

    def update(self, plan_id: uuid.UUID, *, title: str | None = None, next_steps: str | None = None) -> None:
        with self.db.session() as session:
            plan = self._live(session, plan_id)
            if title is not None:
                plan.title = title.strip()
            if next_steps is not None:
                plan.next_steps = next_steps.strip()

    def add_action(
        self,
        plan_id: uuid.UUID,
        description: str,
        *,
        owner: str = "",
        due_date: date | None = None,
        dimension_id: str | None = None,
    ) -> ActionView:
        if not description.strip():
            raise ValidationError("description", Text("De actie heeft geen omschrijving", "The action has no description"))
        with self.db.session() as session:
            plan = self._live(session, plan_id)
            action = PlanAction(
                position=len(plan.actions),
                description=description.strip(),
                owner=owner.strip(),
                due_date=due_date,
                dimension_id=dimension_id,
            )
            plan.actions.append(action)
            session.flush()
            return action_view(action)

    def update_action(
        self,
        action_id: uuid.UUID,
        *,
        description: str | None = None,
        owner: str | None = None,
        due_date: date | None = None,
        status: str | None = None,
    ) -> None:
        with self.db.session() as session:
            action = session.get(PlanAction, action_id)
            if action is None:
                raise NotFoundError(Text("Actie", "Action"), action_id)
            if description is not None:
                if not description.strip():
                    raise ValidationError(
                        "description", Text("De actie heeft geen omschrijving", "The action has no description")
                    )
                action.description = description.strip()
            if owner is not None:
                action.owner = owner.strip()
            if due_date is not None:
                action.due_date = due_date
            if status is not None:
                action.status = rules.validate_choice("status", status, rules.ACTION_STATUSES)

    def remove_action(self, action_id: uuid.UUID) -> None:
        with self.db.session() as session:
            action = session.get(PlanAction, action_id)
            if action is None:
                raise NotFoundError(Text("Actie", "Action"), action_id)
            plan = action.plan
            plan.actions.remove(action)
            for position, remaining in enumerate(plan.actions):
                remaining.position = position

    @staticmethod
    def _live(session: Session, plan_id: uuid.UUID) -> Plan:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise NotFoundError(PLAN, plan_id)
        return plan
