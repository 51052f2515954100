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

The services import this module in the functions that build a view and name
the views for the type checker only: with the records it brings pydantic,
7 MB of memory at the desktop's start, where the workspace opens and shows the
Scans page without building a single view.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..domain import records
from ..domain.adoption import Population
from ..domain.questionnaire import Questionnaire
from ..domain.records import scoring_answers
from ..domain.scoring import BenchmarkGroup, ScanResult, score_scan

AnswerView = records.Answer
ActionView = records.Action


class CompanyView(records.Company):
    id: uuid.UUID


class ScanRecord(records.Scan):
    """One scan as stored, with its answers; :class:`ScanView` adds company and questionnaire."""

    id: uuid.UUID
    position: str = ""
    """Where the wizard was, so reopening resumes there (on this device only)."""
    dirty: bool = False
    """Changed here since the last sync."""


class GivenAnswer(Protocol):
    """An answer as stored or as a view: what the scoring reads of it."""

    @property
    def item_id(self) -> str: ...
    @property
    def score(self) -> int | None: ...
    @property
    def not_applicable(self) -> bool: ...


def answers_of(rows: Iterable[GivenAnswer]) -> dict[str, int | None]:
    return scoring_answers((a.item_id, a.score, a.not_applicable) for a in rows)


@dataclass(frozen=True)
class ScanView:
    """A scan with its company, answers and questionnaire, detached and ready to show.

    Here rather than beside ``ScanService`` (``services.scans``, which names it too): the report reads it
    through the driver alone as well (``services.plain_report``), without SQLAlchemy.
    """

    scan: ScanRecord
    company: CompanyView
    questionnaire: Questionnaire

    @property
    def answers(self) -> dict[str, int | None]:
        """Answered items only: a score, or ``None`` for "don't know / n.a."."""
        return answers_of(self.scan.answers)

    @property
    def notes(self) -> dict[str, str]:
        return {a.item_id: a.note for a in self.scan.answers if a.note}

    def unanswered(self) -> list[str]:
        answered = self.answers
        return [item_id for item_id in self.questionnaire.item_ids if item_id not in answered]

    @property
    def ambitions(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.scan.ambitions.items()}

    def scored(self, groups: Mapping[str, BenchmarkGroup], population: Population) -> ScanResult:
        """Its result against its sector's group and the programme's population (``ScanService.result``)."""
        return score_scan(self.questionnaire, self.answers, self.ambitions, groups.get(self.company.sector), population)


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
