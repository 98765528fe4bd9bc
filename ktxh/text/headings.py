"""Numbering styles of Vietnamese administrative documents, and headings.

The hierarchy comes from the numbering as printed, not from markdown ``#``
counts (converted documents mix them): "Phần I"/"PHẦN THỨ NHẤT" > "Chương
II" > "A." > "I." > "1." > "1.1." > "1.1.1." > "a)"/"đ)" > "(1)"/"1)" >
bold unnumbered lines. A numbered paragraph that is long body text ("1.
Giao Sở ... chủ trì ...") is a list item keeping its label, not a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Ranks from the outermost numbering style to the innermost.
RANKS = (
    "part",
    "chapter",
    "section",
    "article",
    "upper_letter",
    "roman",
    "arabic",
    "arabic2",
    "arabic3",
    "arabic4",
    "letter",
    "paren",
    *(f"outline{n}" for n in range(1, 10)),  # unnumbered Word "Heading N"
    "bold",
)
# Part, roman and arabic numbering always count, so a common document has
# 1 = "Phần I", 2 = "I.", 3 = "1."; the other styles a document uses take
# levels in rank order around them ("Chương", "Điều" push "I." deeper).
ALWAYS_COUNTED = frozenset({"part", "roman", "arabic"})

_ORDINALS = r"nhất|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười(?:\s+\w+)?"
# Matched against the folded (lower-case) text.
_PART = re.compile(rf"^phần\s+(?:thứ\s+)?({_ORDINALS}|[ivxlc]+|\d{{1,2}})(?![\w])[.:]?\s*")
_CHAPTER = re.compile(r"^chương\s+([ivxlc]+|\d{1,2})(?![\w])[.:]?\s*")
_SECTION = re.compile(r"^mục\s+(\d{1,2})(?![\w])[.:]?\s*")  # "Mục 2. ..."
_ARTICLE = re.compile(r"^điều\s+(\d{1,3})(?![\w])[.:]?\s*")  # "Điều 1. Phê duyệt ..."
# Matched against the text as printed (case matters: "I." vs "i)").
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))[.:)]\s*(?=\S)")
_UPPER_LETTER = re.compile(r"^([A-HJ-UWYZĐ])[.)]\s+(?=\S)")
_ARABIC_N = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?![\d,])\s*(?=\D)")
_LETTER = re.compile(r"^([a-zđ])[.)]\s+(?=\S)")
_PAREN = re.compile(r"^(?:\((\d{1,2}|[a-zđ])\)|(\d{1,2})\))\s*(?=\S)")
_INNER_STOP = re.compile(r"[.!?:]\s")
_BULLET = re.compile(r"^[-–—+•·*]\s*(?=\S)")

# Headings are short; a numbered paragraph longer than this that ends like
# a sentence is body text ("1. Giao Sở Tài chính chủ trì ... ./.").
MAX_HEADING = 300
MAX_PLAIN_HEADING = 120
MAX_SENTENCE_HEADING = 120


@dataclass(frozen=True, slots=True)
class Numbering:
    """Numbering found at the start of a paragraph: its style and label."""

    style: str
    label: str
    end: int  # offset where the paragraph's own words start


def numbering(text: str) -> Numbering | None:
    """Numbering at the start of ``text``, if any.

    >>> numbering("PHẦN THỨ NHẤT")
    Numbering(style='part', label='NHẤT', end=13)
    >>> numbering("2.2.1. Về đầu tư").label
    '2.2.1'
    >>> numbering("1.300 ha lúa") is None
    True
    """
    return _numbering(text[:48])


@lru_cache(maxsize=8192)
def _numbering(text: str) -> Numbering | None:
    folded = text.lower()  # same length: offsets hold
    m = _PART.match(folded)
    if m:
        return Numbering("part", text[m.start(1) : m.end(1)], m.end())
    m = _CHAPTER.match(folded)
    if m:
        return Numbering("chapter", text[m.start(1) : m.end(1)], m.end())
    for style, pattern in (("section", _SECTION), ("article", _ARTICLE)):
        m = pattern.match(folded)
        if m:
            return Numbering(style, m.group(1), m.end())
    m = _ROMAN.match(text)
    if m and m.group(1):
        return Numbering("roman", m.group(1), m.end())
    m = _UPPER_LETTER.match(text)
    if m:
        return Numbering("upper_letter", m.group(1), m.end())
    m = _ARABIC_N.match(text)
    if m and (m.group(0).rstrip() != m.group(1) or "." in m.group(1)):
        depth = m.group(1).count(".")
        style = "arabic" if depth == 0 else f"arabic{min(depth + 1, 4)}"
        return Numbering(style, m.group(1), m.end())
    m = _LETTER.match(text)
    if m:
        return Numbering("letter", m.group(1), m.end())
    m = _PAREN.match(text)
    if m:
        return Numbering("paren", m.group(1) or m.group(2), m.end())
    return None


def is_bullet(text: str) -> bool:
    """Whether ``text`` is a "- ..." list line."""
    return bool(_BULLET.match(text))


def _upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _ends_like_sentence(text: str) -> bool:
    return text.endswith((".", "./.", ";")) and not text.endswith("..")


def heading_style(
    text: str, bold: bool, hinted: bool, before_text: bool = False, outline: int | None = None
) -> tuple[str | None, str | None]:
    """``(style, label)``: style is a rank name when the line is a heading.

    ``before_text``: the next block is an unnumbered paragraph, as under a
    heading ("a) Tiếp tục phát triển kinh tế cửa khẩu ..." then its text).
    A non-heading numbered paragraph gives ``(None, label)``.
    """
    num = numbering(text)
    label = num.label if num else None
    size = len(text)
    if num:
        if num.style in ("part", "chapter", "section") and size <= MAX_HEADING:
            return num.style, label
        marked = bold or hinted
        if marked and size <= MAX_HEADING and not (
            size > MAX_SENTENCE_HEADING and _ends_like_sentence(text)
        ):
            return num.style, label
        if (
            not marked
            and size <= MAX_PLAIN_HEADING
            and not _ends_like_sentence(text)
            and (num.style != "paren" or _upper_share(text) > 0.8)
        ):
            # "1. Về phát triển kinh tế" without bold (plain .txt, PDF)
            return num.style, label
        if (
            not marked
            and before_text
            and num.style != "paren"
            and size <= MAX_HEADING
            and not _INNER_STOP.search(text, num.end, size - 1)
        ):
            return num.style, label
        return None, label
    if is_bullet(text):
        return None, None
    if outline is not None and 1 <= outline <= 9 and size <= MAX_HEADING:
        return f"outline{outline}", None
    if (bold or hinted) and size <= MAX_HEADING and not (
        size > MAX_SENTENCE_HEADING and _ends_like_sentence(text)
    ):
        return "bold", None
    if size <= MAX_PLAIN_HEADING and _upper_share(text) > 0.9 and sum(
        c.isalpha() for c in text
    ) >= 4:
        # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO" in plain text
        return "bold", None
    return None, None


def assign_levels(styles: list[str | None]) -> dict[str, int]:
    """Level of each heading style used in a document (1 = outermost)."""
    used = set(s for s in styles if s) | ALWAYS_COUNTED
    if "chapter" not in used:
        used.discard("chapter")
    return {style: i + 1 for i, style in enumerate(r for r in RANKS if r in used)}
