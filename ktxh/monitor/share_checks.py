"""Shares of one whole that do not add up to 100%.

A structure is stated as its parts' shares: "Cơ cấu kinh tế: nông, lâm,
thủy sản 31,5%; công nghiệp - xây dựng 29,6%; dịch vụ 38,9%", or in one run
"cơ cấu … tương ứng là 16,5% - 39,5% - 44%". Rounded to the digits printed,
the parts must add up to 100; more than that, beyond rounding, is a typing
error in one of them. Less is one only where the list is known to be whole:
GRDP is often given by its three sectors without the product taxes ("thuế
sản phẩm trừ trợ cấp sản phẩm"), so its sectors add up to 100 only with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.findings import WARNING, Finding, vn_number
from ktxh.text.model import Span

# "cơ cấu kinh tế (theo GRDP):", "cơ cấu các ngành … năm 2023 là:", "cơ cấu … tương ứng là"
_HEAD = re.compile(r"(?<!\w)cơ cấu(?!\w)[^.;:!?%]{0,120}?(?::|tương ứng(?: là)?|lần lượt(?: là)?)")
# a part that says how its share moved ("tăng 1,2%"), a range ("17 - 18%") or a bound
# ("khoảng 50%", "trên 40%"): no exact share to add up
_INEXACT = re.compile(r"(?<!\w)(?:tăng|giảm|so với|từ|lên|xuống|khoảng|trên|dưới|hơn|gần|"
                      r"ít nhất|tối thiểu|tối đa)(?!\w)|\d\s*[-–]\s*[\d.,]+\s*%")
# "16,5% - 39,5% - 44%": shares written one after another
_RUN = re.compile(r"\s*[\d.,]+\s*%(?:\s*[-–/;,]\s*[\d.,]+\s*%)+")
_ITEM_BREAK = re.compile(r";|,(?!\d)")


def share_findings(folded: str, start: int, end: int) -> Iterator[Finding]:
    """Structures in ``folded[start:end]`` whose shares do not add up to 100%."""
    if "cơ cấu" not in folded[start:end]:
        return
    for m in _HEAD.finditer(folded, start, end):
        shares = _run_shares(folded, m.end(), end) or _item_shares(folded, m.end(), end)
        if len(shares) < 2:
            continue
        total = sum(a.value for a in shares)
        tol = sum(a.half_ulp for a in shares) + 1e-9
        # GRDP is often given by its three sectors alone, without the product taxes
        complete = "thuế sản phẩm" in folded[m.end() : shares[-1].end]
        if total > 100 + tol or (complete and total < 100 - tol):
            yield Finding(
                "shares_not_100", WARNING,
                f"Các tỷ trọng của cơ cấu cộng lại {vn_number(total, 2)}%, khác 100%.",
                (Span(shares[0].start, shares[-1].end),))


def _run_shares(folded: str, pos: int, end: int) -> list[Amount]:
    run = _RUN.match(folded, pos, end)
    if run is None:
        return []
    return [a for a in find_amounts(folded[pos : run.end()], pos) if a.unit == "%"]


def _item_shares(folded: str, pos: int, end: int) -> list[Amount]:
    """One percentage per item of the list after the head (items of no number are
    words of the next part); none if an item holds two, a moved share or an
    amount of another unit (then it is no structure)."""
    shares: list[Amount] = []
    item_start = pos
    for brk in [*_ITEM_BREAK.finditer(folded, pos, end), None]:
        item_end = brk.start() if brk is not None else end
        item = folded[item_start:item_end]
        amounts = find_amounts(item, item_start)  # "nông, lâm, thủy sản 31,5%": one part
        if amounts:
            if len(amounts) != 1 or amounts[0].unit != "%" or _INEXACT.search(item):
                return []
            shares.append(amounts[0])
        item_start = item_end + 1
    return shares
