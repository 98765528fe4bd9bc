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
_PAIRED = tuple(sorted({*COUNTS, "chứng chỉ", "công nghệ", "bản", "cá nhân", "tổ chức",
                        "người bệnh", "người nhà"}, key=len, reverse=True))
_PAIRED_FIRST = frozenset(w.split(" ", 1)[0] for w in _PAIRED)
_PAIRED_AT = re.compile(r"(?:" + "|".join(re.escape(w) for w in _PAIRED) + r")(?![\w])")
_PAIRED_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(w) for w in (*_PAIRED, "bằng cấp", "khoa học"))
    + r")$"
)
# fixed pairs of the genre written with a comma: "khám, chữa bệnh", "thu gom, xử lý"
_FIXED_PAIRS = frozenset((
    ("khám", "chữa"), ("sản xuất", "kinh doanh"), ("thu gom", "xử lý"), ("nông", "lâm"),
    ("khoa học", "công nghệ"), ("tiếp nhận", "giải quyết"), ("thanh tra", "kiểm tra"),
    ("an ninh", "trật tự"), ("văn hóa", "thể thao"), ("giáo dục", "đào tạo"),
    ("sửa chữa", "nâng cấp"), ("cải tạo", "nâng cấp"), ("chăm sóc", "bảo vệ"),
    ("khiếu nại", "tố cáo"), ("doanh nghiệp", "hợp tác xã"), ("cơ quan", "đơn vị"),
    ("bồi thường", "hỗ trợ"), ("hỗ trợ", "tái định cư"), ("phòng", "chống"),
))
_FIXED_FIRST = frozenset(b.split(" ", 1)[0] for _, b in _FIXED_PAIRS)
# what opens an adverbial phrase, not a subject: "Về nông nghiệp, ...", "Bên cạnh đó, ..."
_INTRO = re.compile(
    r"\s*(?:về|trong(?! đó)|theo|bên cạnh|nhìn chung|ngoài ra|tuy nhiên|đến|tính đến|riêng"
    r"|cụ thể|đồng thời|nhờ|do|mặc dù|nhưng|song|qua|sau|với|để|hiện nay|năm|quý|tháng"
    r"|đối với|tại|so với|từ|lũy kế|luỹ kế)(?![\w])"
)
_FIRST_WORDS = 10  # the piece that opens the subject: at most this many words
_MIDDLE_WORDS = 4  # a member between two commas: at most this many words


def _paired(folded: str, part_start: int, comma: int, pos: int) -> bool:
    """Whether the words around the comma at ``comma`` pair up: two count nouns
    ("người dân, tổ chức") or a fixed pair ("khám, chữa bệnh")."""
    after = comma + 2
    first = folded[after : folded.find(" ", after, pos)]
    if first in _FIXED_FIRST:
        before = folded[max(part_start, comma - 24) : comma].split()
        nxt = folded[after:pos].replace(",", " ").split()  # "hỗ trợ, tái định cư"
        for x, y in _FIXED_PAIRS:
            nx, ny = len(x.split()), len(y.split())
            if " ".join(before[-nx:]) == x and " ".join(nxt[:ny]) == y:
                return True
    return (first in _PAIRED_FIRST and bool(_PAIRED_AT.match(folded, after, pos))
            and bool(_PAIRED_BEFORE.search(folded, max(part_start, comma - 24), comma)))


def coordinated_start(folded: str, part_start: int, seg: int, pos: int) -> int:
    """Where the subject of the number at ``pos`` starts when the comma before its
    segment ``[seg, pos)`` is inside a coordinated noun phrase; else ``seg``.

    A comma joins when the segment goes on a list ("B và C <verb>", its members
    short) or the words around it pair up (:func:`_paired`); a member holds no
    digit or bracket, and the first opens no adverbial phrase ("Về ...").
    """
    start = seg
    listed = folded.find(" và ", seg, pos) != -1 and bool(_AND_BEFORE_VERB.match(folded, seg, pos))
    while start - 2 > part_start and folded.startswith(", ", start - 2):
        comma = start - 2
        if not listed and not _paired(folded, part_start, comma, pos):
            return start
        prev = folded.rfind(", ", part_start, comma)
        begin = prev + 2 if prev >= 0 else part_start
        colon = folded.rfind(": ", begin, comma)
        if colon >= 0:  # "Cơ cấu kinh tế năm 2024: khu vực nông, lâm nghiệp và ..."
            begin, prev = colon + 2, -1
        member = folded[begin:comma]
        if any(c.isdigit() or c in "():" for c in member):
            return start
        if member.startswith("trong đó "):
            return begin  # "..., trong đó có bằng cấp, chứng chỉ đạt 47%"
        words = len(member.split())
        if words > _FIRST_WORDS or _INTRO.match(member):
            return start
        if prev < 0:
            return begin
        listed = listed and words <= _MIDDLE_WORDS
        start = begin
    return start
