"""Page 3: the plan, the voucher, the comparison, notes, method and the signatures."""

from __future__ import annotations

from functools import cache

from reportlab.platypus import Flowable, KeepTogether

from ..domain.money import format_euros
from . import phrases
from .blocks import data_table, gap, grid, heading, labelled, markup, panel, para
from .model import ReportContent
from .styles import INK, RULE, WIDTH, Styles
from .wording import difference, long_date, score, short_date

euros = cache(format_euros)
"""An amount in words of its language, once per amount: Babel looks up the currency's locale data each time."""

PLAN_SPLIT_FROM = 90.0
"""Points of room that let a plan start at the foot of a page: its heading, title, header and first action."""


def next_steps(content: ReportContent, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [_plan(content, styles), _voucher(content, styles)]
    if content.comparison is not None:
        story.append(_comparison(content, styles))
    if content.summary_notes or content.notes:
        story += _notes(content, styles)
    lang = content.language
    method = phrases.METHOD_TEXT.format(items=content.item_count, min=content.benchmark_min_n).get(lang)
    story.append(heading(phrases.METHOD.get(lang), styles, para(method, styles.small)))
    # Consent and signatures are two blocks, kept on one page, so the signatures never stand alone at the end.
    story.append(KeepTogether([*_consent(content, styles), *_signatures(content, styles)]))
    return story


def _plan(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    plan = content.plan
    if plan is None:
        return heading(phrases.PLAN.get(lang), styles, para(phrases.NO_PLAN.get(lang), styles.body))
    parts: list[Flowable] = []
    if plan.title:
        parts.append(para(plan.title, styles.subheading))
    if plan.drawn_up_after is not None:
        parts.append(para(phrases.PLAN_FROM_EARLIER.format(date=long_date(plan.drawn_up_after, lang)).get(lang), styles.small))
    if plan.actions:
        rows: list[list[object]] = [
            [
                para(phrases.COL_ACTION.get(lang), styles.head_cell),
                para(phrases.COL_OWNER.get(lang), styles.head_cell),
                para(phrases.COL_DUE.get(lang), styles.head_cell),
                para(phrases.COL_STATUS.get(lang), styles.head_cell),
            ]
        ]
        rows += [
            [
                para(a.description, styles.cell),
                para(a.owner, styles.cell),
                para(short_date(a.due, lang), styles.cell),
                para(a.status, styles.cell),
            ]
            for a in plan.actions
        ]
        parts.append(data_table(rows, [WIDTH - 186, 80, 54, 52], [("VALIGN", (0, 1), (-1, -1), "TOP")]))
    else:
        parts.append(para(phrases.NO_ACTIONS.get(lang), styles.body))
    if plan.next_steps:
        parts += [gap(6), markup("<b>{label}:</b> {text}", styles.body, label=phrases.NEXT_STEPS.get(lang), text=plan.next_steps)]
    return heading(phrases.PLAN.get(lang), styles, *parts, split_from=PLAN_SPLIT_FROM)


def _voucher(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    limit = euros(content.voucher_limit_cents, lang)
    voucher = content.voucher
    if voucher is None:
        return heading(phrases.VOUCHER.get(lang), styles, para(phrases.NO_VOUCHER.format(max=limit).get(lang), styles.body))
    column = WIDTH / 4
    figures: list[list[object]] = [
        [
            labelled(phrases.VOUCHER_AMOUNT.get(lang), euros(voucher.amount_cents, lang), styles),
            labelled(phrases.VOUCHER_MAXIMUM.get(lang), limit, styles),
            labelled(phrases.OWN_CONTRIBUTION.get(lang), euros(voucher.own_contribution_cents, lang), styles),
            labelled(phrases.VOUCHER_STATUS.get(lang), voucher.status, styles),
        ],
        [labelled(phrases.SUPPLIER.get(lang), voucher.supplier, styles), "", "", ""],
    ]
    commands: list[tuple[object, ...]] = [("SPAN", (0, 1), (-1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 0)]
    parts: list[Flowable] = [panel(figures, [column] * 4, commands)]
    if voucher.deliverables:
        parts += [
            gap(6),
            markup("<b>{label}:</b> {text}", styles.body, label=phrases.DELIVERABLES.get(lang), text=voucher.deliverables),
        ]
    if voucher.next_step:
        parts += [
            gap(3),
            markup("<b>{label}:</b> {text}", styles.body, label=phrases.WHAT_NEXT.get(lang), text=voucher.next_step),
        ]
    return heading(phrases.VOUCHER.get(lang), styles, *parts)


def _comparison(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    comparison = content.comparison
    assert comparison is not None
    rows: list[list[object]] = [
        [
            "",
            para(f"{phrases.COL_PREVIOUS.get(lang)}\n{long_date(comparison.before_date, lang)}", styles.head_cell_right),
            para(f"{phrases.COL_NOW.get(lang)}\n{long_date(content.scan_date, lang)}", styles.head_cell_right),
            para(phrases.COL_CHANGE.get(lang), styles.head_cell_right),
        ]
    ]
    for number, line in enumerate(comparison.lines):
        style = styles.cell_bold if number == 0 else styles.cell
        rows.append(
            [
                para(line.label, style),
                para(score(line.before, lang), styles.cell_right),
                para(score(line.now, lang), styles.cell_bold_right if number == 0 else styles.cell_right),
                para(difference(line.now, line.before, lang), styles.cell_right),
            ]
        )
    table = data_table(rows, [WIDTH - 270, 90, 90, 90], [("LINEBELOW", (0, 1), (-1, 1), 0.8, INK)])
    return heading(phrases.COMPARISON.get(lang), styles, table)


def _notes(content: ReportContent, styles: Styles) -> list[Flowable]:
    """Notes can be long, so only the heading is kept with the first one; the rest flows on."""
    lang = content.language
    parts: list[Flowable] = []
    if content.summary_notes:
        parts += [para(content.summary_notes, styles.body), gap(4)]
    for note in content.notes:
        parts.append(markup("<b>{id}</b>\u2002<i>{statement}</i>", styles.small, id=note.item_id, statement=note.statement))
        parts += [para(note.text, styles.body), gap(3)]
    first, *rest = parts
    return [heading(phrases.NOTES.get(lang), styles, first), *rest]


def _consent(content: ReportContent, styles: Styles) -> list[Flowable]:
    """Consent as the app recorded it, or its absence; a signature on this page is not consent (GDPR art. 7)."""
    lang = content.language
    if content.consent and content.consent_date:
        text = phrases.CONSENT_GIVEN.format(date=long_date(content.consent_date, lang))
    elif content.consent:
        text = phrases.CONSENT_GIVEN_UNDATED
    else:
        text = phrases.CONSENT_MISSING
    return [para(phrases.CONSENT.get(lang), styles.heading), para(text.get(lang), styles.body)]


def _signatures(content: ReportContent, styles: Styles) -> list[Flowable]:
    """Both signature lines with their heading; the caller keeps them on one page with the consent."""
    lang = content.language
    half = (WIDTH - 24) / 2
    label_width = 96.0

    def signer(role: str, name: str) -> Flowable:
        return grid(
            [
                [para(role, styles.cell_bold), para(name, styles.value)],
                [para(phrases.DATE_PLACE.get(lang), styles.label), ""],
                [para(phrases.SIGNATURE.get(lang), styles.label), ""],
            ],
            [label_width, half - label_width],
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 1), (1, 2), 0.6, RULE),
                ("TOPPADDING", (0, 1), (-1, 1), 9),
                ("TOPPADDING", (0, 2), (-1, 2), 16),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )

    lines = grid(
        [[signer(phrases.FOR_COMPANY.get(lang), content.contact_person), signer(phrases.ADVISOR.get(lang), content.advisor)]],
        [half + 24, half],
        [("RIGHTPADDING", (0, 0), (0, 0), 24)],
    )
    return [para(phrases.SIGNATURES.get(lang), styles.heading), para(phrases.SIGNATURES_MEAN.get(lang), styles.small), lines]
