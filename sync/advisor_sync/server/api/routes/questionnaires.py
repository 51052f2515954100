"""Versions of the scan: every device lists and downloads them; coordinators publish new ones."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response

from advisor_app.domain.errors import QuestionnaireError
from advisor_app.domain.questionnaire import canonical_json, file_name

from ....protocol.questionnaires import (
    PublishResult,
    QuestionnaireContent,
    QuestionnaireList,
    QuestionnaireVersionInfo,
    VersionTitle,
)
from ...core.errors import ApiError
from ...services import questionnaires as versions
from ..deps import CallerDep, CoordinatorDep, LanguageDep, StateDep

router = APIRouter(prefix="/questionnaires", tags=["questionnaires"])


class InvalidQuestionnaireError(ApiError):
    status = 422


def info(known: versions.KnownVersion) -> QuestionnaireVersionInfo:
    q = known.questionnaire
    return QuestionnaireVersionInfo(
        id=q.id,
        version=q.version,
        published=q.published,
        title=VersionTitle(nl=q.title.nl, en=q.title.en),
        sha256=q.sha256,
        shipped=known.shipped,
        published_at=known.published_at,
        published_by=known.published_by,
    )


@router.get("", response_model=QuestionnaireList)
def list_questionnaires(caller: CallerDep, state: StateDep) -> QuestionnaireList:
    """Every version the server knows, with its hash: a device downloads those it lacks."""
    return QuestionnaireList(versions=[info(known) for known in versions.newest_first(state.questionnaires.known())])


@router.get("/{questionnaire_id}/{questionnaire_version}", response_model=QuestionnaireContent)
def get_questionnaire(
    questionnaire_id: str, questionnaire_version: str, caller: CallerDep, state: StateDep
) -> QuestionnaireContent:
    """One version's definition, carrying its hash (the device checks it again before storing it)."""
    known = versions.content_of(state.questionnaires, questionnaire_id, questionnaire_version)
    q = known.questionnaire
    return QuestionnaireContent(id=q.id, version=q.version, sha256=q.sha256, content=known.content)


@router.post("", response_model=PublishResult, status_code=201)
def publish_questionnaire(
    *,
    definition: Annotated[dict[str, Any], Body(description="The definition file's JSON (docs/questionnaire.md)")],
    caller: CoordinatorDep,
    state: StateDep,
    language: LanguageDep,
    response: Response,
    name: Annotated[str | None, Query(max_length=200, description="The file's name, for messages")] = None,
) -> PublishResult:
    """Validate with the app's own rules and publish; the same content again is answered 200 and changes nothing.

    A definition that breaks a rule: 422 with ``errors: [{field, reason}]``, one for every fault found
    (the place and the whole message naming the file); ``detail`` says the first and how many more.
    Other content under a published ``id@version``: 409.
    """
    source = name or file_name(str(definition.get("id", "questionnaire")), str(definition.get("version", "")))
    try:
        published = versions.publish_file(
            state.sessions, state.questionnaires, canonical_json(definition), source, user_id=caller.user.id
        )
    except QuestionnaireError as error:
        faults = [{"field": fault.where, "reason": fault.in_language(language)} for fault in error.faults]
        raise InvalidQuestionnaireError(error.text, file=error.source, errors=faults) from None
    if not published.created:
        response.status_code = 200
    known = state.questionnaires.version(published.questionnaire.key)
    assert known is not None
    return PublishResult(version=info(known), created=published.created)
