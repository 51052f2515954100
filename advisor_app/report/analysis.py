"""Page 2: the score table, strengths, priority areas with actions, value chain and renewal."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ..domain.scoring import STRENGTH_THRESHOLD, UNBALANCED_SPREAD, spread_points, to_percent
from . import phrases
from .blocks import bullet, bullet_markup, data_table, gap, grid, heading, markup, para
from .charts import renewal_dots, score_bar, value_chain
from .model import PriorityArea, ReportContent
from .styles import AMBER, INK, PROGRAMME_GREY, WIDTH, Styles
from .wording import DASH, difference, joined, points, score, shows_priorities

SCORE_COLUMNS = (24.0, 0.0, 32.0, 30.0, 48.0, 44.0, 47.0, 64.0, 50.0)
"""Widths of the score table; the title column takes what is left."""


def analysis(content: ReportContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    story: list[Flowable] = [heading(phrases.RESULTS.get(lang), styles, _score_table(content, styles))]
    story += [gap(4), para(phrases.TABLE_NOTE.format(min=content.min_answered).get(lang), styles.small)]
    sector, programme = content.sector_benchmark, content.programme_benchmark
    if sector is None or not sector.shown:
        n = sector.n if sector else 0
        if programme is not None and programme.shown:
            hidden = phrases.PROGRAMME_INSTEAD.format(min=content.benchmark_min_n, n=n, programme=programme.n)
        else:
            hidden = phrases.SECTOR_COLUMN_HIDDEN.format(min=content.benchmark_min_n, n=n)
        story.append(para(hidden.get(lang), styles.small))
    if content.unbalanced:
        spread = points(spread_points(UNBALANCED_SPREAD), lang, 1 if spread_points(UNBALANCED_SPREAD) % 1 else 0)
        story += [gap(5), para(phrases.UNBALANCED.format(spread=spread).get(lang), styles.note)]

    half = (WIDTH - 18) / 2
    story.append(gap(4))
    story.append(
        grid(
            [[[*_strengths(content, styles), *_renewal(content, styles, half)], _chain(content, styles, half)]],
            [half + 18, half],
            [("RIGHTPADDING", (0, 0), (0, 0), 18)],
        )
    )
    story += _priorities(content, styles)
    return story


def _score_table(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    widths = list(SCORE_COLUMNS)
    widths[1] = WIDTH - sum(widths)
    compared_with = content.reference()
    references = compared_with[0].scores if compared_with else {}
    sector_column = compared_with is None or compared_with[1] == "sector"
    reference_label, tick = (phrases.COL_SECTOR, AMBER) if sector_column else (phrases.COL_PROGRAMME, PROGRAMME_GREY)
    header = [
        "",
        para(phrases.COL_DIMENSION.get(lang), styles.head_cell),
        "",
        para(phrases.COL_SCORE.get(lang), styles.head_cell_right),
        para(reference_label.get(lang), styles.head_cell_right),
        para(phrases.COL_DIFFERENCE.get(lang), styles.head_cell_right),
        para(phrases.COL_AMBITION.get(lang), styles.head_cell),
        para(phrases.COL_STAGE.get(lang), styles.head_cell),
        para(phrases.COL_ANSWERS.get(lang), styles.head_cell_right),
    ]
    rows: list[list[object]] = [header]
    commands: list[tuple[object, ...]] = []
    for number, line in enumerate(content.dimensions, start=1):
        reference = references.get(line.id)
        title: list[Flowable] = [para(line.title, styles.cell)]
        if not line.capability:
            title.append(para(phrases.OUTPUT.get(lang), styles.small))
            commands.append(("LINEABOVE", (0, number), (-1, number), 0.8, INK))
        if line.score is None:
            rows.append(
                [
                    para(line.id, styles.cell_bold),
                    title,
                    para(phrases.INSUFFICIENT.get(lang), styles.cell_muted),
                    "",
                    para(score(reference, lang), styles.cell_right),
                    para(DASH, styles.cell_right),
                    para(line.ambition or DASH, styles.cell),
                    para(DASH, styles.cell),
                    para(f"{line.answered}/{line.total}", styles.cell_right),
                ]
            )
            commands.append(("SPAN", (2, number), (3, number)))
            continue
        rows.append(
            [
                para(line.id, styles.cell_bold),
                title,
                score_bar(line.score, reference, widths[2] - 8, tick),
                para(score(line.score, lang), styles.cell_bold_right),
                para(score(reference, lang), styles.cell_right),
                para(difference(line.score, reference, lang), styles.cell_right),
                para(line.ambition or DASH, styles.cell),
                para(line.stage or DASH, styles.cell),
                para(f"{line.answered}/{line.total}", styles.cell_right),
            ]
        )
    return data_table(rows, widths, commands)


def _strengths(content: ReportContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    body: list[Flowable]
    if content.strengths:
        lines = {d.id: d for d in content.dimensions}
        body = [bullet(f"{lines[i].title} ({score(lines[i].score, lang)})", styles) for i in content.strengths]
    else:
        text = phrases.NO_STRENGTHS.format(threshold=score(to_percent(STRENGTH_THRESHOLD), lang)).get(lang)
        body = [para(text, styles.body)]
    return [para(phrases.STRENGTHS.get(lang), styles.side_heading), *body]


def _chain(content: ReportContent, styles: Styles, width: float) -> list[Flowable]:
    lang = content.language
    if not content.chain:
        body: list[Flowable] = [para(phrases.CHAIN_UNKNOWN.get(lang), styles.body)]
    else:
        links = [(link.name, score(link.score, lang), link.weak) for link in content.chain]
        if not content.chain_weakness:
            verdict = phrases.CHAIN_STRONG.format(threshold=score(to_percent(STRENGTH_THRESHOLD), lang))
        else:
            tied = phrases.CHAIN_VERDICT_TIED if len(content.chain_weakness) > 1 else phrases.CHAIN_VERDICT
            verdict = tied.format(weakness=joined(list(content.chain_weakness), lang))
        hints = " · ".join(f"{link.name}: {link.hint}" for link in content.chain)
        body = [
            value_chain(links, width, phrases.WEAKEST_LINK.get(lang)),
            gap(3),
            para(hints, styles.small),
            gap(3),
            para(verdict.get(lang), styles.small),
        ]
    return [para(phrases.VALUE_CHAIN.get(lang), styles.side_heading), *body]


def _priorities(content: ReportContent, styles: Styles) -> list[Flowable]:
    """Each area stays in one piece; the heading stays with the first."""
    lang = content.language
    if not shows_priorities(content):
        return [heading(phrases.PRIORITIES.get(lang), styles, para(phrases.NO_PRIORITIES.get(lang), styles.body))]
    blocks = [_area(area, content, styles) for area in content.priorities]
    first, *rest = blocks
    return [KeepTogether([para(phrases.PRIORITIES.get(lang), styles.heading), *first]), *(KeepTogether(block) for block in rest)]


def _area(area: PriorityArea, content: ReportContent, styles: Styles) -> list[Flowable]:
    """One priority area: why it is here, and each action with the answer that called for it and its source."""
    lang = content.language
    meta = phrases.PRIORITY_META.format(score=score(area.score, lang), ambition=area.ambition, intervention=area.intervention)
    block: list[Flowable] = [
        markup("<b>{id}</b>\u2002{title}", styles.subheading, id=area.id, title=area.title),
        para(meta.get(lang), styles.small),
    ]
    if area.weakest_link:
        reason = phrases.WEAKEST_CAPS if content.capped_from else phrases.WEAKEST_UNBALANCES
        block.append(para(reason.format(ambition=area.ambition).get(lang), styles.small))
    block.append(gap(3))
    for action in area.actions:
        basis = phrases.ACTION_BASIS.format(item=action.item_id, score=str(action.score), source=action.source).get(lang)
        template = '{text} <font size="8" color="#5d6773">({basis})</font>'
        block.append(bullet_markup(template, styles, text=action.text, basis=basis))
    block += [bullet(text, styles) for text in area.general_actions]
    if not area.actions and not area.general_actions:
        block.append(para(phrases.NO_LOW_ITEMS.get(lang), styles.body))
    return block


def _renewal(content: ReportContent, styles: Styles, width: float) -> list[Flowable]:
    """What renewal the last three years brought, per Oslo Manual innovation type (D6's items)."""
    lang = content.language
    rows = [
        [para(line.name, styles.cell), renewal_dots(line.score), para(line.answer, styles.cell_muted)] for line in content.renewal
    ]
    if not rows:
        return []
    table = grid(rows, [96, 48, width - 144], [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    return [para(phrases.INNOVATION_TYPES.get(lang), styles.side_heading), table]
