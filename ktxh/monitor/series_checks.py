"""Checks across documents, over series points (for the store layer).

- the same indicator, place, period and kind stated with different actual
  values by different documents (:func:`check_series`, one finding per group);
- a year-on-year change that does not match the levels of the two periods
  ("1.350 triệu USD, tăng 20,5% so với cùng kỳ" when the same quarter of the
  year before was 1.120 triệu USD: 20,54%) (:func:`check_changes`).
"""

from __future__ import annotations

from collections.abc import Iterable

from ktxh.monitor.conflicts import conflict_message, find_conflicts, shown_points
from ktxh.monitor.findings import INFO, WARNING, Finding, vn_number
from ktxh.monitor.series import SeriesPoint, build_series

# Slack on a year-on-year change, in points, on top of the rounding of the
# printed change and of both levels.
CHANGE_SLACK_POINTS = 0.05
YEAR_ON_YEAR = (None, "same_period_last_year")


def check_series(points: Iterable[SeriesPoint], rel_tol: float = 0.005) -> list[Finding]:
    """Cross-document: the same indicator, place, period and kind stated
    with different actual values by different documents; one finding per
    such group, naming its distinct values (:mod:`ktxh.monitor.conflicts`)."""
    out = []
    for conflict in find_conflicts(points, rel_tol):
        msg = conflict_message(conflict, lambda p: p.document_id or "?")
        spans = tuple(p.span for p in shown_points(conflict) if p.span is not None)
        out.append(Finding("cross_document_conflict", WARNING, msg, spans))
    return out


def _year_before(code: str) -> str | None:
    """"2024-Q1" → "2023-Q1", "2024" → "2023", "2021/2025" → None."""
    head, sep, tail = code.partition("-")
    if len(head) != 4 or not head.isdigit() or "/" in code:
        return None
    return f"{int(head) - 1}{sep}{tail}"


def _half_ulp(value: float) -> float:
    """Half a unit of the last digit a value was printed with (from its float form)."""
    text = repr(float(value))
    decimals = 0 if text.endswith(".0") else len(text.split(".")[1])
    return 0.5 * 10 ** (-decimals)


def _chosen(points: list[SeriesPoint]) -> SeriesPoint:
    """Actual over estimate, then the latest document."""
    return max(points, key=lambda p: p._rank())


def check_changes(points: Iterable[SeriesPoint]) -> list[Finding]:
    """Year-on-year changes against the levels of the two periods.

    The level of the current period is the one stated by the same document
    as the change; the level a year before is the chosen value of that
    period (actual over estimate). Against an estimate the finding is only
    ``info``: estimates are revised.
    """
    out: list[Finding] = []
    for series in build_series(points).values():
        levels: dict[tuple[str, str], list[SeriesPoint]] = {}
        for p in series.points:
            if p.kind == "level":
                levels.setdefault((p.period, p.unit), []).append(p)
        for change in series.points:
            if change.kind != "change" or change.base not in YEAR_ON_YEAR:
                continue
            if not change.unit.startswith("%"):
                continue
            before = _year_before(change.period)
            if before is None:
                continue
            finding = _compare_change(change, before, levels)
            if finding is not None:
                out.append(finding)
    return out


def _compare_change(change: SeriesPoint, before: str,
                    levels: dict[tuple[str, str], list[SeriesPoint]]) -> Finding | None:
    tried = []
    for (period, unit), pts in levels.items():
        if period != change.period:
            continue
        cur = [p for p in pts if p.document_id == change.document_id]
        prev_pts = levels.get((before, unit))
        if not cur or not prev_pts:
            continue
        now, prev = cur[-1], _chosen(prev_pts)
        if not prev.value:
            continue
        computed = (now.value / prev.value - 1) * 100
        ratio = now.value / prev.value * 100
        tol = (_half_ulp(change.value) + CHANGE_SLACK_POINTS
               + ratio * (_half_ulp(now.value) / abs(now.value or 1)
                          + _half_ulp(prev.value) / abs(prev.value)))
        if abs(computed - change.value) <= tol:
            return None
        tried.append((now, prev, computed))
    if not tried:
        return None
    now, prev, computed = tried[0]
    severity = INFO if prev.estimate else WARNING
    msg = (f"Chỉ tiêu {change.indicator_code} kỳ {change.period}: {change.document_id} nêu "
           f"thay đổi {vn_number(change.value)}% so với cùng kỳ, nhưng {vn_number(now.value)} so "
           f"với {vn_number(prev.value)} {prev.unit} ({prev.document_id}, kỳ {prev.period}) là "
           f"{vn_number(computed)}%.")
    spans = tuple(s for s in (change.span, now.span) if s is not None)
    return Finding("change_mismatch", severity, msg, spans)
