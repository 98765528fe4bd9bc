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

import re
from collections.abc import Mapping
from typing import Any

from ktxh.extract import agencies, shared_heads, short_names
from ktxh.extract import clause_words as cw
from ktxh.extract import clauses as cl
from ktxh.extract import task_openings as ta
from ktxh.extract import task_patterns as tp
from ktxh.extract.records import Task
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
from ktxh.extract.task_subjects import ASKED, ATTENDS, ISSUER_ASSIGN, is_issuer
from ktxh.extract.task_tables import row_task, table_rows
from ktxh.text.model import Block, BlockKind, Doc, Span


def find_tasks(doc: Doc, found: Mapping[str, Any]) -> tuple[Task, ...]:
    """Every task of ``doc``, in text order; a short name the document defines ("(Ban QLDA
    giao thông)") reads as its body."""
    with short_names.defined(short_names.find(doc.text, doc.folded, cl.read_body)):
        return _find_tasks(doc, found)


def _find_tasks(doc: Doc, found: Mapping[str, Any]) -> tuple[Task, ...]:
    meta = found.get("document")
    ctx = context(doc, meta)
    notice = getattr(meta, "type", None) in tp.DIRECTIVE_TYPES
    text, folded = doc.text, doc.folded
    out: list[Task] = []
    directive = False
    owner: Owner | None = None  # a line "1. Sở Tài chính:" owns the items below it
    parent: Owner | None = None  # the owner a line "a) Chủ trì, phối hợp với X:" narrows
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
        if parent is not None and not under_support(folded, b):
            owner, parent = parent, None  # "b) …" after the bullets of "a) … phối hợp với X:"
        named = owner_line(text, folded, b, block.kind is BlockKind.HEADING, block.level)
        if named is not None:
            owner, parent = (named if named.body is not None else None), None
            continue
        narrowed = support_line(text, folded, b, owner)
        if narrowed is not None:  # "a) Chủ trì, phối hợp với các sở, ngành:" over "- …" bullets
            parent, owner = parent or owner, narrowed
            continue
        if block.kind is BlockKind.HEADING and not _item_heading(folded, block, owner):
            head = folded[b.start : b.end]
            owner = None
            if tp.DIRECTIVE_HEADING.search(head) and not tp.NARRATIVE_HEADING.search(head):
                directive = True
            elif tp.MAJOR_HEADING.match(head):
                directive = False
            if len(head) < 120 and not head.rstrip().endswith("."):
                continue  # a long "heading" is a numbered paragraph read as one
        if (block.kind is not BlockKind.LIST_ITEM and not tp.LABEL.match(folded, b.start)
                and not (owner and owner.heading)):
            owner = None  # a heading "1. Sở Y tế" owns the paragraphs up to the next heading
        active = notice or directive or bool(owner and owner.listed)
        if not active and not tp.MARKER_WORDS.search(folded, b.start, b.end):
            continue  # narrative without a word that assigns: not cut into clauses
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
        out.extend(found_here)
    return tuple(out)


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
    """Whether a register name in ``known`` changes an answer of :func:`clauses.read_body`
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


def _block_tasks(ctx: Context, parts: list[cl.Clause], directive: bool,
                 owner: Owner | None, item: bool = False) -> list[Task]:
    text, folded = ctx.doc.text, ctx.doc.folded
    out: list[Task] = []
    last: Head | None = None
    carry: Head | None = None  # in a numbered item, the head of its first task
    opened: Head | None = None  # the head of the block's first task
    first = 0  # where the tasks of the sentence start in ``out``
    past = -1  # a sentence of a report's narrative that tells what was done
    groups: cl.Body | None = None  # "Các sở, ban, ngành; | UBND các xã ... xây dựng ..."
    for c in parts:
        if last is not None and c.sentence != last.sentence:
            # "2. Sở Công Thương chủ trì, …. | Tổ chức các hoạt động xúc tiến …": a sentence
            # of the item with no body of its own goes on with the item's lead
            carry = opened if item and directive else None
            last = None
        if last is None:
            first = len(out)
        if c.sentence == past:
            continue  # "UBND tỉnh đã ban hành Kế hoạch ...; giao các huyện rà soát ..."
        labelled = skip(tp.LABEL, folded, c.start, c.end)  # past "1.", "a)", "-"
        if tp.ATTENDANCE.match(folded, labelled, c.end):
            past = c.sentence  # "Tham dự cuộc họp có ...; Ban QLDA giao thông; UBND huyện B."
            continue
        head = _read_head(text, folded, c, directive, last or carry,
                          owner if directive or (owner and owner.listed) else None, labelled)
        if groups is not None and head is not None and head.lead.is_group and (
                head.start == labelled and last is None):
            head.lead = one_group(text, groups, head.lead)
        groups = _groups_only(text, folded, c) if head is None and last is None else None
        if head is not None and c.start <= head.lead.start < c.end:
            head = _past_issuer(ctx, c, head)
        if head is None:
            if last is not None and tp.TIME_LIMIT.match(folded, c.start) and out:
                out[-1] = with_deadline(ctx, out[-1], c)
            elif not directive and tp.PAST_CLAUSE.match(folded, c.start, c.end):
                past = c.sentence
            continue
        if " sẽ bị " in folded[head.action : c.end]:
            continue  # "Chủ đầu tư để chậm giải ngân sẽ bị điều chuyển vốn": a sanction
        if head.answers:  # "… chịu trách nhiệm trước Chủ tịch UBND tỉnh về …; | trước ngày 10
            last, opened = head, opened or head  # của tháng cuối quý gửi báo cáo …": only the
            continue  # second is a task
        if (last is not None and out and head.lead is last.lead
                and tp.NOT_LETTING.match(folded, head.action, c.end)):
            continue
        new = tasks_of(ctx, head, c)
        if last is not None and out and tp.MILESTONE.match(folded, head.action, c.end):
            new = [ta.milestone(out[-1], t) for t in new]
        if ((last or carry or (owner is not None and head.lead is owner.body))
                and not c.start <= head.lead.start < c.end
                and tp.AIM.match(folded, head.action)
                and not any(t.deadline and tp.WITHIN_YEAR.search(t.deadline_text or "")
                            for t in new)):
            # "...; phấn đấu thu hút thêm ít nhất 05 dự án trong năm 2026": a target, no task;
            # "- Phấn đấu đến ngày 31/12/2025 giải ngân đạt 80% ...", "...; phấn đấu bàn giao
            # toàn bộ mặt bằng trong quý II/2024" and "...; Cục Thuế tỉnh phấn đấu ..." are
            continue
        if last is not None and out and len(new) == 1 and tp.COMPLETION.fullmatch(new[0].action):
            # "...; hoàn thành trong tháng 4/2024": the deadline of the task before
            out[-1] = with_deadline(ctx, out[-1], c)
            continue
        report = is_report_clause(text, folded, head.action, c.end)
        if (last is not None and out and head.lead is last.lead and report and not last.answers
                and not submits_document(text, folded, head.action, c.end)
                # "…; đồng thời báo cáo Tổng công ty X xem xét bổ sung …": a task besides
                and folded.find("đồng thời", c.start, head.action) == -1
                and not (len(new) == 1 and own_report(text, folded, head.action, c.end,
                                                       new[0]))):
            # "...; định kỳ 6 tháng báo cáo HĐND tỉnh": whom the task before reports to; after
            # a body the lead asks ("...; yêu cầu các nhà đầu tư ...; báo cáo UBND tỉnh trước
            # ngày ..."), the lead's own first task of the sentence
            k = first if first < len(out) and out[first].lead != out[-1].lead else len(out) - 1
            out[k : k + 1] = merge_report(ctx, out[k], new)
            continue
        if last is not None and not report and (
                tp.RECURRING_COUNT.match(folded, head.action, c.end)
                or tp.RECURRING_COUNT.match(folded, head.start, c.end)):
            continue  # "...; hằng năm tổ chức ít nhất 02 hội nghị kết nối": a target
        last = head
        opened = opened or head
        out.extend(new)
    return out


def _past_issuer(ctx: Context, c: cl.Clause, head: Head) -> Head | None:
    """``head``, unless its lead is the issuer or its head ("Chủ tịch UBND tỉnh thống nhất
    gia hạn …"): then the task it passes on in the clause ("…, giao Sở Tài chính …"), else
    None."""
    if (not ctx.issuer or ASKED.search(ctx.doc.folded, head.start, head.lead.start)
            or not is_issuer(ctx.issuer, canonical(ctx, head.lead)[0])):
        return head  # "Giao Chủ tịch UBND tỉnh ..." (of a resolution) asks the body
    return _passed_on(ctx.doc.text, ctx.doc.folded, c, head.lead.end)


def _passed_on(text: str, folded: str, c: cl.Clause, pos: int) -> Head | None:
    """The task a subject's clause passes on after ``pos``: "… thống nhất gia hạn, | giao Sở
    Tài chính …", "… và | yêu cầu nhà đầu tư …"."""
    for m in ISSUER_ASSIGN.finditer(folded, pos, c.end):
        kind = "request" if m.group("req") else "assignment"
        passed = _after_lead(text, folded, c, m.end(), kind, m.start() + 1, directive=True)
        if passed is not None:
            return passed
    return None


def _read_head(text: str, folded: str, c: cl.Clause, directive: bool,
               last: Head | None, owner: Owner | None, labelled: int) -> Head | None:
    """Parse the subject part of clause ``c`` (past its label at ``labelled``); ``None`` if
    it assigns nothing."""
    if _boilerplate_end(folded, c):
        return None  # "... quyết định dự toán ... như sau:", "... quan tâm, phối hợp thực hiện./."
    p = labelled
    p = skip(tp.TOPIC, folded, p, c.end)
    p = skip(tp.LABEL, folded, p, c.end)
    p = skip(tp.LEAD_IN, folded, p, c.end)
    start = p
    p, timed = ta.past_opening(text, folded, p, c.end)
    head = _read_subject(text, folded, c, directive, last, owner, start, p)
    if head is not None and timed:
        head.deadline_from = start  # "Chậm nhất 04 ngày làm việc kể từ ..., hoàn thiện ..."
    return head


# one of these in a clause's last 14 characters before the intro and closing regexes run
_BOILERPLATE_CUE = re.compile(r":|sau|hiện|hợp|khai")


def _boilerplate_end(folded: str, c: cl.Clause) -> bool:
    """Whether clause ``c`` ends as an intro or the closing formula (a cheap look first)."""
    if _BOILERPLATE_CUE.search(folded, max(c.start, c.end - 14), c.end) is None:
        return False
    tail = max(c.start, c.end - 120)
    return bool(tp.INTRO_END.search(folded, tail, c.end)
                or tp.CLOSING_END.search(folded, tail, c.end))


def _read_subject(text: str, folded: str, c: cl.Clause, directive: bool, last: Head | None,
                  owner: Owner | None, start: int, p: int) -> Head | None:
    """The subject part of clause ``c`` read at ``p`` (its words from ``start``)."""
    m = tp.REQUEST.match(folded, p, c.end) or tp.ASSIGN.match(folded, p, c.end)
    if m:
        kind = "request" if m.re is tp.REQUEST else "assignment"
        head = _after_lead(text, folded, c, m.end(), kind, start, directive=True)
        if head is not None:
            return head
    bodies = cl.read_bodies(text, folded, p, c.end)
    if bodies:
        q = cl._skip_spaces(folded, bodies[-1].end, c.end)
        m = tp.REQUEST.match(folded, q, c.end) or tp.ASSIGN.match(folded, q, c.end)
        if m:  # "UBND tỉnh đề nghị Bộ X ...", "UBND tỉnh giao Sở Y ..."
            kind = "request" if m.re is tp.REQUEST else "assignment"
            head = _after_lead(text, folded, c, m.end(), kind, start, directive=True)
            if head is not None:
                return head
        head = _after_lead(text, folded, c, p, "assignment", start, directive=directive)
        if head is None and directive:  # "Chủ tịch UBND tỉnh đồng ý chủ trương, | giao Sở X ..."
            head = _passed_on(text, folded, c, bodies[-1].end)
        return head
    for m in tp.INNER_ASSIGN.finditer(folded, p, c.end) if directive else ():
        # "Đồng ý ...: giao Bộ X ...", only in the directive parts
        kind = "request" if m.group("req") else "assignment"
        head = _after_lead(text, folded, c, m.end(), kind, m.start() + 1, directive=True)
        if head is not None:
            return head
    if last is not None:
        place = _place_body(text, folded, p, c.end)
        if place is not None:  # "…; thành phố Bắc Kạn | chi trả dứt điểm …"
            return Head(last.kind, place, [], cl._skip_spaces(folded, place.end, c.end), start,
                        False, c.sentence)
    if last is not None or owner is not None:
        # "...; trường hợp không chấp hành, | tổ chức cưỡng chế ..."
        m = tp.CONDITION.match(folded, p, c.end)
        p = m.end() if m and cl.is_action_at(folded, m.end()) else p
    if last is not None and (
        cl.is_action_at(folded, p) or is_report_clause(text, folded, p, c.end)
        or tp.MILESTONE.match(folded, p, c.end)  # "...; đến ngày 30/9/2025 đạt tối thiểu 70%"
    ):
        # "...; trước mắt xem xét, hỗ trợ ...", "...; kết quả báo cáo ..." continue the task before
        if last.respective:  # "… lần lượt: x; | y; | z": the next body's
            return Head(last.kind, last.respective[0], [], p, start, False, c.sentence,
                        respective=last.respective[1:])
        support = last.support if last.chu_tri or last.shared else []
        if support and not last.chu_tri and tp.HELP.match(folded, p, c.end):
            support = []  # "Các bộ phối hợp với tỉnh X …; hỗ trợ Tỉnh …": X is helped
        m = tp.PHOI_HOP.match(folded, p, c.end)
        more = cl.read_bodies(text, folded, m.end(), c.end) if m else []
        if more:  # "...; phối hợp với Bảo hiểm xã hội tỉnh | phát triển ...": it supports
            support = more
            p = _group_end(folded, more[-1], c.end)
        return Head(last.kind, last.lead, support, p, start, last.chu_tri, c.sentence)
    if owner is not None and (cl.is_action_at(folded, p) or tp.STANDING.match(folded, p, c.end)
                              or (owner.listed and _opens_item(text, folded, p, c.end))):
        return _after_lead(text, folded, c, p, owner.kind, start, directive=True, owner=owner)
    return None


def _after_lead(text: str, folded: str, c: cl.Clause, pos: int, kind: str, start: int,
                *, directive: bool, owner: Owner | None = None) -> Head | None:
    """Read "LEAD[, chủ trì][, phối hợp với SUPPORT] [cần|phải] ACTION" at ``pos``."""
    if owner is None:
        bodies = _split_members(
            cl.read_members(text, folded, cl._skip_spaces(folded, pos, c.end), c.end)
        )
        bodies = bodies or cl.read_bodies(text, folded, pos, c.end)
        if not bodies:
            return None
        # "Chủ tịch UBND các huyện A, B và thị xã C": one body per name
        bodies = shared_heads.expand(text, folded, bodies, c.end)
        lead, support = bodies[0], list(bodies[1:])
        if lead.is_group and support and not any(map(shared_heads.one_person, bodies)) and all(
                b.is_group and not _committees(folded, b, len(bodies)) for b in support):
            # "Giám đốc các sở, Thủ trưởng các ban, ngành": one group. The first body leads the
            # others, groups or not: "Các sở, ban, ngành, | UBND các xã, phường căn cứ ...",
            # "Thường trực HĐND tỉnh, các Ban của HĐND tỉnh ...", "UBND các huyện và Ban QLDA"
            lead, support = one_group(text, lead, support[-1]), []
        p = short_names.past_definition(
            folded, cl._skip_spaces(folded, bodies[-1].end, c.end), c.end)
        if lead.is_group and not support and directive:
            # "UBND các xã, phường có dự án đi qua | thành lập tổ công tác"
            q = _relative_end(folded, p, c.end)
            if q > p and tp.LISTING_END.search(folded[q : c.end]):
                return None  # "Các xã có tỷ lệ giải ngân thấp gồm:": the items are what they are
            p, lead = q, _qualified(text, lead, q)
        if not support and folded.startswith("chỉ đạo ", p):
            lead, p = _directed(text, folded, lead, p, c.end)
    else:  # "- Chủ trì, phối hợp với ..." under a heading "1. Sở Tài chính:"
        lead, support, p = owner.body, list(owner.support), pos
    colon = folded.startswith(":", p)  # "Sở Tài chính: chủ trì ..."
    if colon:
        p = cl._skip_spaces(folded, p + 1, c.end)
        if not (cl.is_action_at(folded, p) or tp.STANDING.match(folded, p, c.end)):
            return None  # "lãnh đạo các sở: Tài chính, Xây dựng ...": a list, no task
    standing = tp.STANDING.match(folded, p, c.end)
    if standing and cl.is_action_at(folded, standing.end()):
        p = standing.end()  # "Sở X là cơ quan thường trực, chủ trì theo dõi ..."
    marker = (cl.starts_with(folded, p, cw.STRONG_MARKERS) or tp.CHU_TRI.match(folded, p, c.end)
              or colon or owner is not None or bool(standing))
    chu_tri = bool(tp.CHU_TRI.match(folded, p, c.end))
    p = skip(tp.CHU_TRI, folded, p, c.end)
    if chu_tri and tp.MEETING.match(folded, p, c.end):
        return None
    p = skip(tp.MODAL, folded, p, c.end)  # "có trách nhiệm phối hợp với ..."
    named = [lead, *support] if owner is None else []  # the co-subjects
    joined = False  # "A phối hợp với X …; B": X supports B too
    m = tp.PHOI_HOP.match(folded, p, c.end)
    if m:
        more = cl.read_bodies(text, folded, m.end(), c.end)
        joined = bool(more)
        if more:  # "phối hợp với UBND các xã có rừng | sửa chữa ...": the qualifier stays
            p = _group_end(folded, more[-1], c.end)  # (in a report's narrative
            # "Sở X phối hợp với các huyện tổ chức ..." tells what was done: no marker)
            support += [*more[:-1], _qualified(text, more[-1], p)]
    p = skip(tp.MODAL, folded, p, c.end)
    p = cl._skip_spaces(folded, p, c.end)
    m = tp.DUTIES.match(folded, p, c.end)
    if m and (cl.is_action_at(folded, m.end()) or tp.RESPECTIVELY.match(folded, m.end(), c.end)):
        p = skip(tp.MODAL, folded, m.end(), c.end)  # "theo chức năng, nhiệm vụ | chủ động ..."
    m = tp.WORK_WITH.match(folded, p, c.end)
    if m:
        support += cl.read_bodies(text, folded, m.end(), c.end)
    respective: tuple[cl.Body, ...] = ()
    m = tp.RESPECTIVELY.match(folded, p, c.end)
    if m and len(named) > 1 and support == named[1:]:
        # "Sở A, Sở B, Sở C (theo chức năng, nhiệm vụ được giao) lần lượt: x; y; z": one
        # clause each, in order, with no support
        p, lead, respective, support = m.end(), named[0], tuple(named[1:]), []
    if (p >= c.end or ta.narrative_word(folded, p, assigned=pos != start and owner is None)
            or tp.CLOSING.match(folded, p)):
        return None
    m = tp.TRANSMIT.match(folded, p, c.end)
    if m and _only_bodies(text, folded, m.end(), c.end):
        return None  # a report's own closing line: "UBND tỉnh báo cáo Chính phủ, Bộ Tài chính./."
    if pos == start and owner is None and (cl.starts_with(folded, p, cw.STATEMENT_WORDS)
                                           or ATTENDS.match(folded, p, c.end)):
        return None  # the subject's own statement: "HĐND tỉnh cơ bản tán thành ...", or its
        # part in the meeting: "Chủ tịch UBND các huyện dự họp trực tuyến"
    if ta.narrated(folded, p, c.end, directive) or ta.offer_of_help(folded, c.start, p, c.end):
        return None
    if not directive and not marker:
        return None
    if kind == "assignment" and not (directive or marker or cl.is_action_at(folded, p)):
        return None
    # subject first: "Thủ trưởng các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh về …" warns,
    # "Giao Giám đốc Sở X chịu trách nhiệm trước …" assigns it
    answers = pos == start and tp.ANSWERS.match(folded, p, c.end) is not None
    shared = joined or bool(named[1:] and support[: len(named) - 1] == named[1:]) or (
        owner is not None and bool(owner.support))
    return Head(kind, lead, support, p, start, chu_tri, c.sentence, answers=answers,
                respective=respective, shared=shared)


def _directed(text: str, folded: str, lead: cl.Body, p: int, end: int) -> tuple[cl.Body, int]:
    """A committee that directs one named agency to work with others hands it the lead:
    "UBND tỉnh chỉ đạo | Sở Y tế | phối hợp với …" (an agency that directs its own office,
    or a committee with no "phối hợp với", keeps it)."""
    if not lead.name.lower().startswith(("ủy ban nhân dân", "ubnd")):
        return lead, p
    inner = cl.read_bodies(text, folded, cl._skip_spaces(folded, p + 8, end), end)
    if len(inner) != 1 or inner[0].is_group:
        return lead, p
    if not tp.PHOI_HOP.match(folded, inner[0].end, end):
        return lead, p
    return inner[0], inner[0].end


_NARRATIVE_OR_STATEMENT = cw.NARRATIVE_WORDS + cw.STATEMENT_WORDS


def _opens_item(text: str, folded: str, p: int, end: int) -> bool:
    """An item under "... các nhiệm vụ sau:" opens with a word of its own action: not a
    narrative word, not a date or number."""
    return (p < end and text[p].isalpha()
            and not cl.starts_with(folded, p, _NARRATIVE_OR_STATEMENT))


def _groups_only(text: str, folded: str, c: cl.Clause) -> cl.Body | None:
    """The groups a clause names and nothing else ("3. Các sở, ban, ngành;"), as one."""
    if not folded.startswith(";", c.end) or c.end - c.start > 160:
        return None
    p = skip(tp.LABEL, folded, c.start, c.end)
    bodies = cl.read_bodies(text, folded, p, c.end)
    if not bodies or not all(b.is_group for b in bodies) or not _only_bodies(
            text, folded, p, c.end):
        return None
    return one_group(text, bodies[0], bodies[-1])


def _relative_end(folded: str, pos: int, end: int) -> int:
    """Where the verb is after the words that qualify a group: "các xã có dự án đi qua |
    thành lập ...", "các chủ rừng là tổ chức (ban quản lý rừng, ...) | xây dựng ...", "các
    đơn vị chưa nộp báo cáo | khẩn trương ..."; ``pos`` when there is none within a few words."""
    p = _past_bracket(folded, pos, end)
    if p > pos and cl.is_action_at(folded, p):
        return p
    word = tp.GROUP_QUALIFIER.match(folded, p, end)
    if word is None or cl.starts_with(folded, p, cw.STRONG_MARKERS):
        return pos
    verbs = cw.URGING if word.group(1) == "chưa" else None
    q, n = word.end(), 0
    while q < end and n <= 10:
        q = _past_bracket(folded, cl._skip_spaces(folded, q, end), end)
        m = tp.WORD_RE.match(folded, q, end)
        if m is None or not m.group()[0].isalnum():
            break
        if n > (1 if word.group(1) == "là" else 0) and not tp.COMPLETED_NOUN.search(
                folded, max(0, q - 20), q) and (
                cl.starts_with(folded, q, verbs) if verbs else
                cl.is_action_at(folded, q) and (not folded.startswith("có", q)
                                                or cl.starts_with(folded, q, cw.STRONG_MARKERS))):
            return q
        q, n = m.end(), n + 1
    return pos


def _qualified(text: str, body: cl.Body, verb: int) -> cl.Body:
    """``body`` with the words that qualify it up to ``verb``: "UBND các xã | có rừng"."""
    words = text[body.end : verb].rstrip()
    if not body.is_group or not words.strip():
        return body
    return cl.Body(body.start, body.end + len(words), body.name + words, True)


def _past_bracket(folded: str, pos: int, end: int) -> int:
    """After a bracket at ``pos`` ("(ban quản lý rừng, công ty lâm nghiệp)"), else ``pos``."""
    if not folded.startswith("(", pos):
        return pos
    close = folded.find(")", pos, end)
    return cl._skip_spaces(folded, close + 1, end) if close > 0 else pos


def _group_end(folded: str, body: cl.Body, end: int) -> int:
    """Where the words after ``body`` start: past the words that qualify a group."""
    p = cl._skip_spaces(folded, body.end, end)
    return _relative_end(folded, p, end) if body.is_group else p


def _only_bodies(text: str, folded: str, pos: int, end: int) -> bool:
    """Whether ``folded[pos:end]`` names bodies and nothing else."""
    bodies = cl.read_bodies(text, folded, pos, end)
    return bool(bodies) and not folded[bodies[-1].end : end].strip(" \t\n.,;:/")


_COMMITTEES = ("ủy ban nhân dân", "ubnd")


_LOCAL_UNITS = ("thành phố", "thị xã", "huyện", "quận")


def _place_body(text: str, folded: str, pos: int, end: int) -> cl.Body | None:
    """A ";"-clause opened by a named district-level place and an action ("…; thành phố Bắc
    Kạn chi trả …", "…; huyện Pác Nặm hoàn thành …"): that place's People's Committee."""
    unit = cl.starts_with(folded, pos, _LOCAL_UNITS)
    if unit is None or not text[cl._skip_spaces(folded, pos + len(unit), end)].isupper():
        return None
    e = cl._read_place(text, folded, pos + len(unit), end)
    q = cl._skip_spaces(folded, e, end)
    if e <= pos + len(unit) or not cl.is_action_at(folded, q):
        return None
    return cl.Body(pos, e, "Ủy ban nhân dân " + folded[pos : pos + len(unit)] + text[
        pos + len(unit) : e])


def _committees(folded: str, body: cl.Body, n: int) -> bool:
    """People's Committees named after a group are a body of their own: "các sở, ban, ngành,
    | UBND các xã"; so are their chairs after one other titled group: "Thủ trưởng các sở, ban,
    ngành tỉnh và | Chủ tịch UBND cấp huyện" (a longer titled list stays one group)."""
    if cl.starts_with(folded, body.start, _COMMITTEES):
        return True
    title = cl.starts_with(folded, body.start, cw.TITLES) if n == 2 else None
    return bool(title) and cl.starts_with(
        folded, cl._skip_spaces(folded, body.start + len(title), len(folded)),
        _COMMITTEES) is not None


def _known(name: str) -> bool:
    return agencies.lookup(name) is not None


def _split_members(members: list[cl.Body]) -> list[cl.Body]:
    """"Sở Tài chính và Xây dựng" → two members when the register knows both, not one."""
    out = []
    for b in members:
        prefix, _, rest = b.name.partition(" ")
        left, sep, right = rest.rpartition(" và ")
        one, two = f"{prefix} {left}", f"{prefix} {right}"
        if sep and not _known(b.name) and _known(one) and _known(two):
            cut = b.end - len(right)
            out += [cl.Body(b.start, cut - 4, one), cl.Body(cut, b.end, two)]
        else:
            out.append(b)
    return out


