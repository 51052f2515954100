"""Page 1: who was scanned, the headline figures, three sentences and the profile chart."""

from __future__ import annotations

from reportlab.platypus import Flowable

from . import phrases
from .blocks import bullet, gap, grid, heading, labelled, markup, panel, para
from .charts import Series, legend_swatch, radar, stage_steps
from .model import Benchmark, ReportContent
from .styles import AMBER, BLUE, PREVIOUS_GREY, PROGRAMME_GREY, RULE, WIDTH, Styles
from .wording import in_brief, long_date, score

LONG_NAME = 70
"""Names longer than this are set smaller, so a long legal name cannot push the cover onto two pages."""

SECTOR_DASH = (3.0, 2.0)
PROGRAMME_DASH = (1.0, 1.8)
PREVIOUS_DASH = (5.0, 1.5, 1.0, 1.5)


def cover(content: ReportContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    title_style = styles.long_title if len(content.company) > LONG_NAME else styles.title
    story: list[Flowable] = [
        para(f"{content.questionnaire_title} · {phrases.SUMMARY.get(lang)}".upper(), styles.kicker),
        gap(4),
        para(content.company, title_style),
        para(" · ".join(part for part in (content.sector, content.location) if part), styles.subtitle),
        gap(12),
        _facts(content, styles),
    ]
    if content.draft:
        story += [gap(10), para(phrases.DRAFT_BANNER.get(lang), styles.banner)]
    story += [gap(12), _figures(content, styles), gap(5), para(phrases.SELF_ASSESSMENT.get(lang), styles.caveat)]
    if content.capped_from and content.weakest:
        story += [
            gap(5),
            para(phrases.CAP_NOTE.format(dimension=content.weakest, stage=content.capped_from).get(lang), styles.note),
        ]
    story.append(heading(phrases.IN_BRIEF.get(lang), styles, *[bullet(line, styles) for line in in_brief(content)]))
    story.append(heading(phrases.PROFILE.get(lang), styles, _profile(content, styles)))
    return story


def _facts(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    column = WIDTH / 3
    cells = [
        labelled(phrases.KVK.get(lang), content.kvk, styles),
        labelled(phrases.SIZE.get(lang), content.size or phrases.NOT_KNOWN.get(lang), styles),
        labelled(phrases.SCAN_DATE.get(lang), long_date(content.scan_date, lang), styles),
        labelled(phrases.CONTACT.get(lang), content.contact_person, styles),
        labelled(phrases.ADVISOR.get(lang), content.advisor, styles),
        labelled(phrases.SECTOR.get(lang), content.sector, styles),
    ]
    return grid(
        [cells[:3], cells[3:]],
        [column] * 3,
        [("BOTTOMPADDING", (0, 0), (-1, 0), 7), ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE), ("TOPPADDING", (0, 0), (-1, 0), 7)],
    )


def _figures(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    column = WIDTH / 3
    inner = column - 18
    if content.sii is None:
        index: list[Flowable] = [
            para(phrases.SII.get(lang), styles.label),
            para(phrases.NO_INDEX.get(lang), styles.figure_text),
        ]
    else:
        index = [
            para(phrases.SII.get(lang), styles.label),
            markup(
                '{value}<font size="9" color="#5d6773"> {out_of}</font>',
                styles.figure,
                value=score(content.sii, lang),
                out_of=phrases.OUT_OF_100.get(lang),
            ),
        ]
    stage: list[Flowable] = [para(phrases.STAGE.get(lang), styles.label)]
    if content.stage is None:
        stage.append(para(phrases.NOT_DETERMINED.get(lang), styles.figure_text))
    else:
        stage += [
            para(content.stage, styles.figure_text),
            gap(4),
            stage_steps(content.stage_number, content.stage_count, inner),
            gap(2),
            para(phrases.STAGE_STEP.format(i=content.stage_number, n=content.stage_count).get(lang), styles.small),
        ]
    adopter: list[Flowable] = [para(phrases.ADOPTER.get(lang), styles.label)]
    if content.adopter is None:
        adopter.append(para(phrases.NOT_DETERMINED.get(lang), styles.figure_quiet))
    else:
        share = phrases.ADOPTER_SHARE.format(p=content.adopter_share or "").get(lang)
        capped = phrases.ADOPTER_CAPPED.get(lang) if content.adopter_capped else ""
        adopter += [
            markup("<b>{label}</b>: {text}", styles.figure_quiet, label=content.adopter, text=content.adopter_description or ""),
            gap(3),
            para(share + "." + capped, styles.small),
        ]
    return panel(
        [[index, stage, adopter]],
        [column] * 3,
        [("LINEAFTER", (0, 0), (1, 0), 0.6, RULE)],
    )


def _profile(content: ReportContent, styles: Styles) -> Flowable:
    lang = content.language
    if all(d.score is None for d in content.dimensions):
        return para(phrases.CHART_EMPTY.get(lang), styles.body)
    chart_width = WIDTH * 0.7
    axes = [(d.id, d.title) for d in content.dimensions]
    series: list[Series] = []
    legend: list[list[object]] = []
    notes: list[Flowable] = []
    for group, colour, dash in (
        (content.programme_benchmark, PROGRAMME_GREY, PROGRAMME_DASH),
        (content.sector_benchmark, AMBER, SECTOR_DASH),
    ):
        if group is not None and group.shown:
            series.append(Series(group.scores, colour, 1.1, dash))
    previous = content.comparison
    if previous is not None:
        series.append(Series(previous.before_scores, PREVIOUS_GREY, 1.2, PREVIOUS_DASH))
    series.append(Series({d.id: d.score for d in content.dimensions}, BLUE, 1.6, filled=True))

    legend.append([legend_swatch(BLUE, 1.6, filled=True), para(phrases.THIS_COMPANY.get(lang), styles.cell)])
    if previous is not None:
        label = phrases.PREVIOUS_SCAN.format(date=long_date(previous.before_date, lang)).get(lang)
        legend.append([legend_swatch(PREVIOUS_GREY, 1.2, PREVIOUS_DASH), para(label, styles.cell)])
    for group, colour, dash, name in (
        (content.sector_benchmark, AMBER, SECTOR_DASH, f"{phrases.SECTOR_GROUP.get(lang)}: {content.sector}"),
        (content.programme_benchmark, PROGRAMME_GREY, PROGRAMME_DASH, phrases.PROGRAMME_GROUP.get(lang)),
    ):
        if group is not None and group.shown:
            legend.append(
                [legend_swatch(colour, 1.1, dash), para(phrases.GROUP_N.format(group=name, n=group.n).get(lang), styles.cell)]
            )
        else:
            notes.append(para(_hidden(group, name, content), styles.small))
    if any(d.score is None for d in content.dimensions):
        notes.append(para(phrases.CHART_GAPS.get(lang), styles.small))
    notes.append(para(phrases.CHART_RINGS.get(lang), styles.small))
    notes.append(para(phrases.GROUP_NOTE.get(lang), styles.small))
    side: list[Flowable] = [
        grid(
            legend,
            [24, WIDTH - chart_width - 30],
            [("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        )
    ]
    for note in notes:
        side += [gap(4), note]
    chart = radar(axes, series, chart_width, 262, gap_label=phrases.CHART_GAP_LABEL.get(lang))
    return grid([[chart, side]], [chart_width, WIDTH - chart_width], [("VALIGN", (1, 0), (1, 0), "MIDDLE")])


def _hidden(group: Benchmark | None, name: str, content: ReportContent) -> str:
    lang = content.language
    if group is None:
        return phrases.GROUP_MISSING.format(group=name).get(lang)
    return phrases.GROUP_HIDDEN.format(group=name, min=content.benchmark_min_n, n=group.n).get(lang)
