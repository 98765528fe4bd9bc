"""The capital of a plan ahead, by source: planned amounts of its span.

A medium-term investment plan (or a resolution on one) lists its capital by
source: "Tổng nguồn vốn đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh
là 98.460 tỷ đồng, gồm:" then "a) Vốn ngân sách trung ương: 38.200 tỷ đồng,
chiếm 38,8%, trong đó vốn nước ngoài (ODA) 4.650 tỷ đồng." Written before the
span begins, these are planned totals (and shares) of the span, not results.
A sentence that estimates ("dự kiến", "ước"), reports ("đã", "đạt") or names
a year outside the span keeps its usual reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract.records import Target
from ktxh.extract.timeframes import find_period_hits, year_of
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc

# --- language data -----------------------------------------------------------

# the sentence opens with the capital it states, after an item mark: "a) Vốn ngân sách
# trung ương: …", "Tổng nguồn vốn đầu tư công trung hạn …", "- Nguồn vốn ngân sách tỉnh …"
_OPENS_WITH_CAPITAL_RE = re.compile(
    r"\s*(?:\(?[a-zđ\d][.)]\s*|[-+•]\s*)?(?:tổng\s)?(?:nguồn\s)?vốn\s")
# what estimates, reports or reviews: not a plan's amount
_NOT_PLANNED_RE = re.compile(
    word_start("dự kiến", "ước", "dự ước", "đã", "đạt", "lũy kế", "thực hiện", "giải ngân",
               "còn lại", "so với") + r"(?![\w])")
# "Dự kiến giải ngân bình quân hằng năm đạt trên 95% kế hoạch vốn được giao": in a plan
# written before its span, a disbursement rate can only be aimed at
_DISBURSED_RE = re.compile(r"giải ngân(?![\w])[^.;]*?\d%?\s?%\s(?:kế hoạch|kh|dự toán)(?![\w])")
# "95% kế hoạch": a rate of the plan, not a growth
_OF_PLAN_AFTER_RE = re.compile(r"\s?%?\s?(?:kế hoạch|kh|dự toán)(?![\w])")
# "10% vốn", "10% tổng vốn": a share of the capital
_SHARE_AFTER_RE = re.compile(r"\s?%?\s?(?:tổng\s)?(?:nguồn\s)?vốn(?![\w])")


def _span_ahead(period: str | None, date: str | None) -> tuple[int, int] | None:
    """The years of a plan's span that begins after the document's date."""
    if not period or "/" not in period or not date:
        return None
    first, last = year_of(period[:4]), year_of(period)
    if first is None or last is None or int(date[:4]) >= first:
        return None
    return first, last


def is_plan_capital(doc: Doc, start: int, end: int, period: str | None,
                    date: str | None) -> bool:
    """Whether the sentence ``[start, end)`` states capital of the plan's span ahead."""
    span = _span_ahead(period, date)
    if span is None or not _OPENS_WITH_CAPITAL_RE.match(doc.folded, start, end):
        return False
    if _NOT_PLANNED_RE.search(doc.folded, start, end):
        return False
    # "gấp 1,8 lần giai đoạn 2021 - 2025" is a base; any other year must lie in the span
    return all(span[0] <= (year_of(h.code[:4]) or 0) and (year_of(h.code) or 0) <= span[1]
               for h in find_period_hits(doc.folded, start, end) if not h.base)


def is_planned_disbursement(doc: Doc, start: int, end: int, period: str | None,
                            date: str | None) -> bool:
    """Whether the sentence ``[start, end)`` of a plan written before its span states
    the share of the plan to disburse: "Dự kiến giải ngân … đạt trên 95% kế hoạch vốn"."""
    return (_span_ahead(period, date) is not None
            and _DISBURSED_RE.search(doc.folded, start, end) is not None)


def is_capital_share(folded: str, value_end: int) -> bool:
    """Whether the percentage ending at ``value_end`` is a share of capital:
    "dành tối thiểu 10% vốn ngân sách địa phương cho …"."""
    return _SHARE_AFTER_RE.match(folded, value_end) is not None


def as_capital(doc: Doc, targets: list[Target], span_code: str | None,
               planned: bool) -> list[Target]:
    """``targets`` of one sentence with capital made the span's: in a sentence of the plan's
    capital (``planned``) an amount is a total and a percentage a share of the span;
    elsewhere "dành tối thiểu 10% vốn … cho …" (a share of capital dated only by the
    span's last year) becomes a share of the span."""
    if not span_code or "/" not in span_code:
        return targets
    last = str(year_of(span_code))
    out = []
    for t in targets:
        pct = t.unit == "%"
        share = pct and t.value_span is not None and is_capital_share(doc.folded,
                                                                     t.value_span.end)
        if (pct and t.kind == "growth_avg" and t.value_span is not None
                and _OF_PLAN_AFTER_RE.match(doc.folded, t.value_span.end)):
            t = replace(t, kind="rate", period=span_code)  # "bình quân hằng năm đạt 95% kế hoạch"
        elif planned and t.kind == "level" and not pct:
            t = replace(t, kind="total", period=span_code)
        elif (planned or share) and pct and t.kind in ("rate", "share") and (
                planned or t.period in (last, span_code)):
            t = replace(t, kind="share", period=span_code)
        out.append(t)
    return out
