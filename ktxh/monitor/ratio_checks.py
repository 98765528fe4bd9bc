"""Ratios that do not match the amounts they state.

- "giải ngân 745,2/4.120 tỷ đồng, đạt 19,1%" (745,2/4.120 = 18,09%);
- "đạt 1.250 tỷ đồng, bằng 27% dự toán (4.800 tỷ đồng)";
- "bàn giao 152,47/639,68 ha, tương đương 15,4km/60km, đạt X%": X must match
  one of the two fractions;
- a total named "tổng" and one part in the clause: "tổng diện tích 6.820 ha,
  đã cho thuê 4.915 ha, tỷ lệ lấp đầy đạt 74,1%" (a warning);
- a plan total stated alone in the sentence before: "Tổng vốn ... là 2.036,21
  tỷ đồng. ... ước đạt 408,93 tỷ đồng, bằng 20,18% kế hoạch" (a warning; not
  an actual with its own ratio there: "ước đạt 16.450 ha, bằng 52,3% kế hoạch.").

Tolerance: half a unit of the printed %'s last digit, plus
:data:`RATIO_SLACK_POINTS`, plus what rounding the amounts can move the ratio.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.check_patterns import (
    CHANGE_BEFORE,
    OF_PLAN,
    OTHER_BASE,
    PARTS_MARKER,
    PLAN_TOTAL,
    RATIO_WORDS,
    TOTAL_WORD,
)
from ktxh.monitor.findings import ERROR, WARNING, Finding, vn_number
from ktxh.text.model import Span

# Ratio tolerance: rounding of the printed precision plus this many points.
RATIO_SLACK_POINTS = 0.05
# An implicit base (a plan total stated alone in the sentence before) is only
# compared when it explains the stated % to within this many points; a wider
# gap means the % is of another base.
IMPLICIT_BASE_WINDOW = 5.0


# words that may stand between the comma and "đạt" with the fraction still the subject
_FILLER = frozenset(("ước", "mới", "chỉ", "đã", "cơ", "bản", "lũy", "kế", "và", "tổng", "cộng"))


def top_amounts(amounts: Iterable[Amount]) -> list[Amount]:
    return [a for a in amounts if a.unit != "%" and not a.in_parens and a.of is None]


def ratio_tol(pct: Amount, part: Amount | None = None, whole: Amount | None = None) -> float:
    """Rounding of the printed % plus :data:`RATIO_SLACK_POINTS`, plus what
    the rounding of the two amounts can move their ratio."""
    tol = pct.half_ulp + RATIO_SLACK_POINTS
    if part is not None and whole is not None and part.base_value and whole.base_value:
        ratio = part.base_value / whole.base_value * 100
        tol += ratio * (part.half_ulp / part.base_value + whole.half_ulp / whole.base_value)
    return tol


def percent(a: Amount, b: Amount) -> float:
    return a.base_value / b.base_value * 100 if b.base_value else float("inf")


def ratio_findings(folded: str, start: int, end: int) -> Iterator[Finding]:
    """"A/B ha, đạt C%" and "A tỷ đồng, bằng C% dự toán (B tỷ đồng)"."""
    pos = start
    for clause_end in [m.start() for m in re.finditer(";", folded[start:end])] + [end - start]:
        cs, ce = pos, start + clause_end
        pos = ce + 1
        if "%" not in folded[cs:ce]:
            continue
        amounts = find_amounts(folded[cs:ce], cs)
        for k, pct in enumerate(amounts):
            if pct.unit != "%" or pct.in_parens:
                continue
            if not RATIO_WORDS.search(folded, max(cs, pct.start - 20), pct.start):
                continue
            # only what was stated since the previous percentage
            last_pct = max((j for j in range(k) if amounts[j].unit == "%"), default=-1)
            before = [a for a in amounts[last_pct + 1 : k] if a.unit != "%"]
            fractions = [a for a in before if a.of is not None]
            if fractions and OTHER_BASE.match(folded, pct.end) and not (
                fractions[-1].base_unit == "đồng" and OF_PLAN.match(folded, pct.end)
            ):
                # "85/181 xã, đạt 96% kế hoạch năm": the % is of the plan, not 181;
                # "đạt 745/4.120 tỷ đồng, đạt 18% kế hoạch vốn": 4.120 is the plan.
                continue
            if fractions and _new_subject(folded, fractions[-1].end, pct.start):
                continue  # "bàn giao 142,5/168 ha, khối lượng thi công đạt 38%": another thing
            if fractions:
                yield from _check_fractions(fractions, pct)
                continue
            after = amounts[k + 1 : k + 2]
            if (before and after and after[0].in_parens
                    and after[0].base_unit == before[-1].base_unit
                    and not CHANGE_BEFORE.search(folded, pct.end, after[0].start)):
                yield from _check_pair(before[-1], after[0], pct, ERROR)
            elif len(before) >= 2 and not OTHER_BASE.match(folded, pct.end):
                yield from _stated_total(folded, cs, before, pct)


def _stated_total(folded: str, start: int, before: list[Amount],
                  pct: Amount) -> Iterator[Finding]:
    """"tổng diện tích 6.820 ha, đã cho thuê 4.915 ha, tỷ lệ lấp đầy đạt 74,1%":
    the one later amount of the total's unit over the total named "tổng". A
    warning: the % may be an average over units ("bình quân") or of another base."""
    prev_end = start
    for i, whole in enumerate(before):
        if TOTAL_WORD.search(folded, prev_end, whole.start) and not whole.in_parens:
            same = [a for a in before[i + 1 :] if a.base_unit == whole.base_unit]
            if (len(same) == 1 and same[0].base_value <= whole.base_value
                    and not same[0].in_parens
                    and not CHANGE_BEFORE.search(folded, whole.end, same[0].start)
                    and not PARTS_MARKER.search(folded, whole.end, same[0].start)):
                yield from _check_pair(same[0], whole, pct, WARNING, " (tổng nêu trước)")
            return
        prev_end = whole.end


def _new_subject(folded: str, after: int, pct_start: int) -> bool:
    """Whether the words after the last comma between a fraction and its % name
    something else before the verb: "…, khối lượng thi công đạt 38%" (not "…, đạt",
    "…, ước đạt", "…, tỷ lệ giải ngân đạt")."""
    between = folded[after:pct_start]
    comma = between.rfind(",")
    if comma < 0:
        return False
    words = RATIO_WORDS.sub("", between[comma + 1 :]).strip()
    return bool(words) and not words.startswith("tỷ lệ") and not all(
        w in _FILLER for w in words.split())


def _check_fractions(fractions: list[Amount], pct: Amount) -> Iterator[Finding]:
    computed = [percent(f, f.of) for f in fractions]
    if any(abs(c - pct.value) <= ratio_tol(pct, f, f.of)
           for f, c in zip(fractions, computed, strict=True)):
        return
    spans = (Span(fractions[0].start, pct.end),)
    stated = vn_number(pct.value)
    if len(fractions) == 1:
        f = fractions[0]
        msg = (f"Tỷ lệ {stated}% không khớp với {vn_number(f.value)}/{vn_number(f.of.value)} "
               f"{f.of.shown_unit} = {vn_number(computed[0])}%.")
        yield Finding("ratio_mismatch", ERROR, msg, spans)
    else:
        parts = "; ".join(
            f"{vn_number(f.value)}/{vn_number(f.of.value)} {f.of.shown_unit} = {vn_number(c)}%"
            for f, c in zip(fractions, computed, strict=True)
        )
        yield Finding("progress_mismatch", ERROR,
                      f"Tỷ lệ tiến độ {stated}% không khớp với tỷ lệ nào đã nêu ({parts}).", spans)


def _check_pair(part: Amount, whole: Amount, pct: Amount, severity: str,
                note: str = "") -> Iterator[Finding]:
    computed = percent(part, whole)
    if abs(computed - pct.value) <= ratio_tol(pct, part, whole):
        return
    msg = (f"Tỷ lệ {vn_number(pct.value)}% không khớp với {vn_number(part.value)}/"
           f"{vn_number(whole.value)} {whole.shown_unit} = {vn_number(computed)}%{note}.")
    spans = tuple(sorted({Span(part.start, pct.end), Span(whole.start, whole.end)}))
    yield Finding("ratio_mismatch", severity, msg, spans)


def implicit_base(folded: str, prev: tuple[int, int] | None, cur: tuple[int, int]):
    """"Tổng vốn ... là B tỷ đồng. ... ước đạt A tỷ đồng, bằng C% kế hoạch":
    the plan total stated alone in the sentence before."""
    if prev is None or "%" not in folded[cur[0] : cur[1]] or not PLAN_TOTAL.search(folded, *prev):
        return
    totals = top_amounts(find_amounts(folded[prev[0] : prev[1]], prev[0]))
    amounts = find_amounts(folded[cur[0] : cur[1]], cur[0])
    if len(totals) != 1 or len(amounts) < 2:
        return
    first, pct = amounts[0], amounts[1]
    if first.unit == "%" or first.of is not None or pct.unit != "%":
        return
    if not (RATIO_WORDS.search(folded, max(cur[0], pct.start - 20), pct.start)
            and OF_PLAN.match(folded, pct.end)):
        return
    whole = totals[0]
    if whole.base_unit != first.base_unit or whole.base_value < first.base_value:
        return
    if not _states_plan(folded, prev, whole):
        return
    if abs(percent(first, whole) - pct.value) > IMPLICIT_BASE_WINDOW:
        return
    yield from _check_pair(first, whole, pct, WARNING, " (tổng nêu ở câu trước)")


def _states_plan(folded: str, prev: tuple[int, int], whole: Amount) -> bool:
    """Whether the sentence before names ``whole`` as a plan or total ("Tổng kế
    hoạch vốn năm 2025 là 4.120 tỷ đồng") and gives it no ratio of its own: not an
    actual ("Diện tích gieo trồng ước đạt 16.450 ha, bằng 52,3% kế hoạch")."""
    if not PLAN_TOTAL.search(folded, prev[0], whole.start):
        return False
    semi = folded.find(";", whole.end, prev[1])
    return "%" not in folded[whole.end : semi if semi >= 0 else prev[1]]
