"""Commas inside a subject: "A, B và C" names one thing.

A sentence is cut into segments at ", " (see :mod:`ktxh.extract.quantities`),
but a comma also joins the members of a coordinated noun phrase: "Khu vực
nông, lâm nghiệp và thủy sản chỉ tăng 1,32%", "Chi cho khoa học, công nghệ,
đổi mới sáng tạo và chuyển đổi số đạt 3%", "Chỉ số hài lòng của người dân, tổ
chức đối với sự phục vụ ... đạt 84,2%", "trong đó có bằng cấp, chứng chỉ đạt
47%". :func:`coordinated_start` finds where such a subject starts.
"""

from __future__ import annotations

import re

from ktxh.extract.units import COUNTS

# --- language data -----------------------------------------------------------

# a segment whose subject goes on a list: "lâm nghiệp và thủy sản chỉ tăng"
_AND_BEFORE_VERB = re.compile(
    r"(?:[^\W\d]+\s){1,4}và\s(?:[^\W\d]+\s){0,5}?(?:chỉ\s|ước\s|dự kiến\s|bình quân\s)?"
    r"(?:tăng|giảm|đạt|là|chiếm|bằng|có)(?![\w])"
)
# nouns that pair after a comma: "người dân, tổ chức", "bằng cấp, chứng chỉ", "xã, phường"
_PAIRED = tuple(sorted({*COUNTS, "chứng chỉ", "công nghệ", "bản", "cá nhân", "tổ chức"},
                       key=len, reverse=True))
_PAIRED_FIRST = frozenset(w.split(" ", 1)[0] for w in _PAIRED)
_PAIRED_AT = re.compile(r"(?:" + "|".join(re.escape(w) for w in _PAIRED) + r")(?![\w])")
_PAIRED_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(w) for w in (*_PAIRED, "bằng cấp", "khoa học"))
    + r")$"
)
# what opens an adverbial phrase, not a subject: "Về nông nghiệp, ...", "Bên cạnh đó, ..."
_INTRO = re.compile(
    r"\s*(?:về|trong(?! đó)|theo|bên cạnh|nhìn chung|ngoài ra|tuy nhiên|đến|tính đến|riêng"
    r"|cụ thể|đồng thời|nhờ|do|mặc dù|nhưng|song|qua|sau|với|để|hiện nay|năm|quý|tháng"
    r"|đối với|tại|so với|từ|lũy kế|luỹ kế)(?![\w])"
)
_FIRST_WORDS = 10  # the piece that opens the subject: at most this many words
_MIDDLE_WORDS = 4  # a member between two commas: at most this many words


def coordinated_start(folded: str, part_start: int, seg: int, pos: int) -> int:
    """Where the subject of the number at ``pos`` starts when the comma before its
    segment ``[seg, pos)`` is inside a coordinated noun phrase; else ``seg``.

    The segment must go on a list ("B và C <verb>") or open with a noun that pairs
    with the one before the comma ("người dân, tổ chức"); the members before it
    hold no digit, the middle ones are short, the first opens no adverbial phrase.
    """
    if seg - 2 <= part_start or not folded.startswith(", ", seg - 2):
        return seg
    listed = folded.find(" và ", seg, pos) != -1 and _AND_BEFORE_VERB.match(folded, seg, pos)
    if not listed and not (
        folded[seg : folded.find(" ", seg, pos)] in _PAIRED_FIRST
        and _PAIRED_AT.match(folded, seg, pos)
        and _PAIRED_BEFORE.search(folded, max(part_start, seg - 24), seg - 2)
    ):
        return seg
    end = seg - 2
    while True:
        comma = folded.rfind(", ", part_start, end)
        start = comma + 2 if comma >= 0 else part_start
        member = folded[start:end]
        if any(c.isdigit() for c in member) or any(c in member for c in "():"):
            return seg
        words = len(member.split())
        if member.startswith("trong đó "):
            return start  # "..., trong đó có bằng cấp, chứng chỉ đạt 47%"
        if comma < 0:
            if words > _FIRST_WORDS or _INTRO.match(member):
                return seg
            return start
        if words > _MIDDLE_WORDS:
            # the member that opens the subject, after an earlier clause
            return start if words <= _FIRST_WORDS and not _INTRO.match(member) else seg
        end = comma
