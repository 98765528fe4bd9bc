"""Cross-document conflicts, linear in the number of points.

The points of one indicator, place, period, kind and quantity (unit, or
base unit at any scale) form a group. Only actual values count: an estimate
is expected to be revised by the later actual ("ước thực hiện" then "số liệu
chính thức"), so it never conflicts. A group conflicts when two of its points
from different documents differ by more than ``rel_tol`` (relative to the
larger); it is then reported once, with its distinct values (smallest first)
and the points that state each, instead of once per pair of points.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ktxh.monitor.findings import vn_number
from ktxh.monitor.series import SeriesPoint

# How much a message names: values, and documents per value.
MAX_VALUES = 5
MAX_DOCUMENTS = 3


@dataclass(frozen=True, slots=True)
class Conflict:
    """One group of points whose values disagree between documents."""

    indicator_code: str
    place: str | None
    period: str
    kind: str
    # the distinct values, smallest first; each the points that state it
    values: tuple[tuple[SeriesPoint, ...], ...]

    @property
    def points(self) -> list[SeriesPoint]:
        return [p for group in self.values for p in group]


def quantity(p: SeriesPoint) -> str:
    """What values must share to be compared: the base unit, else the unit."""
    return f"base:{p.base_unit}" if p.base_unit else f"unit:{p.unit}"


def _differ(a: float, b: float, rel_tol: float) -> bool:
    return abs(a - b) / max(abs(a), abs(b), 1e-9) > rel_tol


def _has_conflict(valued: list[tuple[float, SeriesPoint]], rel_tol: float) -> bool:
    """Whether two points of different documents differ by more than ``rel_tol``.

    ``valued`` is sorted by value. The widest pair across documents is the
    smallest against the largest value, unless one document states both:
    then that document's extremes against the other documents' extremes.
    """
    low, high = valued[0], valued[-1]
    if low[1].document_id != high[1].document_id:
        return _differ(low[0], high[0], rel_tol)
    doc = low[1].document_id
    others = [v for v, p in valued if p.document_id != doc]
    if not others:
        return False
    return _differ(others[0], high[0], rel_tol) or _differ(low[0], others[-1], rel_tol)


def _distinct(valued: list[tuple[float, SeriesPoint]],
              rel_tol: float) -> tuple[tuple[SeriesPoint, ...], ...]:
    """Points grouped by value: a value within ``rel_tol`` of a group's
    smallest value is the same value."""
    out: list[list[SeriesPoint]] = []
    first = 0.0
    for value, p in valued:
        if not out or _differ(first, value, rel_tol):
            out.append([])
            first = value
        out[-1].append(p)
    return tuple(tuple(g) for g in out)


def find_conflicts(points: Iterable[SeriesPoint], rel_tol: float = 0.005) -> list[Conflict]:
    """One :class:`Conflict` per group whose actual values disagree between
    documents, in the order the groups first appear."""
    groups: dict[tuple, list[SeriesPoint]] = {}
    for p in points:
        if p.estimate:
            continue
        key = (p.indicator_code, p.place, p.period, p.kind, quantity(p))
        groups.setdefault(key, []).append(p)
    out = []
    for (code, place, period, kind, _), pts in groups.items():
        if len({p.document_id for p in pts}) < 2:
            continue
        same_unit = len({p.unit for p in pts}) == 1
        valued = sorted(((p.value if same_unit else p.comparable_value(), p) for p in pts),
                        key=lambda vp: vp[0])
        if _has_conflict(valued, rel_tol):
            out.append(Conflict(code, place, period, kind, _distinct(valued, rel_tol)))
    return out


def _names(points: Iterable[SeriesPoint], label: Callable[[SeriesPoint], str]) -> str:
    names = list(dict.fromkeys(label(p) for p in points))
    text = ", ".join(names[:MAX_DOCUMENTS])
    if len(names) > MAX_DOCUMENTS:
        text += f" và {len(names) - MAX_DOCUMENTS} văn bản khác"
    return text


def conflict_message(conflict: Conflict, label: Callable[[SeriesPoint], str]) -> str:
    """The Vietnamese message: each distinct value with the documents
    (named by ``label``) that state it, at most :data:`MAX_VALUES` values."""
    where = f" ({conflict.place})" if conflict.place else ""
    parts = [f"{_names(group, label)} nêu {vn_number(group[0].value)} {group[0].unit}".rstrip()
             for group in conflict.values[:MAX_VALUES]]
    more = len(conflict.values) - MAX_VALUES
    tail = f"; và {more} giá trị khác" if more > 0 else ""
    return (f"Chỉ tiêu {conflict.indicator_code}{where} kỳ {conflict.period}: "
            f"{'; '.join(parts)}{tail}.")


def shown_points(conflict: Conflict) -> list[SeriesPoint]:
    """The points whose spans a finding shows: per value named in the
    message, the first point of each of at most two documents."""
    out = []
    for group in conflict.values[:MAX_VALUES]:
        seen: set[str | None] = set()
        for p in group:
            if p.document_id not in seen and len(seen) < 2:
                seen.add(p.document_id)
                out.append(p)
    return out
