"""One figure stated twice in a document with two of its digits swapped.

A report often gives a figure in its text and again in its table of main
indicators: "Kim ngạch xuất khẩu ước đạt 4.651 triệu USD" against the row
"Kim ngạch xuất khẩu | Triệu USD | 4.200 | 4.615". Two figures of the same
indicator, period, place, kind, unit and comparison base whose printed
numbers differ only by two neighbouring digits swapped are almost surely
one fact mistyped; values that differ otherwise may be two facts (two
projects, a plan column) and are not compared. Three-digit numbers are
compared only between a table and the text, four digits or more anywhere.
The digits are the figure's value as printed (a human correction counts).
"""

from __future__ import annotations

from collections.abc import Iterator

from ktxh.extract.records import Extraction, Figure
from ktxh.monitor.findings import WARNING, Finding, vn_number
from ktxh.text.model import BlockKind, Doc

MIN_DIGITS = 4  # anywhere in the document
MIN_DIGITS_TABLE_TEXT = 3  # one in a table row, the other in the text


def swapped_digit_findings(doc: Doc, extraction: Extraction) -> Iterator[Finding]:
    """Pairs of the same figure whose printed numbers are a swap apart."""
    groups: dict[tuple, list[tuple[str, bool, Figure]]] = {}
    for f in extraction.figures:
        if f.value_span is None:
            continue
        digits = _digits(f.value, doc.slice(f.value_span))
        key = (f.indicator.casefold(), f.period, f.place, f.kind,
               (f.base_unit or f.unit).casefold(), f.base, f.estimate)
        groups.setdefault(key, []).append((digits, _in_table(doc, f), f))
    for members in groups.values():
        for i, (a, a_table, fa) in enumerate(members):
            for b, b_table, fb in members[i + 1 :]:
                least = MIN_DIGITS_TABLE_TEXT if a_table != b_table else MIN_DIGITS
                if len(a) >= least and _one_swap(a, b):
                    yield Finding(
                        "digits_swapped", WARNING,
                        f"\"{fa.indicator}\" được ghi {vn_number(fa.value, 3)} và "
                        f"{vn_number(fb.value, 3)} {(fb if a_table else fa).unit}: "
                        "có thể nhầm thứ tự chữ số.",
                        (fa.value_span, fb.value_span),
                    )


def _digits(value: float, printed: str) -> str:
    """The digits of ``value`` with as many decimals as printed ("72,50" →
    "7250"): a corrected value gives its own digits, not the text's."""
    decimals = sum(ch.isdigit() for ch in printed.rpartition(",")[2]) if "," in printed else 0
    return f"{abs(value):.{decimals}f}".replace(".", "").lstrip("0")


def _in_table(doc: Doc, figure: Figure) -> bool:
    block = doc.block_at(figure.span.start)
    return block is not None and doc.blocks[block].kind is BlockKind.TABLE_ROW


def _one_swap(a: str, b: str) -> bool:
    """"4615" and "4651": equal but for two neighbouring digits exchanged."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
