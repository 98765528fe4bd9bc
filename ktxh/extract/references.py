"""Citations of other documents: "Nghị quyết số 57/NQ-CP ngày 21/4/2022".

A citation is a document number (state style "57/NQ-CP", "71/2018/QH14",
"8516/BKHĐT-QLKTTW"; Party style "11-NQ/TW", "52-CTr/TU") with the type word
before it ("Nghị quyết", "văn bản" ...) and the date right after it. Each
document is reported once, under :func:`reference_key`. Unnumbered mentions
("Luật Đầu tư công") and the document's own number are not citations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ktxh.extract.dates import find_dates
from ktxh.extract.doctypes import (
    TYPE_WORDS,
    issuer_of_symbol,
    split_symbol,
    type_of_symbol,
)
from ktxh.extract.records import DocumentMeta, Reference
from ktxh.text.model import Doc, Span
from ktxh.text.normalize import fold

# --- language data -------------------------------------------------------

_UP = r"[A-ZĐÂĂÊÔƠƯ]"
_PART = rf"{_UP}[A-Za-zĐđ0-9&]*"
# Both styles open with 1-5 digits: the first digit is matched before the
# look-behind, so ``re`` skips straight to the digits; each style goes on
# with the other 0-4.
# "57/NQ-CP", "71/2018/QH14", "03/2016/NQ-HĐND", "8516/BKHĐT-QLKTTW"
_STATE = rf"\d{{0,4}}[a-z]?(?:\s?/\s?(?:19|20)\d\d)?\s?/\s?{_PART}(?:-{_PART})*"
# "11-NQ/TW", "52-CTr/TU", "70-TB/VPTW", "05-NQ/HU"
_PARTY = rf"\d{{0,4}}\s?-\s?{_PART}/{_PART}(?:-{_PART})*"
NUMBER_RE = re.compile(rf"\d(?<![\w/.\-]\d)(?:{_PARTY}|{_STATE})(?![\w/])")
# Where a number can start: a digit after no word character, "/", "." or "-".
_NUMBER_START = re.compile(r"\d(?<![\w/.\-]\d)")
# A number's first "/" or "-" comes at most 7 characters after its start
# (5 digits, a letter, a space).
_FIRST_SEPARATOR_WITHIN = 7


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """``NUMBER_RE.finditer(text)``, tried only a few characters before a "/" or
    "-": searching for one literal character is ~15 times faster than for
    any digit, and most digits are no document number."""
    starts: set[int] = set()
    for sep in ("/", "-"):
        at = text.find(sep)
        while at >= 0:
            lo = max(0, at - _FIRST_SEPARATOR_WITHIN)
            starts.update(m.start() for m in _NUMBER_START.finditer(text, lo, at))
            at = text.find(sep, at + 1)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue  # inside the number before
        m = NUMBER_RE.match(text, start)
        if m is not None:
            yield m
            pos = m.end()

# Type word, optional few words ("Luật Đầu tư công"), then "số" before the number.
_TYPE_WORD_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True))
    + r")(?!\w)"
)
_BEFORE_NUMBER = re.compile(r"(?:\s+[^\s,;.()/]+){0,7}?\s*(?:số\s*:?\s*)?$")
_LAW_WORDS = frozenset({"luật", "bộ luật", "pháp lệnh"})
_AGENCY_BEFORE = re.compile(r"(?<!\w)(?:bộ|sở|phòng|vụ|cục|ban)\s+$")
_HEADER_NUMBER = re.compile(r"(?:^|\n)[\s*#|]*số\s*:?\s*$")
_SO_BEFORE = re.compile(r"số\s*:?\s*$")
# Between a number and its date: ", ngày", " (ngày", " của Thủ tướng ... ngày".
_DATE_GAP = re.compile(r"[\s,(]*(?:của\s+[^,;.()\d]{1,60}?\s*)?(?=ngày)|[\s,(]*")
_LOOKBACK = 90

# --- logic ---------------------------------------------------------------


def reference_key(number: str) -> str:
    """Key equal for every spelling of one document number.

    >>> reference_key("57/NQ-CP") == reference_key(" 57 / nq-cp"), reference_key("8516/BKHĐT")
    (True, '8516/bkhdt')
    """
    return re.sub(r"\s+", "", fold(number)).replace("đ", "d")


def _symbol(number: str) -> str:
    """The ký hiệu of a number: "57/NQ-CP" → "NQ-CP", "11-NQ/TW" → "NQ/TW"."""
    number = re.sub(r"\s+", "", number)
    m = re.match(r"\d+[a-z]?[-/](.*)$", number)
    return m[1] if m else number


def _type_before(folded: str, start: int) -> tuple[str | None, int]:
    """Type code and start offset of the type word before a number."""
    lo = max(0, start - _LOOKBACK)
    window = folded[lo:start]
    chosen = None
    for m in reversed(list(_TYPE_WORD_RE.finditer(window))):
        if _AGENCY_BEFORE.search(window, 0, m.start()):
            continue  # "Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"
        if not _BEFORE_NUMBER.fullmatch(window, m.end()):
            break
        if chosen is None or m[0] in _LAW_WORDS:  # "Luật Quy hoạch số ..."
            chosen = m
    if chosen is not None:
        return TYPE_WORDS[" ".join(chosen[0].split())], lo + chosen.start()
    return None, start


def _date_after(folded: str, end: int) -> tuple[str | None, int]:
    gap = _DATE_GAP.match(folded, end)
    at = gap.end() if gap else end
    for d in find_dates(folded, at, min(len(folded), at + 40)):
        if d.span.start == at and d.iso.count("-") >= 1:
            return d.iso, d.span.end
        break
    return None, end


def _is_citation(number: str, has_type: bool, folded: str, start: int) -> bool:
    if has_type or _SO_BEFORE.search(folded, max(0, start - 8), start):
        return True
    kind, issuer = split_symbol(_symbol(number))
    return kind is not None and issuer is not None and issuer_of_symbol(_symbol(number)) is not None


def find_references(doc: Doc, found: Mapping[str, Any]) -> tuple[Reference, ...]:
    """Every document ``doc`` cites, once each, in order of first mention."""
    text, folded = doc.text, doc.folded
    meta = found.get("document")
    own = reference_key(meta.number) if isinstance(meta, DocumentMeta) and meta.number else None
    own_span = meta.spans.get("number") if isinstance(meta, DocumentMeta) else None
    refs: dict[str, Reference] = {}
    for m in _numbers(text):
        number = re.sub(r"\s+", "", m[0])
        key = reference_key(number)
        if key == own or (own_span is not None and own_span.contains(Span(*m.span()))):
            continue
        if _HEADER_NUMBER.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "Số: 120/BC-UBND" opening a line: the document's own number
        kind, start = _type_before(folded, m.start())
        if not _is_citation(number, kind is not None, folded, m.start()):
            continue
        symbol = _symbol(number)
        date, end = _date_after(folded, m.end())
        end = max(end, m.end())
        ref = Reference(
            number=number,
            type=kind or type_of_symbol(symbol) or "other",
            key=key,
            issuer=issuer_of_symbol(symbol),
            date=date,
            quote=" ".join(text[start:end].split()),
            span=Span(start, end),
        )
        first = refs.get(key)
        if first is None:
            refs[key] = ref
        elif first.date is None and date is not None:
            refs[key] = Reference(
                first.number, first.type, key, first.issuer, date, first.quote, first.span
            )
    return tuple(refs.values())
