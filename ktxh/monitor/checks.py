"""Consistency checks on one document (pure: Doc + Extraction in, findings out).

``ktxh check FILE`` can run these on a draft before it is stored. Most
checks read the sentence text itself (amounts via :mod:`ktxh.monitor.amounts`)
so they do not depend on how much the extractors found; the swapped digits
of :mod:`~ktxh.monitor.figure_checks` compare the extracted figures. The checks live in
:mod:`~ktxh.monitor.ratio_checks`, :mod:`~ktxh.monitor.parts_checks`,
:mod:`~ktxh.monitor.share_checks`, :mod:`~ktxh.monitor.difference_checks`,
:mod:`~ktxh.monitor.table_checks`, :mod:`~ktxh.monitor.count_checks`,
:mod:`~ktxh.monitor.figure_checks`,
:mod:`~ktxh.monitor.period_checks` and :mod:`~ktxh.monitor.calendar`; this
module runs them, and adds the checks on records (deadlines, citations) and
across documents (:func:`check_series`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ktxh.extract.deadlines import BEFORE_DOCUMENT, find_deadlines
from ktxh.extract.records import Extraction
from ktxh.monitor.amounts import find_amounts
from ktxh.monitor.calendar import check_period
from ktxh.monitor.check_patterns import ASSIGNS, HEADER_DATE, PAST
from ktxh.monitor.count_checks import counted_findings, counted_list_findings, tally_findings
from ktxh.monitor.difference_checks import difference_findings
from ktxh.monitor.figure_checks import swapped_digit_findings
from ktxh.monitor.findings import ERROR, Finding
from ktxh.monitor.parts_checks import footnote_totals, list_parts_findings, parts_findings
from ktxh.monitor.period_checks import check_periods
from ktxh.monitor.periods import parse_date, parse_date_start
from ktxh.monitor.ratio_checks import implicit_base, ratio_findings, top_amounts
from ktxh.monitor.sentences import sentences
from ktxh.monitor.series_checks import check_changes, check_series
from ktxh.monitor.share_checks import share_findings
from ktxh.monitor.table_checks import table_findings
from ktxh.text.model import BlockKind, Doc

__all__ = ["check_changes", "check_document", "check_series", "sentences"]


def _text_findings(doc: Doc) -> Iterator[Finding]:
    folded = doc.folded
    prev: tuple[int, int] | None = None
    prev_block = -1
    for s, e, block in sentences(doc):
        before = prev if block == prev_block else None
        if before is not None:
            # a sentence that opens with "Trong đó:" breaks down the one before
            amounts = top_amounts(find_amounts(folded[before[0] : before[1]], before[0]))
            lead = amounts[:1]
        elif doc.blocks[block].kind is BlockKind.FOOTNOTE:
            lead = footnote_totals(doc, block)
        else:
            lead = []
        yield from ratio_findings(folded, s, e)
        yield from implicit_base(folded, before, (s, e))
        yield from parts_findings(folded, s, e, lead)
        yield from list_parts_findings(doc, s, e, block, before)
        yield from counted_findings(folded, s, e)
        yield from counted_list_findings(doc, s, e, block)
        yield from tally_findings(folded, s, e)
        yield from share_findings(folded, s, e)
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
        *difference_findings(doc),
        *table_findings(doc),
        *swapped_digit_findings(doc, extraction),
        *_deadline_findings(doc, extraction, doc_date),
        *_reference_findings(extraction, doc_date),
        *check_periods(doc, extraction, doc_date),
    ]
    findings.sort(key=lambda f: (f.spans[0].start if f.spans else -1, f.code))
    return findings


def _header_date(doc: Doc) -> str | None:
    """Date line of the header ("Lạng Sơn, ngày 25 tháng 3 năm 2024") when
    the metadata step has not given one; a draft's blank day ("ngày   tháng
    11 năm 2024") gives the month. Dates of cited documents ("Căn cứ ...
    ngày 10 tháng 12 năm 2020") are not taken: the line must open with the
    date or with the place and a comma."""
    m = HEADER_DATE.search(doc.folded, 0, 2000)
    if not m:
        return None
    d, mo, y = m["d"], m["m"], int(m["y"])
    if not mo:
        return f"{y:04d}"
    if not d:
        return f"{y:04d}-{int(mo):02d}"
    return f"{y:04d}-{int(mo):02d}-{int(d):02d}"
