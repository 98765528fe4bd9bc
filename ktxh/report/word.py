"""Word reports (.docx) laid out per Nghị định 30/2020/NĐ-CP.

- :func:`task_report_docx` (KIND ``bao-cao-nhiem-vu``): "Báo cáo tình hình
  thực hiện nhiệm vụ được giao" — counts, then by agency each task with the
  document that assigned it;
- :func:`indicator_appendix_docx` (KIND ``phu-luc-chi-tieu``): the indicator
  table of a period as an appendix, with its sources.

Both return the file as bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.report import admin_format as A
from ktxh.report import docx_layout as L
from ktxh.report.draft import SOURCES_HEAD, Draft
from ktxh.report.indicator_table import indicator_lines, no_figures_message
from ktxh.report.selection import GROUPS, EmptySelection, group_of, scope_words, select_tasks
from ktxh.report.vnnum import long_date, vn_date, vn_number
from ktxh.report.vocab import (
    APPENDIX_TITLE,
    ARCHIVE_LINE,
    AREA_WORDS,
    COLLECTIVE_BODIES,
    DEFAULT_ISSUER,
    DEFAULT_RECIPIENTS,
    ESTIMATE_MARK,
    HEAD_POSITION,
    ROMAN,
    TASK_REPORT_TITLE,
    citation,
    period_label,
)
from ktxh.store.tables import Document
from ktxh.text.normalize import fold


def cite(doc: dict[str, Any] | None) -> str:
    """"Thông báo số 45/TB-VPUBND ngày 22/01/2024"."""
    if not doc:
        return ""
    return citation(doc.get("type"), doc.get("number"), doc.get("date"),
                    doc.get("filename") or f"#{doc.get('id')}")


def _split_issuer(issuer: str) -> tuple[str, str]:
    """"Ủy ban nhân dân tỉnh Lạng Sơn" → ("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN")."""
    low = fold(issuer)
    for word in AREA_WORDS:
        at = low.find(f" {word} ")
        if at > 0:
            return issuer[:at].upper(), issuer[at + 1:].upper()
    return "", issuer.upper()


def _signature(issuer: str, position: str | None) -> tuple[str, str]:
    """(authority, position lines): "TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"."""
    body = _split_issuer(issuer)[0] or issuer.upper()
    collective = any(fold(issuer).startswith(w) for w in COLLECTIVE_BODIES)
    authority = f"TM. {body}" if collective else ""
    pos = (position or HEAD_POSITION).strip()
    if fold(pos) != fold(HEAD_POSITION) and fold(pos).endswith(fold(HEAD_POSITION)):
        return authority, f"KT. {HEAD_POSITION.upper()}\n{pos.upper()}"
    return authority, pos.upper()


def letterhead(session: Session, place: str | None = None) -> Letterhead:
    """From the latest stored report of the province: issuer, place, signer."""
    stmt = (select(Document).where(Document.superseded_by_id.is_(None),
                                   Document.type == "bao_cao", Document.issuer.is_not(None))
            .order_by(Document.date.desc().nulls_last(), Document.id.desc()))
    doc = session.scalars(stmt).first()
    issuer = doc.issuer if doc else DEFAULT_ISSUER
    parent, name = _split_issuer(issuer)
    authority, position = _signature(issuer, doc.signer_position if doc else None)
    return L.Letterhead(parent=parent, issuer=name, place=place or (doc.place if doc else "") or "",
                        authority=authority, position=position,
                        signer=(doc.signer or "") if doc else "", name=issuer)


Letterhead = L.Letterhead


def _place_date(head: L.Letterhead, day: dt.date | None) -> str:
    when = long_date(day) if day else f"{long_date(None)} {dt.date.today().year}"
    return f"{head.place}, {when}" if head.place else when.capitalize()


def _new_doc(head: L.Letterhead, day: dt.date | None, landscape: bool = False) -> Any:
    doc = docx.Document()
    L.setup_page(doc, landscape)
    L.header_block(doc, head, _place_date(head, day))
    return doc


def _save(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --- task follow-up report --------------------------------------------------------


def _count_sentence(tasks: list[dict[str, Any]], scope: str) -> str:
    n = {key: sum(1 for t in tasks if group_of(t) == key) for key in GROUPS}
    late_done = sum(1 for t in tasks if t["status"] == "hoan_thanh_qua_han")
    done = f"đã hoàn thành {n['done']} nhiệm vụ"
    if late_done:
        done += f" ({late_done} nhiệm vụ hoàn thành quá hạn)"
    return (f"Tổng số nhiệm vụ {scope}: {len(tasks)} nhiệm vụ; trong đó {done}; "
            f"đang thực hiện, còn hạn {n['open']} nhiệm vụ; chưa hoàn thành, quá hạn "
            f"{n['overdue']} nhiệm vụ; nhiệm vụ thường xuyên {n['recurring']} nhiệm vụ.")


def _task_line(t: dict[str, Any]) -> str:
    due = (f"thời hạn {vn_date(t['due_date'])}" if t.get("due_date")
           else "thực hiện thường xuyên" if t.get("recurring") else "không nêu thời hạn")
    text = f"- {t['action'][:1].upper()}{t['action'][1:]} ({cite(t.get('document'))}; {due})"
    text += f": {t['status_label'].lower()}"
    u = t.get("last_update")
    if u:
        text += f"; cập nhật ngày {vn_date(u['date'])}: {u['status_label'].lower()}"
        if u.get("note"):
            text += f", {u['note']}"
    return text + "."


def task_report_docx(session: Session, period: str | None = None, agency: str | None = None,
                     as_of: dt.date | None = None, head: L.Letterhead | None = None) -> bytes:
    """KIND ``bao-cao-nhiem-vu``: the follow-up report of assigned tasks."""
    tasks = select_tasks(session, period, agency, as_of)
    day = as_of or dt.date.today()
    head = head or letterhead(session)
    scope = scope_words(period, agency)
    doc = _new_doc(head, as_of)
    L.title_block(doc, A.REPORT_WORD, [f"{TASK_REPORT_TITLE} {scope}"])
    L.body(doc, "I. TÌNH HÌNH CHUNG", bold=True)
    L.body(doc, _count_sentence(tasks, f"{scope} (tính đến ngày {vn_date(day)})"))
    L.body(doc, "II. KẾT QUẢ THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ", bold=True)
    by_agency: dict[str, list[dict[str, Any]]] = {}
    for t in tasks:
        by_agency.setdefault(t.get("lead_display") or t["lead"], []).append(t)
    for i, (name, rows) in enumerate(sorted(by_agency.items()), start=1):
        overdue = sum(1 for t in rows if group_of(t) == "overdue")
        tail = f", {overdue} nhiệm vụ quá hạn" if overdue else ""
        L.body(doc, f"{i}. {name} ({len(rows)} nhiệm vụ{tail})", bold=True)
        for t in rows:
            L.body(doc, _task_line(t))
    late = sorted({t.get("lead_display") or t["lead"] for t in tasks
                   if group_of(t) == "overdue"})
    L.body(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    if late:
        L.body(doc, f"Đề nghị {', '.join(late)} khẩn trương hoàn thành các nhiệm vụ đã quá "
                    "hạn, báo cáo kết quả và nêu rõ nguyên nhân chậm trễ.")
    else:
        L.body(doc, "Đề nghị các cơ quan, đơn vị tiếp tục thực hiện các nhiệm vụ được giao, "
                    "bảo đảm đúng thời hạn.")
    L.closing_block(doc, head, [*DEFAULT_RECIPIENTS, ARCHIVE_LINE])
    return _save(doc)


# --- indicator appendix ---------------------------------------------------------------

APPENDIX_HEADS = ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện kỳ báo cáo",
                  "% kế hoạch", "So với cùng kỳ (%)", "Nguồn")
APPENDIX_WIDTHS = (12, 80, 22, 28, 28, 20, 22, 40)  # landscape A4: 252 mm of text


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return ""
    text = vn_number(value, 1 if signed else None)
    return f"+{text}" if signed and value > 0 else text


def _appendix_rows(lines: Sequence[Any]) -> list[tuple[str, Sequence[str]]]:
    rows: list[tuple[str, Sequence[str]]] = []
    section, k = None, 0
    for n, line in enumerate(lines, start=1):
        if line.section != section:
            section = line.section
            rows.append(("section", (ROMAN[k], section)))
            k += 1
        name = f"{line.name} {ESTIMATE_MARK}" if line.estimate else line.name
        pct = line.pct_of_plan
        rows.append(("line", (str(n), name, line.unit,
                              _num(round(line.plan, 1)) if line.plan else "",
                              _num(line.actual), _num(round(pct, 1) if pct else None),
                              _num(line.change, signed=True),
                              ", ".join(dict.fromkeys(s.label for s in line.sources)))))
    return rows


def indicator_appendix_docx(session: Session, period: str, as_of: dt.date | None = None,
                            head: L.Letterhead | None = None) -> bytes:
    """KIND ``phu-luc-chi-tieu``: the indicator table of ``period`` as an appendix."""
    lines = indicator_lines(session, period, as_of)
    if not lines:
        raise EmptySelection(no_figures_message(session, period))
    head = head or letterhead(session)
    doc = _new_doc(head, as_of, landscape=True)
    year = (as_of or dt.date.today()).year
    L.title_block(doc, A.APPENDIX_WORD, [APPENDIX_TITLE, period_label(period).upper()],
                  note=f"(Kèm theo Báo cáo số      /{head.symbol} ngày      /      /{year}"
                       f" của {head.name or DEFAULT_ISSUER})")
    rows = _appendix_rows(lines)
    table = doc.add_table(rows=1 + len(rows), cols=len(APPENDIX_HEADS))
    table.style = "Table Grid"
    L.set_widths(table, APPENDIX_WIDTHS)
    L.repeat_header_row(table)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for cell, text in zip(table.rows[0].cells, APPENDIX_HEADS, strict=True):
        L.table_cell(cell, text, bold=True, align=center)
    right = WD_ALIGN_PARAGRAPH.RIGHT
    for row, (kind, values) in zip(table.rows[1:], rows, strict=True):
        if kind == "section":
            L.table_cell(row.cells[0], values[0], bold=True, align=center)
            merged = row.cells[1].merge(row.cells[-1])
            L.table_cell(merged, values[1], bold=True)
            continue
        aligns = (center, None, center, right, right, right, right, None)
        for cell, text, al in zip(row.cells, values, aligns, strict=True):
            L.table_cell(cell, text, align=al if al is not None else WD_ALIGN_PARAGRAPH.LEFT)
    L.para(doc, after=6)
    L.body(doc, "Nguồn số liệu:", bold=True, italic=True, indent=False)
    seen: set[tuple[int, str]] = set()
    for line in lines:
        for s in line.sources:
            if (s.document_id, s.quote) in seen:
                continue
            seen.add((s.document_id, s.quote))
            p = L.body(doc, f"- {line.name}: {s.citation}: “{s.quote}”.", indent=False)
            for run in p.runs:
                run.font.size = docx.shared.Pt(A.RECIPIENTS_SIZE + 1)
    return _save(doc)


# --- draft of the figures section --------------------------------------------------


def draft_docx(draft: Draft, head: L.Letterhead, day: dt.date | None = None) -> bytes:
    """The draft (:mod:`ktxh.report.draft`) as a Word file; sources as numbered notes."""
    doc = _new_doc(head, day)
    L.title_block(doc, A.REPORT_WORD, [f"{draft.title} (dự thảo phần số liệu)"])
    notes: list[str] = []
    for k, (title, sents) in enumerate(draft.sections):
        L.body(doc, f"{ROMAN[k]}. {title.upper()}", bold=True)
        for s in sents:
            notes.append("; ".join(s.sources))
            p = L.body(doc, s.text)
            mark = p.add_run(f"({len(notes)})")
            mark.font.superscript = True
    L.body(doc, f"{SOURCES_HEAD}:", bold=True, italic=True, indent=False)
    for i, note in enumerate(notes, start=1):
        p = L.body(doc, f"({i}) {note}.", indent=False)
        for run in p.runs:
            run.font.size = docx.shared.Pt(A.RECIPIENTS_SIZE + 1)
    return _save(doc)
