"""Pace of the annual plan: a share of the plan reached against the share
of the year gone.

"Tổng thu ngân sách quý I ước đạt 2.380 tỷ đồng, bằng 28,3% dự toán": after
one quarter, 25% of the year has gone. The comparison is crude (budget
revenue and farm output are seasonal), so it only grades the pace; it does
not replace the targets of :mod:`ktxh.monitor.targets`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ktxh.monitor.catalog import Indicator
from ktxh.monitor.findings import vn_number
from ktxh.monitor.periods import parse_period
from ktxh.monitor.series import SeriesPoint
from ktxh.monitor.targets import AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK

# A pace at or above this share of the time gone is "at risk", below it "off track".
AT_RISK_PACE = 0.9
_LABELS = {"quarter": "Quý {q}/{y}", "half": "6 tháng đầu năm {y}", "months": "{n} tháng năm {y}",
           "year": "Năm {y}"}


@dataclass(frozen=True, slots=True)
class Pace:
    status: str
    reasoning: str
    reached: float | None = None  # % of the plan
    expected: float | None = None  # % of the year gone


def _elapsed(code: str) -> tuple[float, str] | None:
    """Share of the year a cumulative period covers, and how to name it."""
    p = parse_period(code)
    if p is None or p.start.month != 1 or p.kind not in _LABELS:
        return None  # quarters after the first are not cumulative
    months = p.end.month
    name = _LABELS[p.kind].format(y=p.end.year, q="I", n=months)
    return months / 12 * 100, name


def plan_pace(point: SeriesPoint, indicator: Indicator | None = None) -> Pace:
    """Grade a ``pct_of_plan`` point against the share of the year gone."""
    if point.kind != "pct_of_plan":
        return Pace(NO_DATA, "Không phải số liệu so với kế hoạch.")
    elapsed = _elapsed(point.period)
    if elapsed is None or (indicator is not None and indicator.lower_is_better):
        return Pace(NO_DATA, "Không so được với tiến độ thời gian.", point.value)
    expected, name = elapsed
    text = (f"{name} đạt {vn_number(point.value)}% kế hoạch năm; tiến độ thời gian "
            f"{vn_number(expected, 0)}%.")
    if point.value >= expected:
        status = ON_TRACK
    elif point.value >= expected * AT_RISK_PACE:
        status = AT_RISK
    else:
        status = OFF_TRACK
    return Pace(status, text, point.value, expected)
