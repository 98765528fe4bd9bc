"""The dashboard's task summary from the kept task states (SQL on the day
asked) equals the one computed from the whole register, after ingests,
progress updates (some dated later than the day), corrections and new versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from ktxh.monitor import kept
from ktxh.monitor.task_register import task_register, update_task
from ktxh.monitor.task_states import task_page, task_summary
from ktxh.store import ingest_paths, open_store
from ktxh.store.corrections import add_correction
from ktxh.store.kept_tables import TaskState
from ktxh.store.tables import Task
from tests.support.database import fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
LATE = ("overdue", "chua_hoan_thanh_qua_han")
D = dt.date


def from_register(session, day: dt.date) -> dict:
    """What the dashboard showed when it walked the whole register."""
    tasks = task_register(session, as_of=day)
    late = [t for t in tasks if t["status"] in LATE]
    soon = [t for t in tasks if (t["due_soon"] or t["status"] == "due_soon")
            and t["status"] not in LATE]
    counts: dict[str, list[int]] = {}
    for t in late + soon:
        lead = t.get("lead_display") or t.get("lead") or "–"
        counts.setdefault(lead, [0, 0])[0 if t in late else 1] += 1
    ranked = sorted(((k, a, b) for k, (a, b) in counts.items()),
                    key=lambda r: (-r[1], -r[2], r[0]))
    return {"task_total": len(tasks), "late": late[:15], "soon": soon[:15],
            "late_total": len(late), "soon_total": len(soon), "by_agency": ranked[:12]}


def days(session) -> list[dt.date]:
    """Days around the stored deadlines: before all, among them, after all."""
    due = sorted(d for d in session.scalars(select(Task.due_date)) if d is not None)
    mid = due[len(due) // 2]
    picks = [due[0] - dt.timedelta(days=30), mid - dt.timedelta(days=7),
             mid - dt.timedelta(days=3), mid, due[-1] - dt.timedelta(days=5),
             due[-1] + dt.timedelta(days=1)]
    return [*picks, dt.date.today()]


FILTERS = [{}, {"status": "overdue"}, {"status": "done"}, {"status": "open"},
           {"status": "due_soon"}, {"status": "thuong_xuyen"}, {"status": "hoan_thanh_qua_han"},
           {"status": "hoan_thanh_dung_han"}, {"overdue": True}, {"due_soon": True}]


def agency_filters(session, day: dt.date) -> list[dict]:
    """The agency filter with words that name leads, successors ("nay là"),
    supporting bodies and codes of the stored tasks, alone and with a status."""
    rows = task_register(session, as_of=day)
    words = {"tai chinh", "SỞ TÀI CHÍNH", "ủy ban nhân dân", "không có cơ quan này"}
    for r in rows[:: max(1, len(rows) // 12)]:
        words.update(w for w in (r["lead"], r["lead_display"], *(r["support"] or ())[:1],
                                 r["lead_code"]) if w)
    shown = {r["lead_display"] for r in rows if r.get("lead_successor")}
    words.update(s.split("(nay là ")[-1].rstrip(")") for s in sorted(shown)[:3])
    return [{"agency": w, **f} for w in sorted(words) for f in ({}, {"status": "overdue"})]


def same_pages(session, day: dt.date, agencies: bool = False) -> int:
    """Pages of the register from the kept states equal the register's slices
    (how many pages were compared); with the agency filters too."""
    compared = 0
    for filters in FILTERS + (agency_filters(session, day) if agencies else []):
        whole = task_register(session, as_of=day, **filters)
        for offset, limit in ((0, 3), (2, 5), (0, 1000), (len(whole), 3)):
            page = task_page(session, day, offset=offset, limit=limit, **filters)
            if page is None:  # an update dated after the day: the caller walks the register
                later = session.scalar(select(TaskState.task_id).where(TaskState.last_update > day))
                assert later is not None
                continue
            assert page == (whole[offset:offset + limit], len(whole)), (day, filters, offset)
            compared += 1
    return compared


def same_summary(store) -> list[dict]:
    with store.transaction() as s:
        kept.refresh(s)
    out = []
    with store.session() as s:
        for i, day in enumerate(days(s)):
            expected = from_register(s, day)
            assert task_summary(s, day) == expected, day
            # the agency filters on the middle deadline and today (the slow part)
            assert same_pages(s, day, agencies=i in (3, 6)) or day < dt.date.today()
            out.append(expected)
    return out


def test_the_kept_task_states_give_the_register_summary(tmp_path):
    store = open_store(fresh_url(tmp_path))
    samples = []
    for p in sorted(SAMPLES.glob("*.md")):
        if p.name != "README.md":
            samples.append(tmp_path / p.name)
            samples[-1].write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    assert ingest_paths(store, samples).ok
    summaries = same_summary(store)
    assert any(s["late_total"] for s in summaries) and any(s["soon_total"] for s in summaries)
    assert any(s["by_agency"] for s in summaries)

    with store.transaction() as s:  # progress updates, one dated after most days asked
        tasks = list(s.scalars(select(Task).where(Task.due_date.is_not(None))
                               .order_by(Task.due_date, Task.id)))
        assert len(tasks) >= 4
        middle = tasks[len(tasks) // 2]
        update_task(s, tasks[0].id, "done", "xong", "so-tc", date=tasks[0].due_date)
        update_task(s, tasks[1].id, "in_progress", "", "so-tc", date=D(2024, 1, 5))
        update_task(s, middle.id, "done", "", "so-tc", date=middle.due_date + dt.timedelta(9))
    updated = same_summary(store)
    assert updated != summaries
    with store.transaction() as s:
        add_correction(s, "task", tasks[2].id, "status", "done", "admin")
        add_correction(s, "task", tasks[3].id, "deadline", "2031-12", "admin")
        add_correction(s, "task", tasks[-1].id, "lead", "Sở Kế hoạch và Đầu tư", "admin")
    assert same_summary(store) != updated

    # a new version of a file: its tasks are the new document's, its updates follow
    notice = next(p for p in samples if "thong-bao" in p.name)
    notice.write_text(notice.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = ingest_paths(store, [notice])
    assert result.ok and result.ingested[0].version == 2
    same_summary(store)
    with store.session() as s:
        assert {t for t in s.scalars(select(TaskState.task_id))} == set(
            s.scalars(select(Task.id)))
    store.close()
