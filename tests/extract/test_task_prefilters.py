"""The cheap looks that spare a regex in the task readers answer as the regex does."""

from __future__ import annotations

import pytest

from ktxh.extract import clauses as cl
from ktxh.extract import task_patterns as tp
from ktxh.extract.body_reader import read_body
from ktxh.extract.tasks import _tells_past
from ktxh.text.normalize import fold

PAD = "triển khai các nội dung " * 4  # 96 characters without "đã"/"đang"

PAST_CASES = [
    ("UBND tỉnh đã ban hành kế hoạch thực hiện", True),
    ("các huyện đang rà soát danh mục dự án", True),
    ("giao các huyện rà soát danh mục dự án", False),
    ("UBND tỉnh đã", False),  # no space after the word: no match
    (PAD[:78] + " đã ban hành", True),  # the word opens at character 79
    (PAD[:80] + " đã ban hành", False),  # ... at character 81: past the reach
    (PAD[:79] + " đang xây dựng", True),
    (PAD[:81] + " đang xây dựng", False),
    ("Sở Tài chính. Đã ban hành", False),  # a "." before the word
]


@pytest.mark.parametrize(("clause", "told"), PAST_CASES)
def test_tells_past_as_the_regex(clause: str, told: bool) -> None:
    folded = fold(clause)
    c = cl.Clause(0, len(folded), 0)
    assert _tells_past(folded, c) is told
    assert (tp.PAST_CLAUSE.match(folded, c.start, c.end) is not None) is told


BODY_CASES = [
    ("Sở Tài chính chủ trì", "Sở Tài chính"),
    ("UBND tỉnh chỉ đạo", "Ủy ban nhân dân tỉnh"),
    ("tổ chức kiểm tra việc thực hiện", None),
    ("triển khai kế hoạch", None),
]


@pytest.mark.parametrize(("text", "name"), BODY_CASES)
def test_read_body_notes_each_answer(text: str, name: str | None) -> None:
    folded = fold(text)
    with cl.asked_bodies() as asked:
        body = read_body(text, folded, 0, len(text))
    assert (body.name if body else None) == name
    assert asked == [(0, len(text), body)]


def test_read_body_takes_the_register_name_where_no_word_opens_one() -> None:
    text = "Tổ công tác đặc biệt kiểm tra"  # "tổ" opens no body of the grammar
    folded = fold(text)
    assert read_body(text, folded, 0, len(text)) is None
    known = cl.Body(0, 20, "Tổ công tác đặc biệt", False)
    with cl.known_bodies({0: known}):
        assert read_body(text, folded, 0, len(text)) is known


FRESH_CLAUSES = [
    ("Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát danh mục dự án", True),
    ("UBND các huyện khẩn trương hoàn thành giải phóng mặt bằng", True),
    ("Đồng ý chủ trương điều chỉnh, giao Sở Xây dựng hướng dẫn chủ đầu tư", True),
    ("tình hình giải ngân vốn đầu tư công còn chậm so với kế hoạch", False),
    ("đẩy nhanh tiến độ thi công các công trình trọng điểm", True),
    ("Giao Sở Kế hoạch và Đầu tư tổng hợp, báo cáo", True),  # not a plain start
    ("Đối với các dự án chậm tiến độ, Sở Xây dựng kiểm tra", False),  # nor this
]


@pytest.mark.parametrize(("clause", "directive"), FRESH_CLAUSES)
def test_fresh_clause_read_as_by_the_whole_reading(
        clause: str, directive: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from ktxh.extract import task_heads

    folded = fold(clause)
    c = cl.Clause(0, len(clause), 0)

    def read() -> tuple[object, list[tuple[int, int, object]]]:
        with cl.asked_bodies() as asked:
            head = task_heads.read_head(clause, folded, c, directive, None, None, 0)
        return head, asked

    fast = read()
    monkeypatch.setattr(task_heads, "_plain_start", lambda folded, p, end: False)
    assert read() == fast  # same head (or None), same read_body calls and answers
