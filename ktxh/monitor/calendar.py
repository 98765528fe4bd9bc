"""The reporting calendar: data windows of periodic reports and period checks.

Nghị định 09/2019/NĐ-CP, Điều 12 (thời gian chốt số liệu báo cáo định kỳ):

- monthly: from the 15th of the previous month to the 14th of the month;
- quarterly: from the 15th of the month before the quarter to the 14th of
  the quarter's last month (Q1: 15/12 of the previous year – 14/3);
- 6-month: from 15/12 of the previous year to 14/6;
- annual: from 15/12 of the previous year to 14/12.

A 9-month (or first-N-months) report follows the 6-month rule: 15/12 of the
previous year to the 14th of month N. Due dates are not fixed by the decree
(each reporting regime sets them); ktxh/data/report_calendar.json may set a
day of the month after the window closes.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import cache
from importlib import resources

from ktxh.extract.records import DocumentMeta
from ktxh.monitor.findings import ERROR, INFO, WARNING, Finding
from ktxh.monitor.periods import parse_date, parse_period
from ktxh.text.normalize import fold

CUTOFF_DAY = 14  # the window closes on the 14th; the next opens on the 15th

# --- language data: what a title says about the kind of period -------------
TITLE_KINDS = (
    (re.compile(r"(?<!\w)(?:6|sáu)\s+tháng(?!\w)"), ("half", "months")),
    (re.compile(r"(?<!\w)(?:9|chín)\s+tháng(?!\w)"), ("months",)),
    (re.compile(r"(?<!\w)quý(?!\w)"), ("quarter",)),
    (re.compile(r"(?<!\w)tháng\s+\d{1,2}(?!\d)"), ("month",)),
)
REPORT_TYPES = ("bao_cao",)


def _window_start(year: int, month: int) -> date:
    """The 15th of the month before (year, month)."""
    return date(year - 1, 12, 15) if month == 1 else date(year, month - 1, 15)


def expected_window(period_code: str) -> tuple[date, date] | None:
    """Data window (first day, last day) of the periodic report for a period.

    >>> expected_window("2024-Q1")
    (datetime.date(2023, 12, 15), datetime.date(2024, 3, 14))
    >>> expected_window("2024-H1")
    (datetime.date(2023, 12, 15), datetime.date(2024, 6, 14))
    """
    p = parse_period(period_code)
    if p is None:
        return None
    y, m = p.end.year, p.end.month
    close = date(y, m, CUTOFF_DAY)
    if p.kind == "month":
        return _window_start(y, m), close
    if p.kind == "quarter":
        return _window_start(y, p.start.month), close
    if p.kind in ("year", "half", "months") and p.start.month == 1:
        return date(y - 1, 12, 15), close
    return None


@cache
def _calendar() -> dict[str, dict]:
    raw = resources.files("ktxh.data").joinpath("report_calendar.json").read_text("utf-8")
    return {r["kind"]: r for r in json.loads(raw)["reports"]}


def due_date(period_code: str) -> date | None:
    """Date the report is due, when the calendar data sets one."""
    p, window = parse_period(period_code), expected_window(period_code)
    if p is None or window is None:
        return None
    day = _calendar().get(p.kind, {}).get("due_day_of_month_after_window")
    if not day:
        return None
    close = window[1]
    return close + timedelta(days=day - close.day) if day >= close.day else None


def check_period(meta: DocumentMeta) -> list[Finding]:
    """A report's stated period against the calendar and its own title."""
    span = tuple(s for s in (meta.spans.get("period") or meta.spans.get("date"),) if s)
    out: list[Finding] = []
    if meta.period and parse_period(meta.period) is None:
        return [Finding("invalid_period", ERROR, f"Kỳ báo cáo \"{meta.period}\" không hợp lệ.",
                        span)]
    p = parse_period(meta.period)
    if p is not None and meta.title and meta.type in REPORT_TYPES:
        out.extend(_title_kind(meta, p.kind, span))
    issued = parse_date(meta.date) if meta.date and len(meta.date) == 10 else None
    window = expected_window(meta.period) if meta.period else None
    if p is None or issued is None or meta.type not in REPORT_TYPES:
        return out
    if issued < p.start and (window is None or issued < window[0]):
        out.append(Finding("report_before_period", ERROR,
                           f"Báo cáo ngày {meta.date} cho kỳ {meta.period} chưa bắt đầu.", span))
    elif window is not None and issued < window[1]:
        # common practice (reports for a council session use estimates), so: info
        out.append(Finding("report_before_cutoff", INFO,
                           f"Báo cáo ngày {meta.date} trước khi kỳ số liệu {meta.period} khép lại "
                           f"({window[1]:%d/%m/%Y}); số liệu phần còn lại của kỳ là ước tính.",
                           span))
    return out


def _title_kind(meta: DocumentMeta, kind: str, span) -> list[Finding]:
    """The period's kind against the kinds the title names; a title may name two
    ("quý III và 9 tháng năm 2024"): the period is of either."""
    title = fold(meta.title or "")
    said = [(m, kinds) for pattern, kinds in TITLE_KINDS if (m := pattern.search(title))]
    if not said or any(kind in kinds for _, kinds in said):
        return []
    return [Finding("period_kind_mismatch", WARNING,
                    f"Tiêu đề nói \"{said[0][0].group(0)}\" nhưng kỳ báo cáo là {meta.period}.",
                    span)]
