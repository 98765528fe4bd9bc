"""Parts against their total: a list after "trong đó" (some parts) or
"gồm"/"bao gồm" (all parts) that follows a total with the same unit.

- parts that exceed the total: an error;
- a complete list ("gồm") that does not add up: a warning;
- a part's stated share ("..., chiếm 25,6%") that does not match part/total.

A sentence or footnote that opens with "Trong đó:"/"Gồm:" breaks down the
amount before it (the sentence before, or the amount at the footnote mark);
a paragraph that ends with "Trong đó:"/"Gồm:" breaks it down in the list
items that follow ("- Thu nội địa: 1.951 tỷ đồng; - ...").
"""

from __future__ import annotations

from collections.abc import Iterator

from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.check_patterns import (
    ALL_PARTS,
    APPROXIMATE,
    CHANGE_BEFORE,
    COMMENT_ITEM,
    CROSS_CUTTING,
    ITEM_BREAK,
    LIST_OPENER,
    NEW_TOTAL,
    PARTS_MARKER,
    SHARE_ITEM,
)
from ktxh.monitor.findings import ERROR, WARNING, Finding, vn_number
from ktxh.monitor.ratio_checks import percent, ratio_tol, top_amounts
from ktxh.text.model import BlockKind, Doc, Span


def parts_findings(folded: str, start: int, end: int,
                    lead: list[Amount]) -> Iterator[Finding]:
    """Parts after "trong đó"/"gồm" against the total before them; ``lead``
    holds the totals a sentence or footnote opening with "Trong đó:" breaks
    down (one per unit: "1.462 dự án …, vốn đăng ký 14,83 tỷ USD")."""
    for m in PARTS_MARKER.finditer(folded, start, end):
        marker = m["m"]
        depth_end = _scope_end(folded, m.end(), end)
        # the total is in the marker's own clause ("…; phát hiện 1.136 vụ, trong
        # đó …"), else anywhere before it in the sentence
        clause = folded.rfind(";", start, m.start()) + 1
        before = (clause and totals(folded, clause, m.start())) or totals(folded, start, m.start())
        in_parens = folded.count("(", start, m.start()) > folded.count(")", start, m.start())
        if in_parens:
            open_at = folded.rfind("(", start, m.start())
            before = totals(folded, start, open_at)
        elif not before and lead and m.start() - start < 12:
            before = lead
        # a nested list outside parentheses ends this one ("..., gồm: ...")
        nested = next(
            (n for n in PARTS_MARKER.finditer(folded, m.end(), depth_end)
             if folded.count("(", m.end(), n.start()) <= folded.count(")", m.end(), n.start())),
            None,
        )
        scope_end = depth_end if nested is None or in_parens else nested.start()
        items = _list_items(folded, m.end(), scope_end)
        yield from _compare_parts(folded, before, [p for p, _ in items], marker in ALL_PARTS)
        yield from _compare_shares(before, items)


def list_parts_findings(doc: Doc, start: int, end: int, block: int,
                        before: tuple[int, int] | None) -> Iterator[Finding]:
    """A sentence ``[start, end)`` closing its paragraph with "Trong đó:"/"Gồm:":
    the first amount of each list item after it is a part of the total before
    the marker (in the sentence ``before`` when the marker opens its own).
    Items with another bullet than the first ("+" under "-") are parts of a
    part and are skipped; the list ends at the first other block."""
    folded = doc.folded
    tail = folded[start:end].rstrip()
    m = LIST_OPENER.search(tail)
    if m is None or folded[start + len(tail) : doc.blocks[block].span.end].strip():
        return
    bullet = None
    parts: list[Amount] = []
    for b in doc.blocks[block + 1 :]:
        if b.kind is not BlockKind.LIST_ITEM:
            break
        item = folded[b.span.start : b.span.end]
        mark = item.lstrip()[:1]
        bullet = bullet or mark
        if mark != bullet:
            continue
        if CROSS_CUTTING.search(item):
            return  # "- Lao động nữ: …": overlapping breakdowns
        amounts = totals(folded, b.span.start, b.span.end)
        if amounts:
            parts.append(amounts[0])
    whole = totals(folded, start, start + m.start())
    if not whole and before is not None and not folded[start : start + m.start()].strip():
        whole = totals(folded, *before)
    yield from _compare_parts(folded, whole, parts, m["m"] in ALL_PARTS)



# "khoảng 21.600 tỷ đồng" is rounded: its parts may miss it by this share of it.
APPROXIMATE_TOL = 0.005


def totals(folded: str, start: int, end: int) -> list[Amount]:
    """Amounts that can be a total: not changes ("tăng 300 tỷ đồng")."""
    return [a for a in top_amounts(find_amounts(folded[start:end], start))
            if not CHANGE_BEFORE.search(folded, max(start, a.start - 60), a.start)]


def _scope_end(folded: str, pos: int, end: int) -> int:
    """End of a parts list: the closing parenthesis when inside one."""
    depth = 0
    for i in range(pos, end):
        ch = folded[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
    return end


def _list_items(folded: str, start: int, end: int) -> list[tuple[Amount, Amount | None]]:
    """Parts with the share stated right after each ("..., chiếm 25,6%")."""
    items: list[tuple[Amount, Amount | None]] = []
    pos = start
    for m in ITEM_BREAK.finditer(folded[start:end]):
        item_end = start + m.start()
        item = folded[pos:item_end]
        if m.group().strip() == "và" and not any(ch.isdigit() for ch in item):
            continue  # "riêng chi sự nghiệp giáo dục - đào tạo và dạy nghề 1.186 tỷ đồng"
        if items and NEW_TOTAL.match(item):
            break  # "…, trong đó thu nội địa X; tổng chi … Y": the next total, no part
        if CROSS_CUTTING.search(item):
            return []  # "lao động nữ", "người dân tộc thiểu số": overlapping breakdowns
        if SHARE_ITEM.fullmatch(item) and items and items[-1][1] is None:
            pct = find_amounts(item, pos)
            if len(pct) == 1 and pct[0].unit == "%":
                items[-1] = (items[-1][0], pct[0])
        if not COMMENT_ITEM.match(item):
            amounts = top_amounts(find_amounts(item, pos))
            if amounts and folded.count("(", start, amounts[0].start) <= folded.count(
                ")", start, amounts[0].start
            ):
                # "1.210 dự án … với vốn đăng ký 12,06 tỷ USD": one part of each unit
                firsts = {a.base_unit: a for a in reversed(amounts)}
                items.extend((a, None) for a in sorted(firsts.values(), key=lambda a: a.start))
        pos = start + max(m.end(), m.start() + 1)
        if item_end >= end:
            break
    return items


def parts_tol(folded: str, total: Amount, parts: list[Amount]) -> float:
    """How far parts may add up from their total: the printed precision of all,
    and for a rounded total ("khoảng 21.600 tỷ đồng") a share of it."""
    tol = total.half_ulp + sum(p.half_ulp for p in parts)
    if APPROXIMATE.search(folded, max(0, total.start - 12), total.start):
        tol = max(tol, APPROXIMATE_TOL * total.base_value)
    return tol


def _compare_parts(folded: str, before: list[Amount], parts: list[Amount], complete: bool):
    by_unit: dict[str, list[Amount]] = {}
    for p in parts:
        by_unit.setdefault(p.base_unit, []).append(p)
    for unit, group in by_unit.items():
        total = next((a for a in reversed(before) if a.base_unit == unit), None)
        if total is None:
            continue
        group = _up_to_total(group, total)
        if len(group) == 1 and not complete and group[0].base_value <= total.base_value:
            continue
        s = sum(p.base_value for p in group)
        tol = parts_tol(folded, total, group)
        spans = (Span(total.start, total.end), Span(group[0].start, group[-1].end))
        shown = vn_number(s / total.scale, 3)
        if s > total.base_value + tol:
            yield Finding("parts_exceed_total", ERROR,
                          f"Tổng các thành phần ({shown} {total.shown_unit}) vượt tổng số "
                          f"{vn_number(total.value, 3)} {total.shown_unit}.", spans)
        elif complete and len(group) > 1 and abs(s - total.base_value) > tol:
            yield Finding("parts_mismatch", WARNING,
                          f"Các thành phần cộng lại {shown} {total.shown_unit}, khác tổng số "
                          f"{vn_number(total.value, 3)} {total.shown_unit}.", spans)


def _up_to_total(group: list[Amount], total: Amount) -> list[Amount]:
    """The parts up to the first two or more that add up to the total: the
    list is complete there, what follows states something else ("trong đó A
    6.210 và B 1.435 triệu USD; kim ngạch nhập khẩu 5.980 triệu USD")."""
    s, tol = 0.0, total.half_ulp
    for i, p in enumerate(group):
        s += p.base_value
        tol += p.half_ulp
        if i >= 1 and abs(s - total.base_value) <= tol:
            return group[: i + 1]
    return group


def _compare_shares(before: list[Amount], items: list[tuple[Amount, Amount | None]]):
    """"trong đó vốn nhà nước 3.200 tỷ đồng, chiếm 25,6%": part / total."""
    for part, share in items:
        if share is None:
            continue
        total = next((a for a in reversed(before) if a.base_unit == part.base_unit), None)
        if total is None or total.base_value < part.base_value:
            continue
        computed = percent(part, total)
        if abs(computed - share.value) > ratio_tol(share, part, total):
            yield Finding("share_mismatch", WARNING,
                          f"Tỷ trọng {vn_number(share.value)}% không khớp với "
                          f"{vn_number(part.value)}/{vn_number(total.value)} {total.shown_unit} = "
                          f"{vn_number(computed)}%.",
                          (Span(total.start, total.end), Span(part.start, share.end)))


def footnote_totals(doc: Doc, block: int) -> list[Amount]:
    """A footnote that opens with "Gồm:"/"Trong đó:" breaks down the amounts
    before its mark in the body clause: the last one, and the first of each
    other unit ("có 1.462 dự án FDI, tổng vốn đăng ký 14,83 tỷ USD.[1]")."""
    for fn in doc.footnotes:
        if fn.block == block and fn.ref is not None:
            body = doc.blocks[doc.block_at(max(0, fn.ref - 1)) or 0].span
            head = doc.folded[body.start : fn.ref]
            cut = max(head.rfind(". ", 0, len(head.rstrip(". "))), head.rfind("; "))
            start = body.start + cut + 2 if cut >= 0 else body.start
            amounts = top_amounts(find_amounts(doc.folded[start : fn.ref], start))
            if not amounts:
                return []
            last = amounts[-1]
            firsts = {a.base_unit: a for a in reversed(amounts) if a.base_unit != last.base_unit}
            return [*sorted(firsts.values(), key=lambda a: a.start), last]
    return []
