"""``clauses.asked_bodies``: the read_body calls a register's names could change."""

from __future__ import annotations

import pytest

from ktxh.extract import clauses as cl
from ktxh.text.normalize import fold

CASES = [
    # a body, then the words after it, which name none
    ("Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát", 0,
     [(0, "Sở Tài chính"), (13, None)]),
    # a title: the body after it is asked first, then the whole
    ("Giao Chủ tịch UBND các huyện, thành phố triển khai", 5,
     [(14, "Ủy ban nhân dân các huyện, thành phố"),
      (5, "Chủ tịch Ủy ban nhân dân các huyện, thành phố"), (40, None)]),
    ("Các sở, ban, ngành và UBND tỉnh Lạng Sơn", 0,
     [(0, "các sở, ban, ngành"), (22, "Ủy ban nhân dân tỉnh Lạng Sơn")]),
    ("Rà soát danh mục dự án", 0, [(0, None)]),
]


@pytest.mark.parametrize(("text", "pos", "asked"), CASES)
def test_asked_bodies(text: str, pos: int, asked: list[tuple[int, str | None]]) -> None:
    folded = fold(text)
    with cl.asked_bodies() as calls:
        cl.read_bodies(text, folded, pos, len(text))
    assert [(p, b.name if b else None) for p, _, b in calls] == asked
    assert all(end == len(text) for _, end, _ in calls)
    with cl.asked_bodies() as calls:  # only calls a register's name could change
        cl.read_body(text, folded, pos, len(text), register=False)
    assert calls == []


def test_nothing_noted_outside() -> None:
    text = "Sở Y tế chủ trì"
    with cl.asked_bodies() as calls:
        pass
    cl.read_body(text, fold(text), 0, len(text))
    assert calls == []
