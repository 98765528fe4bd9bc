"""The amount of a plan named right after a share of it: "đạt 36,9% kế hoạch vốn năm
(260 tỷ đồng)", "bằng 104,3% dự toán tỉnh giao (148 tỷ đồng)", "đạt 64,2% kế hoạch vốn
năm 2020 là 240 tỷ đồng". The amount is the plan's, of the plan's year, not a result
of the measure the sentence opens with."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "% kế hoạch vốn năm (", "% dự toán Hội đồng nhân dân tỉnh giao (", "% kế hoạch vốn
# năm 2020 là ", "% dự toán năm (dự toán ": the words of the plan, then a bracket (which
# may name the plan again) or "là", right before the amount
_PLAN_BEFORE = re.compile(
    r"%\s(?P<plan>(?:kế hoạch|dự toán)(?:\s(?:[^\W\d]+|(?:19|20)\d\d)){0,9}?)"
    r"(?:\s?\(\s?(?:(?:kế hoạch|dự toán)\s)?|\slà\s)$")
_YEAR = re.compile(r"\s((?:19|20)\d\d)$")
_REACH = 90


@dataclass(frozen=True, slots=True)
class PlanAmount:
    """The plan an amount belongs to: its words as written ("kế hoạch vốn năm") and
    the year it names, if any ("2020")."""

    name: str
    year: str | None


def plan_amount(text: str, folded: str, start: int, clause_start: int) -> PlanAmount | None:
    """The plan whose amount the number at ``start`` is, else None."""
    if start < 3 or folded[start - 1] not in "( ":
        return None
    m = _PLAN_BEFORE.search(folded, max(clause_start, start - _REACH), start)
    if m is None:
        return None
    name = text[m.start("plan") : m.end("plan")]
    year = _YEAR.search(name)
    if year:
        name = name[: year.start()]
    return PlanAmount(" ".join(name.split()), year.group(1) if year else None)


def named_after_plan(plan: PlanAmount, indicator: str) -> str:
    """"dự toán tỉnh giao" of "Tổng thu ngân sách" → "dự toán tỉnh giao tổng thu ngân
    sách": the plan of the measure the sentence is about."""
    if not indicator or indicator.lower() in plan.name.lower():
        return plan.name
    return f"{plan.name} {indicator[:1].lower()}{indicator[1:]}"


# "kế hoạch giao 3.150 tỷ đồng", "kế hoạch vốn được giao …", "dự toán tỉnh giao …": a plan
# assigned, named bare before its amount
_GIVEN_PLAN = re.compile(
    r"(?:tổng )?(?:kế hoạch|dự toán)(?: vốn)?(?: (?:năm|được|đã|tỉnh|huyện|trung ương))*"
    r" giao")


def is_given_plan(indicator: str) -> bool:
    """Whether ``indicator`` names only a plan assigned ("kế hoạch giao"): its amount is of
    the plan's year, not of the months a report counts."""
    return _GIVEN_PLAN.fullmatch(indicator.lower()) is not None
