"""The benchmark groups' kept inputs follow the completed scans, and only them.

An edit of a draft (the autosave of every answer) keeps them, so the next report reads them instead of
building them from every result again; a change to what they are made of (a scan completed or deleted,
a revision that replaces a scan, a company's sector or deletion, even a write that sets an older
``updated_at``, as a sync does) builds them again, and the groups are those the results give.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import text

from advisor_app.domain.adoption import Population
from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.scoring import BenchmarkGroup
from advisor_app.services import benchmarks
from advisor_app.services.benchmark_members import KEY
from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.store import listing
from advisor_app.store.bookkeeping import BOOKKEEPING
from advisor_app.store.settings import set_setting
from advisor_app.workspace import Workspace
from tests.scans import complete_for_new_company

Q = shipped_questionnaires()["basisscan@1.0"]
STATE_TRIGGERS = importlib.import_module("advisor_app.store.migrations.versions.0010_completed_scans_state")

Groups = tuple[dict[str, BenchmarkGroup], Population]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A demo folder with two drafts, whose groups' inputs are kept (one report's worth of reading done)."""
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        generate_demo(workspace, 12, seed=4)
        for n in range(2):
            company = workspace.companies.create(CompanyInput(name=f"Concept {n} B.V.", kvk=f"4444000{n}", sector="health"))
            workspace.scans.answer(workspace.scans.start(company.id).id, Q.item_ids[0], 3)
        workspace.benchmarks.local(Q)
    return data


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the inputs are built from the results instead of read back."""
    built: list[int] = []
    members = benchmarks.BenchmarkService._members

    def counted(self: benchmarks.BenchmarkService, *args: object, **kwargs: object) -> object:
        built.append(1)
        return members(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(benchmarks.BenchmarkService, "_members", counted)
    return built


def groups_in_a_new_process(folder: Path) -> Groups:
    with Workspace(folder) as workspace:
        return workspace.benchmarks.local(Q), workspace.benchmarks.population(Q)


def groups_from_the_results(folder: Path) -> Groups:
    with Workspace(folder) as workspace:
        with workspace.db.session() as session:
            set_setting(session, KEY, None)
        return workspace.benchmarks.local(Q), workspace.benchmarks.population(Q)


def state(workspace: Workspace) -> str | None:
    with workspace.db.plain_read() as connection:
        return listing.completed_scans_state(connection)


def a_draft(workspace: Workspace) -> uuid.UUID:
    return next(s.id for s in workspace.scans.summaries(status="draft"))


def a_completed(workspace: Workspace) -> uuid.UUID:
    return next(s.id for s in workspace.scans.summaries(status="completed"))


def raw(workspace: Workspace, statement: str, **values: object) -> None:
    with workspace.db.session() as session:
        session.execute(text(statement), values)


def edit_answers(ws: Workspace) -> None:
    draft = a_draft(ws)
    for item_id in Q.item_ids[:5]:
        ws.scans.answer(draft, item_id, 4)
    ws.scans.answer(draft, Q.item_ids[5], None, not_applicable=True)
    ws.scans.note(draft, Q.item_ids[0], "Gesprek met de directeur")


def edit_the_rest_of_a_draft(ws: Workspace) -> None:
    draft = a_draft(ws)
    ws.scans.set_ambition(draft, Q.capability_dimensions[0].id, 3)
    ws.scans.set_summary_notes(draft, "Vervolg in maart")
    ws.scans.set_position(draft, Q.item_ids[3])


def start_and_delete_drafts(ws: Workspace) -> None:
    company = ws.companies.create(CompanyInput(name="Nieuw B.V.", kvk="44441111", sector="health"))
    started = ws.scans.start(company.id)
    ws.scans.answer(started.id, Q.item_ids[0], 2)
    ws.scans.delete(a_draft(ws))


def edit_a_company(ws: Workspace, **changes: str) -> None:
    """The company form saved with ``changes``, for a company with completed scans."""
    company = ws.companies.get(next(s.company_id for s in ws.scans.summaries(status="completed")))
    typed = {f.name: getattr(company, f.name) for f in fields(CompanyInput)}
    ws.companies.update(company.id, CompanyInput(**{**typed, **changes}))


def rename_a_company(ws: Workspace) -> None:
    edit_a_company(ws, name="Andere Naam B.V.", contact_person="Mw. De Vries")


def push_bookkeeping(ws: Workspace) -> None:
    """What a push writes on the completed scans it sent: no data of theirs."""
    raw(ws, "UPDATE scan SET dirty = 0, server_version = 7, updated_at = '2030-01-01 00:00:00.000000'")


@pytest.mark.parametrize(
    "edit", [edit_answers, edit_the_rest_of_a_draft, start_and_delete_drafts, rename_a_company, push_bookkeeping]
)
def test_an_edit_of_a_draft_keeps_the_inputs(folder: Path, builds: list[int], edit: Callable[[Workspace], None]) -> None:
    before = groups_in_a_new_process(folder)
    assert builds == [], "kept by the fixture's reading"
    with Workspace(folder) as workspace:
        was = state(workspace)
        edit(workspace)
        assert state(workspace) == was
    assert groups_in_a_new_process(folder) == before
    assert builds == [], "read back, not built"


def complete_a_scan(ws: Workspace) -> None:
    complete_for_new_company(ws, "Derde B.V.", "44442222", 2)


def delete_a_completed_scan(ws: Workspace) -> None:
    ws.scans.delete(a_completed(ws))


def complete_a_revision(ws: Workspace) -> None:
    revision = ws.scans.revise(a_completed(ws))
    for item_id in Q.item_ids:
        ws.scans.answer(revision.id, item_id, 5)
    ws.scans.complete(revision.id)


def change_a_sector(ws: Workspace) -> None:
    company = ws.companies.get(next(s.company_id for s in ws.scans.summaries(status="completed")))
    edit_a_company(ws, sector="logistics" if company.sector != "logistics" else "health")


def delete_a_company(ws: Workspace) -> None:
    ws.companies.delete(next(s.company_id for s in ws.scans.summaries(status="completed")))


def delete_as_a_sync_does(ws: Workspace) -> None:
    """A pulled deletion carries the other device's older ``updated_at``: no count or newest time moves."""
    raw(ws, "UPDATE scan SET deleted = 1, updated_at = '2001-01-01 00:00:00.000000' WHERE id = :id", id=a_completed(ws).hex)


def change_a_completed_scans_answer(ws: Workspace) -> None:
    """Not something the app does (a completed scan is frozen), but whatever writes it, the groups follow."""
    raw(ws, "UPDATE answer SET score = 1 WHERE scan_id = :id AND score IS NOT NULL", id=a_completed(ws).hex)


@pytest.mark.parametrize(
    "change",
    [
        complete_a_scan,
        delete_a_completed_scan,
        complete_a_revision,
        change_a_sector,
        delete_a_company,
        delete_as_a_sync_does,
        change_a_completed_scans_answer,
    ],
)
def test_a_change_to_the_completed_scans_builds_them_again(
    folder: Path, builds: list[int], change: Callable[[Workspace], None]
) -> None:
    before = groups_in_a_new_process(folder)
    with Workspace(folder) as workspace:
        was = state(workspace)
        change(workspace)
        assert state(workspace) != was
    after = groups_in_a_new_process(folder)
    assert builds == [1]
    assert after != before
    assert after == groups_from_the_results(folder)


def test_every_column_of_a_scan_but_its_bookkeeping_moves_the_state(workspace: Workspace) -> None:
    """The trigger names the columns it watches; a column added to ``scan`` must be added there too."""
    with workspace.db.plain_read() as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(scan)")}
    watched = {column.strip() for column in STATE_TRIGGERS.SCAN_DATA.split(",")}
    assert watched == columns - BOOKKEEPING
