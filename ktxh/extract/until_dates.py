"""Cumulative periods told by the day they run to: "(tính) đến (hết) ngày D/M/Y".

"Tính đến ngày 31/10/2025", "từ đầu năm 2025 đến ngày 31/10/2025", "lũy kế đến
31/3/2025", "đến hết tháng 11/2024", "đến ngày 30 tháng 6 năm 2025" give the
months of the year gone by that day: "2025-M10" (3 months → "Q1", 6 → "H1", 12 →
the year, as the shared conventions do for "giải ngân đến 31/3/2025"). Not
periods: a deadline ("hoàn thành đến ngày 31/12/2025", "kéo dài đến tháng
6/2026") and a span that does not open with the year ("từ ngày 15/7/2025 đến
ngày 30/9/2025"). Used by :mod:`ktxh.extract.timeframes`.
"""

from __future__ import annotations

import re

# --- language data -----------------------------------------------------------

_Y = r"(?:19|20)\d\d"
# "đến (hết | cuối) (ngày | thời điểm) D/M/Y", "đến ngày D tháng M năm Y", "đến (hết) tháng
# M/Y": one pattern for each leading word, so that it opens with a literal (a fast scan)
_TAIL = (
    r" (?:hết |cuối )?(?:(?:ngày |thời điểm |ngày hết )?(?:"
    rf"(?P<d>\d{{1,2}})\s?/\s?(?P<m>\d{{1,2}})\s?/\s?(?P<y>{_Y})"
    rf"|(?P<d2>\d{{1,2}}) tháng (?P<m2>\d{{1,2}}) năm (?P<y2>{_Y}))"
    rf"|tháng (?P<m3>\d{{1,2}})(?:\s?/\s?| năm )(?P<y3>{_Y}))(?![\d/]|[.,]\d)"
)
_UNTIL = tuple(re.compile(f"{w}(?<![\\w]{w})" + _TAIL) for w in ("đến", "tới"))
# what may open the phrase before "đến": "từ đầu năm (2025)", "tính"
_OPENING = re.compile(rf"(?:từ đầu năm (?:{_Y} )?|tính )$")
# "hoàn thành đến ngày 31/12/2025", "kéo dài đến tháng 6/2026": a deadline, not a period
_DEADLINE = re.compile(
    r"(?:hoàn thành|hoàn tất|kéo dài|gia hạn|thời hạn|hạn chót|chậm nhất|hiệu lực|xong"
    r"|phấn đấu|dự kiến|chuyển)\s$"
)
# "từ ngày 15/7/2025 đến ngày 30/9/2025", "từ tháng 7 đến hết tháng 9/2025"
_SINCE = re.compile(
    r"từ (?:ngày )?(?:(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})|tháng (?P<m2>\d{1,2}))"
    rf"(?:\s?/\s?{_Y}| năm {_Y})?\s$"
)
_CODES = {3: "Q1", 6: "H1"}


def find_until(folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of each "đến ngày D/M/Y" phrase of ``folded[start:end]``."""
    out = []
    for pattern in _UNTIL:
        for m in pattern.finditer(folded, start, end):
            opening = _OPENING.search(folded, max(start, m.start() - 20), m.start())
            at = opening.start() if opening else m.start()
            code = _code(folded, m, at)
            if code is not None:
                out.append((at, m.end(), code))
    out.sort()
    return out


def _code(folded: str, m: re.Match[str], at: int) -> str | None:
    lo = max(0, at - 24)
    deadline = _DEADLINE.search(folded, lo, at)
    if deadline and not (deadline.group().startswith("dự kiến")
                         and folded.startswith(",", m.end())):
        return None  # not "Dự kiến đến ngày 30/9/2024, giải ngân đạt …": a forecast to that day
    since = _SINCE.search(folded, lo, at)
    if since and (int(since.group("m") or since.group("m2")) != 1
                  or int(since.group("d") or 1) != 1):
        return None
    if m.group("m3"):
        month, year = int(m.group("m3")), m.group("y3")
    else:
        month, year = int(m.group("m") or m.group("m2")), m.group("y") or m.group("y2")
        if int(m.group("d") or m.group("d2")) == 1:
            month -= 1  # "đến ngày 01/11/2025": October is the last month gone by
    if not 1 <= month <= 12:
        return None
    return year if month == 12 else f"{year}-{_CODES.get(month, f'M{month}')}"
