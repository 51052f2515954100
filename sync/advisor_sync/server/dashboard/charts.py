"""Charts as SVG drawn on the server: no script, no chart library, readable without JavaScript.

Each chart is a picture *and* its numbers: bars carry their value as text and
link to the CSV of the rows behind them, and every chart has a ``<title>``
for screen readers. Colours and fonts come from ``static/dashboard.css``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 640
ROW = 26
LABEL = 230


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    shown: str
    """The value as the reader sees it (formatted in their language)."""
    href: str = ""


@dataclass(frozen=True)
class Interval:
    label: str
    mean: float | None
    low: float | None
    high: float | None
    shown: str


def _link(href: str, inner: str) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def meter(title: str, value: float, target: float, shown: str) -> Markup:
    """Progress towards a target: the filled part of a bar whose full width is the target (the figure is printed beside it)."""
    share = 0.0 if target <= 0 else min(1.0, value / target)
    full = 300
    return Markup(
        f'<svg class="chart meter" viewBox="0 0 {full} 16" role="img" aria-label="{escape(title)}: {escape(shown)}">'
        f"<title>{escape(title)}: {escape(shown)}</title>"
        f'<rect class="track" x="0" y="2" width="{full}" height="12" rx="3"/>'
        f'<rect class="fill" x="0" y="2" width="{full * share:.1f}" height="12" rx="3"/></svg>'
    )


def bars(title: str, rows: Sequence[Bar], maximum: float | None = None) -> Markup:
    """Horizontal bars, one per row, each linking to its rows."""
    top = max([maximum or 0.0, *(row.value for row in rows)]) or 1.0
    span = WIDTH - LABEL - 70
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {WIDTH} {ROW * len(rows) + 4}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, row in enumerate(rows):
        y = i * ROW + 2
        inner = (
            f'<text class="label" x="{LABEL - 8}" y="{y + 16}" text-anchor="end">{escape(row.label)}</text>'
            f'<rect class="fill" x="{LABEL}" y="{y + 3}" width="{span * row.value / top:.1f}" height="{ROW - 8}" rx="2"/>'
            f'<text x="{LABEL + span * row.value / top + 6:.1f}" y="{y + 16}">{escape(row.shown)}</text>'
        )
        parts.append(_link(row.href, inner))
    parts.append("</svg>")
    return Markup("".join(parts))


def columns(title: str, rows: Sequence[Bar]) -> Markup:
    """Vertical columns (per month), the value above each, the label below."""
    height, base = 200, 150
    top = max((row.value for row in rows), default=0.0) or 1.0
    margin = 40  # room for the first rotated label
    step = (WIDTH - margin) / max(1, len(rows))
    parts = [
        f'<svg class="chart columns" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, row in enumerate(rows):
        x = margin + i * step + step * 0.15
        h = (base - 20) * row.value / top
        inner = (
            f'<rect class="fill" x="{x:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" rx="2"/>'
            f'<text x="{x + step * 0.35:.1f}" y="{base - h - 4:.1f}" text-anchor="middle">{escape(row.shown)}</text>'
            f'<text class="label small" x="{x + step * 0.35:.1f}" y="{base + 12}" text-anchor="end" '
            f'transform="rotate(-40 {x + step * 0.35:.1f} {base + 12})">{escape(row.label)}</text>'
        )
        parts.append(_link(row.href, inner))
    parts.append("</svg>")
    return Markup("".join(parts))


def intervals(title: str, rows: Sequence[Interval]) -> Markup:
    """A forest plot: each mean change as a dot with its 95 % interval as a line, zero marked."""
    values = [v for row in rows for v in (row.low, row.high, row.mean) if v is not None]
    reach = max([5.0, *(abs(v) for v in values)]) * 1.1
    span = WIDTH - LABEL - 110
    zero = LABEL + span / 2

    def x(value: float) -> float:
        return zero + span / 2 * value / reach

    parts = [
        f'<svg class="chart intervals" viewBox="0 0 {WIDTH} {ROW * len(rows) + 24}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line class="zero" x1="{zero:.1f}" y1="0" x2="{zero:.1f}" y2="{ROW * len(rows)}"/>',
        f'<text class="label small" x="{zero:.1f}" y="{ROW * len(rows) + 16}" text-anchor="middle">0</text>',
    ]
    for i, row in enumerate(rows):
        y = i * ROW + ROW / 2
        parts.append(f'<text class="label" x="{LABEL - 8}" y="{y + 5:.1f}" text-anchor="end">{escape(row.label)}</text>')
        if row.low is not None and row.high is not None:
            parts.append(f'<line class="whisker" x1="{x(row.low):.1f}" y1="{y:.1f}" x2="{x(row.high):.1f}" y2="{y:.1f}"/>')
        if row.mean is not None:
            parts.append(f'<circle class="dot" cx="{x(row.mean):.1f}" cy="{y:.1f}" r="5"/>')
        parts.append(f'<text x="{LABEL + span + 10}" y="{y + 5:.1f}">{escape(row.shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
