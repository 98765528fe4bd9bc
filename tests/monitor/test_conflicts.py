"""Cross-document conflicts: one per group of disagreeing values, linear."""

from __future__ import annotations

from ktxh.monitor import conflicts
from ktxh.monitor.conflicts import MAX_VALUES, conflict_message, find_conflicts, shown_points
from ktxh.monitor.series import SeriesPoint
from ktxh.text.model import Span


def point(value: float, doc: str, period: str = "2023", **kw) -> SeriesPoint:
    return SeriesPoint("budget_revenue", kw.pop("place", None), period, value, "tỷ đồng",
                       document_id=doc, span=Span(int(value) % 1000, int(value) % 1000 + 1),
                       **kw)


def label(p: SeriesPoint) -> str:
    return p.document_id or "?"


def test_agreeing_values_are_no_conflict():
    assert find_conflicts([point(100, "A"), point(100.2, "B"), point(100, "C")]) == []


def test_one_document_disagreeing_with_itself_is_no_conflict():
    assert find_conflicts([point(100, "A"), point(200, "A")]) == []


def test_a_document_stating_both_extremes_still_conflicts_with_another():
    [c] = find_conflicts([point(100, "A"), point(300, "A"), point(200, "B")])
    assert [[p.document_id for p in g] for g in c.values] == [["A"], ["B"], ["A"]]
    assert conflict_message(c, label) == (
        "Chỉ tiêu budget_revenue kỳ 2023: A nêu 100 tỷ đồng; B nêu 200 tỷ đồng; "
        "A nêu 300 tỷ đồng.")


def test_the_widest_pair_decides_not_the_neighbours():
    """100, 100,4 and 100,8: neighbours within 0,5%, the ends are not."""
    [c] = find_conflicts([point(100, "A"), point(100.4, "B"), point(100.8, "C")])
    assert [[p.value for p in g] for g in c.values] == [[100, 100.4], [100.8]]


def test_estimates_never_conflict():
    assert find_conflicts([point(100, "A"), point(150, "B", estimate=True)]) == []


def test_groups_by_period_kind_and_place():
    pts = [point(100, "A"), point(150, "B", period="2022"), point(150, "C", place="Lạng Sơn"),
           point(160, "D", place="Lạng Sơn"), point(150, "E", kind="change")]
    [c] = find_conflicts(pts)
    assert (c.place, c.period, {p.document_id for p in c.points}) == ("Lạng Sơn", "2023",
                                                                     {"C", "D"})
    assert "(Lạng Sơn)" in conflict_message(c, label)


def test_many_values_make_one_bounded_finding_in_linear_time(monkeypatch):
    pts = [point(1000 + i, f"D{i}") for i in range(20000)]
    calls = 0
    differ = conflicts._differ

    def counted(a: float, b: float, rel_tol: float) -> bool:
        nonlocal calls
        calls += 1
        return differ(a, b, rel_tol)

    monkeypatch.setattr(conflicts, "_differ", counted)
    [c] = find_conflicts(pts)
    assert calls <= len(pts) + 2  # comparing pairs would be 2·10⁸ comparisons
    assert len(c.points) == 20000
    message = conflict_message(c, label)
    assert message.count(" nêu ") == MAX_VALUES and message.endswith("giá trị khác.")
    assert "và" in message.split(";")[0]  # a value stated by many documents names three
    shown = shown_points(c)
    assert 2 <= len(shown) <= 2 * MAX_VALUES
