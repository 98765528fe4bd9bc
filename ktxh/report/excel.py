"""Excel workbooks (.xlsx) of the register: indicators, tasks, projects.

Each function returns the file as bytes (for a download button or a file).
Layout helpers and the Vietnamese number formats are in :mod:`ktxh.report.sheets`.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ktxh.report import sheets as S
from ktxh.report.indicator_table import IndicatorLine, indicator_lines, no_figures_message
from ktxh.report.selection import (
    GROUPS,
    EmptySelection,
    group_of,
    scope_words,
    select_projects,
    select_tasks,
)
from ktxh.report.vnnum import vn_date
from ktxh.report.vocab import (
    ESTIMATE_MARK,
    INDICATOR_HEADS,
    PLAN_DERIVED_NOTE,
    ROMAN,
    period_label,
)

INDICATOR_WIDTHS = (6, 44, 13, 14, 14, 14, 10, 13, 30)
TASK_HEADS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
              "Tình trạng", "Cập nhật gần nhất", "Văn bản giao nhiệm vụ")
TASK_WIDTHS = (6, 50, 26, 24, 13, 20, 24, 26)
PROJECT_HEADS = ("STT", "Dự án", "Hình thức", "Nội dung theo dõi", "Đã thực hiện", "Tổng số",
                 "Đơn vị", "Tỷ lệ (%)", "Tăng so với kỳ trước", "Số liệu tại văn bản")
PROJECT_WIDTHS = (6, 40, 10, 22, 13, 13, 10, 10, 13, 26)


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _as_of_words(as_of: dt.date | None) -> str:
    return f" (số liệu đến ngày {vn_date(as_of)})" if as_of else ""


def doc_cite(doc: dict[str, Any] | None) -> str:
    """"92/BC-UBND ngày 25/03/2024" (else the file name)."""
    if not doc:
        return ""
    label = doc.get("number") or doc.get("filename") or f"#{doc.get('id')}"
    return f"{label} ngày {vn_date(doc['date'])}" if doc.get("date") else label


# --- indicators -----------------------------------------------------------------


def _indicator_row(ws: Worksheet, r: int, n: int, line: IndicatorLine) -> None:
    name = f"{line.name} {ESTIMATE_MARK}" if line.estimate else line.name
    notes = [s.label for s in line.sources]
    if line.plan_from == "derived":
        notes.append(PLAN_DERIVED_NOTE)
    values: list[Any] = [n, name, line.unit, line.plan, line.actual, line.previous, None, None,
                         "; ".join(dict.fromkeys(notes))]
    fmts: dict[int, str] = {}
    for col, v in ((4, line.plan), (5, line.actual), (6, line.previous)):
        if v is not None:
            fmts[col] = S.number_format(v, 1 if col == 4 and line.plan_from == "derived" else 2)
    if line.actual is not None and line.plan:
        values[6] = f"=E{r}/D{r}"
    elif line.pct_stated is not None:
        values[6] = line.pct_stated / 100
    if line.actual is not None and line.previous:
        values[7] = f"=E{r}/F{r}-1"
    elif line.change_stated is not None:
        values[7] = line.change_stated / 100
    fmts[7], fmts[8] = S.PERCENT_FORMAT, S.CHANGE_FORMAT
    S.put_row(ws, r, values, fmts)
    ws.cell(row=r, column=1).alignment = S.CENTER
    ws.cell(row=r, column=3).alignment = S.CENTER


def indicator_workbook(session: Session, period: str, as_of: dt.date | None = None) -> bytes:
    """KIND ``chi-tieu``: the indicator table of ``period`` with a sources sheet."""
    lines = indicator_lines(session, period, as_of)
    if not lines:
        raise EmptySelection(no_figures_message(session, period))
    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    heads = INDICATOR_HEADS
    r = S.start_sheet(ws, "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU",
                      f"Kỳ báo cáo: {period_label(period)}{_as_of_words(as_of)}",
                      heads, INDICATOR_WIDTHS)
    section, k = None, 0
    for n, line in enumerate(lines, start=1):
        if line.section != section:
            section = line.section
            S.section_row(ws, r, section, len(heads))
            ws.cell(row=r, column=1, value=ROMAN[k]).alignment = S.CENTER
            k, r = k + 1, r + 1
        _indicator_row(ws, r, n, line)
        r += 1
    src = wb.create_sheet("Nguồn số liệu")
    r = S.start_sheet(src, "NGUỒN SỐ LIỆU", f"Kỳ báo cáo: {period_label(period)}",
                      ("STT", "Chỉ tiêu", "Văn bản", "Ngày", "Trích dẫn"), (6, 36, 16, 12, 90))
    n = 0
    for line in lines:
        for s in line.sources:
            n += 1
            S.put_row(src, r, [n, line.name, s.label, vn_date(s.date), s.quote])
            r += 1
    return _save(wb)


# --- tasks ----------------------------------------------------------------------


def _last_update(task: dict[str, Any]) -> str:
    u = task.get("last_update")
    if not u:
        return ""
    note = f": {u['note']}" if u.get("note") else ""
    return f"{vn_date(u['date'])} {u['status_label']}{note}"


def _task_values(n: int, t: dict[str, Any]) -> list[Any]:
    due: Any = dt.date.fromisoformat(t["due_date"]) if t.get("due_date") else (
        "Thường xuyên" if t.get("recurring") else "")
    return [n, t["action"], t.get("lead_display") or t["lead"], ", ".join(t.get("support") or ()),
            due, t["status_label"], _last_update(t), doc_cite(t.get("document"))]


def task_workbook(session: Session, period: str | None = None, agency: str | None = None,
                  as_of: dt.date | None = None) -> bytes:
    """KIND ``nhiem-vu``: a summary sheet by agency, then one sheet per status group."""
    tasks = select_tasks(session, period, agency, as_of)
    as_of = as_of or dt.date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    heads = ("STT", "Cơ quan chủ trì", *(label for label, _ in GROUPS.values()), "Tổng số")
    r = S.start_sheet(ws, "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO",
                      f"Nhiệm vụ {scope_words(period, agency)}, tình trạng đến ngày "
                      f"{vn_date(as_of)}", heads, (6, 44, 16, 16, 16, 16, 12))
    first = r
    agencies: dict[str, dict[str, int]] = {}
    for t in tasks:
        counts = agencies.setdefault(t.get("lead_display") or t["lead"], dict.fromkeys(GROUPS, 0))
        counts[group_of(t)] += 1
    for n, (name, counts) in enumerate(sorted(agencies.items()), start=1):
        S.put_row(ws, r, [n, name, *counts.values(), f"=SUM(C{r}:F{r})"],
                  {7: S.VI_LOCALE + "#,##0"})
        r += 1
    S.put_row(ws, r, ["", "Tổng cộng", *(f"=SUM({c}{first}:{c}{r - 1})" for c in "CDEFG")],
              {i: S.VI_LOCALE + "#,##0" for i in range(3, 8)}, bold=True)
    for key, (label, _) in GROUPS.items():
        rows = [t for t in tasks if group_of(t) == key]
        if not rows:
            continue
        sheet = wb.create_sheet(label[:31].replace(",", ""))
        r = S.start_sheet(sheet, f"NHIỆM VỤ {label.upper()}",
                          f"Nhiệm vụ {scope_words(period, agency)}, tình trạng đến ngày "
                          f"{vn_date(as_of)}", TASK_HEADS, TASK_WIDTHS)
        for n, t in enumerate(rows, start=1):
            S.put_row(sheet, r, _task_values(n, t), {5: S.DATE_FORMAT})
            sheet.cell(row=r, column=1).alignment = S.CENTER
            r += 1
    return _save(wb)


# --- projects -------------------------------------------------------------------


def project_workbook(session: Session, as_of: dt.date | None = None) -> bytes:
    """KIND ``du-an``: per project and measure, the latest position and its change."""
    board = select_projects(session, as_of)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiến độ dự án"
    r = S.start_sheet(ws, "TIẾN ĐỘ CÁC DỰ ÁN TRỌNG ĐIỂM",
                      f"Theo các văn bản trong sổ theo dõi{_as_of_words(as_of)}",
                      PROJECT_HEADS, PROJECT_WIDTHS)
    for n, p in enumerate(board, start=1):
        measures = list(p["measures"].values()) or [None]
        for m in measures:
            if m is None:
                values: list[Any] = [n, p["name"], ", ".join(p["forms"]),
                                     "Chưa có số liệu tiến độ", None, None, "", None, None,
                                     "; ".join(doc_cite(d) for d in p["documents"][-2:])]
                S.put_row(ws, r, values)
            else:
                last = m["latest"]
                doc = next((d for d in p["documents"] if d["id"] == last["document_id"]), None)
                pct: Any = f"=E{r}/F{r}" if last["total"] else (
                    last["pct"] / 100 if last["pct"] is not None else None)
                values = [n, p["name"], ", ".join(p["forms"]), m["label"], last["done"],
                          last["total"], last["unit"], pct, m["delta"], doc_cite(doc)]
                S.put_row(ws, r, values, {8: S.PERCENT_FORMAT})
            ws.cell(row=r, column=1).alignment = S.CENTER
            r += 1
    return _save(wb)
