"""The kept figures that can decide a target (:mod:`ktxh.monitor.kept_points`)
give every target the evaluation that all the figures give: on generated
series (estimates and actuals, units and scales, places, quarters and
spans, one figure's span twice), and on a store after ingests, new
versions, corrections, deletions and progress updates (SQLite, and
PostgreSQL when set)."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from ktxh.monitor import kept, kept_points
from ktxh.monitor import register as M
from ktxh.monitor import rows as R
from ktxh.monitor.series import SeriesPoint
from ktxh.store import ingest_paths, open_store
from ktxh.store.corrections import add_correction
from ktxh.store.kept_tables import TargetPoint
from ktxh.store.tables import Document, Figure, Target, Task
from ktxh.text.model import Span
from tests.monitor.test_kept import SAMPLES, delete_document, write_report
from tests.support.database import fresh_url

# (code, units with their scale to a base unit (None: no base value), kinds)
SERIES = [
    ("grdp", [("tỷ đồng", 1e9, "đồng"), ("nghìn tỷ đồng", 1e12, "đồng"), ("tỷ đồng", None, None)],
     ["level", "change", "growth_avg"]),
    ("grdp_growth", [("%", None, None), ("%/năm", None, None)], ["change", "growth_avg", "rate"]),
    ("grdp_per_capita", [("triệu đồng", 1e6, "đồng"), ("USD", None, None)], ["level", "change"]),
    ("poverty_rate", [("%", None, None), ("hộ", None, None)], ["level", "rate", "change"]),
    ("social_investment", [("tỷ đồng", 1e9, "đồng"), ("nghìn tỷ đồng", 1e12, "đồng")],
     ["level", "total"]),
]
# (indicator phrase, kind, unit, scale to "đồng", values)
TARGETS = [
    ("Quy mô GRDP", "level", "nghìn tỷ đồng", 1e12, (40, 60)),
    ("Quy mô GRDP", "level", "tỷ đồng", 1e9, (40_000, 60_000)),
    ("Tốc độ tăng trưởng GRDP", "growth_avg", "%", None, (6, 8)),
    ("Tốc độ tăng trưởng GRDP", "change", "%/năm", None, (6, 8)),
    ("GRDP bình quân đầu người", "level", "triệu đồng", 1e6, (60, 90)),
    ("GRDP bình quân đầu người", "change", "%", None, (5, 9)),
    ("Tỷ lệ hộ nghèo", "change", "%", None, (-3, -1)),
    ("Tỷ lệ hộ nghèo", "level", "%", None, (2, 6)),
    ("Tổng vốn đầu tư toàn xã hội", "total", "nghìn tỷ đồng", 1e12, (80, 150)),
]
PLACES = [None, "", "Cao Bằng", "cao bằng ", "Hà Giang"]
PERIODS = ["2019", "2020", "2021", "2022", "2023", "2024", "2024-Q1", "2021/2025", "2025"]
DATES = [None, "2021", "2022-01-15", "2022-07-30", "2023-01-10", "2023-01-10", "2024-06"]


def _docs(rng: random.Random, n: int) -> dict[int, R.DocInfo]:
    return {i: R.DocInfo(i, f"{i}/BC-UBND", "bao_cao", None, rng.choice(DATES),
                         rng.choice(["2021/2025", "2023", None]), rng.choice(PLACES), f"{i}.md")
            for i in range(1, n + 1)}


def _points(rng: random.Random, docs: dict[int, R.DocInfo], n: int) -> list[R.Linked]:
    out = []
    for fid in range(1, n + 1):
        code, units, kinds = rng.choice(SERIES)
        unit, scale, base_unit = rng.choice(units)
        doc = docs[rng.choice(list(docs))]
        start = rng.randrange(0, 40) * 10  # two figures of a document may share a span
        value = round(rng.uniform(-5, 100), 1)
        point = SeriesPoint(
            code, rng.choice(PLACES) or doc.place, rng.choice(PERIODS), value, unit,
            rng.choice(kinds), rng.random() < 0.4, str(doc.id), doc.date,
            Span(start, start + 8), base_value=value * scale if scale else None,
            base_unit=base_unit)
        row = {"id": fid, "start": start, "end": start + 8, "document_id": doc.id}
        out.append(R.Linked(point, row, doc))
    out.sort(key=lambda lk: (lk.document.id, lk.row["start"], lk.row["id"]))
    return out


def _targets(rng: random.Random, docs: dict[int, R.DocInfo], n: int) -> list[dict]:
    out = []
    for tid in range(1, n + 1):
        indicator, kind, unit, scale, (low, high) = rng.choice(TARGETS)
        value = round(rng.uniform(low, high), 1)
        out.append({"id": tid, "document_id": rng.choice(list(docs)), "indicator": indicator,
                    "value": value, "value_max": None if rng.random() < 0.7 else value + 1,
                    "unit": unit, "kind": kind, "period": rng.choice(["2021/2025", "2025"]),
                    "quote": "", "start": 0, "end": 1, "anchor": None,
                    "base_value": value * scale if scale else None,
                    "base_unit": "đồng" if scale else None})
    return out


@pytest.mark.parametrize("seed", range(12))
def test_the_deciding_figures_evaluate_every_target_as_all_figures_do(seed):
    rng = random.Random(seed)
    docs = _docs(rng, 12)
    linked = _points(rng, docs, rng.choice([30, 150, 600]))
    kept_ids = kept_points.deciding(linked)
    few = [lk for lk in linked if lk.row["id"] in kept_ids]
    by_family: dict[int, tuple] = {}  # as computed a few indicators at a time
    for codes in kept_points.batches({lk.point.indicator_code for lk in linked}, 1):
        by_family.update(kept_points.deciding(
            lk for lk in linked if lk.point.indicator_code in codes))
    assert by_family == kept_ids
    statuses = set()
    for target in _targets(rng, docs, 40):
        doc = docs[target["document_id"]]
        expected = M._evaluate(target, doc, linked)
        assert M._evaluate(target, doc, few) == expected, target
        statuses.add(expected["status"])
    assert statuses - {"no_data"}  # the targets are judged, not all "no data"
    if len(linked) == 600:
        assert len(few) < len(linked) * 0.8


def _board_is_from_scratch(store) -> list[dict]:
    with store.transaction() as s:
        kept.refresh(s)
    with store.session() as s:
        board = M.target_board(s)
        assert board == M.target_board(s, from_scratch=True)
        assert not kept.refresh(s)
        kept_now = set(s.scalars(select(TargetPoint.figure_id)))
        assert kept_now == set(kept_points.deciding(
            R.series_points(s, R.current_documents(s), quotes=False)))
        return board


def test_the_target_board_follows_every_change(tmp_path):
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    assert ingest_paths(store, samples[:2]).ok
    _board_is_from_scratch(store)
    assert ingest_paths(store, samples[2:]).ok
    board = _board_is_from_scratch(store)
    assert any(t["sources"] for t in board)

    for value in ("58,9", "60,1"):  # a report, then a new version of it
        assert ingest_paths(store, [write_report(tmp_path, "97", value)]).ok
        _board_is_from_scratch(store)

    with store.transaction() as s:  # figures corrected: value, estimate, unit, period, place
        figures = s.scalars(select(Figure).where(Figure.period.is_not(None))
                            .order_by(Figure.id)).all()
        fields = ["value", "estimate", "unit", "period", "place"] * len(figures)
        for fig, field in zip(figures[::5], fields, strict=False):
            new = {"value": fig.value + 1, "estimate": not fig.estimate, "unit": "%",
                   "period": "2022", "place": "Hà Giang"}[field]
            add_correction(s, "figure", fig.id, field, new, "test")
    _board_is_from_scratch(store)

    with store.transaction() as s:  # targets corrected: value, indicator, period
        targets = s.scalars(select(Target).order_by(Target.id)).all()
        assert targets
        add_correction(s, "target", targets[0].id, "value", targets[0].value * 2, "test")
        add_correction(s, "target", targets[-1].id, "indicator", "Tỷ lệ hộ nghèo", "test")
        add_correction(s, "target", targets[len(targets) // 2].id, "period", "2023", "test")
    changed = _board_is_from_scratch(store)
    assert changed != board

    with store.transaction() as s:  # progress of a task: the board stays as it was
        task = s.scalars(select(Task.id)).first()
    from ktxh.monitor.task_register import update_task
    with store.transaction() as s:
        update_task(s, task, "in_progress", "đang triển khai", "test")
    assert _board_is_from_scratch(store) == changed

    delete_document(store, "97/BC-UBND")  # its first version is current again
    _board_is_from_scratch(store)
    store.close()


def test_many_changed_documents_keep_every_key(tmp_path, monkeypatch):
    monkeypatch.setattr(kept, "MAX_CHANGED", 2)
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    assert ingest_paths(store, samples[:1]).ok
    _board_is_from_scratch(store)
    assert ingest_paths(store, [*samples[1:], write_report(tmp_path, "97", "58,9")]).ok
    _board_is_from_scratch(store)
    store.close()


def test_filling_a_few_indicators_at_a_time_keeps_the_same_figures(tmp_path):
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    assert ingest_paths(store, [*samples, write_report(tmp_path, "97", "58,9")]).ok
    _board_is_from_scratch(store)
    with store.session() as s:
        before = set(s.scalars(select(TargetPoint.figure_id)))
        assert 0 < len(before) < s.scalar(select(func.count(Figure.id)))
    with store.transaction() as s:
        kept.fill_target_points(s)  # the rules unchanged: these rows alone, in batches
    with store.session() as s:
        assert set(s.scalars(select(TargetPoint.figure_id))) == before
        assert s.scalar(select(func.count(Document.id))) > 0
    store.close()


def test_the_board_reads_the_kept_figures_only(tmp_path, figures_read):
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    reports = [write_report(tmp_path, str(n), f"{50 + n},1") for n in range(90, 96)]
    assert ingest_paths(store, [*samples, *reports]).ok
    with store.transaction() as s:
        kept.refresh(s)
    with store.session() as s:
        figures_read.clear()
        kept_board = M.target_board(s)
        few = sum(figures_read)
        figures_read.clear()
        assert M.target_board(s, from_scratch=True) == kept_board
        assert 0 < few < sum(figures_read) / 2, (few, figures_read)
    store.close()


@pytest.mark.parametrize(("most", "computed"), [(None, True), (2, True), (1, False), (0, False)])
def test_a_bounded_refresh_computes_a_few_documents_only(tmp_path, monkeypatch, most,
                                                         computed):
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    assert ingest_paths(store, samples).ok
    assert kept.refresh_store(store)
    assert ingest_paths(store, [write_report(tmp_path, n, v)
                                for n, v in (("93", "58,9"), ("94", "60,1"))]).ok
    with store.transaction() as s:
        s.info[kept.MOST] = most
        assert kept.refresh(s) is computed
        assert kept.behind(s) is not computed
        assert kept.up_to_date(s) is computed
    monkeypatch.setattr(kept, "signature", lambda: "other rules")
    with store.transaction() as s:  # new rules: every result, never within a bound
        assert not kept.refresh(s, most=10_000)
        assert kept.behind(s)
        told: list[str] = []
        assert kept.refresh(s, progress=told.append)
        assert told[0].startswith("conflicts between documents") and not kept.behind(s)
    store.close()
