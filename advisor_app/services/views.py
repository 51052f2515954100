"""What the services hand out: frozen values, never the store's rows.

A view is read in one transaction and cannot change afterwards, so the UI can
keep it, pass it between threads and show it without touching the database;
a change goes back as an explicit service call (``plans.update(plan_id,
title=...)``), never by setting an attribute (the UI keeps its own copy up to
date with ``model_copy(update=...)``). This module imports nothing of the
store: the services build the views from their rows (``company_view`` and the
like in each service module), and the UI's import contract can forbid the
store outright.

The views *are* the domain's records (``advisor_app.domain.records``, the one
description of each record that the protocol, the device's rows and the
server's rows are held to), with the id beside them and, for a scan, what only
this device knows (where the wizard was, whether it waits for the sync). They
are built from stored rows with ``model_construct``: what the store holds was
checked when it was written, and a screen must show it even where an older
release stored something the record would now refuse. A scan's intake and
ambitions are read-only mappings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..domain import records

AnswerView = records.Answer
ActionView = records.Action


class CompanyView(records.Company):
    id: uuid.UUID


class ScanRecord(records.Scan):
    """One scan as stored, with its answers; :class:`~advisor_app.services.scans.ScanView` adds company and questionnaire."""

    id: uuid.UUID
    position: str = ""
    """Where the wizard was, so reopening resumes there (on this device only)."""
    dirty: bool = False
    """Changed here since the last sync."""


class PlanView(records.Plan):
    id: uuid.UUID


class VoucherView(records.Voucher):
    id: uuid.UUID


@dataclass(frozen=True)
class ProfileView:
    """The advisor using this device."""

    name: str
    email: str
    language: str
