"""Forms of investment of a project: BOT, BT, PPP, ODA.

Read from the words before a name ("dự án BOT cải tạo Quốc lộ 1A"), from the
stretch after it ("... theo hình thức hợp đồng BOT", "(vốn vay Ngân hàng Thế
giới)"), from the section under its heading, or from the nearest heading
above it that names one form: "7. Các dự án đầu tư theo phương thức đối tác
công tư (PPP)".
"""

from __future__ import annotations

import re

from ktxh.extract.litscan import LiteralScan
from ktxh.text.model import Doc, Span

# --- language data ---------------------------------------------------------

FORM_NAMES = {"BOT": "BOT", "BTO": "BOT", "BOO": "BOT", "BT": "BT", "PPP": "PPP", "ODA": "ODA"}
FORMS = (
    ("PPP", re.compile(r"\bđối tác công tư\b|\bppp\b")),
    ("BOT", re.compile(r"\bbot\b")),
    ("BT", re.compile(r"\bbt\b")),
    ("ODA", re.compile(
        r"\boda\b|\b(?:adb|wb|jica|kfw|edcf|afd|ifad)\d*\b|ngân hàng thế giới|vốn vay nước ngoài"
        r"|ngân hàng phát triển châu á|vốn vay ưu đãi"
    )),
)
# each form's pattern tried only where a word it opens with stands (found with str.find):
# the patterns open with "\b", which ``re`` tries at every character of a stretch
_FORM_SCANS = tuple((form, LiteralScan(rx)) for form, rx in FORMS)


def form_in(doc: Doc, span: Span) -> str | None:
    """The first form named in ``span``."""
    chunk = doc.folded[span.start : span.end]
    for form, scan in _FORM_SCANS:
        if scan.search(chunk):
            return form
    return None


def heading_form(doc: Doc, pos: int, seen: dict[int | None, str | None]) -> str | None:
    """The one form named by the nearest heading above ``pos`` that names any;
    ``seen`` keeps the answer per block."""
    block = doc.block_at(pos)
    if block not in seen:
        seen[block] = _form_above(doc, block)
    return seen[block]


def _form_above(doc: Doc, block: int | None) -> str | None:
    if block is None:
        return None
    for h in reversed(doc.headings(block)):
        chunk = doc.folded[h.span.start : h.span.end]
        forms = {form for form, scan in _FORM_SCANS if scan.search(chunk)}
        if len(forms) == 1:
            return forms.pop()
        if forms:
            return None  # "CÁC DỰ ÁN ODA VÀ PPP": no one form
    return None
