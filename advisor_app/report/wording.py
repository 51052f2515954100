"""Numbers, dates and the three-sentence summary, written out in the report's language."""

from __future__ import annotations

from datetime import date

from ..domain.scoring import UNBALANCED_SPREAD
from . import phrases
from .content import ReportContent

MINUS = "\u2212"
DASH = "\u2013"


def score(value: float | None) -> str:
    """A 0-100 score as a whole number, the way the app shows it."""
    return DASH if value is None else f"{value:.0f}"


def decimal(value: float, language: str) -> str:
    """A figure with at most one decimal, with a decimal comma in Dutch."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if language == "nl" else text


def difference(value: float | None, reference: float | None) -> str:
    if value is None or reference is None:
        return DASH
    delta = round(value) - round(reference)
    if delta == 0:
        return "0"
    return f"+{delta}" if delta > 0 else f"{MINUS}{-delta}"


def long_date(value: date | None, language: str) -> str:
    if value is None:
        return DASH
    return f"{value.day} {phrases.MONTHS[value.month - 1].get(language)} {value.year}"


def short_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y") if language == "nl" else value.isoformat()


def joined(parts: list[str], language: str) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {phrases.AND.get(language)} {parts[-1]}"


def in_brief(content: ReportContent) -> list[str]:
    """Three sentences a busy entrepreneur reads first: where, what stands out, what next."""
    lang = content.language
    return [_position(content, lang), _profile(content, lang), _focus(content, lang)]


def _position(content: ReportContent, lang: str) -> str:
    if content.sii is None or content.stage is None:
        capability = [d for d in content.dimensions if d.capability]
        return phrases.BRIEF_NO_INDEX.format(k=sum(d.score is not None for d in capability), n=len(capability)).get(lang)
    sentence = phrases.BRIEF_POSITION.format(sii=score(content.sii), stage=content.stage).get(lang)
    reference = content.reference()
    if reference is None:
        return sentence
    group, average = reference
    compared = [d.id for d in content.dimensions if d.capability and d.id in group.scores]
    if not compared:
        return sentence
    mean = sum(group.scores[i] for i in compared) / len(compared)
    delta = round(content.sii) - round(mean)
    name = (phrases.SECTOR_AVERAGE if average == "sector" else phrases.PROGRAMME_AVERAGE).get(lang)
    if delta == 0:
        return sentence + phrases.BRIEF_EQUAL.format(average=name, n=group.n).get(lang)
    direction = (phrases.ABOVE if delta > 0 else phrases.BELOW).get(lang)
    return sentence + phrases.BRIEF_VERSUS.format(diff=abs(delta), direction=direction, average=name, n=group.n).get(lang)


def _profile(content: ReportContent, lang: str) -> str:
    scored = [d for d in content.dimensions if d.capability and d.score is not None]
    if not scored:
        return phrases.BRIEF_NO_PROFILE.get(lang)
    if len(scored) == 1:
        return phrases.BRIEF_ONLY_ONE.format(dimension=scored[0].title, score=score(scored[0].score)).get(lang)
    best = max(scored, key=lambda d: (d.score or 0.0, -content.dimensions.index(d)))
    worst = min(scored, key=lambda d: (d.score or 0.0, content.dimensions.index(d)))
    sentence = phrases.BRIEF_PROFILE.format(
        best=best.title, best_score=score(best.score), worst=worst.title, worst_score=score(worst.score)
    ).get(lang)
    if content.sii is not None:
        spread = decimal(UNBALANCED_SPREAD * 25, lang)
        extra = phrases.BRIEF_UNBALANCED.format(spread=spread) if content.unbalanced else phrases.BRIEF_BALANCED
        sentence += extra.get(lang)
    return sentence


def _focus(content: ReportContent, lang: str) -> str:
    if not content.priorities:
        return phrases.BRIEF_NO_FOCUS.get(lang)
    areas = joined([p.title for p in content.priorities], lang)
    if content.chain_weakness:
        return phrases.BRIEF_FOCUS_CHAIN.format(areas=areas, weakness=content.chain_weakness).get(lang)
    return phrases.BRIEF_FOCUS.format(areas=areas).get(lang)
