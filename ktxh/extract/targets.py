"""Targets: planned values for a future point or span of time.

A sentence states targets when it stands in a section of targets (a heading
with "chỉ tiêu" / "mục tiêu", or "nhiệm vụ" / "phương hướng" with a period:
"III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II/2017"), in a list announced by a
lead-in ("Điều 1. Giao chỉ tiêu kế hoạch ... năm 2025, gồm:", see
:mod:`ktxh.extract.target_lists`) or says so itself ("phấn đấu", "đến năm
2025" for a year not yet reported). Its quantities become
:class:`Target` items; a sentence that is a target is never also a figure.
Kinds: level, growth_avg ("tăng bình quân 8 - 9%/năm"), change ("giảm tỷ lệ
hộ nghèo hằng năm 3%"), total ("giai đoạn 5 năm 173 - 175 nghìn tỷ đồng"),
share, rate. Period: "đến năm 2025" → "2025"; yearly and whole-span targets
take the span ("2021/2025"); else the headings', else the document's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ktxh.extract.deadlines import find_deadlines
from ktxh.extract.numbers import find_quantities
from ktxh.extract.quantities import ESTIMATE_RE, Reading, read_sentence
from ktxh.extract.records import Target
from ktxh.extract.target_indicators import refine
from ktxh.extract.target_lists import lead_in_periods, section_of
from ktxh.extract.target_periods import DEADLINE_WORD_RE, deadline_period, own_periods
from ktxh.extract.target_tables import table_targets
from ktxh.extract.timeframes import PeriodHit, year_of
from ktxh.extract.units import normalize
from ktxh.extract.wordre import word_start
from ktxh.text.model import BlockKind, Doc, Span

# --- language data -----------------------------------------------------------

# the cues, with "cam kết", which sets targets when it aims at a number:
# "cam kết giải ngân đạt tối thiểu 60% kế hoạch vốn", not "cam kết hỗ trợ 1.000 tỷ đồng"
CUES_RE = re.compile(word_start("phấn đấu", "phân đầu", "phần đấu", "cam kết") + r"(?![\w])")
BY_YEAR_RE = re.compile(
    word_start("đến", "tới") + r"\s(?:hết\s|cuối\s)?(?:năm\s)?((?:19|20)\d\d)(?!\d)"
)
YEARLY_RE = re.compile(word_start("hằng năm", "hàng năm", "mỗi năm", "/năm") + r"(?![\w])")
# "giai đoạn 5 năm", "Tổng vốn đầu tư toàn xã hội 5 năm khoảng 280 nghìn tỷ đồng"
TOTAL_RE = re.compile(
    word_start("giai đoạn 5 năm", "cả giai đoạn", "trong 5 năm", "trong giai đoạn", "5 năm",
               "năm năm") + r"(?![\w])(?!\s(?:19|20)\d\d)"
)
AIM_RE = re.compile(word_start("đạt", "ít nhất", "tối thiểu", "100%"))
SPAN_AFTER_RE = re.compile(r"[^,;.\d]*(?:trong|cả) giai đoạn")
PAST_RE = re.compile(word_start("đã", "được công nhận") + r"(?![\w])")
CLAUSE_BREAK_RE = re.compile(r"[,;]\s")
DIGIT_RE = re.compile(r"\d")
DEADLINE_CUE_RE = re.compile(word_start("trước", "chậm nhất", "muộn nhất", "trong năm",
                                        "trong quý", "trong tháng") + r"(?![\w])")


def is_target_sentence(doc: Doc, start: int, end: int, block: int, period: str | None,
                       sections: dict[int, str | None] | None = None) -> bool:
    """Whether the sentence ``[start, end)`` of ``block`` sets any target."""
    return target_from(doc, start, end, block, period, sections) is not None


def target_from(doc: Doc, start: int, end: int, block: int, period: str | None,
                sections: dict[int, str | None] | None = None,
                date: str | None = None) -> int | None:
    """Where the targets of the sentence ``[start, end)`` of ``block`` begin:
    ``start`` when all of it sets targets, a later offset when only its last
    clauses do ("đã hỗ trợ 1.562/1.740 nhà, đạt 89,8%, |phấn đấu hoàn thành ..."),
    None when it sets none. ``sections`` caches what the headings and
    lead-ins above a block say (:func:`ktxh.extract.target_lists.section_of`);
    ``date`` (the document's) tells a deadline to come from one past.
    """
    folded = doc.folded
    if doc.blocks[block].kind is BlockKind.FOOTNOTE or not DIGIT_RE.search(folded, start, end):
        return None  # no number, no target
    f = folded[start:end]
    if sections is None:
        sections = {}
    section = section_of(doc, block, period, sections)
    if section == "targets":
        return start
    # among tasks, a number is a target when the sentence aims at it
    if section == "tasks" and AIM_RE.search(f):
        return start
    cue = CUES_RE.search(f)
    while cue is not None and cue.group().startswith("cam") and not AIM_RE.search(f, cue.end()):
        cue = CUES_RE.search(f, cue.end())
    if cue is not None:
        # "phấn đấu" governs its own clause: "14 xã phấn đấu đạt chuẩn", not
        # "..., đạt 89,8%, phấn đấu hoàn thành toàn bộ ..."
        return clause_start(folded, start, start + cue.start())
    # "đến năm 2025" in a 2021/2025 plan; in a report of 2022, only a later year
    last = year_of(period)
    m = BY_YEAR_RE.search(f)
    if m and last and not PAST_RE.search(f):
        y = int(m.group(1))
        if y > last or (y == last and bool(period and "/" in period)):
            return start
    return aimed_before_deadline(doc, start, end, period, date)


def clause_start(folded: str, start: int, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last ", " or ";" before it."""
    best = start
    for m in CLAUSE_BREAK_RE.finditer(folded, start, pos):
        best = m.end()
    return best


def aimed_before_deadline(doc: Doc, start: int, end: int, period: str | None,
                          date: str | None) -> int | None:
    """Start of a ";"-part of the sentence that aims at a number ahead of a
    deadline not yet passed: "Số hóa 100% hồ sơ di tích trước năm 2028",
    "Hoàn thành ... tại 100% bệnh viện công lập trong năm 2026"; not "đã
    hoàn thành 100% ... trước ngày 30/6" nor "dự kiến hoàn thành trong quý III"."""
    folded = doc.folded
    if not DEADLINE_CUE_RE.search(folded, start, end) or not AIM_RE.search(folded, start, end):
        return None
    planning = year_of(period)
    for d in find_deadlines(folded, start, end, doc_date=date):
        if not d.iso or not DEADLINE_WORD_RE.match(d.text):
            continue
        if date and len(date) == 10 and d.iso < date:
            continue
        if not date and planning and int(d.iso[:4]) < planning:
            continue
        part = folded.rfind(";", start, d.span.start) + 1 or start
        part = max(part, start)
        words = folded[part : d.span.start]
        if (PAST_RE.search(words) or ESTIMATE_RE.search(words) or not AIM_RE.search(words)
                or not find_quantities(doc.text, folded, part, d.span.start)):
            continue
        return part
    return None


def _kind_and_period(doc: Doc, r: Reading, kind: str, heading_hits: list[PeriodHit],
                     span_code: str | None, doc_period: str | None,
                     deadline: str | None = None, first: int = -1) -> tuple[str, str | None]:
    """A level over a span is a total ("giai đoạn 2026 - 2030 khoảng 350 nghìn tỷ
    đồng"); yearly and whole-span kinds take the span, others the nearest
    period: the sentence's, the lead-in's or headings', the document's. A rate
    or share dated only by a span of years is set for its last year ("Tỷ lệ
    che phủ rừng ở mức 60%" under "MỤC TIÊU GIAI ĐOẠN 2026 - 2030" → "2030").
    A ``deadline`` after the number dates it first (:mod:`ktxh.extract.target_periods`)."""
    clause = doc.folded[r.clause[0] : r.q.start]
    rest = doc.folded[r.q.end : r.clause[1]]
    own = own_periods(doc, r, first if first >= 0 else r.q.start)
    before = [h for h in own if h.start < r.q.start]
    in_clause = [h for h in own if r.clause[0] <= h.start < r.clause[1]]
    if kind == "level" and not YEARLY_RE.search(clause) and (
        TOTAL_RE.search(clause) or SPAN_AFTER_RE.match(rest)
        or any(h.is_span and h.start >= r.clause[0] for h in before)
    ):
        kind = "total"  # "05 xã ... hoàn thành trong giai đoạn 2016 - 2020"
    if deadline and kind not in ("growth_avg", "total"):
        return kind, deadline
    if kind in ("growth_avg", "change", "total") or (YEARLY_RE.search(clause) and not before):
        spans = [h for h in own if h.is_span]
        if spans or span_code:
            return kind, spans[0].code if spans else span_code
    if before:
        return kind, before[-1].code
    if in_clause:
        return kind, in_clause[0].code
    if own:
        return kind, own[0].code
    period = heading_hits[0].code if heading_hits else doc_period
    if kind in ("rate", "share") and period and "/" in period:
        period = str(year_of(period))
    return kind, period


def find_targets(doc: Doc, found: Mapping[str, Any]) -> tuple[Target, ...]:
    from ktxh.extract.figures import context, heading_periods

    ctx = context(doc, found)
    date = getattr(found.get("document"), "date", None)
    out: list[Target] = []
    sections: dict[int, str | None] = {}
    lead_periods: dict[int, tuple[PeriodHit, ...]] = {}
    # the plan columns of tables, put in text order among the sentences' targets
    pending, table_rows = table_targets(doc, ctx.period, sections)
    pending.reverse()
    for s in doc.sentences:
        block = s.block
        while pending and pending[-1].span.start < s.span.start:
            out.append(pending.pop())
        if doc.blocks[block].kind is BlockKind.HEADING or block in table_rows:
            continue
        start, end = s.span.start, s.span.end
        cut = target_from(doc, start, end, block, ctx.period, sections, date)
        if cut is None:
            continue
        readings, _ = read_sentence(doc.text, doc.folded, start, end, year=ctx.year)
        readings = [r for r in readings if r.q.start >= cut]
        # "Giao chỉ tiêu ... năm 2025, gồm:" dates its items before the headings do
        heading_hits = [*lead_in_periods(doc, block, ctx.period, sections, lead_periods),
                        *heading_periods(doc, block, ctx.year)]
        span_code = next((h.code for h in heading_hits if h.is_span), None)
        if span_code is None and ctx.period and "/" in ctx.period:
            span_code = ctx.period
        readings = [r for r in readings if r.kind not in ("rank", "progress", "multiple")]
        named = refine(doc, readings, [{"pct_of_plan": "rate"}.get(r.kind, r.kind)
                                       for r in readings])
        for k, (r, (indicator, kind, quote_start)) in enumerate(zip(readings, named,
                                                                     strict=True)):
            nxt = readings[k + 1].q.start if k + 1 < len(readings) else r.clause[1]
            deadline = deadline_period(doc, r, min(nxt, r.clause[1]), date)
            kind, period = _kind_and_period(doc, r, kind, heading_hits, span_code, ctx.period,
                                            deadline, readings[0].q.start)
            a, b = max(r.clause[0], quote_start), r.clause[1]
            while a < b and doc.text[a] in " \t\n,;:.(":
                a += 1
            while b > a and doc.text[b - 1] in " \t\n,;:.)":
                b -= 1
            bv, bu = normalize(abs(r.q.value), r.q.unit)
            out.append(Target(
                indicator=indicator, value=r.value, unit=r.q.unit_text or "", kind=kind,
                span=Span(a, b), quote=doc.text[a:b], value_max=r.value_max, period=period,
                value_span=Span(r.q.start, r.q.value_end),
                base_value=-bv if r.value < 0 else bv, base_unit=bu,
            ))
    out.extend(reversed(pending))
    return tuple(out)
