"""The head of a task clause: its subject, lead and kind, and where its action starts.

:func:`read_head` reads a clause of :func:`ktxh.extract.clauses.clauses` past its label,
topic and time opening: "Giao / Đề nghị BODY …", "BODY giao / đề nghị BODY …", "BODY chủ
trì …" (see :mod:`ktxh.extract.task_leads`), an assignment inside the clause ("Đồng ý
…: giao Bộ X …"), or a ";"-clause with no subject of its own that goes on with the task
before it or with the body of a line that owns it.
"""

from __future__ import annotations

import re

from ktxh.extract import clauses as cl
from ktxh.extract import task_openings as ta
from ktxh.extract import task_patterns as tp
from ktxh.extract.clause_words import NARRATIVE_WORDS, STATEMENT_WORDS
from ktxh.extract.task_leads import after_lead, group_end
from ktxh.extract.task_owners import Owner, skip
from ktxh.extract.task_records import Head, is_report_clause
from ktxh.extract.task_subjects import ISSUER_ASSIGN


def read_head(text: str, folded: str, c: cl.Clause, directive: bool,
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
    if last is None and owner is None and _plain_start(folded, p, c.end):
        # most clauses: no task, no opening to read past
        return _body_or_inner(text, folded, c, directive, start, start)[1]
    p, timed = ta.past_opening(text, folded, p, c.end)
    head = _read_subject(text, folded, c, directive, last, owner, start, p)
    if head is not None and timed:
        head.deadline_from = start  # "Chậm nhất 04 ngày làm việc kể từ ..., hoàn thiện ..."
    return head


def passed_on(text: str, folded: str, c: cl.Clause, pos: int) -> Head | None:
    """The task a subject's clause passes on after ``pos``: "… thống nhất gia hạn, | giao Sở
    Tài chính …", "… và | yêu cầu nhà đầu tư …"."""
    for m in ISSUER_ASSIGN.finditer(folded, pos, c.end):
        kind = "request" if m.group("req") else "assignment"
        passed = after_lead(text, folded, c, m.end(), kind, m.start() + 1, directive=True)
        if passed is not None:
            return passed
    return None


# one of these in a clause's last 14 characters before the intro and closing regexes run
_BOILERPLATE_CUE = re.compile(r":|sau|hiện|hợp|khai")


def _boilerplate_end(folded: str, c: cl.Clause) -> bool:
    """Whether clause ``c`` ends as an intro or the closing formula (a cheap look first)."""
    if _BOILERPLATE_CUE.search(folded, max(c.start, c.end - 14), c.end) is None:
        return False
    tail = max(c.start, c.end - 120)
    return bool(tp.INTRO_END.search(folded, tail, c.end)
                or tp.CLOSING_END.search(folded, tail, c.end))


# the words past_opening and _read_subject look for at a clause's start, in one regex
_SUBJECT_WORDS = re.compile("|".join(f"(?:{rx.pattern})" for rx in (
    tp.OPENING, tp.REQUEST, tp.ASSIGN)))


def _plain_start(folded: str, p: int, end: int) -> bool:
    """Whether the clause from ``p`` opens with no adverbial, "giao" or "đề nghị" and has no
    ":" (no label before its subject): past_opening stays at ``p``."""
    return _SUBJECT_WORDS.match(folded, p, end) is None and folded.find(":", p, end) < 0


def _body_or_inner(text: str, folded: str, c: cl.Clause, directive: bool,
                   start: int, p: int) -> tuple[bool, Head | None]:
    """A subject named at ``p`` (a body, or "…: giao X" inside a directive clause):
    whether one decides the clause, and its head."""
    bodies = cl.read_bodies(text, folded, p, c.end)
    if bodies:
        return True, _named_subject(text, folded, c, bodies, directive, start, p)
    for m in tp.INNER_ASSIGN.finditer(folded, p, c.end) if directive else ():
        # "Đồng ý ...: giao Bộ X ...", only in the directive parts
        kind = "request" if m.group("req") else "assignment"
        head = after_lead(text, folded, c, m.end(), kind, m.start() + 1, directive=True)
        if head is not None:
            return True, head
    return False, None


def _read_subject(text: str, folded: str, c: cl.Clause, directive: bool, last: Head | None,
                  owner: Owner | None, start: int, p: int) -> Head | None:
    """The subject part of clause ``c`` read at ``p`` (its words from ``start``)."""
    m = tp.REQUEST.match(folded, p, c.end) or tp.ASSIGN.match(folded, p, c.end)
    if m:
        kind = "request" if m.re is tp.REQUEST else "assignment"
        head = after_lead(text, folded, c, m.end(), kind, start, directive=True)
        if head is not None:
            return head
    decided, head = _body_or_inner(text, folded, c, directive, start, p)
    if decided:
        return head
    if last is not None:
        place = _place_body(text, folded, p, c.end)
        if place is not None:  # "…; thành phố Bắc Kạn | chi trả dứt điểm …"
            return Head(last.kind, place, [], cl._skip_spaces(folded, place.end, c.end), start,
                        False, c.sentence)
    return _going_on(text, folded, c, last, owner, start, p)


def _named_subject(text: str, folded: str, c: cl.Clause, bodies: list[cl.Body],
                   directive: bool, start: int, p: int) -> Head | None:
    """The subject of a clause that opens with the bodies ``bodies``."""
    q = cl._skip_spaces(folded, bodies[-1].end, c.end)
    m = tp.REQUEST.match(folded, q, c.end) or tp.ASSIGN.match(folded, q, c.end)
    if m:  # "UBND tỉnh đề nghị Bộ X ...", "UBND tỉnh giao Sở Y ..."
        kind = "request" if m.re is tp.REQUEST else "assignment"
        head = after_lead(text, folded, c, m.end(), kind, start, directive=True)
        if head is not None:
            return head
    head = after_lead(text, folded, c, p, "assignment", start, directive=directive)
    if head is None and directive:  # "Chủ tịch UBND tỉnh đồng ý chủ trương, | giao Sở X ..."
        head = passed_on(text, folded, c, bodies[-1].end)
    return head


def _going_on(text: str, folded: str, c: cl.Clause, last: Head | None, owner: Owner | None,
              start: int, p: int) -> Head | None:
    """A clause with no subject of its own: the task before it goes on, or the body of the
    line that owns it leads."""
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
            p = group_end(folded, more[-1], c.end)
        return Head(last.kind, last.lead, support, p, start, last.chu_tri, c.sentence)
    if owner is not None and (cl.is_action_at(folded, p) or tp.STANDING.match(folded, p, c.end)
                              or (owner.listed and _opens_item(text, folded, p, c.end))):
        return after_lead(text, folded, c, p, owner.kind, start, directive=True, owner=owner)
    return None


_NARRATIVE_OR_STATEMENT = NARRATIVE_WORDS + STATEMENT_WORDS


def _opens_item(text: str, folded: str, p: int, end: int) -> bool:
    """An item under "... các nhiệm vụ sau:" opens with a word of its own action: not a
    narrative word, not a date or number."""
    return (p < end and text[p].isalpha()
            and not cl.starts_with(folded, p, _NARRATIVE_OR_STATEMENT))


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
