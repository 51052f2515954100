"""Numbers, dates and the short summary, written out in the report's language.

Every figure goes through ``domain.formatting`` (Babel): one rounding rule
(halves away from zero, so 62.5 is 63 and 37.5 is 38 in every table), the
Dutch decimal comma, and plurals ("1 punt", "2 punten").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from ..domain.formatting import (
    babel_locale,
    format_date,
    format_decimal,
    format_percent,
    format_points,
    round_half_up,
    round_whole,
)
from ..domain.scoring import UNBALANCED_SPREAD, spread_points
from . import phrases
from .model import ReportContent

MINUS = "\u2212"
DASH = "\u2013"


def score(value: float | None, language: str) -> str:
    """A 0-100 score as a whole number, rounded the way every table rounds."""
    return DASH if value is None else _whole(str(round_half_up(value)), language)


@lru_cache(maxsize=2048)
def _whole(rounded: str, language: str) -> str:
    """A whole number as Babel writes it, once per number and language: a summary writes some fifty, and Babel
    parses the number pattern at each call. Keyed by the rounded number's text, so the result is Babel's own."""
    return format_decimal(Decimal(rounded), language)


def points(value: float, language: str, digits: int = 0) -> str:
    """A number of score points with its plural: "1 punt", "12 punten", "37,5 points"."""
    return format_points(value, language, digits)


def share(percent: float, language: str) -> str:
    """A share such as Rogers' 2.5 % or 34 %, with a decimal only where it has one."""
    return format_percent(percent, language, 0 if float(percent).is_integer() else 1)


def employees(count: int, language: str) -> str:
    form = babel_locale(language).plural_form(count)
    return phrases.EMPLOYEES["one" if form == "one" else "other"].format(n=format_decimal(count, language)).get(language)


def difference(value: float | None, reference: float | None, language: str) -> str:
    """The difference of the two figures *as shown*, so a row always adds up."""
    if value is None or reference is None:
        return DASH
    delta = round_whole(value) - round_whole(reference)
    if delta == 0:
        return "0"
    number = _whole(str(abs(delta)), language)
    return f"+{number}" if delta > 0 else f"{MINUS}{number}"


def long_date(value: date | None, language: str) -> str:
    return DASH if value is None else format_date(value, language, "long")


def short_date(value: date | None, language: str) -> str:
    return "" if value is None else format_date(value, language, "short")


def joined(parts: list[str], language: str) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {phrases.AND.get(language)} {parts[-1]}"


def shows_priorities(content: ReportContent) -> bool:
    """Priority areas are given once there is an index: ranked among one or two scored dimensions of a draft,
    the "focus" would often be the company's strongest part, on a page the entrepreneur keeps."""
    return bool(content.priorities) and content.sii is not None


def in_brief(content: ReportContent) -> list[str]:
    """The sentences a busy entrepreneur reads first: where, what changed, what stands out, what next."""
    lang = content.language
    lines = [_position(content, lang)]
    if content.comparison is not None and content.sii is not None:
        lines.append(_since(content, lang))
    return [*lines, _profile(content, lang), _focus(content, lang)]


def _position(content: ReportContent, lang: str) -> str:
    if content.sii is None or content.stage is None:
        capability = [d for d in content.dimensions if d.capability]
        return phrases.BRIEF_NO_INDEX.format(k=sum(d.score is not None for d in capability), n=len(capability)).get(lang)
    sentence = phrases.BRIEF_POSITION.format(sii=score(content.sii, lang), stage=content.stage).get(lang)
    reference = content.reference()
    if reference is None:
        return sentence
    group, average = reference
    compared = [d.id for d in content.dimensions if d.capability and d.id in group.scores]
    if not compared:
        return sentence
    mean = sum(group.scores[i] for i in compared) / len(compared)
    delta = round_whole(content.sii) - round_whole(mean)
    name = (phrases.SECTOR_AVERAGE if average == "sector" else phrases.PROGRAMME_AVERAGE).get(lang)
    n = format_decimal(group.n, lang)
    if delta == 0:
        return sentence + phrases.BRIEF_EQUAL.format(average=name, n=n).get(lang)
    direction = (phrases.ABOVE if delta > 0 else phrases.BELOW).get(lang)
    return sentence + phrases.BRIEF_VERSUS.format(diff=points(abs(delta), lang), direction=direction, average=name, n=n).get(lang)


def _since(content: ReportContent, lang: str) -> str:
    """How the index and the stage moved since the scan this one follows up."""
    comparison = content.comparison
    assert comparison is not None
    assert content.sii is not None
    when = long_date(comparison.before_date, lang)
    now = score(content.sii, lang)
    if comparison.before_sii is None:
        sentence = ""
    else:
        delta = round_whole(content.sii) - round_whole(comparison.before_sii)
        before = score(comparison.before_sii, lang)
        if delta > 0:
            sentence = phrases.BRIEF_SINCE_UP.format(date=when, before=before, now=now, points=points(delta, lang)).get(lang)
        elif delta < 0:
            sentence = phrases.BRIEF_SINCE_DOWN.format(date=when, before=before, now=now, points=points(-delta, lang)).get(lang)
        else:
            sentence = phrases.BRIEF_SINCE_SAME.format(date=when, now=now).get(lang)
    if comparison.before_stage and content.stage:
        if comparison.before_stage == content.stage:
            sentence += phrases.BRIEF_STAGE_SAME.format(stage=content.stage).get(lang)
        else:
            sentence += phrases.BRIEF_STAGE_CHANGED.format(before=comparison.before_stage, now=content.stage).get(lang)
    return sentence.strip()


def _profile(content: ReportContent, lang: str) -> str:
    scored = [d for d in content.dimensions if d.capability and d.score is not None]
    if not scored:
        return phrases.BRIEF_NO_PROFILE.get(lang)
    if len(scored) == 1:
        return phrases.BRIEF_ONLY_ONE.format(dimension=scored[0].title, score=score(scored[0].score, lang)).get(lang)
    best = max(scored, key=lambda d: (d.score or 0.0, -content.dimensions.index(d)))
    worst = min(scored, key=lambda d: (d.score or 0.0, content.dimensions.index(d)))
    sentence = phrases.BRIEF_PROFILE.format(
        best=best.title, best_score=score(best.score, lang), worst=worst.title, worst_score=score(worst.score, lang)
    ).get(lang)
    if content.sii is not None:
        spread = points(spread_points(UNBALANCED_SPREAD), lang, 1 if spread_points(UNBALANCED_SPREAD) % 1 else 0)
        extra = phrases.BRIEF_UNBALANCED.format(spread=spread) if content.unbalanced else phrases.BRIEF_BALANCED
        sentence += extra.get(lang)
    return sentence


def _focus(content: ReportContent, lang: str) -> str:
    if not shows_priorities(content):
        return phrases.BRIEF_NO_FOCUS.get(lang)
    areas = joined([f"‘{p.title}’" for p in content.priorities], lang)
    if content.chain_weakness:
        weakness = joined(list(content.chain_weakness), lang)
        return phrases.BRIEF_FOCUS_CHAIN.format(areas=areas, weakness=weakness).get(lang)
    return phrases.BRIEF_FOCUS.format(areas=areas).get(lang)
