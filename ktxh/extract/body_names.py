"""Readers of the names inside a body's name: places ("tỉnh | Lạng Sơn"), proper
names ("Sở | Kế hoạch và Đầu tư") and the field words of a project board ("Ban
Quản lý dự án | đầu tư xây dựng"). Each returns the end offset of what it read;
:mod:`ktxh.extract.body_reader` puts them together into bodies.
"""

from __future__ import annotations

from ktxh.extract.clause_words import (
    ACTION_PHRASES,
    BOARD_STOP,
    GROUP_TAILS,
    INNER_HEADS,
    NAME_STOP,
    NAMED_HEADS,
    NARRATIVE_WORDS,
    PROJECT_NAME_WORDS,
    REPORTED_OBJECTS,
    STATEMENT_WORDS,
    TITLES,
)
from ktxh.extract.phrase_match import _WORD, _capitalized, _skip_spaces, starts_with

_SORTED_STOPS = tuple(sorted(ACTION_PHRASES + NARRATIVE_WORDS + STATEMENT_WORDS + REPORTED_OBJECTS,
                             key=len, reverse=True))
_SORTED_HEADS = tuple(sorted(NAMED_HEADS, key=len, reverse=True))
_SORTED_TAILS = tuple(sorted(GROUP_TAILS, key=len, reverse=True))
_UNIT_ENDS = ("tỉnh", "uyện", " phố", " xã", "hường", " trấn")
# the joint office of two bodies, one body (every xã/phường has one since 7/2025; the
# provinces' office of the National Assembly delegation and the HĐND): "Văn phòng | …"
_JOINT_OFFICES = (
    "hội đồng nhân dân và ủy ban nhân dân", "hđnd và ubnd", "hđnd và ủy ban nhân dân",
    "đoàn đại biểu quốc hội và hội đồng nhân dân", "đoàn đbqh và hđnd",
)
# the party committee a name ends with: "… Tỉnh ủy", "… Huyện ủy", "… Thành ủy", "… Thị ủy"
_PARTY_ENDS = (" tỉnh ủy", " huyện ủy", " thành ủy", " thị ủy")


def _board_words(folded: str, pos: int, end: int) -> int:
    """Extend a group of project boards over the words of their field, when a tail follows:
    "các Ban Quản lý dự án | đầu tư xây dựng | của tỉnh"."""
    p = q = pos
    while True:
        r = _skip_spaces(folded, q, end)
        phrase = starts_with(folded, r, PROJECT_NAME_WORDS)
        if phrase is None:
            break
        q = r + len(phrase)
    r = _skip_spaces(folded, q, end)
    return q if q > p and starts_with(folded, r, _SORTED_TAILS) else p


def _capitalized_after(text: str, folded: str, pos: int) -> bool:
    """The word after ``pos`` (spaces skipped) starts with a capital: a name goes on."""
    q = _skip_spaces(folded, pos, len(folded))
    return q > pos and _capitalized(text, q)


def _read_places(text: str, folded: str, pos: int, end: int) -> int:
    """Extend over a list of places: "UBND các huyện | Cao Lộc, Văn Lãng"."""
    p = _read_place(text, folded, pos, end)
    while p > pos:
        q = p + 1 if folded.startswith(",", p) else p
        q = _skip_spaces(folded, q, end)
        if starts_with(folded, q, ("và",)):
            q = _skip_spaces(folded, q + 2, end)
        e = _read_place(text, folded, q, end)
        if e == q:
            break
        pos, p = q, e
    return p


def _read_place(text: str, folded: str, pos: int, end: int) -> int:
    """Extend over a capitalized place name: "tỉnh | Lạng Sơn"."""
    p = pos
    while True:
        q = _skip_spaces(folded, p, end)
        m = _WORD.match(folded, q)
        if not m or q >= end or not _capitalized(text, q) or not m.group().isalpha():
            return p
        if starts_with(folded, q, _SORTED_HEADS):
            return p
        p = m.end()


def _read_name(text: str, folded: str, pos: int, end: int, *, commas: bool = True) -> int:
    """End of a proper name that starts with a capital at ``pos``."""
    p, n = pos, 0
    joint = starts_with(folded, pos, _JOINT_OFFICES) if folded.endswith(
        "văn phòng ", 0, pos) else None
    if joint:  # "Văn phòng | Hội đồng nhân dân và Ủy ban nhân dân phường": one office
        p, n = pos + len(joint), joint.count(" ") + 1
    # "Ban Quản lý dự án …", "Phòng Quản lý xây dựng", "Phòng Quản lý đô thị"
    board_name = folded.startswith("quản lý", pos) and folded[pos - 6 : pos].endswith(
        ("ban ", "phòng "))
    while n < 20 if board_name or "dự án" in folded[pos:p] else n < 14:
        q = _skip_spaces(folded, p, end)
        m = _WORD.match(folded, q)
        if not m or q >= end:
            break
        w = m.group()
        if w == "," and not commas:
            break
        # "Ban Quản lý dự án ...", "Ban Quản lý các khu công nghiệp tỉnh": lower-case words go on
        board = board_name or "dự án" in folded[pos:p]
        if w in (",", "-", "–") or w == "và":
            r = _skip_spaces(folded, m.end(), end)
            if (r < end and _capitalized(text, r)
                    and _WORD.match(folded, r).group().replace("&", "").isalpha()
                    and not starts_with(folded, r, _SORTED_HEADS)
                    and not starts_with(folded, r, TITLES)):  # "Sở Y tế và | Chủ tịch …"
                p, n = m.end(), n + 1
                continue
            if board and w == "và" and _board_word(text, folded, r):
                p, n = m.end(), n + 1  # "... công trình dân dụng và công nghiệp tỉnh"
                continue
            break
        if not w[0].isalnum():
            break
        if (q > pos and not _capitalized(text, q) and folded[p - 4 : p] in _UNIT_ENDS
                and not (w in ("ủy", "đoàn")
                         and _capitalized(text, folded.rfind(" ", pos - 1, p) + 1))):
            break  # "Văn phòng UBND tỉnh | nâng cấp": only a place name (or "Tỉnh ủy") may follow
        if (q > pos and not _capitalized(text, q) and folded.endswith(_PARTY_ENDS, pos, p)
                and _capitalized(text, folded.rindex(" ", pos, p - 3) + 1)):
            break  # "Ban Tuyên giáo và Dân vận Tỉnh ủy | định hướng …": a committee ends it
        if q > pos and not _capitalized(text, q):
            phrase = starts_with(folded, q, PROJECT_NAME_WORDS) if board else None
            if phrase:  # "Ban Quản lý dự án đầu tư xây dựng tỉnh"
                p, n = q + len(phrase), n + 1
                continue
            if board and _board_word(text, folded, q):
                pass  # "... các công trình giao thông tỉnh"
            elif w in NAME_STOP or starts_with(folded, q, _SORTED_STOPS):
                break
        elif (q > pos and n > 0 and starts_with(folded, q, _SORTED_HEADS)
              and not starts_with(folded, q, INNER_HEADS)):
            break
        p, n = m.end(), n + 1
    return p


def _board_word(text: str, folded: str, q: int) -> bool:
    """A lower-case word at ``q`` that goes on a project board's name."""
    m = _WORD.match(folded, q)
    if m is not None and starts_with(folded, q, PROJECT_NAME_WORDS):
        return True
    return (m is not None and m.group().isalpha() and not _capitalized(text, q)
            and m.group() not in BOARD_STOP and not starts_with(folded, q, _SORTED_STOPS)
            and not starts_with(folded, q, ("các cơ quan", "các đơn vị", "các sở", "các huyện")))
