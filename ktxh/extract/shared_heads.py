"""A head shared by several bodies of one level, read as one body per name.

- "Chủ tịch UBND các huyện Cái Nước, Đầm Dơi, Năm Căn …": the heads of several
  committees, one person each → "Chủ tịch Ủy ban nhân dân huyện Cái Nước", … (a
  committee's own group, "UBND các huyện A, B", stays one group, as written);
- "… huyện Đầm Dơi, huyện Năm Căn", "… các huyện A, B và thị xã C": a place with
  its level after a committee repeats the head ("Chủ tịch Ủy ban nhân dân thị xã C");
  a committee's group followed by such a place is read one body per name too
  ("UBND các huyện A, B và thành phố C" → "Ủy ban nhân dân huyện A", …).

The first body leads, the others support (:mod:`ktxh.extract.task_leads`).
"""

from __future__ import annotations

import re

from ktxh.extract import clauses as cl
from ktxh.extract.clause_words import TITLES, UNIT_WORDS

_COMMITTEE = ("ủy ban nhân dân", "ubnd")
_LEVELS = tuple(sorted((u for u in UNIT_WORDS if not u.startswith("cấp")), key=len, reverse=True))
# the head of a name before its level word: "Chủ tịch Ủy ban nhân dân | huyện Bù Đăng"
_LEVEL_IN_NAME = re.compile(r"\s(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)\s")


def expand(text: str, folded: str, bodies: list[cl.Body], end: int) -> list[cl.Body]:
    """``bodies`` with each titled head over several places split, and the places with
    their level that follow the last one ("…, huyện Lộc Ninh") added."""
    if not bodies:
        return bodies
    out: list[cl.Body] = []
    for b in bodies:
        out += _split(text, folded, b)
    more = _more_places(text, folded, out[-1], end)
    if more and not one_person(out[-1]):
        # "UBND các huyện A, B và thành phố C": places of two levels, one body per name
        out[-1:] = _split(text, folded, out[-1], titled=False)
    return out + more


def one_person(body: cl.Body) -> bool:
    """A titled head of one named body ("Chủ tịch Ủy ban nhân dân huyện Bù Đăng"), not of
    a group ("Thủ trưởng các sở", "Chủ tịch UBND cấp huyện")."""
    words = body.name.lower().split()
    return (cl.starts_with(body.name.lower(), 0, TITLES) is not None
            and "các" not in words and "cấp" not in words)


def _split(text: str, folded: str, body: cl.Body, *, titled: bool = True) -> list[cl.Body]:
    """"Chủ tịch UBND các huyện A, B" → one body per place; else ``[body]``. With
    ``titled`` False the committees themselves: "UBND các huyện A, B"."""
    title = cl.starts_with(folded, body.start, TITLES) if titled else ""
    if title is None:
        return [body]
    p = cl._skip_spaces(folded, body.start + len(title), body.end)
    committee = cl.starts_with(folded, p, _COMMITTEE)
    if committee is None:
        return [body]
    p = cl._skip_spaces(folded, p + len(committee), body.end)
    if not cl.starts_with(folded, p, ("các",)):
        return [body]
    p = cl._skip_spaces(folded, p + 3, body.end)
    level = cl.starts_with(folded, p, _LEVELS)
    if level is None:
        return [body]
    head = f"{text[body.start : body.start + len(title)]} Ủy ban nhân dân {level}".lstrip()
    out, q = [], p + len(level)
    while True:
        s = cl._skip_spaces(folded, q, body.end)
        e = cl._read_place(text, folded, s, body.end)
        if e == s:
            break
        out.append(cl.Body(body.start if not out else s, e, f"{head} {text[s:e]}", titled))
        q = _past_joint(folded, e, body.end)
    return out if len(out) > 1 else [body]


def _more_places(text: str, folded: str, last: cl.Body, end: int) -> list[cl.Body]:
    """Places with their level after ``last``, a committee or its head: "…, huyện Lộc
    Ninh", "… và thị xã Cai Lậy" → the same head over each."""
    name = last.name.lower()
    words = name.split()
    if not (one_person(last) or "các" in words) or not any(w in name for w in _COMMITTEE):
        return []  # "UBND huyện A, huyện B" is read as two already (clauses.read_bodies)
    level = _LEVEL_IN_NAME.search(name)
    if level is None:
        return []
    head = re.sub(r"\s+các$", "", last.name[: level.start()])  # "Ủy ban nhân dân (các)"
    out: list[cl.Body] = []
    p = last.end
    while True:
        q = _past_joint(folded, p, end)
        unit = cl.starts_with(folded, q, _LEVELS) if q > p else None
        if unit is None:
            return out
        e = cl._read_place(text, folded, q + len(unit), end)
        if e == q + len(unit):
            return out
        out.append(cl.Body(q, e, f"{head} {text[q:e]}",
                           cl.starts_with(head.lower(), 0, TITLES) is not None))
        p = e


def _past_joint(folded: str, pos: int, end: int) -> int:
    """Past "," or "và" between two places, else ``pos``."""
    q = cl._skip_spaces(folded, pos, end)
    if folded.startswith(",", q):
        q = cl._skip_spaces(folded, q + 1, end)
    if cl.starts_with(folded, q, ("và",)):
        q = cl._skip_spaces(folded, q + 2, end)
    return q if q > pos else pos
