"""Differences that do not match the two amounts they are taken from.

Within one paragraph:

- a trade balance: "kim ngạch xuất khẩu ước đạt 3.905 triệu USD ...; kim ngạch
  nhập khẩu ước đạt 2.740 triệu USD ...; xuất siêu 1.265 triệu USD"
  (3.905 − 2.740 = 1.165), when no pair of the export and import amounts
  stated before it (a month's, the months' so far) gives it;
- what is left to disburse: "Tổng kế hoạch vốn ... là 1.286,4 tỷ đồng ... giải
  ngân được 731,2 tỷ đồng, đạt 56,8% kế hoạch ... Số vốn chưa giải ngân còn 575,2
  tỷ đồng" (1.286,4 − 731,2 = 555,2). The plan is only taken when the % of plan
  stated with the disbursed amount confirms it (within :data:`PLAN_WINDOW`).

Tolerance: half a unit of each amount's last printed digit, plus
:data:`SLACK` of the difference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.findings import ERROR, Finding, vn_number
from ktxh.monitor.ratio_checks import top_amounts
from ktxh.text.model import BlockKind, Doc, Span

SLACK = 0.001  # of the stated difference, for amounts rounded before subtracting
PLAN_WINDOW = 1.0  # points between the stated % of plan and disbursed / plan
_REACH = 90  # characters from a word to the amount it names

# --- language data (folded) -------------------------------------------------
_BALANCE = re.compile(r"(?<!\w)(xuất|nhập) siêu(?!\w)")
_EXPORT = re.compile(r"(?<!\w)xuất khẩu(?!\w)")
_IMPORT = re.compile(r"(?<!\w)nhập khẩu(?!\w)")
# "số vốn chưa giải ngân còn X", "số vốn còn lại chưa giải ngân là X"
_LEFT = re.compile(r"(?<!\w)(?:còn lại )?chưa giải ngân(?: còn lại| còn| là)?(?!\w)")
_DISBURSED = re.compile(r"(?<!\w)(?<!chưa )giải ngân(?: được| đạt)?(?!\w)")
_PLAN = re.compile(r"(?<!\w)(?:tổng kế hoạch vốn|kế hoạch vốn|tổng vốn|dự toán)(?!\w)")
_OF_PLAN = re.compile(r"\s*,?\s*(?:đạt|bằng)\s+(?P<n>\d+(?:,\d+)?)\s*%\s*kế hoạch(?!\s*vốn trung)")
_CLAUSE_END = re.compile(r"[;.]\s")


def difference_findings(doc: Doc) -> Iterator[Finding]:
    """Trade balances and amounts left to disburse that do not match."""
    folded = doc.folded
    for block in doc.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        s, e = block.span.start, block.span.end
        if "siêu" in folded[s:e]:
            yield from _balances(folded, s, e)
        if "chưa giải ngân" in folded[s:e]:
            yield from _left_to_disburse(folded, s, e)


def _named(folded: str, word: re.Match[str], end: int) -> Amount | None:
    """The first amount (not a %) after ``word``, in its clause."""
    stop = _CLAUSE_END.search(folded, word.end(), end)
    limit = min(word.end() + _REACH, stop.start() if stop else end)
    return next(iter(top_amounts(find_amounts(folded[word.end() : limit], word.end()))), None)


def _last_named(folded: str, pattern: re.Pattern[str], s: int, before: int,
                unit: str) -> Amount | None:
    """The amount named by the last ``pattern`` word before ``before`` in ``unit``."""
    found = None
    for word in pattern.finditer(folded, s, before):
        a = _named(folded, word, before)
        if a is not None and a.base_unit == unit:
            found = a
    return found


def _tolerance(*amounts: Amount) -> float:
    return sum(a.half_ulp for a in amounts) + SLACK * amounts[-1].base_value


def _balances(folded: str, s: int, e: int) -> Iterator[Finding]:
    for m in _BALANCE.finditer(folded, s, e):
        balance = _named(folded, m, e)
        if balance is None:
            continue
        exports, imports = _trade_amounts(folded, s, m.start(), balance.base_unit)
        if not exports or not imports:
            continue
        if m[1] == "nhập":
            exports, imports = imports, exports
        # any pair of the paragraph may be the balance's: "tháng 10 ... 1.386 ...; lũy
        # kế 10 tháng ... 12.940" against "xuất siêu 10 tháng 3.125"
        if any(abs(x.base_value - i.base_value - balance.base_value)
               <= _tolerance(x, i, balance) for x in exports for i in imports):
            continue
        big, small = exports[0], imports[0]
        computed = big.base_value - small.base_value
        scale = balance.scale
        msg = (f"{m[0].capitalize()} {vn_number(balance.value)} {balance.shown_unit} không khớp "
               f"với {vn_number(big.base_value / scale)} − {vn_number(small.base_value / scale)}"
               f" = {vn_number(computed / scale)} {balance.shown_unit}.")
        spans = tuple(sorted({Span(a.start, a.end) for a in (big, small)}
                             | {Span(m.start(), balance.end)}))
        yield Finding("difference_mismatch", ERROR, msg, spans)


def _trade_amounts(folded: str, s: int, before: int,
                   unit: str) -> tuple[list[Amount], list[Amount]]:
    """The amounts in ``unit`` said of exports and of imports before ``before``:
    each from its word to the next export or import word."""
    words = sorted([(w.start(), w.end(), True) for w in _EXPORT.finditer(folded, s, before)]
                   + [(w.start(), w.end(), False) for w in _IMPORT.finditer(folded, s, before)])
    out: tuple[list[Amount], list[Amount]] = ([], [])
    for k, (_, end, is_export) in enumerate(words):
        stop = words[k + 1][0] if k + 1 < len(words) else before
        out[0 if is_export else 1].extend(
            a for a in top_amounts(find_amounts(folded[end:stop], end)) if a.base_unit == unit)
    return out


def _left_to_disburse(folded: str, s: int, e: int) -> Iterator[Finding]:
    for m in _LEFT.finditer(folded, s, e):
        left = _named(folded, m, e)
        if left is None:
            continue
        unit = left.base_unit
        done, pct = _disbursed(folded, s, m.start(), unit)
        plan = _last_named(folded, _PLAN, s, done.start, unit) if done else None
        if done is None or plan is None or pct is None or plan.base_value <= done.base_value:
            continue
        if abs(done.base_value / plan.base_value * 100 - pct) > PLAN_WINDOW:
            continue  # the % is of another plan than the one named before
        computed = plan.base_value - done.base_value
        if abs(computed - left.base_value) <= _tolerance(plan, done, left):
            continue
        scale = left.scale
        msg = (f"Số chưa giải ngân {vn_number(left.value)} {left.shown_unit} không khớp với "
               f"{vn_number(plan.base_value / scale)} − {vn_number(done.base_value / scale)} = "
               f"{vn_number(computed / scale)} {left.shown_unit}.")
        spans = (Span(plan.start, plan.end), Span(done.start, done.end),
                 Span(m.start(), left.end))
        yield Finding("difference_mismatch", ERROR, msg, spans)


def _disbursed(folded: str, s: int, before: int, unit: str) -> tuple[Amount | None, float | None]:
    """The last amount said disbursed before ``before``, with its % of plan if stated."""
    found: tuple[Amount | None, float | None] = (None, None)
    for word in _DISBURSED.finditer(folded, s, before):
        a = _named(folded, word, before)
        if a is None or a.base_unit != unit:
            continue
        of_plan = _OF_PLAN.match(folded, a.end)
        found = (a, float(of_plan["n"].replace(",", ".")) if of_plan else None)
    return found
