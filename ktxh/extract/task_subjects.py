"""Subjects of task clauses that are no lead of their own.

- the issuer and its head: "Chủ tịch UBND tỉnh thống nhất gia hạn …" in a notice
  of the Chủ tịch's conclusions states a decision, no task; a "giao X …" inside
  the clause gives X's task (:func:`is_issuer`, :data:`ISSUER_ASSIGN`);
- a meeting's attendance: "Chủ tịch UBND các huyện … dự họp trực tuyến"
  (:data:`ATTENDS`).
"""

from __future__ import annotations

import re
from typing import Any

from ktxh.extract import clause_words as cw
from ktxh.text.normalize import fold

# the office issues the notice of its Committee's head: "Văn phòng UBND tỉnh X" → "UBND tỉnh X"
_OFFICE = re.compile(r"^văn phòng\s+(?=ủy ban nhân dân|ubnd)")
_TITLE = re.compile("^(?:" + "|".join(sorted(cw.TITLES, key=len, reverse=True)) + r")\s+")
# where the issuer passes a task on inside its own clause: "Chủ tịch UBND tỉnh thống nhất
# chủ trương đầu tư, | giao Sở Tài chính …", "… và | yêu cầu nhà đầu tư …"
ISSUER_ASSIGN = re.compile(
    r"(?:[,:]\s*|\s+(?:và|đồng thời)\s+)(?:(?P<req>đề nghị|kiến nghị)|giao cho|giao|yêu cầu)\s+"
)
# a verb that asks the body after it (then no subject of its own): "Giao Chủ tịch UBND …"
ASKED = re.compile(r"(?<!\w)(?:giao|yêu cầu|đề nghị|kiến nghị)(?!\w)")
# a body's part in a meeting, no task: "… dự họp trực tuyến tại điểm cầu cấp huyện",
# "… cùng tham dự cuộc họp"
ATTENDS = re.compile(
    r"(?:cùng\s+)?(?:dự họp|tham dự|cùng dự|dự\s+(?:cuộc họp|hội nghị|phiên họp|buổi làm việc))"
    r"(?!\w)"
)


def issuer_names(meta: Any) -> tuple[str, ...]:
    """The folded names a document's issuer goes by as a subject: "ủy ban nhân dân tỉnh
    bình phước" for the Committee or its office."""
    issuer = getattr(meta, "issuer", None)
    if not issuer:
        return ()
    return (_OFFICE.sub("", fold(issuer).strip()),)


def is_issuer(names: tuple[str, ...], lead: str) -> bool:
    """Whether ``lead`` (a canonical name) is the issuer or its head ("Chủ tịch …",
    "Phó Chủ tịch …"); a name without its place ("Ủy ban nhân dân tỉnh") counts."""
    if not names:
        return False
    name = _TITLE.sub("", fold(lead).strip())
    return any(name == n or (n.startswith(name + " ") and len(name.split()) >= 4)
               for n in names)
