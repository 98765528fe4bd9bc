"""Server-rendered SVG charts: no script, nothing loaded from the network.

A line chart of one indicator over time with an optional target band, and
horizontal progress bars. Every point carries a link to its source so a user
can click a value and see the sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True, slots=True)
class Point:
    label: str  # x label, e.g. "2023" or "2024-Q1"
    value: float
    href: str | None = None  # link to the source sentence
    title: str | None = None  # tooltip text
    estimate: bool = False


def _fmt(value: float) -> str:
    """Vietnamese number format: 1.234,5."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def line_chart(points: list[Point], *, target: tuple[float, float | None] | None = None,
               unit: str = "", width: int = 640, height: int = 260) -> str:
    """An SVG line chart; ``target`` is (value, value_max) drawn as a line or band."""
    if not points:
        return ""
    pad_l, pad_r, pad_t, pad_b = 56, 16, 16, 40
    values = [p.value for p in points]
    if target:
        values += [v for v in target if v is not None]
    lo, hi = min([*values, 0.0]), max(values)
    if hi == lo:
        hi = lo + 1
    span = hi - lo
    lo, hi = lo - span * 0.05 if lo < 0 else lo, hi + span * 0.1
    inner_w, inner_h = width - pad_l - pad_r, height - pad_t - pad_b

    def x(i: int) -> float:
        return pad_l + (inner_w * (i + 0.5) / len(points))

    def y(v: float) -> float:
        return pad_t + inner_h * (1 - (v - lo) / (hi - lo))

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Biểu đồ" xmlns="http://www.w3.org/2000/svg">']
    for k in range(5):
        v = lo + (hi - lo) * k / 4
        out.append(f'<line class="grid" x1="{pad_l}" x2="{width - pad_r}" y1="{y(v):.1f}" '
                   f'y2="{y(v):.1f}"/><text class="axis" x="{pad_l - 6}" y="{y(v) + 4:.1f}" '
                   f'text-anchor="end">{_fmt(v)}</text>')
    if target:
        t_lo, t_hi = target
        if t_hi is not None and t_hi != t_lo:
            out.append(f'<rect class="target-band" x="{pad_l}" width="{inner_w}" '
                       f'y="{y(t_hi):.1f}" height="{y(t_lo) - y(t_hi):.1f}"/>')
        out.append(f'<line class="target" x1="{pad_l}" x2="{width - pad_r}" '
                   f'y1="{y(t_lo):.1f}" y2="{y(t_lo):.1f}"><title>Mục tiêu {_fmt(t_lo)}'
                   f'{" - " + _fmt(t_hi) if t_hi else ""} {escape(unit)}</title></line>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(p.value):.1f}"
                    for i, p in enumerate(points))
    out.append(f'<path class="series" d="{path}"/>')
    for i, p in enumerate(points):
        tip = escape(p.title or f"{p.label}: {_fmt(p.value)} {unit}")
        dot = (f'<circle class="point{" estimate" if p.estimate else ""}" cx="{x(i):.1f}" '
               f'cy="{y(p.value):.1f}" r="5"><title>{tip}</title></circle>')
        if p.href:
            dot = f'<a href="{escape(p.href)}">{dot}</a>'
        out.append(dot)
        out.append(f'<text class="axis" x="{x(i):.1f}" y="{height - pad_b + 18}" '
                   f'text-anchor="middle">{escape(p.label)}</text>')
    out.append("</svg>")
    return "".join(out)


def progress_bar(percent: float | None, *, label: str = "") -> str:
    """A horizontal bar for a progress percentage (clamped to 0–100)."""
    if percent is None:
        return '<div class="bar empty" title="Chưa có số liệu"></div>'
    shown = max(0.0, min(100.0, percent))
    return (f'<div class="bar" role="progressbar" aria-valuenow="{shown:.1f}" '
            f'aria-valuemin="0" aria-valuemax="100" title="{escape(label)}">'
            f'<span style="width:{shown:.1f}%"></span><em>{_fmt(percent)}%</em></div>')
