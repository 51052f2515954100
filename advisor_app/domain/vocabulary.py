"""The status vocabularies of scans, vouchers and plan actions.

``StrEnum`` members are plain strings to SQLAlchemy, JSON and pydantic, so the
stored and wire values stay exactly the words they always were ("draft",
"completed", ...), while code names them once and a typo fails the type check.
Plans have no status of their own: their progress is their actions' statuses.
"""

from __future__ import annotations

from enum import StrEnum


class ScanStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    """Frozen: a correction is a new revision pointing to it."""


class VoucherStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    COMPLETED = "completed"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


VOUCHER_TRANSITIONS: dict[str, tuple[VoucherStatus, ...]] = {
    VoucherStatus.DRAFT: (VoucherStatus.SUBMITTED,),
    VoucherStatus.SUBMITTED: (VoucherStatus.APPROVED, VoucherStatus.REJECTED, VoucherStatus.DRAFT),
    VoucherStatus.APPROVED: (VoucherStatus.COMPLETED,),
    VoucherStatus.REJECTED: (),
    VoucherStatus.COMPLETED: (),
}
"""The steps a voucher may take; the programme office decides approval, the supplier completes."""
