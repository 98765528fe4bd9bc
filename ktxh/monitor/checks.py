"""Consistency checks on one document (pure: Doc + Extraction in, findings out).

``ktxh check FILE`` can run these on a draft before it is stored. Each
check reads the sentence text itself (amounts via :mod:`ktxh.monitor.amounts`)
so it does not depend on how much the extractors found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ktxh.extract.deadlines import BEFORE_DOCUMENT, find_deadlines
from ktxh.extract.records import Extraction
from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.calendar import check_period
from ktxh.monitor.findings import ERROR, WARNING, Finding, vn_number
from ktxh.monitor.period_checks import check_periods
from ktxh.monitor.periods import parse_date, parse_date_start
from ktxh.monitor.series import SeriesPoint, build_series
from ktxh.text.model import BlockKind, Doc, Span

# --- language data -----------------------------------------------------------

# A list of parts follows: "trong đó" (some parts), "gồm"/"bao gồm" (all parts).
PARTS_MARKER = re.compile(r"(?<!\w)(?P<m>trong đó|bao gồm|gồm có|gồm)(?!\w)\s*:?")
ALL_PARTS = ("gồm", "bao gồm", "gồm có")
# Words before a percentage that state a ratio of the amounts before it.
RATIO_WORDS = re.compile(r"(?:đạt|bằng|tương đương|tương ứng|được|là)\s*$")
# After the percentage: it is a share of the plan/estimate ("kế hoạch", "dự toán").
OF_PLAN = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|dự toán|kh\b)")
# A sentence that states a plan total: "Tổng vốn ... là 2.000 tỷ đồng",
# "kế hoạch vốn giao ...", "dự toán ... giao".
PLAN_TOTAL = re.compile(r"(?<!\w)(?:tổng|kế hoạch|dự toán|được giao|giao)(?!\w)")
# An item of a parts list that comments on the previous part.
# "riêng", "chủ yếu", "nhất là" open a sub-part of the part before.
COMMENT_ITEM = re.compile(
    r"\s*(?:tăng|giảm|bằng|đạt|chiếm|so với|gấp|vượt|riêng|chủ yếu|nhất là|đặc biệt là)(?!\w)"
)
# Breakdowns by attributes that overlap (a woman may also be rural), so
# their parts need not add up to less than the total.
CROSS_CUTTING = re.compile(
    r"(?<!\w)(?:(?:lao động|người|học sinh|học viên|trẻ em|hộ|đối tượng|thành viên|cán bộ|"
    r"bệnh nhân|đảng viên)\s+(?:là\s+|ở\s+|khu vực\s+)?(?:nam|nông thôn|thành thị|đô thị|"
    r"cao tuổi|khuyết tật|nghèo|cận nghèo)|nữ|dân tộc thiểu số)(?!\w)"
)
# An amount stated as a change is not a total ("tăng 300 tỷ đồng so với cùng kỳ").
CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?:tăng|giảm|vượt|hụt|cao hơn|thấp hơn|chênh lệch|so với)(?!\w)[^,;]*$"
)
# After a percentage: a comparison with another base ("so với cùng kỳ"), or
# a plan that a count of units ("85/181 xã") is not the base of.
OTHER_BASE = re.compile(r"\s*(?:so với|so cùng kỳ|cùng kỳ|kế hoạch|dự toán|mục tiêu|chỉ tiêu)")
# A sentence that assigns work ("Giao Sở ... chủ trì"), not one that reports it ("đã").
ASSIGNS = re.compile(r"(?<!\w)(?:giao|chủ trì|đề nghị|yêu cầu|có trách nhiệm|tham mưu)(?!\w)")
PAST = re.compile(r"(?<!\w)đã(?!\w)")
SENTENCE_END = re.compile(r"[.!?](?=\s+[^\W\d_])|$")
# Ratio tolerance: rounding of the printed precision plus this many points.
RATIO_SLACK_POINTS = 0.05
# An implicit base (a plan total stated in the sentence before) is only
# compared when it explains the stated % to within this many points; a wider
# gap means the % is of another base.
IMPLICIT_BASE_WINDOW = 2.0

__all__ = ["check_document", "check_series", "sentences"]


def sentences(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(start, end, block index) of the sentences of every text block.

    Split here (". " + capital) rather than taken from the reader, so that
    list items separated by ";" stay in one sentence.
    """
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.HEADING:
            continue
        start = block.span.start
        text = doc.text[start : block.span.end]
        pos = 0
        for m in SENTENCE_END.finditer(text):
            if m.end() > pos and text[pos : m.end()].strip():
                yield start + pos, start + m.end(), i
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if m.end() == len(text):
                break


def _top(amounts: Iterable[Amount]) -> list[Amount]:
    return [a for a in amounts if a.unit != "%" and not a.in_parens and a.of is None]


def _ratio_tol(pct: Amount) -> float:
    return pct.half_ulp + RATIO_SLACK_POINTS


def _pct(a: Amount, b: Amount) -> float:
    return a.base_value / b.base_value * 100 if b.base_value else float("inf")


def _ratio_findings(folded: str, start: int, end: int) -> Iterator[Finding]:
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
            if fractions:
                yield from _check_fractions(fractions, pct)
                continue
            after = amounts[k + 1 : k + 2]
            if (before and after and after[0].in_parens
                    and after[0].base_unit == before[-1].base_unit
                    and not CHANGE_BEFORE.search(folded, pct.end, after[0].start)):
                yield from _check_pair(before[-1], after[0], pct, ERROR)


def _check_fractions(fractions: list[Amount], pct: Amount) -> Iterator[Finding]:
    tol = _ratio_tol(pct)
    computed = [_pct(f, f.of) for f in fractions]
    if any(abs(c - pct.value) <= tol for c in computed):
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
    computed = _pct(part, whole)
    if abs(computed - pct.value) <= _ratio_tol(pct):
        return
    msg = (f"Tỷ lệ {vn_number(pct.value)}% không khớp với {vn_number(part.value)}/"
           f"{vn_number(whole.value)} {whole.shown_unit} = {vn_number(computed)}%{note}.")
    spans = tuple(sorted({Span(part.start, pct.end), Span(whole.start, whole.end)}))
    yield Finding("ratio_mismatch", severity, msg, spans)


def _implicit_base(folded: str, prev: tuple[int, int] | None, cur: tuple[int, int]):
    """"Tổng vốn ... là B tỷ đồng. ... ước đạt A tỷ đồng, bằng C% kế hoạch":
    the plan total stated alone in the sentence before."""
    if prev is None or "%" not in folded[cur[0] : cur[1]] or not PLAN_TOTAL.search(folded, *prev):
        return
    totals = _top(find_amounts(folded[prev[0] : prev[1]], prev[0]))
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
    if abs(_pct(first, whole) - pct.value) > IMPLICIT_BASE_WINDOW:
        return
    yield from _check_pair(first, whole, pct, WARNING, " (tổng nêu ở câu trước)")


def _parts_findings(folded: str, start: int, end: int,
                    lead: Amount | None) -> Iterator[Finding]:
    """Parts after "trong đó"/"gồm" against the total before them; ``lead``
    is the total a sentence or footnote opening with "Trong đó:" breaks down."""
    for m in PARTS_MARKER.finditer(folded, start, end):
        marker = m["m"]
        depth_end = _scope_end(folded, m.end(), end)
        before = _totals(folded, start, m.start())
        in_parens = folded.count("(", start, m.start()) > folded.count(")", start, m.start())
        if in_parens:
            open_at = folded.rfind("(", start, m.start())
            before = _totals(folded, start, open_at)
        elif not before and lead is not None and m.start() - start < 12:
            before = [lead]
        # a nested list outside parentheses ends this one ("..., gồm: ...")
        nested = next(
            (n for n in PARTS_MARKER.finditer(folded, m.end(), depth_end)
             if folded.count("(", m.end(), n.start()) <= folded.count(")", m.end(), n.start())),
            None,
        )
        scope_end = depth_end if nested is None or in_parens else nested.start()
        parts = _list_parts(folded, m.end(), scope_end)
        yield from _compare_parts(before, parts, marker in ALL_PARTS)


def _totals(folded: str, start: int, end: int) -> list[Amount]:
    """Amounts that can be a total: not changes ("tăng 300 tỷ đồng")."""
    return [a for a in _top(find_amounts(folded[start:end], start))
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


def _list_parts(folded: str, start: int, end: int) -> list[Amount]:
    """The first amount of every item (items split by ";" and ",")."""
    parts: list[Amount] = []
    pos = start
    for m in re.finditer(r";|,(?!\d)|$", folded[start:end]):
        item_end = start + m.start()
        item = folded[pos:item_end]
        if CROSS_CUTTING.search(item):
            return []  # "lao động nữ", "người dân tộc thiểu số": overlapping breakdowns
        if not COMMENT_ITEM.match(item):
            amounts = _top(find_amounts(item, pos))
            if amounts and folded.count("(", start, amounts[0].start) <= folded.count(
                ")", start, amounts[0].start
            ):
                parts.append(amounts[0])
        pos = item_end + 1
        if item_end >= end:
            break
    return parts


def _compare_parts(before: list[Amount], parts: list[Amount], complete: bool):
    by_unit: dict[str, list[Amount]] = {}
    for p in parts:
        by_unit.setdefault(p.base_unit, []).append(p)
    for unit, group in by_unit.items():
        total = next((a for a in reversed(before) if a.base_unit == unit), None)
        if total is None:
            continue
        if len(group) == 1 and not complete and group[0].base_value <= total.base_value:
            continue
        s = sum(p.base_value for p in group)
        tol = total.half_ulp + sum(p.half_ulp for p in group)
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


def _footnote_total(doc: Doc, block: int) -> Amount | None:
    """A footnote that opens with "Gồm:"/"Trong đó:" breaks down the last
    amount before its mark in the body sentence."""
    for fn in doc.footnotes:
        if fn.block == block and fn.ref is not None:
            body = doc.blocks[doc.block_at(max(0, fn.ref - 1)) or 0].span
            head = doc.folded[body.start : fn.ref]
            cut = max(head.rfind(". "), head.rfind("; "))
            start = body.start + cut + 2 if cut >= 0 else body.start
            amounts = _top(find_amounts(doc.folded[start : fn.ref], start))
            return amounts[-1] if amounts else None
    return None


def _text_findings(doc: Doc) -> Iterator[Finding]:
    folded = doc.folded
    prev: tuple[int, int] | None = None
    prev_block = -1
    for s, e, block in sentences(doc):
        before = prev if block == prev_block else None
        if before is not None:
            # a sentence that opens with "Trong đó:" breaks down the one before
            lead = next(iter(_top(find_amounts(folded[before[0] : before[1]], before[0]))), None)
        elif doc.blocks[block].kind is BlockKind.FOOTNOTE:
            lead = _footnote_total(doc, block)
        else:
            lead = None
        yield from _ratio_findings(folded, s, e)
        yield from _implicit_base(folded, before, (s, e))
        yield from _parts_findings(folded, s, e, lead)
        prev, prev_block = (s, e), block


def _deadline_findings(
    doc: Doc, extraction: Extraction, doc_date: str | None
) -> Iterator[Finding]:
    """Task deadlines before the document's own date; recomputed from the
    sentences that assign work when the tasks step found nothing."""
    start = parse_date_start(doc_date)
    if not extraction.tasks:
        yield from _text_deadlines(doc, doc_date)
    for task in extraction.tasks:
        due = parse_date(task.deadline)
        if "deadline_before_document" in task.flags or (start and due and due < start):
            yield Finding("deadline_before_document", ERROR,
                          f"Thời hạn {task.deadline_text or task.deadline} sớm hơn ngày ban hành "
                          f"văn bản ({doc_date}).", (task.span,))


def _text_deadlines(doc: Doc, doc_date: str | None) -> Iterator[Finding]:
    if not doc_date:
        return
    folded = doc.folded
    for s, e, _ in sentences(doc):
        if not ASSIGNS.search(folded, s, e) or PAST.search(folded, s, e):
            continue
        for mention in find_deadlines(folded, s, e, doc_date=doc_date):
            if BEFORE_DOCUMENT in mention.flags:
                words = doc.slice(mention.span)
                yield Finding("deadline_before_document", ERROR,
                              f"Thời hạn \"{words}\" sớm hơn ngày ban hành văn bản ({doc_date}).",
                              (mention.span,))


def _reference_findings(extraction: Extraction, doc_date: str | None) -> Iterator[Finding]:
    own = parse_date(doc_date)
    for ref in extraction.references:
        cited = parse_date_start(ref.date)
        if own and cited and cited > own:
            yield Finding("citation_after_document", ERROR,
                          f"Văn bản {ref.number} được dẫn có ngày {ref.date}, sau ngày ban hành "
                          f"văn bản này ({doc_date}).", (ref.span,))


def check_document(doc: Doc, extraction: Extraction) -> list[Finding]:
    """Every single-document check, in text order of their first span."""
    meta = extraction.document
    doc_date = meta.date or _header_date(doc)
    findings = [
        *check_period(replace(meta, date=doc_date)),
        *_text_findings(doc),
        *_deadline_findings(doc, extraction, doc_date),
        *_reference_findings(extraction, doc_date),
        *check_periods(doc, extraction, doc_date),
    ]
    findings.sort(key=lambda f: (f.spans[0].start if f.spans else -1, f.code))
    return findings


_HEADER_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def _header_date(doc: Doc) -> str | None:
    """Date line of the header ("Lạng Sơn, ngày 25 tháng 3 năm 2024") when
    the metadata step has not given one."""
    m = _HEADER_DATE.search(doc.folded, 0, 3000)
    if not m:
        return None
    d, mo, y = (int(x) for x in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}"


def check_series(points: Iterable[SeriesPoint], rel_tol: float = 0.005) -> list[Finding]:
    """Cross-document: the same indicator, place, period and kind stated
    with different actual values in two documents."""
    out = []
    for series in build_series(points).values():
        for a, b in series.disagreements(rel_tol):
            where = f" ({series.place})" if series.place else ""
            msg = (f"Chỉ tiêu {series.indicator_code}{where} kỳ {a.period}: {a.document_id} nêu "
                   f"{vn_number(a.value)} {a.unit}, {b.document_id} nêu {vn_number(b.value)} "
                   f"{b.unit}.")
            out.append(Finding("cross_document_conflict", WARNING, msg,
                               tuple(s for s in (a.span, b.span) if s is not None)))
    return out
