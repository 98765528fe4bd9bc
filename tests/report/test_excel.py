"""Excel workbooks built from the sample store: values, formulas, formats, layout."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.monitor.register import task_register
from ktxh.report import indicator_workbook, project_workbook, task_workbook
from ktxh.report.selection import EmptySelection, select_tasks
from ktxh.store.tables import Document, Figure
from tests.report.conftest import AS_OF, PERIOD


def _book(data: bytes):
    return load_workbook(io.BytesIO(data))


def _rows_by_name(ws, col: int = 2) -> dict[str, int]:
    return {str(ws.cell(row=r, column=col).value): r for r in range(5, ws.max_row + 1)
            if ws.cell(row=r, column=col).value}


def _stored_level(session: Session, phrase: str, period: str) -> float:
    """The level figure whose indicator starts with ``phrase`` in the report of ``period``."""
    stmt = (select(Figure.value).join(Document, Document.id == Figure.document_id)
            .where(Document.period == period, Figure.kind == "level",
                   Figure.indicator.like(f"{phrase}%"), Figure.project_mention_id.is_(None)))
    values = session.scalars(stmt).all()
    assert len(values) == 1, values
    return values[0]


def test_indicator_sheet_values_and_formulas(session: Session) -> None:
    wb = _book(indicator_workbook(session, PERIOD))
    ws = wb["Chỉ tiêu"]
    rows = _rows_by_name(ws)
    r = rows["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (ước)"]
    actual = _stored_level(session, "Tổng mức bán lẻ", PERIOD)
    previous = _stored_level(session, "Tổng mức bán lẻ", "2023-Q1")
    assert ws.cell(row=r, column=5).value == actual
    assert ws.cell(row=r, column=6).value == previous
    assert ws.cell(row=r, column=7).value == f"=E{r}/D{r}"
    assert ws.cell(row=r, column=8).value == f"=E{r}/F{r}-1"
    plan = ws.cell(row=r, column=4).value
    assert actual / plan == pytest.approx(0.236, abs=1e-9)  # the stated 23,6% kế hoạch
    assert ws.cell(row=r, column=3).value == "tỷ đồng"
    assert "92/BC-UBND" in ws.cell(row=r, column=9).value
    # an indicator with only a stated change keeps the stated number, not a formula
    r = rows["Chỉ số sản xuất công nghiệp (IIP)"]
    assert ws.cell(row=r, column=8).value == pytest.approx(0.064)
    assert ws.cell(row=r, column=5).value is None


def test_indicator_sheet_formatting(session: Session) -> None:
    ws = _book(indicator_workbook(session, PERIOD))["Chỉ tiêu"]
    assert ws.freeze_panes == "C5"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["A1"].value.startswith("TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU")
    assert "quý I năm 2024" in ws["A2"].value
    assert [c.value for c in ws[4]][:3] == ["STT", "Chỉ tiêu", "Đơn vị tính"]
    assert ws.column_dimensions["B"].width >= 40
    rows = _rows_by_name(ws)
    r = rows["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (ước)"]
    assert ws.cell(row=r, column=5).number_format == "[$-42A]#,##0"
    assert ws.cell(row=r, column=7).number_format == "[$-42A]0.0%"
    assert ws.cell(row=r, column=2).alignment.wrap_text
    assert ws.cell(row=r, column=2).border.left.style == "thin"
    assert ws.cell(row=r, column=2).font.name == "Times New Roman"
    r = rows["Tổng đàn trâu (ước)"]
    assert ws.cell(row=r, column=5).number_format == "[$-42A]#,##0.0"
    assert "Nguồn số liệu" in _book(indicator_workbook(session, PERIOD)).sheetnames


def test_indicator_sheet_sections(session: Session) -> None:
    ws = _book(indicator_workbook(session, PERIOD))["Chỉ tiêu"]
    sections = [ws.cell(row=r, column=2).value for r in range(5, ws.max_row + 1)
                if ws.cell(row=r, column=1).value in ("I", "II", "III", "IV", "V", "VI")]
    assert sections[0] == "Sản xuất nông, lâm nghiệp và thủy sản"
    assert "Tài chính, ngân sách, tín dụng" in sections


def test_indicator_empty_period(session: Session) -> None:
    with pytest.raises(EmptySelection, match="quý IV năm 2019"):
        indicator_workbook(session, "2019-Q4")


def test_task_workbook_matches_register(session: Session) -> None:
    wb = _book(task_workbook(session, "2024-Q2", as_of=AS_OF))
    assert wb.sheetnames[0] == "Tổng hợp"
    tasks = select_tasks(session, "2024-Q2", None, AS_OF)
    overdue = [t for t in tasks if t["status"] == "chua_hoan_thanh_qua_han"]
    ws = wb["Chưa hoàn thành quá hạn"]
    assert ws.freeze_panes == "C5"
    listed = [ws.cell(row=r, column=2).value for r in range(5, ws.max_row + 1)]
    assert sorted(listed) == sorted(t["action"] for t in overdue)
    r = listed.index(overdue[0]["action"]) + 5
    due = ws.cell(row=r, column=5)
    assert due.value.date() == dt.date.fromisoformat(overdue[0]["due_date"])
    assert due.number_format == "dd/mm/yyyy"
    assert ws.cell(row=r, column=6).value == "Chưa hoàn thành, quá hạn"
    assert ws.cell(row=r, column=8).value.endswith(
        overdue[0]["document"]["date"][8:10] + "/" + overdue[0]["document"]["date"][5:7] + "/2024")
    summary = wb["Tổng hợp"]
    last = summary.max_row
    assert summary.cell(row=last, column=2).value == "Tổng cộng"
    assert summary.cell(row=last, column=7).value == f"=SUM(G5:G{last - 1})"


def test_task_workbook_agency_filter(session: Session) -> None:
    wb = _book(task_workbook(session, None, "Sở Kế hoạch và Đầu tư", AS_OF))
    summary = wb["Tổng hợp"]
    agencies = {summary.cell(row=r, column=2).value for r in range(5, summary.max_row)}
    assert agencies == {"Sở Kế hoạch và Đầu tư"}
    expected = task_register(session, as_of=AS_OF, agency="Sở Kế hoạch và Đầu tư")
    counted = sum(summary.cell(row=5, column=c).value for c in range(3, 7))
    assert counted == len(expected)


def test_task_workbook_empty_selection(session: Session) -> None:
    with pytest.raises(EmptySelection, match="Không có nhiệm vụ nào của Sở Ngoại vụ"):
        task_workbook(session, "2024-Q2", "Sở Ngoại vụ", AS_OF)


def test_project_workbook(session: Session) -> None:
    ws = _book(project_workbook(session))["Tiến độ dự án"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    clearance = [r for r in rows if r[3] == "Giải phóng mặt bằng"]
    assert clearance, rows
    r = 5 + rows.index(clearance[0])
    assert ws.cell(row=r, column=8).value == f"=E{r}/F{r}"
    assert ws.cell(row=r, column=5).value < ws.cell(row=r, column=6).value
    assert ws.freeze_panes == "C5"
    # as of a day before the latest report, the earlier position is the latest
    early = _book(project_workbook(session, dt.date(2023, 12, 31)))["Tiến độ dự án"]
    early_rows = [[c.value for c in row] for row in early.iter_rows(min_row=5)]
    early_clear = [x for x in early_rows if x[3] == "Giải phóng mặt bằng"]
    assert early_clear and early_clear[0][4] < clearance[0][4]
