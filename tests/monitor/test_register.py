"""Monitoring services over the store, on the project's samples (and the
shared seeds when present): task statuses as of a date, progress updates,
targets against actuals, indicators, projects, findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ktxh.monitor import register as M
from ktxh.monitor import rows as R
from ktxh.monitor.catalog import link_figure
from ktxh.monitor.periods import period_sort_key
from ktxh.monitor.task_register import UPDATE_STATUSES
from ktxh.store import ingest_paths, open_store
from ktxh.store.activity import AuditEntry
from ktxh.store.errors import NotFound
from ktxh.store.tables import Document, Figure
from tests.support.database import doc_id, fresh_url
from tests.support.gold import SEEDS

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NOTICE, REPORT_2024, PLAN = "45/TB-VPUBND", "92/BC-UBND", "52/KH-UBND"
TARGET_STATUSES = {"achieved", "on_track", "at_risk", "off_track", "no_data"}
D = dt.date


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(fresh_url(tmp_path_factory.mktemp("register")))
    paths = [*sample_files(), *(sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])]
    summary = ingest_paths(s, paths)
    assert summary.ok, [r.reason for r in summary.failed]
    yield s
    s.close()


def notice_task(session, deadline_words: str, as_of: D) -> dict:
    rows = M.task_register(session, as_of=as_of, document_id=doc_id(session, NOTICE))
    [task] = [t for t in rows if deadline_words in (t["deadline_text"] or "")]
    return task


# --- tasks --------------------------------------------------------------------

# (deadline words in the notice, updates (date, status), as of, status, due soon)
TASK_CASES = [
    ("tháng 02/2024", [], D(2024, 3, 1), "chua_hoan_thanh_qua_han", False),
    ("tháng 02/2024", [], D(2024, 2, 10), "chua_hoan_thanh_con_han", False),
    ("tháng 02/2024", [], D(2024, 2, 25), "chua_hoan_thanh_con_han", True),
    ("tháng 02/2024", [(D(2024, 2, 20), "done")], D(2024, 3, 1), "hoan_thanh_dung_han", False),
    ("tháng 02/2024", [(D(2024, 3, 5), "done")], D(2024, 3, 10), "hoan_thanh_qua_han", False),
    # an update after the as-of date is not known yet
    ("tháng 02/2024", [(D(2024, 3, 5), "done")], D(2024, 3, 1), "chua_hoan_thanh_qua_han", False),
    ("tháng 02/2024", [(D(2024, 2, 10), "in_progress")], D(2024, 3, 1),
     "chua_hoan_thanh_qua_han", False),
    # done, then reopened: the latest update wins
    ("tháng 02/2024", [(D(2024, 2, 10), "done"), (D(2024, 2, 15), "in_progress")],
     D(2024, 3, 1), "chua_hoan_thanh_qua_han", False),
    ("15/3/2024", [], D(2024, 3, 10), "chua_hoan_thanh_con_han", True),
    ("quý II/2024", [], D(2024, 3, 1), "chua_hoan_thanh_con_han", False),
    ("quý II/2024", [], D(2024, 7, 1), "chua_hoan_thanh_qua_han", False),
    ("10/01/2024", [], D(2024, 1, 22), "chua_hoan_thanh_qua_han", False),
]


@pytest.mark.parametrize(("words", "updates", "as_of", "status", "due_soon"), TASK_CASES)
def test_task_status_as_of(session, words, updates, as_of, status, due_soon):
    task = notice_task(session, words, as_of)
    for day, update in updates:
        M.update_task(session, task["id"], update, "báo cáo tiến độ", "Sở Nội vụ", date=day)
    row = notice_task(session, words, as_of)
    assert (row["status"], row["due_soon"]) == (status, due_soon)
    assert row["status_label"]


def test_recurring_task_has_no_deadline(session):
    rows = M.task_register(session, as_of=D(2024, 3, 1), document_id=doc_id(session, NOTICE))
    recurring = [t for t in rows if t["recurring"]]
    assert recurring and {t["status"] for t in recurring} == {"thuong_xuyen"}
    assert all(t["days_left"] is None for t in recurring)


@pytest.mark.parametrize(("filters", "check"), [
    ({"overdue": True}, lambda t: t["status"] == "chua_hoan_thanh_qua_han"),
    ({"due_soon": True}, lambda t: t["due_soon"] and t["status"] == "chua_hoan_thanh_con_han"),
    ({"status": "thuong_xuyen"}, lambda t: t["recurring"]),
    ({"status": "overdue"}, lambda t: t["status"] == "chua_hoan_thanh_qua_han"),
    ({"agency": "so nong nghiep"}, lambda t: "Nông nghiệp" in t["lead"] + " ".join(t["support"])),
])
def test_register_filters(session, filters, check):
    rows = M.task_register(session, as_of=D(2024, 3, 10), **filters)
    assert rows
    assert all(check(t) for t in rows)
    everything = M.task_register(session, as_of=D(2024, 3, 10))
    assert len(rows) < len(everything)


def test_unknown_status_filter_is_refused(session):
    with pytest.raises(ValueError, match="unknown status"):
        M.task_register(session, status="late")


def test_merged_lead_shows_its_successor_and_is_found_under_it(session):
    after = M.task_register(session, as_of=D(2025, 8, 1), agency="Sở Tài chính",
                            document_id=doc_id(session, NOTICE))
    merged = [t for t in after if t["lead"] == "Sở Kế hoạch và Đầu tư"]
    assert merged
    assert all(t["lead_display"] == "Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)"
               for t in merged)
    before = M.task_register(session, as_of=D(2024, 3, 1), document_id=doc_id(session, NOTICE))
    assert {t["lead_display"] for t in before if t["lead"] == "Sở Kế hoạch và Đầu tư"} == {
        "Sở Kế hoạch và Đầu tư"}


def test_updates_are_appended_with_audit_entries(session):
    task = notice_task(session, "tháng 02/2024", D(2024, 3, 1))
    first = M.update_task(session, task["id"], "in_progress", "đã bàn giao 80% mặt bằng",
                          "UBND huyện", date=D(2024, 2, 10))
    second = M.update_task(session, task["id"], "done", "đã bàn giao toàn bộ", "UBND huyện",
                           date=D(2024, 2, 27), evidence_document_id=doc_id(session, REPORT_2024))
    assert first["id"] != second["id"]
    history = M.task_history(session, task["id"])
    assert [(h["date"], h["status"]) for h in history] == [("2024-02-10", "in_progress"),
                                                           ("2024-02-27", "done")]
    assert history[1]["evidence_document_id"] == doc_id(session, REPORT_2024)
    audit = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "task",
                                                     AuditEntry.entity_id == task["id"])).all()
    assert [a.detail["status"] for a in audit] == ["in_progress", "done"]
    row = notice_task(session, "tháng 02/2024", D(2024, 3, 1))
    assert row["last_update"]["note"] == "đã bàn giao toàn bộ"
    assert row["updates"] == 2


def test_a_status_correction_counts_as_an_update(session):
    from ktxh.store.corrections import add_correction

    task = notice_task(session, "quý II/2024", D(2024, 3, 1))
    add_correction(session, "task", task["id"], "status", "done", "Văn phòng UBND")
    today = dt.date.today()
    row = notice_task(session, "quý II/2024", today)
    assert row["status"] == ("hoan_thanh_dung_han" if today <= D(2024, 6, 30)
                             else "hoan_thanh_qua_han")
    assert [h["source"] for h in M.task_history(session, task["id"])] == ["correction"]


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"status": "finished"}, ValueError),
    ({"author": " "}, ValueError),
    ({"task_id": 10**6}, NotFound),
    ({"evidence_document_id": 10**6}, NotFound),
])
def test_update_task_refuses_bad_input(session, kwargs, error):
    task = notice_task(session, "tháng 02/2024", D(2024, 3, 1))
    args = {"task_id": task["id"], "status": "done", "note": "", "author": "A"} | kwargs
    with pytest.raises(error):
        M.update_task(session, **args)


def test_update_statuses_are_the_three_of_the_brief():
    assert set(UPDATE_STATUSES) == {"done", "in_progress", "not_started"}


# --- targets and indicators --------------------------------------------------

LEVEL_KINDS, GROWTH_KINDS = {"level", "rate", "share"}, {"change", "growth_avg", "rate"}


def has_actual(target: dict, view: dict) -> bool:
    """A yearly actual from 2021 on that the target can be judged by: a growth
    rate (or two successive levels) for a growth target, else a level or
    rate ("tỷ lệ hộ nghèo giảm 2 - 3%/năm" is judged on the rate itself)."""
    ind = view["indicator"]
    stock_rate = ind["unit"] == "%" and ind["aggregation"] == "last"
    yearly = [p for p in view["series"]
              if len(p["period"]) == 4 and p["period"] >= "2021" and not p["estimate"]]
    if target["kind"] in ("growth_avg", "change") and not stock_rate:
        levels = {int(p["period"]) for p in yearly if p["kind"] == "level"}
        return any(p["kind"] in GROWTH_KINDS for p in yearly) or any(
            y - 1 in levels for y in levels)
    return any(p["kind"] in LEVEL_KINDS for p in yearly)


def test_every_plan_target_has_a_status_and_a_reasoning(session):
    board = [t for t in M.target_board(session)
             if t["document"]["number"] == PLAN and t["period"] in ("2021/2025", "2025")]
    assert len(board) >= 10
    with_actual = 0
    for t in board:
        assert t["status"] in TARGET_STATUSES
        assert t["reasoning"].strip()
        if t["indicator_code"] is None:
            assert t["review"] and t["status"] == "no_data"
            continue
        if has_actual(t, M.indicator_view(session, t["indicator_code"])):
            with_actual += 1
            assert t["status"] != "no_data", (t["indicator"], t["reasoning"])
            assert t["latest"] is not None and t["latest"]["document_id"]
    assert with_actual >= 4


# (catalog code of a plan target, statuses it may have on the samples)
PLAN_STATUSES = [
    ("grdp_growth", {"off_track"}),  # 6,12% in 2023 against 8 - 8,5%
    ("grdp_per_capita", {"off_track", "at_risk"}),  # 56,3 of 72 million
    ("forest_cover", {"at_risk", "on_track"}),  # 63,5% of 64%
]


@pytest.mark.parametrize(("code", "statuses"), PLAN_STATUSES)
def test_plan_targets_against_2023_actuals(session, code, statuses):
    [row] = [t for t in M.target_board(session)
             if t["document"]["number"] == PLAN and t["indicator_code"] == code]
    assert row["status"] in statuses, row["reasoning"]
    assert row["latest"]["period"] == "2023"
    assert row["latest"]["document"] == REPORT_2024
    assert row["sources"]


def test_as_of_leaves_later_documents_out(session):
    [row] = [t for t in M.target_board(session, as_of=D(2022, 12, 31))
             if t["document"]["number"] == PLAN and t["indicator_code"] == "grdp_per_capita"]
    assert row["status"] == "no_data"
    assert row["latest"] is None or row["latest"]["period"] < "2021"


def test_indicator_view_by_code_and_by_name(session):
    view = M.indicator_view(session, "grdp_per_capita")
    assert view == M.indicator_view(session, view["indicator"]["name"])
    periods = {p["period"] for p in view["series"] if p["unit"] == "triệu đồng"}
    assert {"2020", "2023"} <= periods
    [chosen] = [c for c in view["chosen"] if (c["period"], c["kind"], c["unit"]) == (
        "2023", "level", "triệu đồng")]
    assert chosen["value"] == pytest.approx(56.3) and chosen["document"] == REPORT_2024
    assert all(p["figure_id"] and p["quote"] for p in view["series"])
    assert [t["value"] for t in view["targets"] if t["document"]["number"] == PLAN] == [72]
    with pytest.raises(NotFound):
        M.indicator_view(session, "số lượng tàu vũ trụ")


def test_indicator_list(session):
    rows = M.indicator_list(session)
    [per_head] = [r for r in rows if r["code"] == "grdp_per_capita"]
    assert per_head["points"] >= 2 and per_head["targets"] >= 1
    assert per_head["latest_period"] >= "2023"
    assert [r["points"] for r in rows] == sorted((r["points"] for r in rows), reverse=True)


def test_review_list_holds_only_unlinked_facts(session):
    items = M.review_list(session)
    assert {"figure", "target"} <= {i["entity_type"] for i in items}
    assert all(link_figure(i["indicator"], i["kind"], i["unit"]) is None for i in items)
    board_unlinked = {t["id"] for t in M.target_board(session) if t["indicator_code"] is None}
    assert board_unlinked == {i["id"] for i in items if i["entity_type"] == "target"}


# --- projects -----------------------------------------------------------------


def test_project_board_latest_position_and_change(session):
    board = M.project_board(session)
    road = max((p for p in board if "Trà Lĩnh" in p["name"]),
               key=lambda p: len(p["measures"].get("site_clearance", {}).get("history", ())))
    site = road["measures"]["site_clearance"]
    assert site["latest"]["total"] == pytest.approx(232.4)
    assert site["previous"] is not None and site["delta"] > 0
    assert len(site["history"]) >= 2
    assert all(h["document_id"] for h in site["history"])
    assert len(road["documents"]) >= 2
    # the headline: disbursement against the capital plan
    assert road["measure"] == "Giải ngân"
    assert road["percent"] == road["measures"]["disbursement"]["latest"]["pct"]
    assert [h["percent"] for h in road["history"]] == [
        h["pct"] for h in road["measures"]["disbursement"]["history"]]


# --- findings -----------------------------------------------------------------

# (document number, finding code, words in the message)
EXPECTED_FINDINGS = [
    (REPORT_2024, "ratio_mismatch", ("19,1%", "18,09%")),
    (REPORT_2024, "parts_exceed_total", ("1.400", "1.350")),
    (NOTICE, "deadline_before_document", ("10/01/2024",)),
]


@pytest.mark.parametrize(("number", "code", "words"), EXPECTED_FINDINGS)
def test_document_findings(session, number, code, words):
    found = [f for f in M.document_findings(session, doc_id(session, number)) if f["code"] == code]
    assert found, code
    f = found[0]
    assert f["severity"] == "error"
    assert all(w in f["message"] for w in words)
    assert f["spans"] and all(s["quote"] and s["document_id"] == doc_id(session, number)
                              for s in f["spans"])


def test_clean_samples_have_no_error(session):
    for number in ("85/BC-UBND", "318/BC-UBND", PLAN):
        errors = [f for f in M.document_findings(session, doc_id(session, number))
                  if f["severity"] == "error"]
        assert errors == [], number


def test_all_findings_cover_every_document_and_never_mix_provinces(session):
    found = M.all_findings(session)
    codes = {(f["code"], tuple(f["document_ids"])) for f in found}
    for number, code, _ in EXPECTED_FINDINGS:
        assert (code, (doc_id(session, number),)) in codes
    places = {d.id: d.place for d in session.scalars(select(Document))}
    for f in found:
        if f["code"] == "cross_document_conflict":
            assert len({places[i] for i in f["document_ids"]}) == 1


def test_check_file_matches_the_stored_checks(session):
    draft = M.check_file(SAMPLES / "bao-cao-quy-1-2024.md")
    stored = M.document_findings(session, doc_id(session, REPORT_2024))
    assert {f["code"] for f in draft} == {f["code"] for f in stored}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is absent")
def test_check_file_on_a_seed_report():
    found = M.check_file(SEEDS / "003_cc852f9d90f3c26d.txt")
    assert any(f["code"] == "ratio_mismatch" and "20,18%" in f["message"]
               and "20,08%" in f["message"] for f in found)


def test_missing_document_is_not_found(session):
    with pytest.raises(NotFound):
        M.document_findings(session, 10**6)


# --- updates follow the task into a new version (runs last: it adds documents) --


def test_updates_follow_the_task_into_a_new_version(store, tmp_path):
    copy = tmp_path / "thong-bao.md"
    text = (SAMPLES / "thong-bao-ket-luan-2024.md").read_text(encoding="utf-8")
    copy.write_text(text + "\nBổ sung: gửi kèm danh sách dự án.\n", encoding="utf-8")
    [first] = ingest_paths(store, [copy]).results
    assert first.status == "ingested"
    with store.transaction() as s:
        [task] = [t for t in M.task_register(s, as_of=D(2024, 3, 1),
                                             document_id=first.document_id)
                  if "tháng 02/2024" in (t["deadline_text"] or "")]
        M.update_task(s, task["id"], "done", "đã bàn giao", "UBND huyện", date=D(2024, 2, 20))
    copy.write_text(text + "\nBổ sung: gửi kèm danh sách dự án, bản đồ.\n", encoding="utf-8")
    [second] = ingest_paths(store, [copy]).results
    assert second.status == "ingested" and second.version == 2
    with store.session() as s:
        [moved] = [t for t in M.task_register(s, as_of=D(2024, 3, 1),
                                              document_id=second.document_id)
                   if "tháng 02/2024" in (t["deadline_text"] or "")]
        assert moved["id"] != task["id"]
        assert moved["status"] == "hoan_thanh_dung_han"
        assert [h["note"] for h in M.task_history(s, moved["id"])] == ["đã bàn giao"]


def test_project_figures_stay_out_of_the_province_series(session):
    """ "giải ngân lũy kế 1.562/1.975 tỷ đồng" is one project's progress,
    not the province's public-investment disbursement."""
    view = M.indicator_view(session, "giải ngân vốn đầu tư công")
    quotes = [p["quote"] for p in view["series"]]
    assert quotes and all("lũy kế" not in q and "2.650" not in q for q in quotes)


# --- what the boards read ---------------------------------------------------------


def test_target_board_reads_only_figures_of_its_indicators(session, figures_read):
    board = M.target_board(session)
    assert any(t["sources"] for t in board)
    stored = session.scalar(select(func.count(Figure.id)))
    assert figures_read and max(figures_read) < stored, (figures_read, stored)


def test_indicator_view_reads_only_its_indicators_figures(session, figures_read):
    view = M.indicator_view(session, "grdp_per_capita")
    assert view["series"]
    stored = session.scalar(select(func.count(Figure.id)))
    assert figures_read and max(figures_read) < stored / 4, (figures_read, stored)


def _points_by_code(session) -> dict[str, tuple[int, str | None]]:
    """The indicator list's counts as the points themselves give them."""
    out: dict[str, list[str]] = {}
    for lk in R.series_points(session, R.current_documents(session)):
        out.setdefault(lk.point.indicator_code, []).append(lk.point.period)
    return {c: (len(ps), max(ps, key=period_sort_key)) for c, ps in out.items()}


def test_indicator_list_counts_in_sql_what_the_points_are(session):
    from ktxh.store.corrections import add_correction

    unlinked = next(r for r in M.review_list(session) if r["entity_type"] == "figure"
                    and session.get(Figure, r["id"]).project_mention_id is None)
    linked = R.series_points(session, R.current_documents(session))[0]
    add_correction(session, "figure", unlinked["id"], "indicator", "GRDP bình quân đầu người",
                   "test")
    add_correction(session, "figure", unlinked["id"], "period", "2031", "test")
    add_correction(session, "figure", linked.row["id"], "indicator", "hội nghị tổng kết",
                   "test")
    expected = _points_by_code(session)
    assert expected["grdp_per_capita"][1] == "2031"
    got = {r["code"]: (r["points"], r["latest_period"]) for r in M.indicator_list(session)
           if r["points"]}
    assert got == expected
    review = {(r["entity_type"], r["id"]) for r in M.review_list(session)}
    assert ("figure", unlinked["id"]) not in review and ("figure", linked.row["id"]) in review


def test_review_list_reads_only_unlinked_names(session, figures_read):
    review = M.review_list(session)
    assert any(r["entity_type"] == "figure" for r in review)
    stored = session.scalar(select(func.count(Figure.id)))
    assert figures_read and max(figures_read) < stored, (figures_read, stored)


def test_the_first_of_the_review_list_are_read_alone(session, figures_read):
    from ktxh.store.corrections import add_correction

    whole = M.review_list(session)
    first_figures = [r for r in whole if r["entity_type"] == "figure"][:3]
    for r in first_figures[:2]:  # the first unlinked ones now link: the page reads past them
        add_correction(session, "figure", r["id"], "indicator", "GRDP bình quân đầu người",
                       "test")
    linked = R.series_points(session, R.current_documents(session))[0]
    add_correction(session, "figure", linked.row["id"], "indicator", "hội nghị tổng kết", "test")
    whole = M.review_list(session)
    assert len(whole) > 5
    for limit in (0, 1, 2, 5, len(whole) - 1, len(whole), len(whole) + 3):
        figures_read.clear()
        assert M.review_list(session, limit=limit) == whole[:limit], limit
    targets = sum(r["entity_type"] == "target" for r in whole)
    figures_read.clear()
    M.review_list(session, limit=targets + 5)
    assert figures_read == [5 + 3]  # the page's figures and the corrected rows, no more
