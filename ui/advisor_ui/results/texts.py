"""The results page's longer texts (strengths, improvement areas, the comparison), from the PDF's view model.

Kept in the ``ResultsPage`` translation context, so the words are the page's own.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from advisor_app.domain.scoring import STRENGTH_THRESHOLD, to_percent

from .. import labels
from ..i18n import translate

if TYPE_CHECKING:
    from advisor_app.report.content import ReportContent


def strengths_html(content: ReportContent) -> str:
    if not content.strengths:
        return translate(
            "ResultsPage", "No dimension scores {threshold} or more yet; the improvement areas show where to start."
        ).format(threshold=labels.score(to_percent(STRENGTH_THRESHOLD)))
    lines = {d.id: d for d in content.dimensions}
    items = "".join(
        f"<li><b>{d} {html.escape(lines[d].title)}</b>: {labels.score(lines[d].score)}</li>"
        for d in content.strengths
        if d in lines
    )
    return f"<ul style='margin-left:-20px'>{items}</ul>"


def areas_html(content: ReportContent) -> str:
    if not content.priorities:
        return translate("ResultsPage", "No improvement areas: every capability dimension is at the top of the scale.")
    blocks = []
    for area in content.priorities:
        actions = [action.text for action in area.actions] or list(area.general_actions)
        items = "".join(f"<li>{html.escape(action)}</li>" for action in actions)
        blocks.append(
            f"<p style='margin-bottom:2px'><b>{area.id} {html.escape(area.title)}</b> · "
            + html.escape(
                translate("ResultsPage", "score {score}, ambition {ambition}, intervention: {kind}").format(
                    score=labels.score(area.score), ambition=area.ambition, kind=area.intervention
                )
            )
            + f"</p><ul style='margin-left:-20px; margin-top:0'>{items}</ul>"
        )
    return "".join(blocks)


def comparison_text(content: ReportContent) -> str:
    comparison = content.comparison
    if comparison is None:
        return ""
    before, now = comparison.before_sii, content.sii
    when = labels.day(comparison.before_date)
    if before is None or now is None:
        return translate("ResultsPage", "The previous scan of {date} has no index to compare with.").format(date=when)
    return translate("ResultsPage", "Index {before} on {date}, now {now} ({change}). Stage then: {stage}.").format(
        before=labels.score(before),
        date=when,
        now=labels.score(now),
        change=labels.change(now, before),
        stage=comparison.before_stage or "–",
    )
