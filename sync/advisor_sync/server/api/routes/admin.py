"""Administration: users and devices (admins), company assignments and erasure (coordinators and admins)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy import select

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import Text

from ....protocol.messages import (
    USERNAME_PATTERN,
    AssignmentOut,
    AssignRequest,
    DeviceOut,
    ErasureOut,
    UserCreate,
    UserOut,
    UserUpdate,
)
from ...core.errors import NotFoundError
from ...crud import devices, users
from ...crud.audit import audit
from ...models import CompanyAssignment, CompanyRecord, Device, User
from ...services import gdpr
from ...services.versions import Versions
from ..deps import AdminDep, CoordinatorDep, StateDep

router = APIRouter(tags=["administration"])
UsernameParam = Annotated[str, Path(pattern=USERNAME_PATTERN, max_length=100)]


def user_out(user: User) -> UserOut:
    return UserOut(
        username=user.username,
        display_name=user.display_name,
        role=user.role,  # type: ignore[arg-type]
        active=user.active,
        created_at=user.created_at,
    )


def device_out(device: Device, user: User) -> DeviceOut:
    return DeviceOut(
        id=device.id,
        username=user.username,
        name=device.name,
        created_at=device.created_at,
        last_seen_at=device.last_seen_at,
        expires_at=device.expires_at,
        revoked_at=device.revoked_at,
    )


@router.get("/admin/users", response_model=list[UserOut])
def list_users(caller: AdminDep, state: StateDep) -> list[UserOut]:
    with state.sessions() as session:
        return [user_out(user) for user in users.list_users(session)]


@router.post("/admin/users", response_model=UserOut, status_code=201)
def create_user(body: UserCreate, caller: AdminDep, state: StateDep) -> UserOut:
    with state.sessions() as session, session.begin():
        return user_out(users.create_user(session, body.username, body.password, body.role, body.display_name, by=caller.user.id))


@router.patch("/admin/users/{username}", response_model=UserOut)
def update_user(username: UsernameParam, body: UserUpdate, caller: AdminDep, state: StateDep) -> UserOut:
    with state.sessions() as session, session.begin():
        user = users.get_user(session, username)
        changes = body.model_dump(exclude_none=True)
        for field, value in changes.items():
            setattr(user, field, value)
        # The new role and state are recorded (no personal data); a new display name only by its field name.
        new_values = {field: changes[field] for field in ("role", "active") if field in changes}
        audit(session, "user.update", user_id=caller.user.id, target=user.username, fields=sorted(changes), **new_values)
        return user_out(user)


@router.get("/admin/devices", response_model=list[DeviceOut])
def list_devices(
    caller: AdminDep, state: StateDep, username: Annotated[str | None, Query(pattern=USERNAME_PATTERN, max_length=100)] = None
) -> list[DeviceOut]:
    with state.sessions() as session:
        return [device_out(device, user) for device, user in devices.list_devices(session, username)]


@router.post("/admin/devices/{device_id}/revoke", response_model=DeviceOut)
def revoke_device(device_id: uuid.UUID, caller: AdminDep, state: StateDep) -> DeviceOut:
    with state.sessions() as session, session.begin():
        device = devices.revoke(session, device_id, utcnow(), by=caller.user.id)
        owner = session.get(User, device.user_id)
        assert owner is not None
        return device_out(device, owner)


@router.post("/companies/{company_id}/assignments", response_model=AssignmentOut, status_code=201)
def assign_company(company_id: uuid.UUID, body: AssignRequest, caller: CoordinatorDep, state: StateDep) -> AssignmentOut:
    """Give an advisor a company someone else registered; their next sync brings it to their device."""
    with state.sessions() as session, session.begin():
        company = session.get(CompanyRecord, company_id, with_for_update=True)  # as a push holds it (services.push)
        if company is None or company.deleted:
            raise NotFoundError(Text(f"Bedrijf {company_id} bestaat niet", f"Company {company_id} does not exist"))
        advisor = users.get_user(session, body.username)
        assignment = session.scalars(
            select(CompanyAssignment).where(CompanyAssignment.company_id == company_id, CompanyAssignment.user_id == advisor.id)
        ).first()
        if assignment is None:
            assignment = CompanyAssignment(
                company_id=company_id, user_id=advisor.id, assigned_at=utcnow(), assigned_by=caller.user.id
            )
            session.add(assignment)
            Versions(session).stamp(company)  # a new version, so the advisor's next pull carries the company
            audit(
                session, "company.assign", user_id=caller.user.id, entity="company", record_id=company_id, target=advisor.username
            )
        return AssignmentOut(company_id=company_id, username=advisor.username, assigned_at=assignment.assigned_at)


@router.post("/companies/{company_id}/erase", response_model=ErasureOut)
def erase(company_id: uuid.UUID, caller: CoordinatorDep, state: StateDep) -> ErasureOut:
    """Erase a company (GDPR) with every record about it, whichever advisor made them; devices learn it at their next pull.

    An advisor erases through their own sync, and only a company that holds nothing of other advisors.
    """
    with state.sessions() as session, session.begin():
        erased = gdpr.erase(session, company_id, user_id=caller.user.id, device_id=caller.device.id)
        return ErasureOut(company_id=company_id, erased=erased)
