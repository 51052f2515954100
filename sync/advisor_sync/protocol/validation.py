"""The domain rules applied to documents: the same rules the app applies on input.

Every check here calls :mod:`advisor_app.domain` (rules, sectors,
questionnaire, scoring), so the voucher limit, the KvK format, the score range
and the questionnaire items can never differ between the device and the
server. A broken rule raises the domain's ``ValidationError``, whose text says
in both languages what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from advisor_app.domain import invariants, rules
from advisor_app.domain.demo import refuse_demo_kvk
from advisor_app.domain.errors import ValidationError
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.sectors import sector_by_key
from advisor_app.domain.text import Text
from advisor_app.domain.vocabulary import ScanStatus

from .documents import AnyDocument, CompanyDoc, PlanDoc, ScanDoc, VoucherDoc


def check_document(doc: AnyDocument, questionnaires: Mapping[str, Questionnaire]) -> AnyDocument:
    """The document with its values in normal form, or a ``ValidationError`` naming the field."""
    if isinstance(doc, CompanyDoc):
        return check_company(doc)
    if isinstance(doc, ScanDoc):
        return check_scan(doc, questionnaires)
    if isinstance(doc, PlanDoc):
        return check_plan(doc)
    return check_voucher(doc)


def check_company(doc: CompanyDoc) -> CompanyDoc:
    employees = rules.validate_employees(doc.employees)
    if doc.size_band is not None:
        rules.validate_choice("size_band", doc.size_band, rules.SIZE_BANDS)
        if employees is not None and rules.size_band(employees) != doc.size_band:
            raise ValidationError(
                "size_band",
                Text(
                    f"Grootteklasse {doc.size_band} past niet bij {employees} medewerkers",
                    f"Size band {doc.size_band} does not match {employees} employees",
                ),
            )
    return doc.model_copy(
        update={
            "name": rules.validate_name(doc.name),
            "kvk": refuse_demo_kvk(rules.normalise_kvk(doc.kvk)),  # demo data never enters the programme
            "sector": sector_by_key(doc.sector).key,
            "email": rules.validate_email(doc.email),
            "phone": rules.validate_phone(doc.phone),
        }
    )


def questionnaire_of(doc: ScanDoc, questionnaires: Mapping[str, Questionnaire]) -> Questionnaire:
    key = f"{doc.questionnaire_id}@{doc.questionnaire_version}"
    try:
        return questionnaires[key]
    except KeyError:
        raise ValidationError(
            "questionnaire",
            Text(
                f"Vragenlijst {key} is onbekend op de server; de server moet worden bijgewerkt",
                f"Questionnaire {key} is unknown to the server; the server needs an update",
            ),
        ) from None


def check_scan(doc: ScanDoc, questionnaires: Mapping[str, Questionnaire]) -> ScanDoc:
    questionnaire = questionnaire_of(doc, questionnaires)
    answers: dict[str, int | None] = {}
    seen: set[str] = set()
    for answer in doc.answers:
        invariants.known_item(questionnaire, answer.item_id, "answers")
        if answer.item_id in seen:
            raise ValidationError(
                "answers", Text(f"Vraag {answer.item_id} staat er twee keer in", f"Item {answer.item_id} appears twice")
            )
        seen.add(answer.item_id)
        if answer.not_applicable and answer.score is not None:
            raise ValidationError(
                "answers",
                Text(
                    f"Vraag {answer.item_id} heeft zowel een score als 'n.v.t.'",
                    f"Item {answer.item_id} has both a score and 'n.a.'",
                ),
            )
        stored = invariants.check_answer(
            questionnaire, answer.item_id, answer.score, not_applicable=answer.not_applicable, field="answers"
        )
        if answer.not_applicable or stored is not None:
            answers[answer.item_id] = stored
    for dimension_id, level in doc.ambitions.items():
        invariants.check_ambition(questionnaire, dimension_id, level, field="ambitions")
    for key, value in doc.intake.items():
        invariants.clean_intake(questionnaire, key, value)
    invariants.check_scan_times(doc.status, doc.started_at, doc.completed_at)
    if doc.status is ScanStatus.COMPLETED:
        invariants.check_completable(questionnaire, answers)
    return doc


def check_plan(doc: PlanDoc) -> PlanDoc:
    seen: set[object] = set()
    for action in doc.actions:
        if action.id in seen:
            raise ValidationError(
                "actions", Text(f"Actie {action.id} staat er twee keer in", f"Action {action.id} appears twice")
            )
        seen.add(action.id)
        if not action.description.strip():
            raise ValidationError("description", Text("De actie heeft geen omschrijving", "The action has no description"))
        rules.validate_choice("status", action.status, rules.ACTION_STATUSES)
    return doc


def check_voucher(doc: VoucherDoc) -> VoucherDoc:
    rules.validate_voucher_amount(doc.amount_cents)
    rules.validate_own_contribution(doc.own_contribution_cents)
    invariants.check_contribution(doc.amount_cents, doc.own_contribution_cents)
    rules.validate_choice("status", doc.status, rules.VOUCHER_STATUSES)
    return doc
