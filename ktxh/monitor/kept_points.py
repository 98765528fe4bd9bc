"""The figures that can decide a target's evaluation, kept in the store.

The target board evaluates each target against every point of its indicator
(:func:`ktxh.monitor.register.target_board`): on a large store tens of
thousands of figures per indicator, most of them repeating the same year.
What the evaluation reads of them is a choice per group of points that it
takes or leaves together, a *bucket*: (indicator, period, kind, place folded,
unit, base unit, whether a base value is given). A target takes the buckets
of its place (and those of no place) whose unit it can read, and then:

- the point chosen per period and kind (:meth:`ktxh.monitor.series.Series.chosen`:
  an actual over an estimate, then the latest document date; the last in
  row order among equals);
- the newest point when none is chosen (:func:`ktxh.monitor.register._latest`:
  by period, actual, document date as written; the first among equals);
- whether any level, rate or share point is in another unit than "%".

The choice over a set of buckets is the choice among each bucket's own
choice, row order kept, so these two points per bucket decide the
evaluation as all of them do, with any point sharing their source key
(document, span, period, kind: the board finds its sources by it) among
the points one target reads: its indicator's and those of the indicator it
is the growth of (a *family*: "tăng trưởng GRDP" and GRDP). Every target
evaluated over the kept figures equals the evaluation over every figure
(tests compare them). The kept figures (``target_points``, migration 0008)
are brought up to date with the conflict groups, by (indicator, period,
kind) keys, a family's keys together (:mod:`ktxh.monitor.kept`).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.catalog import catalog, get
from ktxh.monitor.periods import parse_date_start
from ktxh.store.kept_tables import TargetPoint
from ktxh.store.tables import Figure
from ktxh.text.normalize import fold

Key = tuple[str, str, str]
_KEY_CHUNK = 300  # (code, period, kind) keys in one IN list


@functools.cache
def family(code: str) -> str:
    """The indicator a growth indicator is computed from, else ``code``: the
    points of both are read by one target."""
    ind = get(code)
    return ind.growth_of if ind is not None and ind.growth_of else code


@functools.cache
def _members() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for code in sorted(catalog()):
        out.setdefault(family(code), []).append(code)
    return {f: tuple(codes) for f, codes in out.items()}


def families(codes: Collection[str]) -> list[list[str]]:
    """``codes`` with every member of their families, one list per family."""
    return [list(_members().get(f, (f,))) for f in sorted({family(c) for c in codes})]


def with_family(keys: Collection[Key]) -> set[Key]:
    """``keys`` and those of the same period and kind of their families."""
    return {(c, p, k) for code, p, k in keys
            for c in _members().get(family(code), (code,))} | set(keys)


def _bucket(lk: R.Linked) -> tuple:
    """What a target takes or leaves together: see the module's docstring
    (the place as ``_same_place`` compares it: folded, or None when empty)."""
    p = lk.point
    place = fold(p.place).strip() if p.place else None
    return (p.indicator_code, p.period, p.kind, place, p.unit, p.base_unit,
            p.base_value is None)


def deciding(linked: Iterable[R.Linked]) -> dict[int, Key]:
    """The figures among ``linked`` (in row order: every current point of
    some keys, a family's keys together) that can decide an evaluation, by
    id, with their (code, period, kind)."""
    items = list(linked)
    days: dict[str | None, int] = {}
    chosen: dict[tuple, tuple[tuple, R.Linked]] = {}  # Series.chosen: last of the best
    newest: dict[tuple, tuple[tuple, R.Linked]] = {}  # register._latest: first of the best
    for lk in items:
        p = lk.point
        if p.doc_date not in days:
            d = parse_date_start(p.doc_date) if p.doc_date else None
            days[p.doc_date] = d.toordinal() if d else 0
        bucket = _bucket(lk)
        rank = (not p.estimate, days[p.doc_date])
        cur = chosen.get(bucket)
        if cur is None or rank >= cur[0]:
            chosen[bucket] = (rank, lk)
        rank = (not p.estimate, lk.document.date or "")
        cur = newest.get(bucket)
        if cur is None or rank > cur[0]:
            newest[bucket] = (rank, lk)
    picked = {(family(lk.point.indicator_code), R.point_key(lk.point))
              for _, lk in (*chosen.values(), *newest.values())}
    return {lk.row["id"]: (lk.point.indicator_code, lk.point.period, lk.point.kind)
            for lk in items
            if (family(lk.point.indicator_code), R.point_key(lk.point)) in picked}


def _insert(session: Session, found: dict[int, Key]) -> None:
    rows = [{"figure_id": i, "code": c, "period": p, "kind": k}
            for i, (c, p, k) in sorted(found.items())]
    for start in range(0, len(rows), 5000):
        session.execute(insert(TargetPoint), rows[start : start + 5000])


def add(session: Session, linked: list[R.Linked]) -> None:
    """The figures of ``linked`` that can decide an evaluation, kept: every
    current point of their keys, none of which is kept yet."""
    _insert(session, deciding(linked))


def replace(session: Session, keys: Collection[Key] | None, linked: list[R.Linked]) -> None:
    """The kept figures of the (code, period, kind) ``keys`` (None: of every
    key; a family's keys together, :func:`with_family`) chosen again among
    ``linked``: every current point of those keys."""
    if keys is None:
        session.execute(delete(TargetPoint))
    else:
        ordered = sorted(keys)
        for start in range(0, len(ordered), _KEY_CHUNK):
            session.execute(delete(TargetPoint).where(
                tuple_(TargetPoint.code, TargetPoint.period, TargetPoint.kind)
                .in_(ordered[start : start + _KEY_CHUNK])))
    _insert(session, deciding(linked))


def batches(codes: Collection[str], size: int) -> list[list[str]]:
    """``codes`` and their families' members in lists of about ``size``
    codes, a family in one list."""
    out: list[list[str]] = [[]]
    for members in families(codes):
        if out[-1] and len(out[-1]) + len(members) > size:
            out.append([])
        out[-1] += members
    return [b for b in out if b]


def fill(session: Session, codes: Collection[str], size: int = 20) -> None:
    """Every kept figure chosen again, reading the points of about ``size``
    indicators at a time (a store filled before they were kept)."""
    session.execute(delete(TargetPoint))
    for some in batches(codes, size):
        _insert(session, deciding(R.series_points(session, None, codes=some, quotes=False)))


def board_points(session: Session, docs: dict[int, R.DocInfo],
                 codes: Collection[str]) -> list[R.Linked]:
    """The series points of ``codes`` that can decide a target (quotes read,
    corrections applied), in row order: what the board evaluates, kept
    up to date (:func:`ktxh.monitor.kept.refresh`) beforehand."""
    if not codes:
        return []
    ids = select(TargetPoint.figure_id).where(TargetPoint.code.in_(sorted(codes)))
    wanted = set(session.scalars(ids))
    if not wanted:
        return []
    rows = [r for r in R.figure_rows(session, docs, Figure.id.in_(ids)) if r["id"] in wanted]
    return R.linked_points(rows, docs, codes=codes)
