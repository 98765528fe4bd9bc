"""Period phrases in folded text and their schema codes.

Codes (../shared/schema/extraction.md): ``"2017"`` a year, ``"2017-Q1"`` a
quarter, ``"2017-06"`` a month, ``"2017-H1"`` a half-year, ``"2017-M9"`` the
first nine months, ``"2016/2020"`` a span of years.

A count of months is a cumulative period: "9 tháng đầu năm", "9 tháng năm
2024", a bare "9 tháng" in a report ("Tổng thu 9 tháng đạt ...", "Trong 9
tháng, ..."; not a length of time: "trẻ dưới 6 tháng tuổi", "kỳ hạn 12
tháng"), a count written out ("Sáu tháng đầu năm") and "đến hết tháng 9"
(without a year); 6 months are "H1".

A phrase without a year ("quý II", "5 tháng đầu năm") borrows the year of
the next period phrase close after it in the same sentence ("quý I, nhiệm vụ
trọng tâm quý II năm 2017"), else the ``year`` given by the caller; with
neither the code has no year part: ``"Q2"``, ``"H1"``, ``"M5"``, ``"--06"``.

Years inside document numbers and dates ("71/2018/QH14", "ngày 21/4/2022",
"ngày 13 tháng 11 năm 2019") are not periods.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ktxh.extract.dates import find_dates
from ktxh.extract.litscan import LiteralScan
from ktxh.text.model import Span
from ktxh.text.normalize import fold

# --- language data -------------------------------------------------------

_Y = r"(?:19|20)\d\d"
# A year standing alone: not part of "71/2018/QH14", "21/4/2022", "2.025", "2025,5".
_YEAR_END = r"(?![\d/]|[.,]\d)"
_YEAR_START = r"(?<![\d/.,\-])"
_DASH = r"\s*[-–—]\s*"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Month counts written out: "Năm tháng đầu năm", "sáu tháng cuối năm".
SPELLED_COUNTS = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12,
}
_SPELLED_BEFORE = re.compile(
    "(?<![\\w])(?:" + "|".join(sorted(SPELLED_COUNTS, key=len, reverse=True)) + r")\s+$"
)
# A bare "N tháng" is a length of time, not a period, after these words ("trẻ
# dưới 6 tháng", "kỳ hạn 12 tháng", "từ 1 - 6 tháng", "phạt tù 9 tháng", "1 năm 6 tháng")
# or before these ("6 tháng tuổi", "3 tháng/lần", "9 tháng trở lên", "6 tháng sau").
_BARE_MONTHS_BEFORE = re.compile(
    r"(?:(?<![\w])(?:dưới|trên|từ|hơn|gần|khoảng|sau|đủ|mỗi|hạn|gian|tù|dài|chậm|vòng|mất"
    r"|được|lên|thêm|đến|tới|tối đa|tối thiểu|ít nhất|liên tục|quá|nợ|hưởng|ngày|thứ)"
    r"|[-–+/]|\d\s+năm)\s*$"
    r"|(?:thời gian|thời hạn|kéo dài)\s[^,.;:\d]{0,25}$"  # "thời gian thực hiện 6 tháng"
)
_BARE_MONTHS_AFTER = re.compile(
    r"\s*(?:[/\-–]|(?:tuổi|tù|trở|kể|một lần|sau|liên tục|lương|tiền|nữa|tới|đến|trước|kỳ"
    r"|hoặc|đầu tư|thứ|lần|mỗi)(?![\w]))"
)

# Words that make a bare year a period: "kế hoạch 2017", "vụ đông xuân 2017", "đến 2025".
YEAR_LEADS = (
    r"năm|niên độ|kế hoạch|dự toán|vụ đông[\s\-–]*xuân|vụ mùa|vụ hè[\s\-–]*thu|vụ xuân|vụ thu"
    r"|vụ đông|mùa khô|mùa mưa|(?:đến|tới)(?:\s+hết|\s+cuối)?"
)
# Words that open a span of years: "giai đoạn 2016 - 2020", "5 năm 2021 - 2025", a crop
# season across the new year ("vụ Đông Xuân 2024 - 2025", not the year 2024 alone).
SPAN_LEADS = (
    r"giai đoạn|thời kỳ|nhiệm kỳ|kế hoạch|niên độ|năm học|\d{1,2}\s+năm|năm"
    r"|vụ đông[\s\-–]*xuân|vụ thu[\s\-–]*đông"
)

_PATTERNS: tuple[tuple[str, str], ...] = (
    # "từ năm 2016 đến năm 2020", "từ 2016 đến 2020", "từ năm 2016 đến tháng 7/2020"
    (
        "span",
        rf"từ\s+(?:năm\s+)?(?P<span_a>{_Y})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
        rf"(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)?(?P<span_b>{_Y}){_YEAR_END}",
    ),
    # "giai đoạn 2016 - 2020", "5 năm 2021-2025", bare "2016 - 2020"
    (
        "range",
        rf"(?:(?:{SPAN_LEADS})\s+)?{_YEAR_START}(?P<range_a>{_Y}){_DASH}"
        rf"(?P<range_b>{_Y}){_YEAR_END}",
    ),
    # "6 tháng đầu năm 2019", "9 tháng năm 2019", "6 tháng cuối năm", "Sáu tháng đầu
    # năm", and a bare "9 tháng" ("Tổng thu 9 tháng đạt ...", "Trong 9 tháng, ...")
    (
        "months",
        r"(?P<months_n>\d(?<![\w,.]\d)\d?)\s+tháng"
        r"(?:\s+(?P<months_w>đầu\s+|cuối\s+)?năm"
        rf"(?:\s+(?P<months_y>{_Y}){_YEAR_END})?|(?P<months_b>(?![\w]|\s*\d)))",
    ),
    # "quý I/2017", "quý I năm 2017", "quý IV - 2017", "quý II"
    (
        "quarter",
        r"qu[ýíy]\s+(?P<quarter_q>iv|iii|ii|i|[1-4])(?![\w/])"
        rf"(?:\s*(?:/|[-–]|,?\s*năm)\s*(?P<quarter_y>{_Y}){_YEAR_END})?",
    ),
    (
        "quarter",
        rf"qu[ýíy]\s+(?P<quarter2_q>iv|iii|ii|i|[1-4])\s*/\s*(?P<quarter2_y>{_Y})"
        rf"{_YEAR_END}",
    ),
    # "tháng 9 năm 2019", "tháng 9/2019", "trong tháng 02"
    (
        "month",
        r"tháng\s+(?P<month_m>\d{1,2})(?!\d|[.,]\d)"  # not "dưới 3 tháng 9.060 người"
        rf"(?:\s*(?:/|[-–]|,?\s*năm)\s*(?P<month_y>{_Y}){_YEAR_END})?(?!\s*/)",
    ),
    # "năm 2020", "hết năm 2018", "kế hoạch 2017"
    ("year", rf"(?:{YEAR_LEADS})\s+{_YEAR_START}(?P<year_y>{_Y}){_YEAR_END}"),
)

# Every phrase opens with a digit or one of these two-letter starts ("từ",
# "thời", "tháng", "tới", "giai", "kế", "nhiệm", "niên", "năm", "quý", "dự",
# "đến", "vụ", "mùa"): a cheap first test. Month counts written out are
# found apart, from their "tháng (đầu|cuối) năm" (see :data:`_SPELLED_MONTHS`).
_RE = re.compile(
    r"(?=[0-9]|t[ừhớ]|gi|kế|n[hiă]|qu|dự|đế|vụ|mù)(?:"
    + "|".join(f"(?P<{name}{i}>{pattern})" for i, (name, pattern) in enumerate(_PATTERNS))
    + ")"
)
# tried only where a phrase's first word stands (see ktxh.extract.litscan)
_SCAN = LiteralScan(_RE)
_KIND = {f"{name}{i}": name for i, (name, _) in enumerate(_PATTERNS)}

# "ngày 30 tháng 9": a day without a year, not the month as a period.
_DAY_BEFORE = re.compile(r"ngày\s*\d{1,2}\s*$")

# "Sáu tháng đầu năm", "bảy tháng năm 2022": what follows a month count written out
_SPELLED_MONTHS = re.compile(
    rf"tháng\s+(?P<w>đầu\s+|cuối\s+)?năm(?:\s+(?P<y>{_Y}){_YEAR_END})?"
)

# Between a year-less phrase and the phrase that lends it a year; not across a
# comparison ("9 tháng, tăng 5% so với cùng kỳ năm 2023": 2023 is the base's year).
_BORROW_GAP = re.compile(r"(?:(?!so với|cùng kỳ)[^.;:\n]){0,80}")

# --- logic ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period phrase: ``span`` in absolute offsets and its schema ``code``."""

    span: Span
    code: str


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: str
    year: int | None
    suffix: str  # "" for a year, "-Q1", "-H1", "-M9", "-06", "/2020"


def _raw(m: re.Match[str]) -> _Raw | None:
    group = m.lastgroup or ""
    kind = _KIND[group]
    g = m.groupdict()

    def val(name: str) -> str | None:
        for key in (f"{kind}_{name}", f"{kind}2_{name}"):
            if g.get(key):
                return g[key]
        return None

    if kind in ("span", "range"):
        a, b = int(val("a") or 0), int(val("b") or 0)
        if not a < b <= a + 30:
            return None
        return _Raw(m.start(), m.end(), kind, a, f"/{b}")
    year = int(y) if (y := val("y")) else None
    if kind == "year":
        return _Raw(m.start(), m.end(), kind, year, "")
    if kind == "quarter":
        return _Raw(m.start(), m.end(), kind, year, f"-Q{_ROMAN[val('q') or '1']}")
    if kind == "month":
        month = int(val("m") or 0)
        if not 1 <= month <= 12:
            return None
        if year is None and m.string.endswith("hết ", 0, m.start()):
            return _months(m.start(), m.end(), month, None, None)  # "đến hết tháng 9": 9 months
        return _Raw(m.start(), m.end(), kind, year, f"-{month:02d}")
    # "N tháng (đầu|cuối) năm", a bare "N tháng"
    n = int(val("n") or 0)
    if g.get("months_b") is not None and not _bare_months(m, n):
        return None
    return _months(m.start(), m.end(), n, val("w"), year)


def _months(start: int, end: int, n: int, which: str | None, year: int | None) -> _Raw | None:
    """"N tháng (đầu|cuối) năm": a year, a half-year or the first N months."""
    last = (which or "").startswith("cuối")
    kind = "months"
    if not 1 <= n <= 12:
        return None
    if n == 12:
        return _Raw(start, end, kind, year, "")  # a whole year
    if n == 6:
        return _Raw(start, end, kind, year, "-H2" if last else "-H1")
    if last:
        return None
    return _Raw(start, end, kind, year, f"-M{n}")


def _bare_months(m: re.Match[str], n: int) -> bool:
    """Whether a bare "N tháng" names the first N months of the year."""
    folded = m.string
    return (2 <= n <= 11
            and not _BARE_MONTHS_BEFORE.search(folded, max(0, m.start() - 40), m.start())
            and not _BARE_MONTHS_AFTER.match(folded, m.end()))


def _code(year: int | None, suffix: str) -> str:
    if year is not None:
        return f"{year}{suffix}"
    if suffix.startswith("-") and suffix[1:].isdigit():
        return f"-{suffix}"  # "--06": a month without a year
    return suffix.lstrip("-")


def find_periods(
    folded: str, start: int = 0, end: int | None = None, *, year: int | None = None
) -> list[PeriodMention]:
    """Period phrases in ``folded[start:end]`` with absolute spans.

    ``year`` completes phrases without one that cannot borrow it nearby.
    """
    end = len(folded) if end is None else end
    return resolve_periods(folded, scan_periods(folded, start, end), year)


def scan_periods(folded: str, start: int, end: int) -> list[_Raw]:
    """The phrases of ``folded[start:end]`` with the years they name (no
    borrowing yet): the costly, year-independent part of :func:`find_periods`."""
    dates = [
        d.span
        for d in find_dates(folded, start, end)
        if d.iso.count("-") == 2 or folded.startswith("ngày", d.span.start)
    ]
    dates.sort(key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    reach: list[int] = []  # reach[k]: the furthest end among dates[: k + 1]
    for d in dates:
        reach.append(max(reach[-1], d.end) if reach else d.end)
    raws: list[_Raw] = []
    for m in _SCAN.finditer(folded, start, end):
        if _in_date(dates, date_starts, reach, m.start(), m.end()):
            continue
        raw = _raw(m)
        if raw is None:
            continue
        if raw.kind == "month" and _DAY_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        raws.append(raw)
    return _add_spelled(folded, start, end, raws)


def _add_spelled(folded: str, start: int, end: int, raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with the month counts written out ("Năm tháng đầu năm 2024")
    in place of what they hold ("năm 2024")."""
    for m in _SPELLED_MONTHS.finditer(folded, start, end):
        count = _SPELLED_BEFORE.search(folded, max(start, m.start() - 12), m.start())
        if count is None:
            continue
        n = SPELLED_COUNTS[" ".join(count.group().split())]
        raw = _months(count.start(), m.end(), n, m.group("w"), int(y) if (y := m.group("y"))
                      else None)
        if raw is None:
            continue
        raws = [r for r in raws if r.end <= raw.start or r.start >= raw.end]
        raws.append(raw)
        raws.sort(key=lambda r: r.start)
    return raws


def _in_date(dates: list[Span], starts: list[int], reach: list[int], s: int, e: int) -> bool:
    """Whether ``[s, e)`` starts or ends inside one of ``dates`` (sorted by start)."""
    k = bisect_left(starts, e) - 1  # dates[: k + 1] start before e
    while k >= 0 and reach[k] > s:
        d = dates[k]
        if d.start <= s < d.end or d.start < e <= d.end:
            return True
        k -= 1
    return False


def resolve_periods(folded: str, scanned: list[_Raw], year: int | None) -> list[PeriodMention]:
    """Give the year-less phrases of :func:`scan_periods` a year (left as scanned)."""
    return [PeriodMention(Span(s, e), code) for s, e, code in resolved_codes(folded, scanned, year)]


def resolved_codes(folded: str, scanned: list[_Raw], year: int | None
                   ) -> list[tuple[int, int, str]]:
    """:func:`resolve_periods` as ``(start, end, code)``."""
    years = [r.year for r in scanned]
    # "quý I, nhiệm vụ trọng tâm quý II năm 2017": borrow the next year.
    for i in range(len(scanned) - 1, -1, -1):
        raw = scanned[i]
        if years[i] is not None or raw.kind == "year":
            continue
        nxt = scanned[i + 1] if i + 1 < len(scanned) else None
        if (
            nxt is not None
            and years[i + 1] is not None
            and nxt.kind in ("quarter", "months", "month", "year")
            and _BORROW_GAP.fullmatch(folded, raw.end, nxt.start)
        ):
            years[i] = years[i + 1]
        elif year is not None:
            years[i] = year
    return [(r.start, r.end, _code(y, r.suffix)) for r, y in zip(scanned, years, strict=True)]


def period_code(phrase: str, *, year: int | None = None) -> str | None:
    """Code of the first period in ``phrase`` (any case), else ``None``.

    >>> period_code("6 tháng đầu năm 2019"), period_code("Quý II", year=2017)
    ('2019-H1', '2017-Q2')
    """
    found = find_periods(fold(phrase), year=year)
    return found[0].code if found else None
