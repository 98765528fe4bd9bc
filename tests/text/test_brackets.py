"""Footnote marks written "[N]" with the note as a paragraph opening "[N] "."""

import pytest

from ktxh.text.brackets import bracket_marks
from ktxh.text.structure import build_doc


@pytest.mark.parametrize(
    ("raw", "body", "notes", "refs"),
    [
        # a mark before a stop, the note at the end of the document
        ("Thu ngân sách ước đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ[1]. Chi đạt 80%.\n\n"
         "Tình hình an ninh ổn định.\n\n"
         "[1] Trong đó thu nội địa 980 tỷ đồng.\n",
         ["Thu ngân sách ước đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ. Chi đạt 80%.",
          "Tình hình an ninh ổn định."],
         [("1", "Trong đó thu nội địa 980 tỷ đồng.")], ["ùng kỳ"]),
        # marks before ";" and after a word, notes right after the paragraph; escaped form
        ("Vốn huy động 320 tỷ đồng[1]; nhân dân hiến 12 ha đất\\[2\\] để làm đường.\n\n"
         "[1] Vốn tín dụng 200 tỷ đồng.\n\n"
         "\\[2\\] Trị giá khoảng 9 tỷ đồng.\n\n"
         "Năm 2025 phấn đấu thêm 3 xã đạt chuẩn.\n",
         ["Vốn huy động 320 tỷ đồng; nhân dân hiến 12 ha đất để làm đường.",
          "Năm 2025 phấn đấu thêm 3 xã đạt chuẩn."],
         [("1", "Vốn tín dụng 200 tỷ đồng."), ("2", "Trị giá khoảng 9 tỷ đồng.")],
         ["tỷ đồng", " ha đất"]),
    ],
)
def test_bracket_marks_are_footnotes(raw, body, notes, refs):
    doc = build_doc(raw)
    assert [doc.slice(doc.blocks[i].span) for i in doc.body_blocks()] == body
    assert [(f.marker, doc.slice(doc.blocks[f.block].span)) for f in doc.footnotes] == notes
    assert [doc.text[f.ref - len(r) : f.ref] for f, r in zip(doc.footnotes, refs,
                                                             strict=True)] == refs
    assert doc.warnings == ()
    assert doc.raw == raw


@pytest.mark.parametrize(
    "raw",
    [
        # a citation with no note of its own number
        "Theo số liệu thống kê[3], dân số trung bình 520 nghìn người.\n\n"
        "[1] Niên giám thống kê năm 2023.\n",
        # a note before its mark: a list, not a footnote
        "[1] Xã Tân Hòa đạt 19/19 tiêu chí.\n\nKết quả xem mục [1] nêu trên.\n",
        # a mark written apart from the word, a letter, a link
        "Tổng vốn 2.000 tỷ đồng [1] và nguồn [a].\n\n[1] Gồm vốn tỉnh.\n\n[a] Khác.\n",
        "Xem tại cổng thông tin[1](https://example.vn).\n\n[1] Cổng thông tin.\n",
        # "[1]" in a list with no mark in the body
        "Tài liệu tham khảo:\n\n[1] Báo cáo tổng kết năm 2022.\n\n[2] Nghị quyết số 12.\n",
    ],
)
def test_other_brackets_stay(raw):
    assert bracket_marks(raw) == raw
    assert build_doc(raw).footnotes == ()


def test_same_number_restarting_pairs_each_mark_with_the_note_after_it():
    raw = ("Chương một, sản lượng lúa 45 nghìn tấn[1].\n\n[1] Vụ đông xuân 25 nghìn tấn.\n\n"
           "Chương hai, vốn đầu tư 900 tỷ đồng[1].\n\n[1] Vốn ngân sách 400 tỷ đồng.\n")
    doc = build_doc(raw)
    assert [(doc.text[f.ref - 5 : f.ref], doc.slice(doc.blocks[f.block].span))
            for f in doc.footnotes] == [
        ("n tấn", "Vụ đông xuân 25 nghìn tấn."), (" đồng", "Vốn ngân sách 400 tỷ đồng."),
    ]
