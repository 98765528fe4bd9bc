"""Time phrases near a figure that are not its period: deadlines and plan dates.

A report states what was done and then, often in the same sentence, when the
rest is due: "hoàn thành 85% khối lượng, dự kiến hoàn thành trong quý IV/2024";
"Đề nghị Bộ Tài chính bổ sung 312 tỷ đồng ... trong quý III/2025"; "đạt 45% kế
hoạch năm 2025". Such a phrase after the figure, or in an earlier ";" part of
the sentence, dates the plan, not the figure. So does a phrase after the
figure for a time later than the report's own period.
"""

from __future__ import annotations

import re

from ktxh.extract.timeframes import PeriodHit
from ktxh.extract.wordre import word_start

# --- language data -----------------------------------------------------------

# "dự kiến thông xe trong tháng 8/2025", "phấn đấu hoàn thành trước quý IV", "chậm nhất
# trong quý III", "sẽ đưa vào sử dụng năm 2026"
_CUE = re.compile(
    word_start("dự kiến", "phấn đấu", "trước", "chậm nhất", "sẽ", "cam kết", "mục tiêu",
               "theo kế hoạch", "đề nghị", "kiến nghị", "đề xuất") + r"(?![\w])"
    # "(khoảng 1,2 km): Giao Sở Nông nghiệp ... hoàn thành trong tháng 11/2025"
    + r"|giao(?<![\w]giao) (?:cho )?(?:sở|ủy ban|ubnd|ban|các|công an|bộ chỉ huy|trung tâm)"
    r"(?![\w])"
)
# "kéo dài ... kế hoạch vốn năm 2025 sang năm 2026": where the money goes, not its year
_MOVED_TO = re.compile(r"(?<![\w])sang\s$")
# "mùa khô năm 2025 - 2026 sẽ đến sớm, ...; hiện có 186.000 ha rừng": a forecast
_FORECAST_AFTER = re.compile(r"[^;.]{0,40}?" + word_start("sẽ", "dự báo") + r"(?![\w])")
# "đạt 45% kế hoạch năm 2025", "dự toán năm 2025": the plan's year
_PLAN_HIT = re.compile(r"(?:kế hoạch|dự toán|chỉ tiêu)(?: vốn)?\s?$")
_PLAN_AT = re.compile(r"kế hoạch|dự toán")
# "Đề nghị Bộ Tài chính xem xét bổ sung ...": a request; its times are deadlines
_REQUEST = re.compile(r"\W*(?:đề nghị|kiến nghị|đề xuất)(?![\w])")
_CODE = re.compile(r"((?:19|20)\d\d)(?:-(Q|H|M)?(\d{1,2}))?$")
_CUE_REACH = 48  # how far before a phrase its cue may stand, within its part


def _months(code: str) -> tuple[int, int] | None:
    """First and last month of a period code, counted from year 0 ("2025-Q3" →
    the months of July to September 2025); None for a span or an unknown code."""
    m = _CODE.match(code)
    if m is None:
        return None
    base = int(m.group(1)) * 12
    kind, n = m.group(2), int(m.group(3) or 0)
    if m.group(3) is None:
        return base + 1, base + 12
    if kind == "Q":
        return base + 3 * n - 2, base + 3 * n
    if kind == "H":
        return base + 6 * n - 5, base + 6 * n
    if kind == "M":
        return base + 1, base + n
    return base + n, base + n


def later_than(code: str, period: str | None) -> bool:
    """Whether ``code`` starts after the report period ``period`` ends."""
    if not period:
        return False
    a, b = _months(code), _months(period)
    return a is not None and b is not None and a[0] > b[1]


def is_deadline(folded: str, hit: PeriodHit, q_start: int, q_end: int,
                clause: tuple[int, int], period: str | None) -> bool:
    """Whether ``hit`` dates a plan, not the figure at ``[q_start, q_end)`` in the
    ";" part ``clause``: after the figure, a phrase led by a cue ("dự kiến", "trước",
    "phấn đấu"), of a plan ("kế hoạch năm 2025"), in a request, or, not right after
    the number, later than the report's ``period``; in an earlier part, a phrase
    led by a cue or later than the report."""
    if _MOVED_TO.search(folded, max(0, hit.start - 8), hit.start):
        return True
    if hit.start >= q_end:
        if (_CUE.search(folded, q_end, hit.start) or _PLAN_AT.match(folded, hit.start)
                or _PLAN_HIT.search(folded, max(q_end, hit.start - 16), hit.start)
                or _REQUEST.match(folded, clause[0])):
            return True
        # "lên 63,5% năm 2020": a phrase right after the number is its own
        return hit.start - q_end > 1 and later_than(hit.code, period)
    if hit.end <= clause[0]:
        return is_plan_date(folded, hit, period)
    return False


def is_plan_date(folded: str, hit: PeriodHit, period: str | None) -> bool:
    """Whether ``hit`` is led by a cue in its ";" part ("dự kiến đưa vào sử dụng trong
    quý II/2026") or is later than the report's ``period``."""
    lo = max(folded.rfind(";", 0, hit.start) + 1, hit.start - _CUE_REACH)
    return (bool(_CUE.search(folded, lo, hit.start)) or later_than(hit.code, period)
            or bool(_FORECAST_AFTER.match(folded, hit.end)))


def as_of_plan(folded: str, before: list[PeriodHit]) -> PeriodHit | None:
    """Of the phrases before a figure, the day it is counted to when the last names
    the plan of that year: "Đến ngày 30/11/2022 giải ngân được 186,2/310 tỷ đồng kế
    hoạch vốn năm 2022, đạt 60,1%" → 2022-M11; None otherwise."""
    if len(before) < 2:
        return None
    last = before[-1]
    if not _PLAN_HIT.search(folded, max(0, last.start - 16), last.start):
        return None
    return next((h for h in reversed(before[:-1]) if h.until and h.code != last.code
                 and h.code.startswith(last.code + "-")), None)


# "Cùng kỳ năm 2024, tỉnh ... giải ngân đạt 47,6%": a clause opening with the same span
# of an earlier year states that year's figure
# (not "So với cùng kỳ năm 2024, ... giảm 27 vụ": a base)
# (also after a note's or an item's label: "(1) Cùng kỳ năm 2019, …", "b) Cùng kỳ …")
_SAME_SPAN_OPEN = re.compile(r"[\s\-–+•*]*(?:\(?(?:\d{1,2}|[a-zđ])[.)]\s*)?cùng kỳ\s")


def same_span_year(folded: str, hits: tuple[PeriodHit, ...], clause_start: int,
                   q_start: int) -> int | None:
    """The year Y of a "Cùng kỳ năm Y," that opens the ";" part at ``clause_start``
    before the number at ``q_start``; None when the part opens otherwise."""
    for h in hits:
        if h.start >= q_start:
            break
        if h.base and h.start > clause_start and _SAME_SPAN_OPEN.fullmatch(
                folded, clause_start, h.start):
            m = _CODE.match(h.code)
            return int(m.group(1)) if m and m.group(2) is None and m.group(3) is None else None
    return None


# "tăng 7,42% so với cùng kỳ (cùng kỳ năm 2021 tăng 3,15%)", "(cùng kỳ năm trước đạt
# 85%)": the measure before the bracket, a year back
_PRIOR_BRACKET = re.compile(
    r"\(\s*cùng kỳ(?: năm (?:(trước)|((?:19|20)\d\d)))?\s+(?:tăng|giảm|đạt|là)?\s*")


def prior_bracket(folded: str, q_start: int) -> int | None:
    """For a number opening a "(cùng kỳ năm Y …" bracket: Y, or 0 when no year is named
    (the year before the figure's own); None when not in such a bracket."""
    open_at = folded.rfind("(", max(0, q_start - 30), q_start)
    m = _PRIOR_BRACKET.fullmatch(folded, open_at, q_start) if open_at != -1 else None
    return None if m is None else int(m.group(2) or 0)


def year_back(period: str | None, year: int) -> str | None:
    """``period`` moved to ``year``, or a year back when ``year`` is 0."""
    if not period or not _CODE.match(period):
        return period
    return shift_year(period, year or int(period[:4]) - 1)


def shift_year(code: str | None, year: int) -> str:
    """``code`` moved to ``year``: "2025-M10" → "2024-M10"; else the year itself."""
    return f"{year}{code[4:]}" if code and _CODE.match(code) else str(year)


# "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030": the name of a congress or term
_TERM = re.compile(r"nhiệm kỳ|khóa")
_TERM_NAME = re.compile(
    r"(?:đại hội|lần thứ|ban chấp hành|hội đồng nhân dân|đảng bộ|đảng ủy|chi bộ)[^;.:]{0,60}$"
)


def is_name_span(folded: str, hit: PeriodHit) -> bool:
    """Whether the span ``hit`` names a term ("Đại hội ... nhiệm kỳ 2025 - 2030")."""
    return (hit.is_span and _TERM.match(folded, hit.start) is not None
            and _TERM_NAME.search(folded, max(0, hit.start - 80), hit.start) is not None)


# "Kế hoạch vốn năm 2024 là 380 tỷ đồng, đã giải ngân 201,4 tỷ đồng": done so far
_DISBURSED = re.compile(r"(?<![\w])giải ngân(?![\w])")
# "kế hoạch vốn nhà nước năm 2024", "giải ngân năm 2024": the year names the plan
_PLAN_YEAR_BEFORE = re.compile(r"(?:kế hoạch|giải ngân)(?:\s[^\W\d]+){0,4}\s$")


def disbursed_to_date(folded: str, code: str | None, hits: tuple[PeriodHit, ...],
                      q_start: int, report: str | None, indicator: str,
                      estimate: bool) -> str | None:
    """The report's period for money disbursed so far that took the year of its plan
    ("Kế hoạch vốn năm 2024 là …, đã giải ngân …, đạt 53%", "Giải ngân năm 2024 đạt
    …" in a 9-month report: 2024 → 2024-M9); else ``code``. An estimate for the year
    and a year opening its clause ("năm 2025 đã giải ngân …") keep the year."""
    if (not code or not report or estimate or len(code) != 4 or len(report) <= 4
            or not report.startswith(code) or report[4] != "-"):
        return code
    low = indicator.lower()
    if "kế hoạch" in low or not _DISBURSED.search(low):
        return code
    hit = next((h for h in reversed(hits) if h.start < q_start and h.code == code), None)
    if hit is None or not _PLAN_YEAR_BEFORE.search(folded, max(0, hit.start - 48), hit.start):
        return code
    return report


# "bằng 64,2% kế hoạch năm", "đạt 71% dự toán cả năm", "so với KH năm 2025"
_YEAR_PLAN = re.compile(r"(?:kế hoạch|dự toán|kh)(?: giao)? (?:cả )?năm(?![\w])")
_ONE_MONTH = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


def of_year_plan_to_date(folded: str, code: str | None, hits: tuple[PeriodHit, ...],
                         start: int, q_start: int, end: int) -> str | None:
    """A month's figure measured against the year's plan is of the months to date:
    "số doanh nghiệp thành lập mới đạt 1.284 doanh nghiệp, bằng 64,2% kế hoạch năm"
    in a September report → "2025-M9"; a time the clause names keeps its own
    ("tháng 9 đạt 120 tỷ đồng, bằng 8% kế hoạch năm")."""
    if not code or not _ONE_MONTH.fullmatch(code):
        return code
    stop = folded.find(";", q_start, end)
    stop = end if stop == -1 else stop
    plan = _YEAR_PLAN.search(folded, q_start, stop)
    if plan is None or any(not h.base and start <= h.start < stop
                           and not plan.start() <= h.start < plan.end() for h in hits):
        return code  # "cả năm" of "dự toán cả năm" is the plan's, not a time named
    month = int(code[5:])
    return code[:4] if month == 12 else f"{code[:4]}-M{month}"


# "Vụ Đông Xuân 2021 - 2022", "mùa khô 2025 - 2026": a season across the new year; not
# a crop year ("sản lượng cà phê niên vụ 2024 - 2025": the figure's own span of a year)
_SEASON = re.compile(
    r"(?<![\w])(?:(?<!niên\s)vụ|mùa)(?:\s[^\W\d]+){0,3}\s(?:năm\s)?(?P<a>(?:19|20)\d\d)"
    r"\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?!\d)"
)


def is_season(folded: str, hit: PeriodHit) -> bool:
    """Whether ``hit`` names a crop or weather season across the new year ("Vụ Đông
    Xuân 2021 - 2022", "mùa khô 2025 - 2026"): the season is no period; its facts
    are of the report."""
    lo = max(0, hit.start - 40)
    window = folded[lo : hit.end + 12]
    if "vụ" not in window and "mùa" not in window:
        return False
    return any(m.start() + lo <= hit.start and m.end() + lo >= hit.end - 1
               and int(m.group("b")) == int(m.group("a")) + 1
               for m in _SEASON.finditer(window))


def in_later_bracket(folded: str, hit: PeriodHit, q_end: int) -> bool:
    """Whether ``hit`` stands in a bracket opened after the figure ending at ``q_end``
    ("chiếm 4,65% (năm 2023 tương ứng là ...)": the bracket's year is its own)."""
    if hit.start < q_end:
        return False
    opened = folded.rfind("(", q_end, hit.start)
    if opened == -1 or folded.find(")", opened, hit.start) != -1:
        return False
    closed = folded.find(")", hit.end, hit.end + 120)
    # "đạt 2,1% (cuối năm 2024)": a bracket holding only the time dates the figure
    rest = folded[opened:hit.start] + folded[hit.end:closed if closed != -1 else hit.end + 120]
    return any(c.isdigit() for c in rest)


# "...; đến nay có 146/204 xã ...", "; hiện nay có ...": the time of the report
_NOW_OPEN = re.compile(r"[\s\-–+•*]*(?:(?:tính )?đến nay|hiện nay|hiện tại|hiện)(?![\w])")
# a short opening before a period phrase: "Năm 2023, ...", "Trong quý I/2025, ..."
_OPENING = re.compile(r"[\s\-–+•*]*(?:[^\W\d_]+\s){0,3}$")
# "(2) Dự án …", "b) …": a numbered item of a list run on in one sentence
_ITEM_OPEN = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\))\s")
# "Theo số liệu sơ bộ, trong 6 tháng đầu năm 2023, …": a source named first
_SOURCE_OPENING = re.compile(r"[\s\-–+•*]*theo [^\W\d_]+(?:\s[^\W\d_]+){0,5},\s(?:trong\s)?")


def in_other_clause(folded: str, hit: PeriodHit, sentence_start: int,
                    clause_start: int, figure_starts: list[int]) -> bool:
    """Whether ``hit``, in a ";" part before the figure's part (``clause_start``),
    governs only its own part: the figure's part opens with "đến nay"/"hiện nay", or
    the hit neither opens the sentence ("Năm 2023, ...; ...") nor dates a figure of
    its own part ("… công nhận hoàn thành … năm 2022; đến nay có 146/204 xã …")."""
    if hit.end > clause_start:
        return False
    if _NOW_OPEN.match(folded, clause_start):
        return True
    if _OPENING.fullmatch(folded, sentence_start, hit.start):
        return False
    if _ITEM_OPEN.match(folded, clause_start):
        return True  # "(1) Dự án …, hoàn thành năm 2029; (2) Dự án …, vốn 4.470 tỷ đồng"
    part_start = folded.rfind(";", sentence_start, hit.start) + 1 or sentence_start
    part_end = folded.find(";", hit.end, clause_start)
    part_end = clause_start if part_end == -1 else part_end
    return not any(part_start <= s < part_end for s in figure_starts)


# a time that names the thing counted, not when: "hộ nghèo theo chuẩn nghèo đa chiều giai
# đoạn 2016 - 2020", "các dự án khởi công mới năm 2023", "kế hoạch vốn năm 2023 kéo dài"
_QUALIFIER_BEFORE = re.compile(
    r"(?:chuẩn[^;.:\d()]{0,40}|(?:khởi công mới|chuyển tiếp|chuyển sang)\s(?:trong\s)?)(?:năm\s)?$")
_QUALIFIER_AFTER = re.compile(r"\s(?:kéo dài|chuyển sang)(?![\w])")


def is_qualifier(folded: str, hit: PeriodHit) -> bool:
    """Whether ``hit`` qualifies a noun (a standard, a set of projects, money carried
    over from a plan) rather than dating the figure."""
    if _QUALIFIER_AFTER.match(folded, hit.end):
        return True
    lo = max(0, hit.start - 48)
    if any(folded.find(w, lo, hit.start) != -1 for w in ("chuẩn", "khởi công", "chuyển")):
        return _QUALIFIER_BEFORE.search(folded, lo, hit.start) is not None
    return False


# "lũy kế từ đầu năm xảy ra 5 vụ cháy": the months of the year gone by (a bare "lũy kế"
# of works counts from their start: "giá trị thi công lũy kế đạt …")
_SINCE_NEW_YEAR = ("từ đầu năm",)
_MONTH = re.compile(r"((?:19|20)\d\d)-(Q)?(\d{1,2})$")


def since_new_year(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` says "từ đầu năm": counted from January."""
    return any(folded.find(w, start, end) != -1 for w in _SINCE_NEW_YEAR)


def year_to_date(code: str | None) -> str | None:
    """The months of the year up to the end of ``code``: "2019-10" → "2019-M10",
    "2024-Q3" → "2024-M9"; any other code is kept."""
    m = _MONTH.match(code or "")
    if m is None:
        return code
    month = int(m.group(3)) * (3 if m.group(2) else 1)
    return f"{m.group(1)}-M{month}"


def opening_point(folded: str, hits: list[PeriodHit], sentence_start: int) -> str | None:
    """The year a sentence opens with before a comma ("Đến hết năm 2021, toàn tỉnh
    có ..."): in a plan over a span it dates the facts of the rest of its paragraph."""
    for h in hits:
        if h.base or h.is_span or not folded.startswith(",", h.end):
            return None
        return h.code if _OPENING.fullmatch(folded, sentence_start, h.start) or (
            _SOURCE_OPENING.fullmatch(folded, sentence_start, h.start)) else None
    return None


# "Ghi nhận những kết quả huyện đạt được trong 7 tháng đầu năm 2023.": results summed up
_RESULTS_OPENING = re.compile(r"[\s\-–+•*]*(?:ghi nhận|đánh giá cao|biểu dương)(?![\w])")
_SENTENCE_CLOSE = re.compile(r"[\s.:;!]*")


def closing_point(folded: str, hits: list[PeriodHit], sentence_start: int,
                  sentence_end: int) -> str | None:
    """The time a sentence of praise closes with ("Ghi nhận những kết quả … đạt được
    trong 7 tháng đầu năm 2023."): in a document of no period it dates the figures of
    the rest of its paragraph, as an opening "Trong 7 tháng đầu năm 2023, …" does."""
    if not hits or not _RESULTS_OPENING.match(folded, sentence_start):
        return None
    last = hits[-1]
    if last.base or last.is_span or folded.find("kết quả", sentence_start, last.start) == -1:
        return None
    return last.code if _SENTENCE_CLOSE.fullmatch(folded, last.end, sentence_end) else None


def opens_now(folded: str, sentence_start: int) -> bool:
    """Whether the sentence opens with "Hiện nay", "Đến nay": the present, no earlier year."""
    return _NOW_OPEN.match(folded, sentence_start) is not None


def previous_year(code: str | None) -> str | None:
    """The year before the period ``code`` starts: the time of a level a change
    starts from ("giảm từ 5,86% xuống còn 4,12%" in 2023 → 2022)."""
    m = _CODE.match(code or "") or re.match(r"((?:19|20)\d\d)/", code or "")
    return str(int(m.group(1)) - 1) if m else None


# "Tổng nguồn lực huy động từ năm 2016 đến nay …": a span that closes at the time of
# writing (not "từ đầu năm đến nay": the months of the report)
_SINCE_NOW = re.compile(r"\s?(?:đến|tới) (?:nay|thời điểm này|thời điểm hiện nay)(?![\w])")
_SINCE_FROM = re.compile(r"(?<![\w])từ (?:năm )?$")


def since_now(folded: str, hit: PeriodHit, date: str | None) -> PeriodHit:
    """A year ``Y`` in "từ năm Y đến nay" as the span from ``Y`` to the year of the
    document's ``date`` ("2016/2018"); any other phrase is kept."""
    if hit.is_span or len(hit.code) != 4 or not date or not hit.code.isdigit():
        return hit
    now = int(date[:4]) if date[:4].isdigit() else 0
    if now <= int(hit.code) or not _SINCE_NOW.match(folded, hit.end):
        return hit
    if not _SINCE_FROM.search(folded, max(0, hit.start - 8), hit.start):
        return hit
    return PeriodHit(hit.start, hit.end, f"{hit.code}/{now}", hit.base, hit.until)


# "Kim ngạch xuất khẩu năm cuối kỳ đạt …" in a review of a 5-year span: its last year
LAST_OF_SPAN_WORDS = ("năm cuối kỳ", "năm cuối giai đoạn")
LAST_OF_SPAN = re.compile(word_start(*LAST_OF_SPAN_WORDS) + r"(?![\w])")
