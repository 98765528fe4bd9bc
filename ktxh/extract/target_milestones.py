"""Milestones: a share aimed at by a date to come, cumulative to that date.

"Các chủ đầu tư …, bảo đảm đến ngày 30/6/2025 giải ngân đạt tối thiểu 40% kế
hoạch vốn; đến ngày 30/9/2025 đạt tối thiểu 70%; đến ngày 31/12/2025 đạt trên
95%" in a công văn of 12/6/2025 sets three targets, each for the time from the
start of the year to its date: 2025-H1, 2025-M9 and 2025 (a date in March is
the first quarter, in June the half-year, in September the first nine months,
in December the year, in another month the first months to it: "2025-M7").
Each ";"-part that opens with its own "đến ngày D" is one more milestone.

Not milestones: a date passed ("Tính đến hết ngày 31/5/2025, toàn tỉnh giải
ngân được …" in a letter of June), what is done ("đến ngày 30/11 đã giải
ngân …"), a number not reached for ("đến ngày 30/6 còn 12 hộ chưa bàn giao"),
an estimate ("dự kiến đến ngày 30/6/2025 giải ngân đạt khoảng 40%").
"""

from __future__ import annotations

import re

from ktxh.extract.quantities import Reading
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc

# --- language data -----------------------------------------------------------

# "đến ngày 30/6/2025", "đến hết ngày 30/9/2025", "tới ngày 31/12", "đến 30/9/2025" (folded)
MILESTONE_RE = re.compile(
    word_start("đến", "tới")
    + r"\s(?:hết\s)?(?:(?P<day_word>ngày)\s)?(\d{1,2})\s?/\s?(\d{1,2})"
    r"(?:\s?/\s?((?:19|20)\d\d))?(?![\d/])"
)
# between the date and its number: the work and the aim ("giải ngân đạt tối thiểu")
_AIM_AFTER_RE = re.compile(r"(?<![\w])(?:đạt|lên|ít nhất|tối thiểu)(?![\w])")
_DONE_RE = re.compile(word_start("đã", "còn", "mới", "chưa") + r"(?![\w])")
# an aim said before the first date, needed when the document's date is unknown
_CUE_RE = re.compile(word_start("phấn đấu", "bảo đảm", "đảm bảo", "yêu cầu") + r"(?![\w])")
_CLAUSE_BREAK_RE = re.compile(r"[,;]\s")
# an estimate, not an aim: "dự kiến đến ngày 30/6/2025 giải ngân đạt khoảng 40%", "ước đến …"
_ESTIMATE_RE = re.compile(word_start("dự kiến", "ước", "dự ước", "ước tính") + r"(?![\w])")
_MONTH_CODES = {3: "Q1", 6: "H1", 9: "M9"}


def _iso(m: re.Match[str], year: int | None) -> str | None:
    """The date of a match; "đến ngày 30/9" takes ``year`` (the milestone's
    before it, else the document's); without "ngày" the year must be written."""
    if m.group(4):
        year = int(m.group(4))
    elif not m.group("day_word"):
        return None
    day, month = int(m.group(2)), int(m.group(3))
    if year is None or not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _dates(folded: str, start: int, end: int, date: str | None
           ) -> list[tuple[re.Match[str], str]]:
    """The milestone dates of ``[start, end)`` with their ISO dates."""
    year = int(date[:4]) if date else None
    out = []
    for m in MILESTONE_RE.finditer(folded, start, end):
        iso = _iso(m, year)
        if iso is not None:
            out.append((m, iso))
            year = int(iso[:4])
    return out


def cumulative_code(iso: str) -> str:
    """ "2025-06-30" → "2025-H1", "2025-09-30" → "2025-M9", "2025-12-31" → "2025";
    "2026-01-31" → "2025": the capital plan of a year is disbursed until 31
    January of the next ("đến ngày 31/01/2026 giải ngân 100% kế hoạch vốn")."""
    year, month = iso[:4], int(iso[5:7])
    if month == 1:
        return str(int(year) - 1)
    if month == 12:
        return year
    return f"{year}-{_MONTH_CODES.get(month, f'M{month}')}"


def _passed(iso: str, date: str | None) -> bool:
    """Whether the date ``iso`` is not after the document's ``date`` (of any
    precision: "2025-11" for "ngày   tháng 11 năm 2025")."""
    if not date:
        return False
    if len(date) >= 10:
        return iso <= date[:10]
    return iso[: len(date)] < date


def _part_end(folded: str, pos: int, end: int) -> int:
    i = folded.find(";", pos, end)
    return end if i < 0 else i


def milestone_from(doc: Doc, start: int, end: int, date: str | None) -> int | None:
    """Start of the clause of the first milestone of the sentence ``[start,
    end)`` (see the module docstring), None when it has none. ``date`` is the
    document's (ISO); without one, an aim word must stand before the date."""
    folded = doc.folded
    for m, iso in _dates(folded, start, end, date):
        if _passed(iso, date):
            continue  # "Tính đến ngày 31/10/2025, …" in a report of November
        if not date and not _CUE_RE.search(folded, start, m.start()):
            continue
        stop = _part_end(folded, m.end(), end)
        between = folded[m.end() : stop]
        if _DONE_RE.search(between) or not _AIM_AFTER_RE.search(between):
            continue
        if not re.search(r"\d", between):
            continue
        best = start
        for b in _CLAUSE_BREAK_RE.finditer(folded, start, m.start()):
            best = b.end()
        if _ESTIMATE_RE.search(folded, best, m.start()):
            continue
        return best
    return None


_LEAD_CUE_RE = re.compile(r"^(?:phấn đấu|bảo đảm|đảm bảo)\s+", re.IGNORECASE)


def milestone_name(indicator: str) -> str:
    """ "bảo đảm giải ngân" → "giải ngân": the aim word names nothing."""
    return _LEAD_CUE_RE.sub("", indicator) or indicator


def milestone_period(doc: Doc, r: Reading, start: int, date: str | None) -> str | None:
    """The cumulative period of the milestone that the reading ``r`` (of the
    sentence opening at ``start``) is aimed at: the last "đến ngày D" before
    it in its ";"-part, else None."""
    folded = doc.folded
    part = max(start, folded.rfind(";", start, r.q.start) + 1)
    found = None
    for m, iso in _dates(folded, start, r.q.start, date):
        if m.start() >= part and not _passed(iso, date):
            found = iso
    return cumulative_code(found) if found else None
