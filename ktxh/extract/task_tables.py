"""Task tables: one task per row of a table whose header names who leads.

The appendix of a kế hoạch often lists its tasks as a table::

    | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
    | 1 | Rà soát quy hoạch ... | Sở Xây dựng | Sở Tài chính, UBND các xã | Quý II/2026 |

A table is a task list when a header cell names the lead ("Cơ quan chủ trì",
"Đơn vị chủ trì", "Chủ trì"; "Đơn vị thực hiện" beside a column of deadlines),
and no column tells what was done ("Kết quả thực hiện"). The other columns: the action ("Nhiệm vụ",
"Nội dung", "Công việc", else the first column of words), support
("Cơ quan phối hợp"), the deadline ("Thời gian hoàn thành", "Thời hạn",
"Tiến độ"): "Quý II/2026" → 2026-06-30, "Năm 2026" → 2026-12-31, "Hằng
năm", "Thường xuyên" → no date (recurring). Rows without a lead ("| I |
Nhóm nhiệm vụ về chuyển đổi số | | | |") head a group of rows; rows of
column numbers ("| (1) | (2) | (3) |") are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract import clauses as cl
from ktxh.extract.deadlines import RECURRING, cell_deadline
from ktxh.extract.records import Task
from ktxh.extract.task_records import Context, canonical, report_to
from ktxh.text.model import Block, BlockKind, Doc, Span

# --- language data -----------------------------------------------------------

_LEAD = re.compile(r"chủ trì")
# a lead named otherwise only beside a column of deadlines
_DOER = re.compile(r"(?:cơ quan|đơn vị) (?:thực hiện|đầu mối|chịu trách nhiệm)")
# a column of what was done: a report's table of tasks, not a list of work ahead
_RESULT = re.compile(r"kết quả|tình hình|đã (?:thực hiện|hoàn thành)")
_SUPPORT = re.compile(r"phối hợp")
_ACTION = re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|giải pháp|tên (?:đề án|nhiệm vụ)")
_TIME = re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|thời điểm")
_NUMBER = re.compile(r"s?tt|số tt|số thứ tự")
# between bodies in a cell: "Sở Tài chính; Sở Xây dựng", one per line in a Word table
_PART = re.compile(r"\s*(?:;|\n)\s*")
# a cell of column numbers or a row number: "(1)", "1", "I", "1.2", "a"
_ROW_NUMBER = re.compile(r"\(?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-zđ])\)?\.?")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which cell of a row holds what (indices into ``Block.cells``)."""

    lead: int
    action: int
    support: int | None
    time: int | None
    width: int


def _columns(doc: Doc, row: Block) -> Columns | None:
    """The columns a header row names, or None when it names no lead."""
    heads = [doc.folded[c.start : c.end].strip(" *") for c in row.cells]
    lead = next((k for k, h in enumerate(heads) if _LEAD.search(h)), None)
    doer = next((k for k, h in enumerate(heads) if _DOER.search(h)), None)
    if (lead is None and doer is None) or any(_RESULT.search(h) for h in heads):
        return None
    rest = [k for k in range(len(heads)) if k not in (lead, doer)]
    support = next((k for k in rest if _SUPPORT.search(heads[k])), None)
    time = next((k for k in rest if k != support and _TIME.search(heads[k])), None)
    if lead is None:
        if time is None:
            return None  # "| Nội dung | Đơn vị thực hiện | Ghi chú |": no deadlines, no plan
        lead = doer
    elif doer is not None:
        rest.append(doer)
    taken = {lead, support, time}
    action = next((k for k in rest if k not in taken and _ACTION.search(heads[k])), None)
    if action is None:  # the first column of words after a number column
        action = next((k for k in rest if k not in taken and heads[k]
                       and not _NUMBER.fullmatch(heads[k])), None)
    if action is None:
        return None
    return Columns(lead, action, support, time, len(heads))


def table_rows(doc: Doc) -> list[tuple[Columns, list[int]]]:
    """Task tables of ``doc``: their columns and the block indices of their rows
    (the header row included)."""
    out: list[tuple[Columns, list[int]]] = []
    columns: Columns | None = None
    for i, b in enumerate(doc.blocks):
        if b.kind is not BlockKind.TABLE_ROW or not b.cells:
            columns = None
            continue
        head = _columns(doc, b)
        if head is not None:
            columns = head
            out.append((head, [i]))
        elif columns is not None:
            out[-1][1].append(i)
    return out


def _cell(doc: Doc, row: Block, k: int | None) -> Span | None:
    if k is None or k >= len(row.cells):
        return None
    c = row.cells[k]
    text = doc.text[c.start : c.end]
    s = c.start + len(text) - len(text.lstrip())
    e = c.start + len(text.rstrip())
    return Span(s, e) if e > s else None


def _bodies(ctx: Context, span: Span | None) -> list[cl.Body]:
    """The bodies a cell names: "Sở Tài chính, UBND các xã"; else its words as one."""
    if span is None:
        return []
    text, folded = ctx.doc.text, ctx.doc.folded
    out: list[cl.Body] = []
    start = span.start
    for part in [*_PART.finditer(folded, span.start, span.end), None]:
        end = part.start() if part else span.end  # "Sở Tài chính; Sở Xây dựng"
        found = cl.read_bodies(text, folded, start, end)
        words = text[start:end].strip(" .;,+-\n")
        if found:
            out += found
        elif words:  # words the grammar does not read: "Các địa phương có liên quan"
            at = start + text[start:end].index(words)
            out.append(cl.Body(at, at + len(words), words[:1].lower() + words[1:]
                               if words.startswith("Các ") else words, True))
        start = part.end() if part else end
    return out


def row_task(ctx: Context, columns: Columns, row: Block) -> Task | None:
    """The task of one row of a task table, or None for a row that heads a group."""
    doc = ctx.doc
    if len(row.cells) != columns.width:
        return None
    lead_cell, action_cell = _cell(doc, row, columns.lead), _cell(doc, row, columns.action)
    if lead_cell is None or action_cell is None:
        return None  # "| I | Nhóm nhiệm vụ về chuyển đổi số | | | |"
    if _ROW_NUMBER.fullmatch(doc.folded, action_cell.start, action_cell.end):
        return None  # "| (1) | (2) | (3) | (4) |"
    bodies = _bodies(ctx, lead_cell)
    if not bodies:
        return None
    lead, lead_code = canonical(ctx, bodies[0])
    helpers = [*bodies[1:], *_bodies(ctx, _cell(doc, row, columns.support))]
    support = [canonical(ctx, b) for b in helpers]
    time = _cell(doc, row, columns.time)
    d = (cell_deadline(doc.folded, time.start, time.end, doc_date=ctx.anchor, issued=ctx.issued)
         if time is not None else None)
    text = doc.text
    to, cut, _ = report_to(text, doc.folded, action_cell.start, action_cell.end)
    action = text[action_cell.start : cut].strip(" .;,:")
    action = action[:1].lower() + action[1:] if not action[:2].isupper() else action
    quote = text[row.span.start : row.span.end].rstrip(" |")
    return Task(
        kind="assignment", lead=lead, action=action,
        span=Span(row.span.start, row.span.start + len(quote)), quote=quote,
        support=tuple(n for n, _ in support),
        deadline=d.iso if d else None,
        deadline_text=text[d.span.start : d.span.end] if d else None,
        report_to=to, lead_code=lead_code, support_codes=tuple(c for _, c in support),
        recurring=bool(d and RECURRING in d.flags), flags=d.flags if d and d.iso else (),
    )
