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
from ktxh.extract.list_heads import states_total
from ktxh.extract.numbers import find_quantities
from ktxh.extract.quantities import ESTIMATE_RE, Reading, read_sentence
from ktxh.extract.records import Target
from ktxh.extract.static_figures import is_size_of_works
from ktxh.extract.target_capital import as_capital, is_plan_capital, is_planned_disbursement
from ktxh.extract.target_counts import reached_counts
from ktxh.extract.target_indicators import refine
from ktxh.extract.target_kinds import directive_name, sign_targets
from ktxh.extract.target_lists import lead_in_periods, section_of
from ktxh.extract.target_milestones import milestone_from, milestone_name, milestone_period
from ktxh.extract.target_periods import DEADLINE_WORD_RE, deadline_period, own_periods
from ktxh.extract.target_tables import figure_rows, table_targets
from ktxh.extract.target_tense import aims_after_baseline, as_of_year
from ktxh.extract.thresholds import negated_threshold
from ktxh.extract.timeframes import PeriodHit, year_of
from ktxh.extract.units import normalize
from ktxh.extract.wordre import word_start
from ktxh.text.model import BlockKind, Doc, Span

# --- language data -----------------------------------------------------------

# the cues, with "cam kết", which sets targets when it aims at a number:
# "cam kết giải ngân đạt tối thiểu 60% kế hoạch vốn", not "cam kết hỗ trợ 1.000 tỷ đồng";
# "Để đạt mục tiêu giải ngân 100% kế hoạch vốn năm …, đề nghị …": an aim declared
# a thông báo kết luận restates the goals agreed: "Thống nhất mục tiêu đến cuối năm 2018
# huyện có thêm 3 xã đạt chuẩn", "mục tiêu là đến năm 2020 có 15 xã …"
CUE_PHRASES = ("phấn đấu", "phân đầu", "phần đấu", "cam kết",
               "thống nhất mục tiêu", "thống nhất các mục tiêu",
               "thống nhất chỉ tiêu", "thống nhất các chỉ tiêu", "mục tiêu là",
               "để hoàn thành mục tiêu", "để đạt mục tiêu",
               "để đạt được mục tiêu", "nhằm hoàn thành mục tiêu",
               "nhằm đạt mục tiêu")
CUES_RE = re.compile(word_start(*CUE_PHRASES) + r"(?![\w])")
# every cue phrase holds one of these: a sentence with none is not searched
CUE_PARTS = ("phấn đấu", "phân đầu", "phần đấu", "cam kết", "thống nhất", "mục tiêu")
BY_YEAR_RE = re.compile(
    word_start("đến", "tới") + r"\s(?:hết\s|cuối\s)?(?:năm\s)?((?:19|20)\d\d)(?!\d)"
)
YEARLY_RE = re.compile(word_start("hằng năm", "hàng năm", "mỗi năm", "/năm") + r"(?![\w])")
# "giai đoạn 5 năm", "Tổng vốn đầu tư toàn xã hội 5 năm khoảng 280 nghìn tỷ đồng"
TOTAL_RE = re.compile(
    word_start("giai đoạn 5 năm", "cả giai đoạn", "trong 5 năm", "trong giai đoạn", "5 năm",
               "năm năm") + r"(?![\w])(?!\s(?:19|20)\d\d)"
)
# work counted over a plan's span: "Hỗ trợ … nhà ở cho 6.500 hộ", "đưa 2.500 lao động đi làm
# việc", "Đào tạo nghề cho 6.000 người" (a total of 2026 - 2030, not a level of 2030)
COUNTED_WORK_RE = re.compile(
    word_start("hỗ trợ", "đào tạo", "đưa", "giải quyết việc làm", "tạo việc làm", "xây dựng mới",
               "sửa chữa", "cho vay", "tập huấn", "di dời", "bố trí ổn định", "sắp xếp ổn định")
    + r"(?![\w])"
)
# "có 15 xã thoát khỏi tình trạng đặc biệt khó khăn": what leaves a list over the span
LEAVING_RE = re.compile(r"\s*(?:\S+\s){0,3}?(?:thoát khỏi|thoát nghèo|ra khỏi danh sách)")
AIM_RE = re.compile(word_start("đạt", "ít nhất", "tối thiểu", "100%"))
# among tasks, "nâng công suất lên 5 triệu hành khách/năm vào năm 2030": a level raised to
RAISE_TO_RE = re.compile(r"nâng(?![\w])[^,;.\d]{1,60}?\slên(?:\s(?:mức|khoảng|trên))?\s\d")
# a bound that makes a number an aim: "có ít nhất 85% hộ gia đình", "tối thiểu 90%"
_BOUND_RE = re.compile(word_start("ít nhất", "tối thiểu", "không dưới", "không thấp hơn"))
SPAN_AFTER_RE = re.compile(r"[^,;.\d]*(?:trong|cả) giai đoạn")
PAST_RE = re.compile(word_start("đã", "được công nhận") + r"(?![\w])")
# a count of targets assessed, not an aim: "có 14/22 chỉ tiêu dự kiến đạt và vượt, 5 chỉ tiêu
# khó đạt và 4 chỉ tiêu không đạt mục tiêu đến năm 2025", "12 chỉ tiêu ước hoàn thành"
ASSESSED_RE = re.compile(
    r"\d\s(?:chỉ tiêu|mục tiêu)(?:\s(?:chủ yếu|dự kiến|ước|có khả năng|sẽ|cơ bản))*"
    r"\s(?:đạt|vượt|không đạt|khó đạt|chưa đạt|hoàn thành|không hoàn thành)(?![\w])")
CLAUSE_BREAK_RE = re.compile(r"[,;]\s")
DIGIT_RE = re.compile(r"\d")
# a deadline that makes a directive's number a target without an aim word
_DIRECTIVE_DEADLINE_RE = re.compile(r"trước|chậm nhất|muộn nhất|trong (?:quý|tháng)")
# what states a size or a state, not work to do: "có tổng chiều dài 860 km", "kinh phí"
_STATE_BEFORE_RE = re.compile(
    word_start("có", "là", "gồm", "với", "chiếm", "bằng", "dài", "rộng", "tổng", "trị giá",
               "kinh phí", "diện tích", "quy mô", "công suất", "còn", "hiện có", "hiện nay")
    + r"(?![\w])"
)
# a report or a request is no directive: "gửi 02 bản ...", "Đề nghị Bộ Tài chính bổ sung
# 245 tỷ đồng ... trong quý III/2025" (an amount asked for)
_REPORT_RE = re.compile(word_start("báo cáo", "gửi", "trình", "đề nghị", "kiến nghị", "đề xuất",
                                   "xin") + r"(?![\w])")
# not an aim even beside "đạt": "hoàn thiện hồ sơ đề nghị công nhận 3 xã … đạt chuẩn, gửi …
# chậm nhất là ngày …" (what a dossier is for), "tham mưu UBND tỉnh bố trí 18 tỷ đồng … cho
# các xã đạt chuẩn …, hoàn thành trong quý III/2018" (an amount to propose)
# (not "tham mưu phương án tiết kiệm thêm 10% chi thường xuyên": an aim proposed; not
# "Triển khai hồ sơ sức khỏe điện tử tại 100% trạm y tế": a record, not a request)
_NOT_AIMED_RE = re.compile(
    r"(?<![\w])(?:hồ sơ (?:đề nghị|đề xuất|công nhận|xét|trình)"
    r"|tham mưu\s(?:[^\W\d]+\s){0,6}?(?:bố trí|phân bổ|cấp|trích))(?![\w])"
)
# "vận động 312 hộ còn lại nhận tiền bồi thường": what remains, not work planned
_REMAINING_RE = re.compile(r"(?:\s[^\W\d]+){0,2}\s(?:còn lại|chưa)(?![\w])")
_SUB_PERIOD_RE = re.compile(r"((?:19|20)\d\d)-([QHM]?)(\d{1,2})")
_BY_BEFORE_RE = re.compile(r"(?<![\w])(?:đến|tới)\s(?:hết\s|cuối\s)?$")
DEADLINE_CUE_RE = re.compile(word_start("trước", "chậm nhất", "muộn nhất", "trong năm",
                                        "trong quý", "trong tháng") + r"(?![\w])")


def target_from(doc: Doc, start: int, end: int, block: int, period: str | None,
                sections: dict[int, str | None] | None = None,
                date: str | None = None) -> int | None:
    """Where the targets of the sentence ``[start, end)`` of ``block`` begin:
    ``start`` when all of it sets targets, a later offset when only its last
    clauses do ("đã hỗ trợ 1.562/1.740 nhà, đạt 89,8%, |phấn đấu hoàn thành ..."),
    None when it sets none. ``sections`` caches what the headings and
    lead-ins above a block say (:func:`ktxh.extract.target_lists.section_of`);
    ``date`` (the document's) tells a deadline to come from one past.
    The answer is kept in ``doc.memo``: the figures step asks it first.
    """
    key = (start, end, block, period, date)
    memo = doc.memo.setdefault("target_from", {})
    if key not in memo:
        memo[key] = _target_from(doc, start, end, block, period,
                                 {} if sections is None else sections, date)
    return memo[key]


def _target_from(doc: Doc, start: int, end: int, block: int, period: str | None,
                 sections: dict[int, str | None], date: str | None) -> int | None:
    folded = doc.folded
    if doc.blocks[block].kind is BlockKind.FOOTNOTE or not DIGIT_RE.search(folded, start, end):
        return None  # no number, no target
    f = folded[start:end]
    section = section_of(doc, block, period, sections)
    if section == "targets":
        # "Năm 2024, toàn tỉnh có 16.850 doanh nghiệp ...": a baseline, not an aim
        return aims_after_baseline(doc, start, end, as_of_year(doc, period, date, sections),
                                   _first_numbers(doc, start, end))
    # among tasks, a number is a target when the sentence aims at it
    if section == "tasks" and (AIM_RE.search(f) or (
            RAISE_TO_RE.search(f) and not PAST_RE.search(f))):
        return start
    if is_plan_capital(doc, start, end, period, date) or is_planned_disbursement(
            doc, start, end, period, date):
        return start  # "a) Vốn ngân sách trung ương: 38.200 tỷ đồng" in the plan of 2026 - 2030
    milestone = milestone_from(doc, start, end, date)
    if milestone is not None:
        return milestone  # "bảo đảm đến ngày 30/6/2025 giải ngân đạt tối thiểu 40% …"
    cue = CUES_RE.search(f) if any(w in f for w in CUE_PARTS) else None
    while cue is not None and cue.group().startswith("cam") and not AIM_RE.search(f, cue.end()):
        cue = CUES_RE.search(f, cue.end())
    if cue is not None:
        # "phấn đấu" governs its own clause: "14 xã phấn đấu đạt chuẩn", not
        # "..., đạt 89,8%, phấn đấu hoàn thành toàn bộ ..."
        return clause_start(folded, start, start + cue.start())
    # "đến năm 2025" in a 2021/2025 plan; in a report of 2022, only a later year; not
    # "Đến cuối năm 2020, thành phố có 36/36 xã …" in the review of 2016 - 2020 written in 2020
    last = year_of(period) or as_of_year(doc, period, date, sections)
    m = BY_YEAR_RE.search(f)
    if m and last and not PAST_RE.search(f) and not ASSESSED_RE.search(f):
        y = int(m.group(1))
        if y > last or (y == last and bool(period and "/" in period)
                        and (as_of_year(doc, period, date, sections) or 0) < y):
            return start
        if _year_end_ahead(m, y, date) and _BOUND_RE.search(f, m.end()):
            return start  # "bảo đảm đến cuối năm 2026 có ít nhất 85% hộ …" written in 1/2026
    return aimed_before_deadline(doc, start, end, period, date)


def _year_end_ahead(m: re.Match[str], y: int, date: str | None) -> bool:
    """ "đến cuối năm 2026", "đến hết năm 2026" in a document dated in the first half
    of 2026: the year's end is still ahead."""
    return bool(date and len(date) >= 7 and int(date[:4]) == y and int(date[5:7]) <= 6
                and ("cuối" in m.group() or "hết" in m.group()))


def _first_numbers(doc: Doc, start: int, end: int) -> list[int]:
    """Offset of the first number of each ";"-part of ``[start, end)``, -1 if none."""
    out = []
    s = start
    bounds = []
    i = doc.folded.find(";", start, end)
    while i != -1:
        bounds.append(i)
        i = doc.folded.find(";", i + 1, end)
    bounds.append(end)
    for b in bounds:
        qs = find_quantities(doc.text, doc.folded, s, b)
        out.append(qs[0].start if qs else -1)
        s = b + 1
    return out


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
    hoàn thành 100% ... trước ngày 30/6" nor "dự kiến hoàn thành trong quý III".
    A directive needs no aim word when its deadline is a date, month or
    quarter: "làm mới 860 km đường ranh cản lửa, hoàn thành trước ngày
    31/01/2026", "lắp đặt thêm 15 trạm quan trắc trong quý I/2026"."""
    folded = doc.folded
    if not DEADLINE_CUE_RE.search(folded, start, end):
        return None
    aimed = AIM_RE.search(folded, start, end) is not None
    planning = year_of(period)
    for d in find_deadlines(folded, start, end, doc_date=date):
        if not d.iso or not DEADLINE_WORD_RE.match(d.text):
            continue
        if not aimed and not _DIRECTIVE_DEADLINE_RE.match(d.text):
            continue
        if date and len(date) == 10 and d.iso < date:
            continue
        if not date and planning and int(d.iso[:4]) < planning:
            continue
        if not date and not aimed and not _after_period(d.iso, period):
            continue  # "trong quý III/2025" in the report of that quarter
        part = folded.rfind(";", start, d.span.start) + 1 or start
        part = max(part, start)
        words = folded[part : d.span.start]
        if PAST_RE.search(words) or ESTIMATE_RE.search(words):
            continue
        qs = find_quantities(doc.text, folded, part, d.span.start)
        if not qs or _NOT_AIMED_RE.search(folded, clause_start(folded, part, qs[0].start),
                                        qs[0].start):
            continue
        if not AIM_RE.search(words) and (not _directs(folded, part, qs[0].start)
                                         or _REMAINING_RE.match(folded, qs[0].end)):
            continue
        return part
    return None


def _directs(folded: str, part: int, number: int) -> bool:
    """The clause before ``number`` directs work on it ("làm mới và tu sửa"),
    not a size or state ("có tổng chiều dài", "kinh phí"), a report or a request."""
    clause = clause_start(folded, part, number)
    if folded.rfind("(", clause, number) > folded.rfind(")", clause, number):
        return False  # a size in brackets: "Kè chống sạt lở (khoảng 1,5 km): Giao ..."
    return not _STATE_BEFORE_RE.search(folded, clause, number) and not _REPORT_RE.search(
        folded, part, number)


def _after_period(iso: str, period: str | None) -> bool:
    """Whether the date ``iso`` falls after the end of a sub-year ``period``
    (a quarter, month, half or first months of a year); True for a year or span."""
    m = _SUB_PERIOD_RE.fullmatch(period or "")
    if not m:
        return True
    year, kind, n = int(m.group(1)), m.group(2), int(m.group(3))
    last = {"Q": 3 * n, "H": 6 * n, "M": n, "": n}[kind]
    return (int(iso[:4]), int(iso[5:7])) > (year, last)


def _kind_and_period(doc: Doc, r: Reading, kind: str, heading_hits: list[PeriodHit],
                     span_code: str | None, doc_period: str | None,
                     deadline: str | None = None, first: int = -1,
                     as_of: int | None = None) -> tuple[str, str | None]:
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
    elif (kind == "level" and span_code and "/" in span_code and not YEARLY_RE.search(clause)
          and "%" not in (r.q.unit_text or "") and not [h for h in in_clause if not h.is_span]
          and (COUNTED_WORK_RE.search(clause) or LEAVING_RE.match(rest))):
        kind = "total"  # "Hỗ trợ … nhà ở cho 6.500 hộ" in a plan of 2026 - 2030
    if deadline and kind not in ("growth_avg", "total"):
        return kind, deadline
    yearly = kind in ("growth_avg", "total") or bool(
        YEARLY_RE.search(doc.folded, r.segment_start, r.q.start))
    if kind in ("growth_avg", "change", "total") or (YEARLY_RE.search(clause) and not before):
        spans = [h for h in own if h.is_span]
        if spans or span_code:
            return kind, spans[0].code if spans else span_code
    if yearly and as_of:
        # "Mục tiêu đến năm 2030: ... tăng trưởng bình quân 10 - 12%/năm" in a plan of 2025
        end = _end_year(doc, [*before, *in_clause, *heading_hits])
        if end and as_of < end:
            return kind, f"{as_of}/{end}"
    if before:
        return kind, before[-1].code
    if in_clause:
        return kind, in_clause[0].code
    if own:
        return kind, own[0].code
    period = heading_hits[0].code if heading_hits else doc_period
    if kind in ("rate", "share") and period and "/" in period:
        period = str(year_of(period))
    elif not heading_hits and period and _SUB_PERIOD_RE.fullmatch(period):
        # "Phấn đấu giải ngân 100% kế hoạch vốn" in the report of 9 months: not the
        # months reported, the year whose plan it is
        period = str(year_of(period))
    return kind, period


def _end_year(doc: Doc, hits: list[PeriodHit]) -> int | None:
    """The year of the first "đến (hết) năm Y" among ``hits``."""
    for h in hits:
        if not h.is_span and (doc.folded.startswith(("đến", "tới"), h.start)
                              or _BY_BEFORE_RE.search(doc.folded, max(0, h.start - 10), h.start)):
            return year_of(h.code)
    return None


def _target_readings(doc: Doc, start: int, end: int, cut: int,
                     year: int | None) -> list[Reading]:
    """The readings of a sentence from ``cut`` on that may be targets."""
    readings, _ = read_sentence(doc.text, doc.folded, start, end, year=year)
    # "Dự án X (dài 145 km)", "tổng mức đầu tư khoảng 45.000 tỷ đồng": sizes, not aims
    # "không còn xã dưới 15 tiêu chí": a bound of what must not remain, no aim
    readings = [r for r in readings if r.q.start >= cut
                and not is_size_of_works(r, r.q.unit_text or "")
                and not negated_threshold(doc.folded, r)]
    return [r for r in reached_counts(doc.folded, readings)
            if r.kind not in ("rank", "progress", "multiple")]


def _sentence_targets(doc: Doc, readings: list[Reading], heading_hits: list[PeriodHit],
                      span_code: str | None, period: str | None, date: str | None,
                      start: int, as_of: int | None) -> list[Target]:
    """The targets of a sentence's readings, dated by its headings and deadlines."""
    out: list[Target] = []
    named = refine(doc, readings, [{"pct_of_plan": "rate"}.get(r.kind, r.kind)
                                   for r in readings])
    signed = sign_targets(doc, readings, [n[1] for n in named], [n[0] for n in named])
    for k, (r, (indicator, _, quote_start), sg) in enumerate(zip(readings, named, signed,
                                                                  strict=True)):
        kind = sg.kind
        indicator = sg.indicator or directive_name(doc, r, indicator) or indicator
        nxt = readings[k + 1].q.start if k + 1 < len(readings) else r.clause[1]
        deadline = deadline_period(doc, r, min(nxt, r.clause[1]), date)
        kind, period_k = _kind_and_period(doc, r, kind, heading_hits, span_code, period,
                                          deadline, readings[0].q.start, as_of)
        milestone = milestone_period(doc, r, start, date)
        if milestone:  # "…; đến ngày 30/9/2025 đạt tối thiểu 70%" → 2025-M9
            period_k, indicator = milestone, milestone_name(indicator)
        a, b = max(r.clause[0], quote_start), r.clause[1]
        while a < b and doc.text[a] in " \t\n,;:.(":
            a += 1
        while b > a and doc.text[b - 1] in " \t\n,;:.)":
            b -= 1
        bv, bu = normalize(abs(r.q.value), r.q.unit)
        out.append(Target(
            indicator=indicator, value=sg.value, unit=sg.unit, kind=kind,
            span=Span(a, b), quote=doc.text[a:b], value_max=sg.value_max, period=period_k,
            value_span=Span(r.q.start, r.q.value_end),
            base_value=-bv if sg.value < 0 else bv, base_unit=bu,
        ))
    return out


def find_targets(doc: Doc, found: Mapping[str, Any]) -> tuple[Target, ...]:
    from ktxh.extract.figures import context, heading_periods

    ctx = context(doc, found)
    date = getattr(found.get("document"), "date", None)
    out: list[Target] = []
    sections: dict[int, str | None] = {}
    lead_periods: dict[int, tuple[PeriodHit, ...]] = {}
    # the plan columns of tables, put in text order among the sentences' targets
    pending, table_rows = table_targets(doc, ctx.period, sections,
                                        int(date[:4]) if date else None)
    # a row the figures step read as results ("| Các xã còn lại (9 xã) | 1,8 |") sets none
    table_rows = set(table_rows) | figure_rows(doc, found.get("figures", ()))
    pending.reverse()
    for s in doc.sentences:
        block = s.block
        while pending and pending[-1].span.start < s.span.start:
            out.append(pending.pop())
        if (doc.blocks[block].kind is BlockKind.HEADING and not states_total(doc, block)) or (
                block in table_rows):
            continue  # not "1. Tổng thu ngân sách: 4.850 tỷ đồng, trong đó:", a list's head
        start, end = s.span.start, s.span.end
        cut = target_from(doc, start, end, block, ctx.period, sections, date)
        if cut is None:
            continue
        as_of = as_of_year(doc, ctx.period, date, sections)
        readings = _target_readings(doc, start, end, cut, ctx.year)
        # "Giao chỉ tiêu ... năm 2025, gồm:" dates its items before the headings do
        heading_hits = [*lead_in_periods(doc, block, ctx.period, sections, lead_periods),
                        *heading_periods(doc, block, ctx.year)]
        span_code = next((h.code for h in heading_hits if h.is_span), None)
        if span_code is None and ctx.period and "/" in ctx.period:
            span_code = ctx.period
        out += as_capital(doc, _sentence_targets(doc, readings, heading_hits, span_code,
                                                 ctx.period, date, start, as_of),
                          span_code, is_plan_capital(doc, start, end, ctx.period, date))
    out.extend(reversed(pending))
    return tuple(out)
