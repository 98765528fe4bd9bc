"""Checks on years and periods that cannot be right in context.

- a quarter, month or date that does not exist ("quý V", "31/11/2024");
- a year after the document's own year reported as achieved ("năm 2026 đã
  đạt ..." in a 2024 report);
- a body heading that reports on another period than the title
  ("Tình hình thực hiện quý II" under a title for quý I).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ktxh.extract.records import Extraction
from ktxh.monitor.findings import ERROR, WARNING, Finding
from ktxh.monitor.periods import parse_period
from ktxh.monitor.sentences import sentences
from ktxh.text.model import BlockKind, Doc, Span

# --- language data -----------------------------------------------------------

BAD_QUARTER = re.compile(r"(?<!\w)quý\s+(?P<q>v|vi|vii|viii|ix|x|[5-9]|0)(?![\w/])")
BAD_MONTH = re.compile(r"(?<!\w)tháng\s+(?P<m>1[3-9]|[2-9]\d)\s*(?:/|năm)\s*(?:19|20)\d{2}")
# "31/11/2024", "ngày 30 tháng 02 năm 2024": checked against the calendar.
NUMERIC_DATE = re.compile(
    r"(?<![\d/.,])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})(?![\d/])"
    r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2})"
)
YEAR = re.compile(r"(?<!\w)năm\s+(?P<y>(?:19|20)\d{2})(?![\d/])")
# Words of an achieved result, and words that make a year a plan or forecast.
ACHIEVED = re.compile(r"(?<!\w)(?:đã đạt|đạt được|đã hoàn thành|đã thực hiện|kết quả đạt)(?!\w)")
FUTURE = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|dự báo|đến năm|định hướng|tầm nhìn|sẽ|"
    r"chỉ tiêu|nhiệm vụ|giai đoạn|trước năm|từ năm|đề ra|ước)(?!\w)"
)
REPORTING_HEADING = re.compile(r"(?<!\w)(?:tình hình|kết quả)(?!\w)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD_PHRASES = re.compile(
    r"(?<!\w)(?:quý\s+(?P<q>iv|i{1,3}|[1-4])(?:\s*(?:/|-|năm)\s*(?P<qy>(?:19|20)\d{2}))?"
    r"|(?P<h>6|sáu)\s+tháng\s+đầu\s+năm(?:\s+(?P<hy>(?:19|20)\d{2}))?"
    r"|(?P<n>9|chín)\s+tháng(?:\s+đầu)?\s+năm(?:\s+(?P<ny>(?:19|20)\d{2}))?"
    r"|tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<my>(?:19|20)\d{2})"
    r"|năm\s+(?P<y>(?:19|20)\d{2}))(?![\w/])"
)


def period_of_phrase(folded: str) -> str | None:
    """The first period a folded title or heading names, as a period code.

    A quarter or half-year without its own year takes the next year named.

    >>> period_of_phrase("tình hình thực hiện quý i, nhiệm vụ quý ii năm 2017")
    '2017-Q1'
    >>> period_of_phrase("báo cáo 6 tháng đầu năm 2024")
    '2024-H1'
    """
    matches = list(_PERIOD_PHRASES.finditer(folded))
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", folded)]
    for m in matches:
        g = m.groupdict()
        year_text = g["qy"] or g["hy"] or g["ny"] or g["my"] or g["y"]
        year = int(year_text) if year_text else next(
            (y for y in years if folded.find(str(y), m.end()) >= 0), None)
        if year is None:
            continue
        if g["q"]:
            return f"{year}-Q{_ROMAN[g['q']]}"
        if g["h"]:
            return f"{year}-H1"
        if g["n"]:
            return f"{year}-M9"
        if g["m"] and 1 <= int(g["m"]) <= 12:
            return f"{year}-{int(g['m']):02d}"
        if g["y"]:
            return str(year)
    return None


def _bad_calendar(doc: Doc) -> Iterator[Finding]:
    folded = doc.folded
    for m in BAD_QUARTER.finditer(folded):
        yield Finding("invalid_period", ERROR,
                      f"Không có \"{doc.text[m.start():m.end()]}\": một năm chỉ có 4 quý.",
                      (Span(m.start(), m.end()),))
    for m in BAD_MONTH.finditer(folded):
        yield Finding("invalid_period", ERROR,
                      f"Không có tháng {m['m']}.", (Span(m.start(), m.end()),))
    for m in NUMERIC_DATE.finditer(folded):
        d, mo, y = (int(m[k] or m[k + "2"]) for k in ("d", "m", "y"))
        try:
            date(y, mo, d)
        except ValueError:
            yield Finding("invalid_date", ERROR,
                          f"Ngày không tồn tại: \"{doc.text[m.start():m.end()]}\".",
                          (Span(m.start(), m.end()),))


def _future_years(doc: Doc, doc_year: int) -> Iterator[Finding]:
    folded = doc.folded
    for s, e, _ in sentences(doc):
        if not ACHIEVED.search(folded, s, e) or FUTURE.search(folded, s, e):
            continue
        for m in YEAR.finditer(folded, s, e):
            if int(m["y"]) > doc_year:
                yield Finding("future_year_achieved", WARNING,
                              f"Năm {m['y']} sau năm ban hành văn bản ({doc_year}) nhưng được "
                              "nêu như kết quả đã đạt.", (Span(m.start(), m.end()),))


def _title_period(doc: Doc, extraction: Extraction) -> str | None:
    meta = extraction.document
    if meta.period:
        return meta.period
    if meta.title:
        return period_of_phrase(meta.title.lower())
    for block in doc.blocks[:12]:
        if block.kind is BlockKind.HEADING:
            code = period_of_phrase(doc.folded[block.span.start : block.span.end])
            if code:
                return code
    return None


def _heading_periods(doc: Doc, title: str) -> Iterator[Finding]:
    want = parse_period(title)
    if want is None or want.kind == "span":
        return
    seen_title = False
    for block in doc.blocks:
        if block.kind is not BlockKind.HEADING:
            continue
        text = doc.folded[block.span.start : block.span.end]
        code = period_of_phrase(text)
        if not seen_title and code == title:
            seen_title = True  # the title block itself
            continue
        if code is None or not REPORTING_HEADING.search(text) or FUTURE.search(text):
            continue
        got = parse_period(code)
        if got and got.kind == want.kind and got.code != want.code:
            yield Finding("period_mismatch", WARNING,
                          f"Tiêu đề báo cáo kỳ {title} nhưng mục này báo cáo kỳ {code}.",
                          (block.span,))


def check_periods(doc: Doc, extraction: Extraction, doc_date: str | None) -> list[Finding]:
    out = list(_bad_calendar(doc))
    if doc_date and doc_date[:4].isdigit():
        out.extend(_future_years(doc, int(doc_date[:4])))
    title = _title_period(doc, extraction)
    if title:
        out.extend(_heading_periods(doc, title))
    return out
