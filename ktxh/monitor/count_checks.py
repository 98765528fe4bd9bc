"""A counted total against the items it counts.

"Hoàn thành 3 dự án với tổng mức đầu tư khoảng 9.200 tỷ đồng: (1) …, tổng
mức đầu tư 5.100 tỷ đồng; (2) … 2.400 tỷ đồng; (3) … 1.700 tỷ đồng": the
count ("3 dự án") says the list after the colon is complete, so its amounts
in the total's unit must add up to the total. The items are either numbered
in the sentence ("(1)", "a)") or the list items of the paragraph that ends
with the colon. A list whose length is not the count, or an item without an
amount in the total's unit, is left alone.

Targets sorted by result are a count too: "Trong 22 chỉ tiêu chủ yếu, có
14/22 chỉ tiêu đạt và vượt, 5 chỉ tiêu khó đạt và 4 chỉ tiêu không đạt"
puts each of the 22 in one class, so the classes add up to 22.
"""

from __future__ import annotations

from collections.abc import Iterator

from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.check_patterns import (
    COUNTED,
    ENUMERATED,
    NUMBER_WORDS,
    SUB_PART,
    TALLIED_UNITS,
    TALLY_TOTAL,
)
from ktxh.monitor.findings import ERROR, WARNING, Finding, vn_number
from ktxh.monitor.parts_checks import parts_tol, totals
from ktxh.monitor.ratio_checks import top_amounts
from ktxh.text.model import BlockKind, Doc, Span


def counted_findings(folded: str, start: int, end: int) -> Iterator[Finding]:
    """Colons of the sentence ``[start, end)`` after a counted total, with the
    numbered items that follow it in the sentence."""
    pos = start
    while (colon := folded.find(":", pos, end)) >= 0:
        pos = colon + 1
        head = _counted_total(folded, max(start, folded.rfind(";", start, colon) + 1), colon)
        if head is None:
            continue
        count, total = head
        marks = list(ENUMERATED.finditer(folded, colon + 1, end))
        if len(marks) != count or not _in_order(marks):
            continue
        items = [(m.end(), marks[i + 1].start() if i + 1 < count else end)
                 for i, m in enumerate(marks)]
        yield from _compare(folded, count, total, [_part(folded, s, e, total) for s, e in items])


def tally_findings(folded: str, start: int, end: int) -> Iterator[Finding]:
    """Classes of targets ("14/22 chỉ tiêu đạt …, 5 chỉ tiêu …") against their
    number: given as the first class's denominator or by "Trong 22 chỉ tiêu"."""
    stated = TALLY_TOTAL.search(folded, start, end)
    counts = [a for a in find_amounts(folded[start:end], start)
              if a.unit in TALLIED_UNITS and not a.in_parens
              and (stated is None or a.start >= stated.end())]
    if len(counts) < 2:
        return
    whole = counts[0].of.value if counts[0].of is not None else None
    if stated is not None:
        if whole is not None and float(stated["n"]) != whole:
            return
        whole = float(stated["n"])
    if whole is None:
        return
    classes = [counts[0]]
    for a in counts[1:]:
        if a.of is not None or SUB_PART.search(folded, classes[-1].end, a.start):
            break
        classes.append(a)
    if len(classes) < 2 or any(a.value != int(a.value) for a in classes):
        return  # "bình quân 16,5 tiêu chí/xã": an average, no class
    s = sum(a.value for a in classes)
    if s == whole:
        return
    shown = " + ".join(vn_number(a.value) for a in classes)
    over = s > whole
    yield Finding(
        "parts_exceed_total" if over else "parts_mismatch", ERROR if over else WARNING,
        f"{shown} = {vn_number(s)} {classes[0].unit}, {'nhiều' if over else 'ít'} hơn tổng số "
        f"{vn_number(whole)} {classes[0].unit}.",
        (Span(classes[0].start, classes[-1].end),),
    )


def counted_list_findings(doc: Doc, start: int, end: int, block: int) -> Iterator[Finding]:
    """A sentence closing its paragraph with a counted total and a colon
    ("… 4 công trình với tổng vốn 1.250 tỷ đồng:"), against the list items
    that follow (one bullet kind; "+" under "-" are parts of a part)."""
    folded = doc.folded
    tail = folded[start:end].rstrip()
    if not tail.endswith(":") or folded[start + len(tail) : doc.blocks[block].span.end].strip():
        return
    colon = start + len(tail) - 1
    head = _counted_total(folded, max(start, folded.rfind(";", start, colon) + 1), colon)
    if head is None:
        return
    count, total = head
    items: list[tuple[int, int]] = []
    bullet = None
    for b in doc.blocks[block + 1 :]:
        if b.kind is not BlockKind.LIST_ITEM:
            break
        mark = folded[b.span.start : b.span.end].lstrip()[:1]
        bullet = bullet or mark
        if mark == bullet:
            items.append((b.span.start, b.span.end))
    if len(items) == count:
        yield from _compare(folded, count, total, [_part(folded, s, e, total) for s, e in items])


def _counted_total(folded: str, start: int, colon: int) -> tuple[int, Amount] | None:
    """The count and the total of "N <things> … <amount>" right before a colon."""
    counted = next(reversed(list(COUNTED.finditer(folded, start, colon))), None)
    if counted is None:
        return None
    n = counted["n"]
    count = int(n) if n.isdigit() else NUMBER_WORDS[n]
    amounts = [a for a in totals(folded, counted.end(), colon)
               if a.unit != "%" and not a.in_parens and a.of is None]
    if count < 2 or not amounts or folded[amounts[-1].end : colon].strip(" ,"):
        return None
    return count, amounts[-1]


def _in_order(marks: list) -> bool:
    """"(1) … (2) … (3)" or "a) … b) …": numbered from the first on."""
    first = marks[0]["i"] or marks[0]["a"]
    if first not in ("1", "a"):
        return False
    keys = [int(m["i"]) if m["i"] else ord(m["a"]) - ord("a") + 1 for m in marks]
    return keys == list(range(1, len(marks) + 1))


def _part(folded: str, start: int, end: int, total: Amount) -> Amount | None:
    """The item's first amount in the total's unit, outside parentheses."""
    return next((a for a in top_amounts(find_amounts(folded[start:end], start))
                 if a.base_unit == total.base_unit and not a.in_parens and a.of is None), None)


def _compare(folded: str, count: int, total: Amount,
             parts: list[Amount | None]) -> Iterator[Finding]:
    if any(p is None for p in parts):
        return
    found = [p for p in parts if p is not None]
    s = sum(p.base_value for p in found)
    if abs(s - total.base_value) <= parts_tol(folded, total, found):
        return
    yield Finding(
        "parts_mismatch", WARNING,
        f"{count} mục được liệt kê cộng lại {vn_number(s / total.scale, 3)} {total.shown_unit}, "
        f"khác tổng số {vn_number(total.value, 3)} {total.shown_unit}.",
        (Span(total.start, total.end), Span(found[0].start, found[-1].end)),
    )
