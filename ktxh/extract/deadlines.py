"""Deadlines of tasks: find the phrase, resolve it to the last day it allows.

A deadline resolves to the ISO date of the *end* of the period it names:
"trong tháng 02/2024" → ``2024-02-29``, "quý III/2024" → ``2024-09-30``,
"trong năm 2020" → ``2020-12-31``, "trước ngày 31/3/2024" → ``2024-03-31``.
A phrase without a year takes it from the document's date (the next year
when the period would already be over, "trong quý I" in a December notice).
Phrases that name no computable date keep their words with ``iso=None``:
"trước Tết Nguyên đán", "trong 5 năm tới"; "thường xuyên" is flagged
recurring. Matching runs over ``Doc.folded`` (lower case, new-style tones).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ktxh.text.model import Span
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# Words that make a following date a deadline: "trước ngày 31/3", "chậm nhất
# là ngày ...", "trong tháng 10", "hoàn thành quý III", "cho năm 2019".
# "đến năm 2030" is a plan horizon, not a deadline, and is left out ("đến ngày 31/12/2025"
# is one).
# a time of day before the date: "trước 16 giờ ngày 06/10/2025", "chậm nhất 17h00 ngày 5/3"
_CLOCK = r"(?: \d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?,?)?"
_TRIGGER = (
    r"(?:(?P<verb>(?:hoàn thành|xong|kết thúc)\s+|"
    r"(?:thời hạn|thời gian(?: hoàn thành| thực hiện)?)(?: là)?\s*:?\s*)"
    r"(?:(?:ngay )?(?:chậm nhất(?: là)?|trong|trước|vào)(?: ngày)?\s+)?|"
    r"(?:(?:chậm|muộn) nhất(?: là| vào| trong)?" + _CLOCK + r"(?: ngày)?|trước" + _CLOCK
    + r"(?: ngày)?|"
    r"ngay trong|ngay|trong|cho|vào|đến hết|hết|hạn(?: chót)?(?: là)?|"
    # "phấn đấu đến ngày 31/12/2025 giải ngân đạt 80%": a day, not a horizon
    r"đến(?=\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d)|"
    r"không quá|không muộn hơn)\s+"
    # the meeting a result is brought to: "trình HĐND tỉnh tại kỳ họp chuyên đề quý II/2024",
    # "báo cáo tại cuộc họp giao ban tháng 4/2024", "tại kỳ họp thứ 12 (tháng 7/2024)"
    r"|tại\s+(?:kỳ họp|cuộc họp|phiên họp|hội nghị)(?:\s+(?:thứ\s+\w+|[^\W\d_]+)){0,4}?"
    r"\s*\(?\s*)"
)
_YEAR = r"(?:19|20)\d{2}"
# "10/2019", "10 năm 2019", and the common typo "10 tháng 2019"
_SEP_MY = r"\s*(?:/|-|\.|\s+năm\s+|\s+tháng\s+)\s*"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_DATE_ALTS = (
    # ngày 20 tháng 12 năm 2019 / 20 tháng 12 năm 2019
    rf"(?:ngày\s+)?(?P<d1>\d{{1,2}})\s+tháng\s+(?P<m1>\d{{1,2}})(?:\s+năm\s+(?P<y1>{_YEAR}))?"
    # 31/3/2024, 15-01-2025, 31.3.2024, 30/6
    rf"|(?:ngày\s+)?(?P<d2>\d{{1,2}})\s*[/.-]\s*(?P<m2>\d{{1,2}})(?:\s*[/.-]\s*(?P<y2>{_YEAR}))?(?![\d/.-]*\d)"
    # 6 tháng đầu năm 2024, 9 tháng đầu năm, 6 tháng cuối năm 2024
    rf"|(?P<hn>6|9|sáu|chín)\s+tháng\s+(?P<hw>đầu|cuối)\s+năm(?:\s+(?P<y3>{_YEAR}))?"
    # nửa đầu năm 2024
    rf"|nửa\s+(?P<nw>đầu|cuối)\s+năm(?:\s+(?P<y4>{_YEAR}))?"
    # tháng 02/2024, tháng 10 năm 2019, tháng 10 tháng 2019, tháng 10
    rf"|tháng\s+(?P<m5>\d{{1,2}})(?:{_SEP_MY}(?P<y5>{_YEAR}))?(?![\d/])"
    # quý III/2024, quý III năm 2024, quý 3-2024, quý I
    rf"|quý\s+(?P<q6>iv|i{{1,3}}|[1-4])(?:{_SEP_MY}(?P<y6>{_YEAR}))?\b"
    # cuối năm 2024, cuối năm
    rf"|cuối\s+năm(?:\s+(?P<y7>{_YEAR}))?"
    # năm 2020
    rf"|năm\s+(?P<y8>{_YEAR})(?![\s]*[-–]\s*{_YEAR})"
    # giai đoạn 2021 - 2025: its last year (after "trong" only, see find_deadlines)
    rf"|(?:giai đoạn|thời kỳ)\s+{_YEAR}\s*[-–]\s*(?P<y9>{_YEAR})"
)

# Phrases without a single computable date.
# "trước Tết Nguyên đán Giáp Thìn", "trước Tết năm 2025": lunar, not computed here
_CAN = r"(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)"
_CHI = r"(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi)"
_LUNAR = (
    rf"trước\s+(?:dịp\s+)?tết(?:\s+nguyên\s+đán)?"
    rf"(?:\s+(?:năm\s+)?(?:{_YEAR}|{_CAN}\s+{_CHI}))?"
)
_RELATIVE = (
    r"(?:trong|trước|chậm nhất)\s+(?:vòng\s+|thời hạn\s+|thời gian\s+)?"
    r"(?:\d+|một|hai|ba|bốn|năm|sáu|mười)\s+"
    r"(?:ngày(?:\s+làm\s+việc)?|tuần|tháng|năm)"
    r"(?:\s+(?:tới|tiếp theo|kể từ ngày[^,;.]{0,40}))?"
)
# "đầu năm 2025", "trước mùa mưa bão", "trước mùa khô": no single date
_VAGUE = (
    rf"(?:giữa|đầu)\s+năm(?:\s+{_YEAR})?"
    r"|trước\s+mùa\s+(?:mưa(?:\s+bão|\s+lũ)?|bão(?:\s+lũ)?|lũ|khô|hanh\s+khô)"
)
_RECURRING = r"thường xuyên|định kỳ|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)"
# a day of every month or quarter: "trước ngày 10 hằng tháng", "chậm nhất ngày 20 của tháng
# cuối quý" (no single date: recurring, its words kept)
_PERIODIC = (
    r"(?:trước|chậm nhất(?: là)?|vào|trong)\s+(?:ngày\s+)?\d{1,2}\s+"
    r"(?:(?:hằng|hàng|mỗi|của mỗi|của các)\s+(?:tháng|quý)|(?:của\s+)?tháng cuối (?:quý|kỳ))"
)

# a year-less day in a recurring phrase is the day of every period, no single date:
# "định kỳ hằng năm (trước ngày 15/11)", "định kỳ 6 tháng (trước ngày 15/6) và năm (trước
# ngày 15/12)", "hằng năm trước ngày 10/12", "trước ngày 15/12 hằng năm"
_EVERY_BEFORE = re.compile(
    rf"(?:(?:{_RECURRING})(?:\s+(?:\d+|sáu|ba)\s+tháng|\s+(?:năm|quý|tháng))?"
    r"(?:\s*,\s*(?:hằng|hàng)\s+(?:năm|quý|tháng))?"
    rf"|(?:{_RECURRING})[^;.]{{0,50}}?\s(?:năm|quý|tháng))\s*\(?\s*$"
)
_EVERY_AFTER = re.compile(r"\s*(?:hằng|hàng)\s+(?:năm|quý|tháng)(?!\w)")
# the words that end it: "(trước ngày 15/6 | và 15/12)", "trước ngày 10/12 | hằng năm"
_EVERY_END = re.compile(
    r"(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?![\d/]))*"
    r"(?:\s*\)|\s*(?:hằng|hàng)\s+(?:năm|quý|tháng)(?!\w))?"
)
# before "đến ngày ...", words that make it the end of a span, not a deadline
# ("tính đến ngày 30/9/2024": a cut-off a figure is measured at)
_SPAN_START = re.compile(
    r"(?:kéo dài|gia hạn|duy trì|từ ngày|từ tháng|tính đến|lũy kế)[^;.]*$|(?<!\w)tính\s*$")
# a past participle before the date qualifies the object, the date is no deadline:
# "các dự án đã hoàn thành rút vốn trong năm 2024", "hồ sơ đã được duyệt trước ngày 1/7"
_PAST_QUALIFIER = re.compile(r"(?<!\w)đã(?:\s+[^\W\d_]+){1,5}\s*$")
# a time inside what must not happen is no deadline: "không để dồn vào cuối năm", "không
# để chậm sang quý III"
_NOT_LETTING = re.compile(r"(?<!\w)không để(?:\s+[^\W\d_]+){0,6}\s*$")
_DEADLINE = re.compile(rf"\b(?P<trig>{_TRIGGER})?(?P<body>{_DATE_ALTS})(?!\w)")
_OTHER = re.compile(
    rf"\b(?:(?P<lunar>{_LUNAR})|(?P<rel>{_RELATIVE})|(?P<vague>{_VAGUE})|(?P<per>{_PERIODIC})"
    rf"|(?P<rec>{_RECURRING}))(?!\w)"
)

# a council's mid-year session meets in July: "tại kỳ họp giữa năm 2023"
_MID_YEAR_SESSION = re.compile(r"^tại\s.*\sgiữa\s*$")
# the one trigger a span's end is a deadline after: "(hoàn thành) trong giai đoạn 2021 - 2025"
_IN_SPAN = re.compile(r"(?<!\w)trong\s*$")

BEFORE_DOCUMENT = "deadline_before_document"
RECURRING = "recurring"
UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class DeadlineMention:
    """A deadline phrase: ``span`` into the text, its words, the ISO end date."""

    span: Span
    text: str
    iso: str | None
    flags: tuple[str, ...] = ()


# --- resolution --------------------------------------------------------------


def _doc_year_month(doc_date: str | None) -> tuple[int | None, int | None, int | None]:
    if not doc_date:
        return None, None, None
    parts = [int(p) for p in re.findall(r"\d+", doc_date)[:3]]
    parts += [None] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    if not (1 <= m <= 12):
        return None
    last = calendar.monthrange(y, m)[1]
    d = last if d is None else d
    if not 1 <= d <= last:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _doc_start(doc_date: str | None) -> str | None:
    y, m, d = _doc_year_month(doc_date)
    if y is None:
        return None
    return f"{y:04d}-{m or 1:02d}-{d or 1:02d}"


def _year_of(m: re.Match[str]) -> int | None:
    """The year a ``_DEADLINE`` match writes, if any."""
    g = m.groupdict()
    return next((int(g[k]) for k in ("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9")
                 if g[k]), None)


def _resolve_match(m: re.Match[str], doc_date: str | None) -> str | None:
    """ISO end date of the period a ``_DEADLINE`` match names."""
    g = m.groupdict()
    year = _year_of(m)
    if g["d1"] or g["d2"]:
        day, month = int(g["d1"] or g["d2"]), int(g["m1"] or g["m2"])
    elif g["hn"]:
        day, month = None, (6 if g["hn"] in ("6", "sáu") else 9) if g["hw"] == "đầu" else 12
    elif g["nw"]:
        day, month = None, 6 if g["nw"] == "đầu" else 12
    elif g["m5"]:
        day, month = None, int(g["m5"])
    elif g["q6"]:
        day, month = None, 3 * _ROMAN[g["q6"]]
    elif g["y8"] and _MID_YEAR_SESSION.search(m.group("trig") or ""):
        day, month = None, 7  # "tại kỳ họp (thường lệ) giữa năm 2023": the July session
    else:  # cuối năm / năm yyyy
        day, month = None, 12
    if year is None:
        dy, dm, _ = _doc_year_month(doc_date)
        if dy is None:
            return None
        year = dy
        iso = _iso(year, month, day)
        start = _doc_start(doc_date)
        # a directive looks forward: "trong quý I" issued in December is next year's
        if iso and start and iso < start and dm is not None:
            year += 1
    before = (m.group("trig") or "").strip() == "trước"
    if before and day is None and (g["m5"] or g["q6"] or g["y8"]):
        # "trước năm 2028", "trước tháng 6/2025", "trước quý III": the period before it ends
        span = 12 if g["y8"] else 3 if g["q6"] else 1
        month -= span
        if month <= 0:
            year, month = year - 1, month + 12
    return _iso(year, month, day)


def _flags(iso: str | None, doc_date: str | None) -> tuple[str, ...]:
    start = _doc_start(doc_date)
    if iso and start and iso < start:
        return (BEFORE_DOCUMENT,)
    return ()


def _not_deadline(folded: str, m: re.Match[str], start: int) -> bool:
    """Whether the words of match ``m`` or those before it make it no deadline."""
    trig = m.group("trig")
    if not trig or (trig.strip() == "ngay" and not (m.group("d1") or m.group("d2"))):
        return True
    if m.group("y9") and not _IN_SPAN.search(trig):
        return True  # "trong giai đoạn 2021 - 2025" ends it; "cho giai đoạn ...", "đến hết ..."
    if "đã" in folded[max(start, m.start() - 40):m.start()] and _PAST_QUALIFIER.search(
            folded, max(start, m.start() - 40), m.start()):
        return True
    if "không để" in folded[max(start, m.start() - 60):m.start()] and _NOT_LETTING.search(
            folded, max(start, m.start() - 60), m.start()):
        return True
    # "kéo dài thời gian giải ngân đến ngày 31/12/2027": an extension's end
    return bool(trig.startswith("đến") and _SPAN_START.search(
        folded, max(start, m.start() - 240), m.start()))


def _add_every(folded: str, m: re.Match[str], every: int, end: int,
               out: list[DeadlineMention], taken: list[tuple[int, int]]) -> None:
    """Add the recurring deadline of "định kỳ …" at ``every``, joined to the one before."""
    # its words from "định kỳ" to the ")" after the day
    e = _EVERY_END.match(folded, m.end(), end).end()
    if out and out[-1].iso is None and out[-1].span.end >= every:
        # "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12)": one
        every = out.pop().span.start
        taken.pop()
    out.append(DeadlineMention(Span(every, e), folded[every:e], None,
                               (RECURRING, UNRESOLVED)))
    taken.append((every, e))


def _other_mentions(folded: str, start: int, end: int,
                    taken: list[tuple[int, int]]) -> list[DeadlineMention]:
    """Deadlines without a date ("hằng năm", "định kỳ") outside those ``taken``."""
    out: list[DeadlineMention] = []
    for m in _OTHER.finditer(folded, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        flags = ((RECURRING,) if m.group("rec") else (RECURRING, UNRESOLVED) if m.group("per")
                 else (UNRESOLVED,))
        out.append(DeadlineMention(Span(m.start(), m.end()), m.group(0), None, flags))
    return out


def find_deadlines(
    folded: str, start: int = 0, end: int | None = None, *, doc_date: str | None = None,
    issued: str | None = None,
) -> list[DeadlineMention]:
    """Deadline phrases in ``folded[start:end]``, in text order.

    ``doc_date`` is the date year-less phrases are read from; ``issued`` the
    document's own date, which a deadline before is flagged (``doc_date`` when
    not given: a plan issued in December reads "trước ngày 15/6" in the year of
    its period, yet its "trước ngày 31/12" of the issuing year is no error).

    ``folded`` is ``Doc.folded`` (or any folded text); spans are absolute.
    A date counts only after a trigger word ("trong năm 2020", "trước ngày
    20/12", "hoàn thành quý III"), so dates of citations ("Nghị quyết số 12
    ngày 5/4/2023") and plan horizons ("đến năm 2030") are not deadlines.
    """
    end = len(folded) if end is None else end
    issued = issued or doc_date
    out: list[DeadlineMention] = []
    taken: list[tuple[int, int]] = []
    for m in _DEADLINE.finditer(folded, start, end):
        if _not_deadline(folded, m, start):
            continue
        trig = m.group("trig")
        iso = _resolve_match(m, doc_date)
        if trig.startswith("tại") and (_flags(iso, issued) or not _year_of(m)):
            # "Nghị quyết … thông qua tại kỳ họp thứ 8 ngày 10/12/2023": a past session;
            # "tại kỳ họp thường lệ cuối năm": which year's is not said
            continue
        # the words of a deadline start at its preposition, not at "hoàn thành"
        s = m.end("verb") if m.group("verb") else m.start()
        every = _every_period(folded, m, start, end)
        if every is not None:
            _add_every(folded, m, every, end, out, taken)
            continue
        mention = DeadlineMention(Span(s, m.end()), folded[s : m.end()], iso, _flags(iso, issued))
        out.append(mention)
        taken.append((s, m.end()))
    out += _other_mentions(folded, start, end, taken)
    out.sort(key=lambda d: d.span.start)
    return out


def _every_period(folded: str, m: re.Match[str], start: int, end: int) -> int | None:
    """Where the recurring words start when a year-less day ("trước ngày 15/11") is the
    day of every period ("định kỳ hằng năm (trước ngày 15/11)"); else None."""
    if not (m.group("d1") or m.group("d2")) or m.group("y1") or m.group("y2"):
        return None
    s = m.end("verb") if m.group("verb") else m.start()
    before = _EVERY_BEFORE.search(folded, max(start, m.start() - 70), m.start())
    if before is not None:
        return before.start()
    return s if _EVERY_AFTER.match(folded, m.end(), end) else None


def resolve_deadline(phrase: str, *, doc_date: str | None = None) -> str | None:
    """ISO end date of the period ``phrase`` names, or ``None``.

    >>> resolve_deadline("trong tháng 02/2024")
    '2024-02-29'
    >>> resolve_deadline("trong quý I", doc_date="2024-11-05")
    '2025-03-31'
    """
    folded = fold(phrase)
    m = _DEADLINE.search(folded)
    if m is None:
        return None
    return _resolve_match(m, doc_date)


def is_recurring(phrase: str) -> bool:
    """True for "thường xuyên", "định kỳ", "hằng quý" ..."""
    return re.search(rf"\b(?:{_RECURRING})\b", fold(phrase)) is not None


# A table cell of time alone: "Quý II/2026", "Năm 2026", "Tháng 6/2026", "2026", "Hằng năm"
_BARE_YEAR = re.compile(rf"(?P<y>{_YEAR})\s*\.?$")
# a span of years: "2022 - 2024", "Giai đoạn 2022-2024" → its last year
_YEAR_SPAN = re.compile(rf"(?:giai đoạn\s+|từ\s+)?{_YEAR}\s*(?:-|–|đến)\s*(?P<y>{_YEAR})\s*\.?$")


def cell_deadline(folded: str, start: int, end: int, *, doc_date: str | None = None,
                  issued: str | None = None) -> DeadlineMention | None:
    """The deadline a table cell of time gives ("Thời gian hoàn thành"): any phrase
    :func:`find_deadlines` reads, else a bare period ("Quý II/2026" → 2026-06-30,
    "Năm 2026" → 2026-12-31, "2026", "2026 - 2028" → 2028-12-31); "Hằng năm",
    "Thường xuyên" stay without a date."""
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1] in " \t\n.;":
        end -= 1
    if start >= end:
        return None
    issued = issued or doc_date
    found = find_deadlines(folded, start, end, doc_date=doc_date, issued=issued)
    dated = [d for d in found if d.iso]
    if dated:
        return dated[-1]
    m = _DEADLINE.match(folded, start, end)
    if m is not None and m.end() == end and not m.group("trig"):
        iso = _resolve_match(m, doc_date)
        return DeadlineMention(Span(start, end), folded[start:end], iso, _flags(iso, issued))
    m = _BARE_YEAR.match(folded, start, end) or _YEAR_SPAN.match(folded, start, end)
    if m is not None:
        iso = f"{m.group('y')}-12-31"
        return DeadlineMention(Span(start, end), folded[start:end], iso, _flags(iso, issued))
    return found[0] if found else None
