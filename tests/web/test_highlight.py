"""Highlighting: nested, clipped, escaped marks; the outline."""

from __future__ import annotations

import pytest

from ktxh.web.highlight import Mark, outline, render


@pytest.mark.parametrize(("text", "marks", "expected"), [
    ("Thu ngân sách đạt 5 tỷ.", [Mark(0, 13, "figure", 1)],
     '<mark id="f-1" class="figure">Thu ngân sách</mark> đạt 5 tỷ.'),
    ("a<b>c", [Mark(1, 4, "task", 2)], 'a<mark id="n-2" class="task">&lt;b&gt;</mark>c'),
    ("abcdef", [Mark(0, 6, "figure", 1), Mark(2, 4, "target", 2)],
     '<mark id="f-1" class="figure">ab<mark id="t-2" class="target">cd</mark>ef</mark>'),
    ("abcdef", [Mark(0, 4, "figure", 1), Mark(2, 6, "reference", 3)],
     '<mark id="f-1" class="figure">ab<mark id="r-3" class="reference">cd</mark></mark>ef'),
    ("abc", [Mark(0, 3, "figure", 1), Mark(0, 3, "figure", 2)],
     '<mark id="f-1" class="figure"><mark id="f-2" class="figure">abc</mark></mark>'),
    ("abc", [Mark(2, 9, "figure", 1), Mark(1, 1, "task", 2)], "abc"),
])
def test_render(text, marks, expected):
    assert str(render(text, marks)) == expected


def test_title_is_escaped():
    html = str(render("xy", [Mark(0, 1, "task", 1, 'a"><script>')]))
    assert "<script>" not in html and "&quot;&gt;&lt;script&gt;" in html


@pytest.mark.parametrize(("line", "is_heading"), [
    ("I. TÌNH HÌNH KINH TẾ", True), ("1. Sản xuất nông nghiệp", True),
    ("PHẦN THỨ NHẤT", True), ("Thu ngân sách tăng 5% so với cùng kỳ năm trước.", False)])
def test_outline(line, is_heading):
    text = "mở đầu\n" + line + "\nnội dung"
    found = outline(text)
    assert bool(found) == is_heading
    if found:
        assert found[0][0] == "h-7"
