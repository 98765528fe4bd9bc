"""Task records from a parsed task clause: one per dated deadline, with report-to.

:func:`tasks_of` turns the head of a clause (lead, support, where its action
starts) into tasks:

- "..., báo cáo UBND tỉnh trước ngày 15/3/2024": report-to and deadline are
  cut from the action;
- two dated deadlines make two tasks; a second one with no verb of its own
  repeats the verb phrase they share ("gửi báo cáo về Sở KH&ĐT trước ngày
  25/7 (bản giấy) và trước ngày 28/7 (bản điện tử)");
- year-less dates take the year of :func:`anchor_date` (a plan's own year).

:func:`merge_report` folds a report clause that follows a task ("...; định kỳ
6 tháng, hằng năm báo cáo HĐND tỉnh kết quả thực hiện", "...; kết quả báo cáo
UBND tỉnh trước ngày 20/12") into that task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ktxh.extract import clauses as cl
from ktxh.extract import provinces
from ktxh.extract.deadlines import RECURRING, UNRESOLVED, DeadlineMention, find_deadlines
from ktxh.extract.records import Task
from ktxh.extract.task_subjects import issuer_names
from ktxh.text.model import Doc, Span

# --- language data -----------------------------------------------------------

# ", báo cáo UBND tỉnh", "để trình Chính phủ", ", gửi báo cáo về Sở KH&ĐT",
# "tổng hợp kết quả báo cáo ..."
# "báo cáo tiến độ về Sở X", "phản ánh về Sở X"
_REPORT_VERB = (
    r"(?:gửi(?:\s+báo cáo)?|báo cáo|trình|đề xuất|phản ánh(?=\s+(?:về|với|lên)\s))\s+"
    # "báo cáo kết quả thực hiện (trước ngày 10/12 hằng năm) về Sở X"
    r"(?:(?:kết quả|tiến độ|tình hình)(?: thực hiện)?\s+(?:\([^()]{0,60}\)\s*)?"
    r"(?=về\s|lên\s|cho\s|tới\s))?"
    r"(?:kết quả\s+)?(?:lên\s+|cho\s+|về\s+|tới\s+|với\s+)?"
)
_REPORT = re.compile(
    r"(?:,\s*|\s+(?:và|để|rồi)\s+|(?:(?<=kết quả)|(?<=tổng hợp))\s+(?=báo cáo))"
    r"(?P<verb>(?:để\s+)?" + _REPORT_VERB + ")"
)
# A clause that is a report: "định kỳ 6 tháng, hằng năm báo cáo ...", "kết quả báo cáo ...",
# "tổng hợp, báo cáo ...", "trình UBND tỉnh ..."
_REPORT_LEAD = (
    # "định kỳ 6 tháng, hằng năm", "định kỳ hằng năm (trước ngày 15/11)"
    r"(?:(?:định kỳ|(?:hằng|hàng) (?:năm|quý|tháng|tuần))(?:[^;:()]|\([^();:]{0,40}\)){0,40}?"
    r",?\s+)?"
    # "tổng hợp những nội dung vượt thẩm quyền, báo cáo ..."
    r"(?:tổng hợp(?:\s+(?:những|các)\s[^;,:]{1,60}?(?=,))?(?: kết quả)?(?: thực hiện)?,?\s+"
    r"|kết quả(?: thực hiện)?\s+)?"
)
_REPORT_CLAUSE = re.compile(_REPORT_LEAD + _REPORT_VERB)
# a report with no body named, closing the task: "...; báo cáo kết quả về Sở trước ngày 25
# hằng tháng", "...; gửi báo cáo trước ngày 15/12"
_BARE_REPORT = re.compile(
    _REPORT_LEAD + r"(?:gửi\s+)?báo cáo(?:\s+(?:kết quả|tiến độ|tình hình)(?: thực hiện)?)?"
    r"(?=\s*$|\s*[,(]|\s+(?:về|lên|cho|tới|trước|định kỳ|hằng|hàng|chậm nhất|trong)\s)"
)
# the action itself is reporting: "kịp thời báo cáo UBND tỉnh ...", "tổng hợp, báo cáo ..."
_REPORT_ACTION = re.compile(r"(?:" + _REPORT_LEAD + r"|(?:[^\W\d_]+\s+){0,2}?)" + _REPORT_VERB)
# after a deadline, words that still belong to it: ")" of "(trước ngày 15/6)", "(bản giấy)"
_DEADLINE_TAIL = re.compile(r"\s*(?:\)|\([^()]{0,80}\))")
# "... 6 tháng (trước ngày 15/6) và | hằng năm (trước ngày 10/12)": no verb of its own
# a period the work is for, a deadline only when no other date is given: "kế hoạch cho năm 2026"
_FOR_PERIOD = re.compile(r"cho\s")
_PERIOD_WORDS = re.compile(r"(?:định kỳ|hằng|hàng)\s")
_NEXT_PIECE = re.compile(r"[\s,;]*(?:và\s+)?")
# a trailing period word the second deadline replaces: "báo cáo ... định kỳ 6 tháng ("
_TRAILING_PERIOD = re.compile(
    r"(?:,?\s*(?:định kỳ|(?:hằng|hàng) (?:năm|quý|tháng))[^,;()]{0,20})?[\s(]*$"
)
# words left before a deadline that belong to it: "..., hoàn thành | trong tháng 8",
# "..., báo cáo kết quả | trước ngày 31/10"
_ACTION_TAIL = re.compile(
    r"(?:(?:,\s*|\s+)(?:và\s+)?(?:phải\s+)?(?:hoàn thành|xong|kết thúc)"
    r"|,\s*(?:và\s+)?báo cáo(?: kết quả)?)$"
)
# how often, at the end of an action: "... cảnh báo sạt lở | định kỳ hằng quý" (the task
# is flagged recurring); "chế độ báo cáo định kỳ" is a kind of report and stays
_RECURRING_TAIL = re.compile(
    r"(?<!báo cáo)(?:,\s*|\s+)(?:định kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)"
    r"|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|thường xuyên)$"
)
_TRAILING = " \t\n.,;:/("
# the purpose of another body, whose time is not the task's: "Kiến nghị Bộ X sớm thẩm định
# ... để tỉnh triển khai lựa chọn nhà đầu tư trong năm 2025"
_PURPOSE = re.compile(
    r"(?<!\w)để\s+(?:(?:các\s+)?(?:tỉnh|địa phương|nhà đầu tư|doanh nghiệp|người dân)"
    r"|ủy ban nhân dân tỉnh|ubnd tỉnh)\s+(?:có cơ sở\s+)?(?!là\s|được\s)"
)


# a deadline that names a meeting: "tại cuộc họp giao ban tháng 4/2024"
_AT_MEETING = re.compile(r"tại\s", re.I)

# the Front's full name: "UBMTTQ huyện", "Ủy ban MTTQ huyện" → "... Việt Nam huyện"
_FRONT = re.compile(r"^Ủy ban Mặt trận Tổ quốc (?!Việt Nam)(?=(?:tỉnh|huyện|thị xã|thành phố|xã|"
                    r"phường|thị trấn|quận|đặc khu)\b)")
# documents that look forward over their period (a report's period is behind it)
_PLAN_TYPES = frozenset({"ke_hoach", "quyet_dinh", "nghi_quyet"})


@dataclass(frozen=True, slots=True)
class Context:
    """What every clause of one document shares."""

    doc: Doc
    anchor: str | None  # the date year-less deadlines are read from
    province: provinces.Province | None  # the document's own province
    issuer: tuple[str, ...] = ()  # the folded names of the issuer, never a lead
    issued: str | None = None  # the document's own date: a deadline before it is flagged


@dataclass(slots=True)
class Head:
    """The subject part of a task clause: who, what kind, where the action starts."""

    kind: str
    lead: cl.Body
    support: list[cl.Body]
    action: int  # where the action starts
    start: int  # where the clause's words start (the quote)
    chu_tri: bool
    sentence: int
    # where a time opening before the action starts ("Chậm nhất 04 ngày làm việc kể từ ..., |
    # hoàn thiện hồ sơ"): its words may hold the deadline
    deadline_from: int | None = None
    # the subject only answers to someone ("chịu trách nhiệm trước Chủ tịch UBND tỉnh về …"):
    # no task, but the clauses after it go on with its lead
    answers: bool = False
    # "Sở A, Sở B, Sở C lần lượt: x; y; z": the bodies that lead the next clauses, in order
    respective: tuple[cl.Body, ...] = ()
    # the support are co-subjects ("Sở A, Sở B chủ động …"), a heading's or a "phối hợp
    # với X" of its own: the clauses after ";" share them as a "chủ trì, phối hợp với" does
    shared: bool = False


def anchor_date(meta: Any) -> str | None:
    """The date a year-less deadline ("trước ngày 15/6") is read from.

    The document's date; for a plan (or the decision or resolution on one)
    issued before its period starts (a plan for 2025, or for 2026 - 2030,
    issued in December), the first day of the period; with no date, the
    first day of the year of a period of one year or less.
    """
    date = getattr(meta, "date", None)
    period = getattr(meta, "period", None) or ""
    m = re.match(r"((?:19|20)\d\d)($|-|/)", period)
    start = f"{m.group(1)}-01-01" if m else None
    if date and start and getattr(meta, "type", None) in _PLAN_TYPES:
        # only the year right after the date: "đến năm 2030" in a plan of 2022 is a horizon
        return max(date, start) if int(start[:4]) <= int(date[:4]) + 1 else date
    return date or (start if m and m.group(2) != "/" else None)


def context(doc: Doc, meta: Any) -> Context:
    return Context(doc, anchor_date(meta), provinces.document_province(doc, meta),
                   issuer_names(meta), getattr(meta, "date", None))


def canonical(ctx: Context, body: cl.Body) -> tuple[str, str | None]:
    """Name and register code of a body in the document's province (groups keep their words)."""
    text, folded = ctx.doc.text, ctx.doc.folded
    if body.is_group:
        title = cl.starts_with(folded, body.start, cl.TITLES)
        inner = cl.read_body(text, folded, body.start + len(title), body.end) if title else None
        if title and inner is not None and not inner.is_group:
            # "Chủ tịch UBND tỉnh": the body in the document's province, as any other
            name, _ = canonical(ctx, inner)
            said = text[body.start : body.start + len(title)]
            return f"{said[:1].upper()}{said[1:]} {name}", None
        return body.name, None
    written = cl.spell_out(text[body.start : body.end])
    name = _FRONT.sub("Ủy ban Mặt trận Tổ quốc Việt Nam ", body.name)
    return provinces.resolve(name, written, ctx.province)


def report_to(text: str, folded: str, start: int, end: int) -> tuple[str | None, int, int]:
    """Whom the result goes to ("báo cáo Thủ tướng Chính phủ"), where that part
    starts (``end`` when the action itself is reporting) and where its verb starts."""
    m = _REPORT_ACTION.match(folded, start, end)
    if m:  # the action itself is reporting: "kịp thời báo cáo UBND tỉnh ..."
        body = cl.read_body(text, folded, m.end(), end, register=False)
        if body is not None:
            return body.name, end, start
    for m in _REPORT.finditer(folded, start, end):
        body = cl.read_body(text, folded, m.end(), end, register=False)
        if body is not None:
            return body.name, m.start(), m.start("verb")
    return None, end, end


# what a submission brings for decision: a new document, not the result of the task before
_SUBMIT = re.compile(r"(?:trình|đề xuất)\s+")
_DELIVERABLE = re.compile(
    r"(?:dự thảo|kế hoạch|đề án|phương án|quy hoạch|chương trình|danh mục|tờ trình|quy chế"
    r"|quy định|chính sách|cơ chế|hồ sơ)(?!\w)")


def submits_document(text: str, folded: str, pos: int, end: int) -> bool:
    """Whether the clause at ``pos`` submits a new document to a body: "…; trình UBND
    huyện kế hoạch đấu giá đất năm 2026 trước ngày D" is a task of its own, not the report
    of the task before ("…; trình UBND tỉnh xem xét, quyết định")."""
    if not (folded.startswith("trình", pos) or folded.startswith("đề xuất", pos)):
        return False
    m = _SUBMIT.match(folded, pos, end)
    body = cl.read_body(text, folded, m.end(), end, register=False) if m else None
    if body is None:
        return False
    q = cl._skip_spaces(folded, body.end, end)
    return _DELIVERABLE.match(folded, q, end) is not None


def is_report_clause(text: str, folded: str, pos: int, end: int) -> bool:
    """Whether the clause at ``pos`` only reports to a body ("định kỳ ... báo cáo HĐND tỉnh")."""
    m = _REPORT_CLAUSE.match(folded, pos, end)
    if m is not None and cl.read_body(text, folded, m.end(), end, register=False) is not None:
        return True
    return _BARE_REPORT.match(folded, pos, end) is not None


# what a report names right after its body: "báo cáo UBND tỉnh | kết quả thực hiện"
_REPORTED = re.compile(r"(?:kết quả|tình hình|tiến độ)(?!\w)")


def own_report(text: str, folded: str, pos: int, end: int, task: Task) -> bool:
    """Whether the report clause at ``pos`` is a task of its own: a periodic one that names
    what it reports ("…; báo cáo UBND tỉnh kết quả thực hiện trước ngày 05 hằng tháng"); a
    dated one, one naming nothing or one opened by its period ("…; định kỳ 6 tháng báo cáo
    HĐND tỉnh kết quả thực hiện", the formula of a resolution) closes the task before."""
    if not task.recurring or folded.startswith(("định kỳ", "hằng", "hàng"), pos):
        return False
    m = _REPORT_CLAUSE.match(folded, pos, end)
    body = cl.read_body(text, folded, m.end(), end, register=False) if m else None
    return body is not None and _REPORTED.match(
        folded, cl._skip_spaces(folded, body.end, end), end) is not None


def _clean(action: str, before_deadline: bool = False) -> str:
    action = action.strip(_TRAILING)
    cut = _ACTION_TAIL.search(action) if before_deadline else None
    if cut and cut.start() > 0:
        action = action[: cut.start()].strip(_TRAILING)
    cut = _RECURRING_TAIL.search(action)
    if cut and cut.start() > 0:
        action = action[: cut.start()].strip(_TRAILING)
    return action[:1].lower() + action[1:] if not action[:2].isupper() else action


def _shared_phrase(ctx: Context, s: int, d: DeadlineMention) -> tuple[int, int]:
    """The verb phrase a later deadline with no verb of its own repeats: the
    report part ("gửi báo cáo về Sở KH&ĐT"), else the last ","-part opening with a verb."""
    text, folded = ctx.doc.text, ctx.doc.folded
    _, _, verb = report_to(text, folded, s, d.span.start)
    if verb < d.span.start:
        start = verb
    else:
        start = s
        for m in re.finditer(r",\s*", folded[s : d.span.start]):
            if cl.is_action_at(folded, s + m.end()):
                start = s + m.end()
    end = start + _TRAILING_PERIOD.search(folded, start, d.span.start).start() - start
    return start, max(end, start)


def tasks_of(ctx: Context, head: Head, c: cl.Clause) -> list[Task]:
    """The tasks of clause ``c`` whose subject part is ``head``."""
    folded = ctx.doc.folded
    deadlines = find_deadlines(folded, head.action, c.end, doc_date=ctx.anchor,
                               issued=ctx.issued)
    if head.deadline_from is not None:
        deadlines[:0] = find_deadlines(folded, head.deadline_from, head.action,
                                       doc_date=ctx.anchor, issued=ctx.issued)
    purpose = _PURPOSE.search(folded, head.action, c.end)
    if purpose is not None:  # "... để tỉnh triển khai lựa chọn nhà đầu tư | trong năm 2025"
        deadlines = [d for d in deadlines if d.span.start < purpose.start()]
    dated = _for_period_dropped([d for d in deadlines if d.iso])
    lead, lead_code = canonical(ctx, head.lead)
    support = [canonical(ctx, b) for b in head.support]
    base = Task(
        kind=head.kind, lead=lead, action="", span=Span(c.start, c.start), quote="",
        support=tuple(n for n, _ in support), lead_code=lead_code,
        support_codes=tuple(code for _, code in support),
        recurring=any(RECURRING in d.flags for d in deadlines),
    )
    if dated and dated[0].span.start < head.action:
        # a fronted deadline governs the action, later dates are its scope: "chậm nhất
        # ngày 31/10/2025 | lập kế hoạch giải ngân chi tiết đến hết ngày 31/01/2026"
        task = _piece(ctx, base, head.start, head.action, c.end, dated[0])
        return [task] if task else []
    if len(dated) < 2:
        # else words with no date ("chậm nhất 30 ngày kể từ ...", "trước ngày 10 hằng
        # tháng"), never a bare "định kỳ", "thường xuyên"
        chosen = dated[0] if dated else next(
            (d for d in deadlines if RECURRING not in d.flags or UNRESOLVED in d.flags), None
        )
        task = _piece(ctx, base, head.start, head.action, c.end, chosen)
        return [task] if task else []
    out: list[Task] = []
    s, shared = head.action, (head.action, head.action)
    for i, d in enumerate(dated):  # two deadlines: two tasks, each with the words before its date
        tail = _DEADLINE_TAIL.match(folded, d.span.end, c.end)
        e = c.end if i == len(dated) - 1 else (tail.end() if tail else d.span.end)
        if i == 0:
            task = _piece(ctx, base, head.start, s, e, d)
            shared = _shared_phrase(ctx, s, d)
        elif cl.is_action_at(folded, s) and not _PERIOD_WORDS.match(folded, s):
            task = _piece(ctx, base, s, s, e, d)
        else:  # "... và trước ngày 28/7 (bản điện tử)": the shared verb phrase again
            task = _shared_piece(ctx, base, shared, s, e, d)
        if task is not None:
            out.append(task)
        s = _NEXT_PIECE.match(folded, e, c.end).end()
    return out


def _for_period_dropped(dated: list[DeadlineMention]) -> list[DeadlineMention]:
    """``dated`` less the periods the work is for when another date is its deadline: "xây
    dựng kịch bản điều hành | cho quý IV |, gửi Sở Tài chính trong tháng 10/2025"."""
    if len(dated) < 2:
        return dated
    kept = [d for d in dated if not _FOR_PERIOD.match(d.text)]
    return kept or dated


def _piece(ctx: Context, base: Task, q0: int, s: int, e: int,
           d: DeadlineMention | None) -> Task | None:
    text, folded = ctx.doc.text, ctx.doc.folded
    to, cut, _ = report_to(text, folded, s, e)
    stop = min(cut, d.span.start if d and d.span.start > s else e)
    action = _clean(text[s:stop], before_deadline=d is not None and stop == d.span.start)
    if (d is not None and d.span.start >= s and len(text[s : d.span.start].split()) <= 2
            and cut > d.span.end):
        # the deadline before or right after the verb: "phấn đấu | đến ngày 31/12/2025 |
        # giải ngân đạt 85%", "| đến ngày 31/01/2026 | giải ngân 100%"
        action = _clean(" ".join(f"{text[s : d.span.start]} {text[d.span.end : cut]}".split()))
    if not action:
        return None
    return _with(base, ctx, q0, e, action, to, d)


def _shared_piece(ctx: Context, base: Task, shared: tuple[int, int], s: int, e: int,
                  d: DeadlineMention) -> Task | None:
    text, folded = ctx.doc.text, ctx.doc.folded
    phrase = text[shared[0] : shared[1]].strip(_TRAILING)
    if not phrase:
        return None
    # its own words, in brackets: "năm (trước ngày 15/12)" → "(năm)"
    own = " ".join(f"{text[s : d.span.start]} {text[d.span.end : e]}".replace("(", " ")
                   .replace(")", " ").split()).strip(" ,;.:")
    own = f"({own})" if own else ""
    to, _, _ = report_to(text, folded, shared[0], shared[1])
    return _with(base, ctx, shared[0], e, _clean(f"{phrase} {own}".strip()), to, d)


def _with(base: Task, ctx: Context, q0: int, e: int, action: str, to: str | None,
          d: DeadlineMention | None) -> Task:
    text = ctx.doc.text
    quote = text[q0:e].strip(" \t\n.,;:/")
    q0 += len(text[q0:e]) - len(text[q0:e].lstrip(" \t\n.,;:/"))
    return replace(
        base, action=action, span=Span(q0, q0 + len(quote)), quote=quote, report_to=to,
        deadline=d.iso if d else None,
        deadline_text=text[d.span.start : d.span.end] if d else None,
        flags=d.flags if d and d.iso else (),
    )


def with_deadline(ctx: Context, task: Task, c: cl.Clause) -> Task:
    """``task`` with the deadline a "thời hạn: ..." clause gives, if it had none."""
    if task.deadline_text is not None:
        return task
    found = [d for d in find_deadlines(ctx.doc.folded, c.start, c.end, doc_date=ctx.anchor,
                                       issued=ctx.issued) if d.iso]
    if not found:
        return task
    d = found[0]
    return replace(task, deadline=d.iso, deadline_text=ctx.doc.text[d.span.start : d.span.end],
                   flags=d.flags)


def merge_report(ctx: Context, task: Task, reports: list[Task]) -> list[Task]:
    """``task`` and the tasks of a report clause after it, the first folded into
    ``task``: its report-to and deadline when ``task`` has none, its words in the quote.
    A report with a date of its own after a dated task stays a task of its own."""
    if not reports:
        return [task]
    first = reports[0]
    if first.deadline is not None and (task.deadline is not None or _AT_MEETING.match(
            first.deadline_text or "")):
        # "...; tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 4/2024":
        # what is brought to a meeting is a task of its own
        return [task, *reports]
    # the deadline: a date over none, else words over none ("định kỳ" gives none)
    if task.deadline is not None or (first.deadline is None and task.deadline_text is not None):
        source = task
    else:
        source = first
    span = Span(task.span.start, max(task.span.end, first.span.end))
    merged = replace(
        task, span=span, quote=ctx.doc.text[span.start : span.end],
        report_to=task.report_to or first.report_to,
        deadline=source.deadline, deadline_text=source.deadline_text, flags=source.flags,
        recurring=task.recurring or first.recurring,
    )
    return [merged, *reports[1:]]
