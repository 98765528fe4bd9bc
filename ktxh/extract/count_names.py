"""Indicators named by what stands around a number rather than before it.

- "Dự án đường tỉnh 741 (dài 12,4 km)", "(…, loại hợp đồng BOT, dài 45,6 km)": the
  length of the work named before the bracket, "chiều dài đường tỉnh 741".
- "Công an tỉnh bắt giữ 96 vụ, 158 đối tượng": the verb at the end of the subject
  goes on to the counts listed after it (:func:`verb_tail`).
- "So với năm 2024 giảm 11 vụ", "trong đó 11 vụ tại rừng trồng": a bare count
  compared or broken down takes the name of the last count of its unit in the
  paragraph (:func:`name_bare_counts`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract import indicators
from ktxh.extract.records import Figure
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# a subject that only says "long": "(dài 12,4 km)", "dài khoảng 8 km"
_LONG_ONLY = re.compile(r"(?:tuyến\s)?dài(?:\s(?:khoảng|gần|hơn|trên))?")
# a bracketed size after a name: "(tổng mức đầu tư 1.134 tỷ đồng)", "(quy mô 12 ha)"
_SIZE_ONLY = re.compile(r"tổng mức đầu tư|tổng vốn đầu tư|quy mô|diện tích")
# the kind of work a name opens with, which the length does not repeat
_WORK_PREFIX = re.compile(r"(?:dự án|công trình|tiểu dự án)\s+", re.I)
_BREAK = re.compile(r"[,;:]\s")
# the last syllables of the verbs that open what is counted: a cheap first test
_VERB_ENDS = frozenset(v.rsplit(" ", 1)[-1] for v in indicators.OPENING_VERBS)
# "trong đó 11 vụ tại rừng trồng": a part of the count before
_BREAKDOWN = re.compile(r"(?<![\w])(?:trong đó|riêng|cụ thể)[\s:,]*(?:có\s)?$")
# a word that makes a noun of the verb after it: "việc làm", "công tác kiểm tra"
_NOUN_HEADS = frozenset(("việc", "công tác", "tác", "hoạt động", "động", "sự", "cuộc"))


def length_name(text: str, folded: str, part_start: int, subject: str, q_start: int) -> str:
    """"chiều dài <name>" for a bracketed "(dài N km)" after a name, "tổng mức đầu tư
    <name>" for "(tổng mức đầu tư N tỷ đồng)", "quy mô <name>"; "" otherwise."""
    size = _SIZE_ONLY.fullmatch(subject.lower())
    if not _LONG_ONLY.fullmatch(subject.lower()) and not size:
        return ""
    opened = folded.rfind("(", part_start, q_start)
    if opened == -1 or folded.find(")", opened, q_start) != -1:
        return ""
    breaks = [m.end() for m in _BREAK.finditer(folded, part_start, opened)]
    start = breaks[-1] if breaks else part_start
    name = indicators.subject(text, folded, start, opened)
    if size:
        return f"{subject} {name}" if name else ""
    name = _WORK_PREFIX.sub("", name, count=1).strip()
    return f"chiều dài {name}" if name else ""


def bracket_owner(text: str, folded: str, part_start: int, seg: int) -> str:
    """The name before a bracket that ends right before ``seg``: "Dự án X (tổng mức
    đầu tư 1.134 tỷ đồng) | đạt 62% khối lượng" → "Dự án X"; "" otherwise."""
    head = folded[max(part_start, seg - 2) : seg]
    if not head.rstrip().endswith(")"):
        return ""
    closed = folded.rfind(")", part_start, seg)
    opened = folded.rfind("(", part_start, closed)
    if opened == -1:
        return ""
    breaks = [m.end() for m in _BREAK.finditer(folded, part_start, opened)]
    return indicators.subject(text, folded, breaks[-1] if breaks else part_start, opened)


# "tỷ lệ giải ngân thấp (37,1%)", "có tỷ lệ giải ngân thấp nhất (16,4%)": a rate named
# before a bracket that holds only its value
_RATE_BEFORE_BRACKET = re.compile(r"(?:tỷ lệ|tỉ lệ)\s[^,;:()\d]*?\s?\($")
_BENCHMARK = re.compile(r"hơn\s|bình quân|cả nước|toàn quốc|cùng kỳ")
_HOW_LOW = re.compile(r"\s(?:vẫn |còn )?(?:ở mức )?(?:rất |khá )?(?:thấp|cao)(?: nhất)?$")


def rate_before_bracket(text: str, folded: str, part_start: int, seg: int, q_start: int,
                        q_end: int) -> tuple[str, int]:
    """The rate named right before the bracket that opens at ``seg`` and holds only the
    number at ``[q_start, q_end)``, and where the name starts: "tỷ lệ giải ngân thấp
    (37,1%)" → "tỷ lệ giải ngân"; ("", -1) otherwise."""
    if (folded[seg - 1 : seg] != "(" or folded[q_end : q_end + 1] != ")"
            or (q_start > seg and not folded[seg:q_start].isspace())):
        return "", -1
    m = _RATE_BEFORE_BRACKET.search(folded, max(part_start, seg - 80), seg)
    if m is None or _BENCHMARK.search(folded, max(part_start, m.start() - 12), seg - 1):
        return "", -1  # "thấp hơn tỷ lệ giải ngân bình quân chung của tỉnh (41,9%)"
    end = seg - 1
    while end > m.start() and folded[end - 1] == " ":
        end -= 1
    low = _HOW_LOW.search(folded, m.start(), end)
    name = indicators.subject(text, folded, m.start(), low.start() if low else end)
    return (name, m.start()) if name else ("", -1)


def verb_tail(subject: str) -> str:
    """The verb the subject ends with, if it opens what is counted: "Công an tỉnh
    bắt giữ" → "bắt giữ"; "" when it ends otherwise."""
    words = subject.split()
    if len(words) < 2 or words[-1].lower() not in _VERB_ENDS:
        return ""
    for n in (3, 2, 1):
        if len(words) > n and indicators.is_opening_verb(tail := " ".join(words[-n:])):
            # not a noun's last syllables: "giải quyết việc làm mới"
            return "" if fold(words[-n - 1]) in _NOUN_HEADS or tail.startswith("làm") else tail
    return ""


def name_bare_counts(figures: list[Figure], named: dict[str, str]) -> list[Figure]:
    """``figures`` of one sentence with a bare count ("vụ") named after the last
    figure of the same unit in ``named`` (unit → indicator, of the paragraph so far,
    updated here): "Xảy ra 64 vụ tai nạn giao thông. So với năm 2024 giảm 11 vụ"."""
    out = []
    for f in figures:
        unit = f.unit.lower()
        if not unit or unit == "%":
            out.append(f)
            continue
        bare = len(f.indicator) == len(unit) and f.indicator.lower() == unit
        if bare and unit in named and (f.kind == "change" or _broken_down(f)):
            f = replace(f, indicator=named[unit])
        elif not bare:
            named[unit] = f.indicator
        out.append(f)
    return out


def _broken_down(f: Figure) -> bool:
    """Whether the number of ``f`` follows "trong đó" in its quote."""
    if f.value_span is None:
        return False
    at = f.value_span.start - f.span.start
    return 0 < at <= len(f.quote) and bool(_BREAKDOWN.search(fold(f.quote[:at])))
