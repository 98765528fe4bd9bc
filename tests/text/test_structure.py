import pytest

from ktxh.text.headings import numbering
from ktxh.text.model import BlockKind
from ktxh.text.readers import read
from ktxh.text.structure import build_doc
from tests.support.gold import SEEDS

PLAN = """**KẾ HOẠCH**

**PHẦN THỨ NHẤT**
**ĐÁNH GIÁ KẾT QUẢ**

## I. KẾT QUẢ ĐẠT ĐƯỢC

#### 1. Lĩnh vực kinh tế

**1.1. Nông nghiệp**

### a) Trồng trọt

Diện tích gieo trồng cả năm đạt 52.300 ha, bằng 101% kế hoạch, tăng 1,2% so với năm trước.

**đ) Chăn nuôi**

- Đàn trâu giảm 2%.

**II. NHIỆM VỤ**

1. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát nguồn vốn,
báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2025.

2. Giao Sở Xây dựng hướng dẫn các huyện hoàn thành quy hoạch chung trong quý III/2025.

(1) Tốc độ tăng trưởng kinh tế đạt 8%.
"""


def _blocks(doc):
    return [(b.kind, doc.slice(b.span), b.level, b.label, b.parent) for b in doc.blocks]


def test_heading_hierarchy_follows_numbering_not_hashes():
    doc = build_doc(PLAN)
    got = _blocks(doc)
    H, P, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
    assert got == [
        (H, "KẾ HOẠCH", 6, None, None),
        (H, "PHẦN THỨ NHẤT", 1, "NHẤT", None),
        (H, "ĐÁNH GIÁ KẾT QUẢ", 6, None, 1),
        (H, "I. KẾT QUẢ ĐẠT ĐƯỢC", 2, "I", 1),
        (H, "1. Lĩnh vực kinh tế", 3, "1", 3),
        (H, "1.1. Nông nghiệp", 4, "1.1", 4),
        (H, "a) Trồng trọt", 5, "a", 5),
        (P, got[7][1], None, None, 6),
        (H, "đ) Chăn nuôi", 5, "đ", 5),
        (L, "- Đàn trâu giảm 2%.", None, None, 8),
        (H, "II. NHIỆM VỤ", 2, "II", 1),
        (L, got[11][1], None, "1", 10),
        (L, got[12][1], None, "2", 10),
        (L, "(1) Tốc độ tăng trưởng kinh tế đạt 8%.", None, "1", 10),
    ]
    assert doc.headings(7)[-1] is doc.blocks[6]


@pytest.mark.parametrize(
    ("text", "style", "label"),
    [
        ("Phần II", "part", "II"),
        ("PHẦN THỨ HAI", "part", "HAI"),
        ("Chương III. Tổ chức thực hiện", "chapter", "III"),
        ("Mục 2. Quy hoạch", "section", "2"),
        ("Điều 1. Phê duyệt Kế hoạch", "article", "1"),
        ("Điều kiện sản xuất", None, None),
        ("A. KẾT QUẢ", "upper_letter", "A"),
        ("IV. TỔ CHỨC THỰC HIỆN", "roman", "IV"),
        ("3. Về văn hóa", "arabic", "3"),
        ("2.2.1. Về đầu tư", "arabic3", "2.2.1"),
        ("đ) Công tác dân tộc", "letter", "đ"),
        ("(12) Tỷ lệ hộ nghèo", "paren", "12"),
        ("3) Hạ tầng", "paren", "3"),
        ("1.300 ha lúa", None, None),
        ("15 doanh nghiệp", None, None),
        ("Phần lớn các xã", None, None),
        ("2024 là năm", None, None),
    ],
)
def test_numbering(text, style, label):
    num = numbering(text)
    assert (num.style, num.label) == (style, label) if style else num is None


PAGE_BROKEN = """Tổng vốn đầu tư toàn xã hội ước đạt 2.587<sup>1</sup> tỷ đồng; tiến độ giải

<sup>1</sup> Trong đó vốn ngân sách nhà nước 950 tỷ đồng.

<sup>2</sup> Không kể vốn ODA.

phóng mặt bằng các dự án đạt 85%<sup>2</sup>. Vốn đầu tư công giải ngân đạt 60%.

**b) Công nghiệp**

Chỉ số sản xuất công nghiệp tăng 9,1%, nhưng còn chậm ở một số

cơ sở chế biến.
"""


def test_footnotes_move_after_the_body_and_split_paragraphs_rejoin():
    doc = build_doc(PAGE_BROKEN)
    body = [doc.slice(doc.blocks[i].span) for i in doc.body_blocks()]
    assert body == [
        "Tổng vốn đầu tư toàn xã hội ước đạt 2.587 tỷ đồng; tiến độ giải phóng mặt bằng các "
        "dự án đạt 85%. Vốn đầu tư công giải ngân đạt 60%.",
        "b) Công nghiệp",
        "Chỉ số sản xuất công nghiệp tăng 9,1%, nhưng còn chậm ở một số cơ sở chế biến.",
    ]
    notes = [(f.marker, doc.slice(doc.blocks[f.block].span)) for f in doc.footnotes]
    assert notes == [
        ("1", "Trong đó vốn ngân sách nhà nước 950 tỷ đồng."),
        ("2", "Không kể vốn ODA."),
    ]
    assert all(doc.blocks[f.block].kind is BlockKind.FOOTNOTE for f in doc.footnotes)
    refs = [doc.text[f.ref - 6 : f.ref] for f in doc.footnotes]
    assert refs == [" 2.587", "ạt 85%"]
    assert doc.footnotes[0].block > max(doc.body_blocks())
    first = doc.sentences[0]
    assert doc.slice(first.span).endswith("dự án đạt 85%.")
    assert doc.warnings == ()


def test_marks_without_text_are_warned():
    doc = build_doc("Sản lượng đạt 120 nghìn tấn<sup>7</sup>.")
    assert doc.footnotes == ()
    assert doc.warnings == ("footnote mark 7 has no footnote text",)


SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.mark.skipif(not SEED_FILES, reason="shared seeds not available")
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_spans_are_consistent(path):
    doc = read(path)
    n = len(doc.text)
    assert "<sup>" not in doc.text and "**" not in doc.text and "\\" not in doc.text
    starts = [b.span.start for b in doc.blocks]
    assert starts == sorted(starts)
    for b in doc.blocks:
        assert 0 <= b.span.start <= b.span.end <= n
        assert "\n" not in doc.slice(b.span)
        if b.parent is not None:
            assert doc.blocks[b.parent].kind is BlockKind.HEADING
    for s in doc.sentences:
        assert doc.blocks[s.block].span.contains(s.span)
        assert doc.sentence_at(s.span.start) == s
    for f in doc.footnotes:
        assert doc.blocks[f.block].kind is BlockKind.FOOTNOTE
        assert f.ref is None or f.ref <= doc.blocks[f.block].span.start
    # no body paragraph starts in lower case: page breaks were rejoined
    for i in doc.body_blocks():
        text = doc.slice(doc.blocks[i].span)
        assert not text[0].islower() or numbering(text), text[:60]


NOTE = "<sup>1</sup> Ghi chú cuối trang về nguồn số liệu."


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        # lower-case start: a page break, with or without footnotes between
        ("Tổng thu ngân sách trên địa bàn ước đạt 2.380 tỷ đồng, tăng", "mạnh so với cùng kỳ.",
         True),
        # a number continues an unfinished clause after footnotes
        ("Tổng chi cân đối ngân sách địa phương ước đạt 1.477,2 tỷ đồng, đạt",
         "20,7% dự toán, giảm 4,8%.", True),
        # a proper name continues an unfinished clause after footnotes
        ("Đoàn công tác của tỉnh đã làm việc với các doanh nghiệp tại thành phố",
         "Lạng Sơn về tình hình sản xuất.", True),
        # a finished sentence: the next paragraph is a new one
        ("Tổng thu ngân sách trên địa bàn ước đạt 2.380 tỷ đồng, tăng 13%.",
         "Lãi suất cho vay ổn định.", False),
        # a numbered item or a list line is never a continuation
        ("Tổng thu ngân sách trên địa bàn ước đạt 2.380 tỷ đồng, đạt",
         "b) đẩy mạnh thu nội địa.", False),
        ("Tổng thu ngân sách trên địa bàn ước đạt 2.380 tỷ đồng, đạt",
         "- thu nội địa 1.010 tỷ đồng.", False),
        # a heading before does not take a lower-case paragraph
        ("**2. Lĩnh vực văn hóa - xã hội**", "phong trào thể thao phát triển.", False),
    ],
)
def test_rejoin_across_footnotes(before, after, joined):
    doc = build_doc(f"{before}\n\n{NOTE}\n\n{after}\n")
    body = [doc.slice(doc.blocks[i].span) for i in doc.body_blocks()]
    assert len(body) == (1 if joined else 2)
    if joined:
        assert body[0].endswith(after)
