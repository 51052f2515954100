"""What the services hand out: frozen values, never the store's rows.

A view is read in one transaction and cannot change afterwards, so the UI can
keep it, pass it between threads and show it without touching the database;
a change goes back as an explicit service call (``plans.update(plan_id,
title=...)``), never by setting an attribute. This module imports nothing of
the store: the services build the views from their rows (``view_of`` in each
service module), and the UI's import contract can forbid the store outright.

The records helper's typed domain documents (``advisor_app.domain``) describe
what travels to the server; these views are what the device's screens need
(with ``created_at``, ``updated_at`` and whether a scan waits for the sync).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class CompanyView:
    id: uuid.UUID
    name: str
    kvk: str
    sector: str
    employees: int | None
    size_band: str | None
    municipality: str
    contact_person: str
    email: str
    phone: str
    consent: bool
    consent_at: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AnswerView:
    item_id: str
    score: int | None
    not_applicable: bool
    note: str


@dataclass(frozen=True)
class ScanRecord:
    """One scan as stored, with its answers; :class:`~advisor_app.services.scans.ScanView` adds company and questionnaire."""

    id: uuid.UUID
    company_id: uuid.UUID
    advisor: str
    questionnaire_id: str
    questionnaire_version: str
    status: str
    started_at: datetime
    completed_at: datetime | None
    revision_of_id: uuid.UUID | None
    follow_up_of_id: uuid.UUID | None
    intake: Mapping[str, Any]
    ambitions: Mapping[str, Any]
    summary_notes: str
    position: str
    """Where the wizard was, so reopening resumes there."""
    answers: tuple[AnswerView, ...]
    created_at: datetime
    updated_at: datetime
    dirty: bool
    """Changed here since the last sync."""


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    position: int
    dimension_id: str | None
    description: str
    owner: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    company_id: uuid.UUID
    scan_id: uuid.UUID | None
    title: str
    next_steps: str
    actions: tuple[ActionView, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class VoucherView:
    id: uuid.UUID
    company_id: uuid.UUID
    plan_id: uuid.UUID | None
    amount_cents: int
    own_contribution_cents: int
    supplier: str
    deliverables: str
    status: str
    status_changed_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ProfileView:
    """The advisor using this device."""

    name: str
    email: str
    language: str
