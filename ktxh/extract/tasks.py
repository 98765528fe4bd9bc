"""Tasks: actions assigned to a named body, with support, deadline and report-to.

Clause patterns of the genre (see :mod:`ktxh.extract.clauses` for the words):

- "Giao Sở X chủ trì, phối hợp với Sở Y, UBND các huyện <action>, báo cáo
  UBND tỉnh trước ngày ..." — assignment, lead Sở X, support [Sở Y, ...]
- "Sở X chủ trì, phối hợp ...", "Bộ X có trách nhiệm ...", "Các cấp, các
  ngành cần ...", "Chủ tịch UBND các huyện phải ..." — a subject clause
- "Yêu cầu các sở, ban, ngành ..." — assignment
- "Đề nghị / Kiến nghị Thủ tướng Chính phủ, Bộ X ..." — request (a higher body)
- "Về <topic>: Giao ..." — the topic is dropped
- "...; <action>" — a later ";"-clause of the same sentence with no subject
  of its own continues the last task (same lead; the support of "chủ trì" or
  "phối hợp với", and of co-subjects)

Subject clauses count everywhere in notices and in the "nhiệm vụ / giải pháp
/ tổ chức thực hiện / kiến nghị" sections of plans and reports; elsewhere
(narrative of results) only with an explicit marker ("chủ trì", "có trách
nhiệm", "cần", "phải"). A clause with two dated deadlines is two tasks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ktxh.extract import agencies, short_names
from ktxh.extract import clauses as cl
from ktxh.extract import task_openings as ta
from ktxh.extract import task_patterns as tp
from ktxh.extract.records import Task
from ktxh.extract.task_heads import passed_on, read_head
from ktxh.extract.task_leads import only_bodies
from ktxh.extract.task_owners import (
    Owner,
    one_group,
    owner_line,
    skip,
    support_line,
    under_support,
)
from ktxh.extract.task_records import (
    Context,
    Head,
    canonical,
    context,
    is_report_clause,
    merge_report,
    own_report,
    submits_document,
    tasks_of,
    with_deadline,
)
from ktxh.extract.task_subjects import ASKED, is_issuer
from ktxh.extract.task_tables import row_task, table_rows
from ktxh.text.model import Block, BlockKind, Doc, Span


def find_tasks(doc: Doc, found: Mapping[str, Any]) -> tuple[Task, ...]:
    """Every task of ``doc``, in text order; a short name the document defines ("(Ban QLDA
    giao thông)") reads as its body."""
    with short_names.defined(short_names.find(doc.text, doc.folded, cl.read_body)):
        return _find_tasks(doc, found)


@dataclass(slots=True)
class _Walk:
    """What the walk over a document's blocks carries from one block to the next."""

    directive: bool = False  # in a "nhiệm vụ / giải pháp / kiến nghị" part
    owner: Owner | None = None  # a line "1. Sở Tài chính:" owns the items below it
    parent: Owner | None = None  # the owner a line "a) Chủ trì, phối hợp với X:" narrows


def _find_tasks(doc: Doc, found: Mapping[str, Any]) -> tuple[Task, ...]:
    meta = found.get("document")
    ctx = context(doc, meta)
    notice = getattr(meta, "type", None) in tp.DIRECTIVE_TYPES
    folded = doc.folded
    out: list[Task] = []
    walk = _Walk()
    task_tables = table_rows(doc)
    tables = {i: columns for columns, rows in task_tables for i in rows[1:]}
    headers = {rows[0] for _, rows in task_tables}
    ended = False  # past "Nơi nhận": only the task tables of an appendix count
    for i, block in enumerate(doc.blocks):
        b = block.span
        ended = ended or bool(tp.END_OF_BODY.match(folded, b.start))
        if i in tables:  # "| 1 | Rà soát ... | Sở Xây dựng | Sở Tài chính | Quý II/2026 |"
            row = row_task(ctx, tables[i], block)
            out.extend([row] if row is not None else [])
            continue
        if ended:
            if not tables or i > max(tables):
                break
            continue
        if block.kind in (BlockKind.FOOTNOTE, BlockKind.TABLE_ROW) or i in headers:
            continue  # a table other than a task table: the letterhead, figures
        if not _follow(walk, doc, block):
            continue
        active = notice or walk.directive or bool(walk.owner and walk.owner.listed)
        if not active and not tp.MARKER_WORDS.search(folded, b.start, b.end):
            continue  # narrative without a word that assigns: not cut into clauses
        out.extend(_tasks_in(ctx, doc, block, active, walk.owner))
    return tuple(out)


def _follow(walk: _Walk, doc: Doc, block: Block) -> bool:
    """Update ``walk`` with ``block`` (the line that owns the items below it, the part a
    heading opens); whether the block may hold tasks of its own."""
    text, folded, b = doc.text, doc.folded, block.span
    if walk.parent is not None and not under_support(folded, b):
        # "b) …" after the bullets of "a) … phối hợp với X:"
        walk.owner, walk.parent = walk.parent, None
    named = owner_line(text, folded, b, block.kind is BlockKind.HEADING, block.level)
    if named is not None:
        walk.owner, walk.parent = (named if named.body is not None else None), None
        return False
    narrowed = support_line(text, folded, b, walk.owner)
    if narrowed is not None:  # "a) Chủ trì, phối hợp với các sở, ngành:" over "- …" bullets
        walk.parent, walk.owner = walk.parent or walk.owner, narrowed
        return False
    if block.kind is BlockKind.HEADING and not _item_heading(folded, block, walk.owner):
        head = folded[b.start : b.end]
        walk.owner = None
        if tp.DIRECTIVE_HEADING.search(head) and not tp.NARRATIVE_HEADING.search(head):
            walk.directive = True
        elif tp.MAJOR_HEADING.match(head):
            walk.directive = False
        if len(head) < 120 and not head.rstrip().endswith("."):
            return False  # a long "heading" is a numbered paragraph read as one
    if (block.kind is not BlockKind.LIST_ITEM and not tp.LABEL.match(folded, b.start)
            and not (walk.owner and walk.owner.heading)):
        walk.owner = None  # a heading "1. Sở Y tế" owns the paragraphs up to the next heading
    return True


def _tasks_in(ctx: Context, doc: Doc, block: Block, active: bool,
              owner: Owner | None) -> list[Task]:
    """The tasks of one block, read again with the agency register's names where they
    change an answer."""
    text, folded, b = doc.text, doc.folded, block.span
    # sentences are numbered within the block: a task's head never reaches past it
    parts = cl.clauses(text, b.start, b.end)
    item = block.kind is BlockKind.LIST_ITEM or bool(tp.LABEL.match(folded, b.start))
    with cl.asked_bodies() as asked:
        found_here = _block_tasks(ctx, parts, active, owner, item)
    known = _register_bodies(doc, b) if found_here else None
    if known and _register_changes(text, folded, known, asked):
        # read again with the register's names (it is the slower part)
        with cl.known_bodies(known):
            found_here = _block_tasks(ctx, parts, active, owner, item)
    return found_here


def _item_heading(folded: str, block: Block, owner: Owner | None) -> bool:
    """A list item read as a heading under a line that names its lead: "2. Rà soát các
    dự án chậm tiến độ" below "Sở Tài chính đề nghị các cơ quan, đơn vị:"."""
    if owner is None or (owner.heading and not (
            owner.level and block.level and block.level > owner.level)):
        return False
    b = block.span
    p = skip(tp.LABEL, folded, b.start, b.end)
    return (p > b.start and cl.is_action_at(folded, p)
            and not tp.DIRECTIVE_HEADING.search(folded, b.start, b.end))


def _register_bodies(doc: Doc, span: Span) -> dict[int, cl.Body]:
    """Named bodies the agency register finds in ``span``, by start offset."""
    # on the block alone: the register folds what it is given
    mentions = agencies.find_agencies(doc.text[span.start : span.end])
    at = span.start
    return {
        at + m.span.start: cl.Body(at + m.span.start, at + m.span.end, m.name, False)
        for m in mentions
        if m.code is not None and not m.is_group
    }


def _register_changes(text: str, folded: str, known: Mapping[int, cl.Body],
                      asked: list[tuple[int, int, cl.Body | None]]) -> bool:
    """Whether a register name in ``known`` changes an answer of :func:`body_reader.read_body`
    among those it gave reading the block (``asked``); where none changes (the register
    names what the grammar read), reading the block again gives the same tasks. A register
    name answered where read_body was asked twice is a change too: the two answers, equal
    but separate objects, would be one object (leads are compared with ``is``)."""
    with cl.known_bodies(known):
        for k, (pos, end, body) in enumerate(asked):
            if pos in known:
                again = cl.read_body(text, folded, pos, end)
                if again != body or (again is known[pos] and any(
                        p == pos for j, (p, _, _) in enumerate(asked) if j != k)):
                    return True
    return False


@dataclass(slots=True)
class _Block:
    """What the walk over a block's clauses carries from one clause to the next."""

    ctx: Context
    directive: bool
    owner: Owner | None
    item: bool
    out: list[Task] = field(default_factory=list)
    last: Head | None = None
    carry: Head | None = None  # in a numbered item, the head of its first task
    opened: Head | None = None  # the head of the block's first task
    first: int = 0  # where the tasks of the sentence start in ``out``
    past: int = -1  # a sentence of a report's narrative that tells what was done
    groups: cl.Body | None = None  # "Các sở, ban, ngành; | UBND các xã ... xây dựng ..."


def _block_tasks(ctx: Context, parts: list[cl.Clause], directive: bool,
                 owner: Owner | None, item: bool = False) -> list[Task]:
    """The tasks of the clauses ``parts`` of one block, in text order."""
    st = _Block(ctx, directive, owner, item)
    for c in parts:
        _read_clause(st, c)
    return st.out


def _read_clause(st: _Block, c: cl.Clause) -> None:
    """Add the tasks of clause ``c`` to ``st.out``, or amend the task before."""
    folded = st.ctx.doc.folded
    if st.last is not None and c.sentence != st.last.sentence:
        # "2. Sở Công Thương chủ trì, …. | Tổ chức các hoạt động xúc tiến …": a sentence
        # of the item with no body of its own goes on with the item's lead
        st.carry = st.opened if st.item and st.directive else None
        st.last = None
    if st.last is None:
        st.first = len(st.out)
    if c.sentence == st.past:
        return  # "UBND tỉnh đã ban hành Kế hoạch ...; giao các huyện rà soát ..."
    labelled = skip(tp.LABEL, folded, c.start, c.end)  # past "1.", "a)", "-"
    if tp.ATTENDANCE.match(folded, labelled, c.end):
        st.past = c.sentence  # "Tham dự cuộc họp có ...; Ban QLDA giao thông; UBND huyện B."
        return
    head = _clause_head(st, c, labelled)
    if head is None:
        if st.last is not None and tp.TIME_LIMIT.match(folded, c.start) and st.out:
            st.out[-1] = with_deadline(st.ctx, st.out[-1], c)
        elif not st.directive and _tells_past(folded, c):
            st.past = c.sentence
        return
    if " sẽ bị " in folded[head.action : c.end]:
        return  # "Chủ đầu tư để chậm giải ngân sẽ bị điều chuyển vốn": a sanction
    if head.answers:  # "… chịu trách nhiệm trước Chủ tịch UBND tỉnh về …; | trước ngày 10
        st.last, st.opened = head, st.opened or head  # của tháng cuối quý gửi báo cáo …": only
        return  # the second is a task
    if (st.last is not None and st.out and head.lead is st.last.lead
            and tp.NOT_LETTING.match(folded, head.action, c.end)):
        return
    new = tasks_of(st.ctx, head, c)
    if st.last is not None and st.out and tp.MILESTONE.match(folded, head.action, c.end):
        new = [ta.milestone(st.out[-1], t) for t in new]
    if _aim_only(st, c, head, new) or _amends_before(st, c, head, new):
        return
    st.last = head
    st.opened = st.opened or head
    st.out.extend(new)


def _tells_past(folded: str, c: cl.Clause) -> bool:
    """Whether clause ``c`` tells what was done ("UBND tỉnh đã ban hành …"):
    ``tp.PAST_CLAUSE``, tried only where one of its words stands within its reach."""
    reach = c.start + tp.PAST_CLAUSE_REACH
    for w in tp.PAST_CLAUSE_WORDS:  # a word opens at most ``reach`` characters in
        if folded.find(w, c.start, min(c.end, reach + len(w))) >= 0:
            return tp.PAST_CLAUSE.match(folded, c.start, c.end) is not None
    return False


def _clause_head(st: _Block, c: cl.Clause, labelled: int) -> Head | None:
    """The head of clause ``c``: its groups joined to those of the clause before, past the
    issuer that passes a task on."""
    text, folded = st.ctx.doc.text, st.ctx.doc.folded
    owner = st.owner if st.directive or (st.owner and st.owner.listed) else None
    head = read_head(text, folded, c, st.directive, st.last or st.carry, owner, labelled)
    if st.groups is not None and head is not None and head.lead.is_group and (
            head.start == labelled and st.last is None):
        head.lead = one_group(text, st.groups, head.lead)
    st.groups = _groups_only(text, folded, c) if head is None and st.last is None else None
    if head is not None and c.start <= head.lead.start < c.end:
        head = _past_issuer(st.ctx, c, head)
    return head


def _aim_only(st: _Block, c: cl.Clause, head: Head, new: list[Task]) -> bool:
    """Whether clause ``c`` going on with a lead only sets an aim ("phấn đấu …"): a target."""
    folded = st.ctx.doc.folded
    # "...; phấn đấu thu hút thêm ít nhất 05 dự án trong năm 2026": a target, no task;
    # "- Phấn đấu đến ngày 31/12/2025 giải ngân đạt 80% ...", "...; phấn đấu bàn giao
    # toàn bộ mặt bằng trong quý II/2024" and "...; Cục Thuế tỉnh phấn đấu ..." are
    return bool((st.last or st.carry or (st.owner is not None and head.lead is st.owner.body))
                and not c.start <= head.lead.start < c.end
                and tp.AIM.match(folded, head.action)
                and not any(t.deadline and tp.WITHIN_YEAR.search(t.deadline_text or "")
                            for t in new))


def _amends_before(st: _Block, c: cl.Clause, head: Head, new: list[Task]) -> bool:
    """Whether clause ``c`` only amends the task before (its deadline, whom it reports to)
    or sets a recurring target; amends ``st.out`` in place."""
    ctx, out, last = st.ctx, st.out, st.last
    text, folded = ctx.doc.text, ctx.doc.folded
    if last is not None and out and len(new) == 1 and tp.COMPLETION.fullmatch(new[0].action):
        # "...; hoàn thành trong tháng 4/2024": the deadline of the task before
        out[-1] = with_deadline(ctx, out[-1], c)
        return True
    report = is_report_clause(text, folded, head.action, c.end)
    if (last is not None and out and head.lead is last.lead and report and not last.answers
            and not submits_document(text, folded, head.action, c.end)
            # "…; đồng thời báo cáo Tổng công ty X xem xét bổ sung …": a task besides
            and folded.find("đồng thời", c.start, head.action) == -1
            and not (len(new) == 1 and own_report(text, folded, head.action, c.end, new[0]))):
        # "...; định kỳ 6 tháng báo cáo HĐND tỉnh": whom the task before reports to; after
        # a body the lead asks ("...; yêu cầu các nhà đầu tư ...; báo cáo UBND tỉnh trước
        # ngày ..."), the lead's own first task of the sentence
        first = st.first
        k = first if first < len(out) and out[first].lead != out[-1].lead else len(out) - 1
        out[k : k + 1] = merge_report(ctx, out[k], new)
        return True
    # "...; hằng năm tổ chức ít nhất 02 hội nghị kết nối": a target
    return last is not None and not report and bool(
        tp.RECURRING_COUNT.match(folded, head.action, c.end)
        or tp.RECURRING_COUNT.match(folded, head.start, c.end))


def _past_issuer(ctx: Context, c: cl.Clause, head: Head) -> Head | None:
    """``head``, unless its lead is the issuer or its head ("Chủ tịch UBND tỉnh thống nhất
    gia hạn …"): then the task it passes on in the clause ("…, giao Sở Tài chính …"), else
    None."""
    if (not ctx.issuer or ASKED.search(ctx.doc.folded, head.start, head.lead.start)
            or not is_issuer(ctx.issuer, canonical(ctx, head.lead)[0])):
        return head  # "Giao Chủ tịch UBND tỉnh ..." (of a resolution) asks the body
    return passed_on(ctx.doc.text, ctx.doc.folded, c, head.lead.end)


def _groups_only(text: str, folded: str, c: cl.Clause) -> cl.Body | None:
    """The groups a clause names and nothing else ("3. Các sở, ban, ngành;"), as one."""
    if not folded.startswith(";", c.end) or c.end - c.start > 160:
        return None
    p = skip(tp.LABEL, folded, c.start, c.end)
    bodies = cl.read_bodies(text, folded, p, c.end)
    if not bodies or not all(b.is_group for b in bodies) or not only_bodies(
            text, folded, p, c.end):
        return None
    return one_group(text, bodies[0], bodies[-1])


