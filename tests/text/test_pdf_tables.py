"""Ruled tables of a PDF read as table rows with cells, in reading order."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from ktxh.text.model import BlockKind, Doc
from ktxh.text.readers import read
from tests.text.pdf_factory import make_flow_pdf, make_pdf

LONG = (
    "Trong kỳ, các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố đã tập trung "
    "chỉ đạo, điều hành quyết liệt các nhiệm vụ phát triển kinh tế - xã hội, tháo gỡ khó "
    "khăn cho sản xuất kinh doanh và đẩy nhanh tiến độ giải ngân vốn đầu tư công."
)
# lines that open with a capital: nothing rejoins them but the reader's layout
NAMES = (
    "Giao Sở Kế hoạch và Đầu tư, Sở Tài chính, Sở Xây dựng, Sở Giao thông vận tải, Sở Nông "
    "nghiệp và Phát triển nông thôn, Sở Công Thương, Sở Tài nguyên và Môi trường, Sở Y tế, "
    "Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội, Sở Nội vụ, Sở Tư pháp, "
    "Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp thực hiện."
)
HEAD = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]
ROWS = [
    ["1", "Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", "45.320,5", "44.987,2"],
    ["2", "Tốc độ tăng trưởng GRDP", "%", "8,5", "7,92"],
    ["3", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "6.150", "6.402,8"],
]


def _read(tmp_path: Path, blocks: list, name: str = "bang.pdf") -> Doc:
    path = tmp_path / name
    path.write_bytes(make_flow_pdf(blocks))
    return read(path)


def _rows(doc: Doc) -> list[list[str]]:
    return [[doc.slice(c) for c in b.cells] for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]


def _kinds(doc: Doc) -> list[str]:
    return [b.kind.value for b in doc.blocks]


def test_table_between_paragraphs(tmp_path: Path) -> None:
    doc = _read(tmp_path, ["Kết quả thực hiện các chỉ tiêu chủ yếu như sau:",
                           {"rows": [HEAD, *ROWS]}, LONG])
    assert _rows(doc) == [HEAD, *ROWS]
    assert _kinds(doc) == ["paragraph", *["table_row"] * 4, "paragraph"]
    # the cells' words are not read again as lines of text
    assert doc.text.count("45.320,5") == 1 and doc.text.count("Tốc độ") == 1
    # a row's text is its cells joined, each cell span inside it
    row = next(b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW)
    assert doc.slice(row.span) == "TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện"
    assert all(row.span.contains(c) for c in row.cells)


def test_paragraph_after_a_wider_table_stays_one(tmp_path: Path) -> None:
    """A table reaching left of the text margin makes no indent of the body."""
    wide = {"rows": [HEAD, *ROWS], "widths": [30, 240, 70, 90, 90]}  # 520 > 465 of text
    doc = _read(tmp_path, [wide, NAMES])
    paras = [doc.slice(b.span) for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]
    assert paras == [NAMES]


@pytest.mark.parametrize(("cells", "expected"), [
    (["Vốn ngân sách tỉnh", "1.234,56"], "1.234,56"),
    (["Tỷ lệ hộ nghèo", "2,15%"], "2,15%"),
    (["Diện tích lúa", "12.345 ha"], "12.345 ha"),
    (["Giá trị", "-1.050,7"], "-1.050,7"),
])
def test_vietnamese_numbers_in_cells(tmp_path: Path, cells: list[str], expected: str) -> None:
    doc = _read(tmp_path, [{"rows": [["Nội dung", "Số liệu"], cells]}])
    assert _rows(doc)[1] == [cells[0], expected]


def test_wrapped_cell_is_one_cell(tmp_path: Path) -> None:
    name = "Dự án đầu tư xây dựng kết cấu hạ tầng giao thông kết nối các khu công nghiệp"
    rows = [["TT", "Tên dự án", "Chủ đầu tư"], ["1", name, "Sở Xây dựng"]]
    doc = _read(tmp_path, [{"rows": rows, "widths": [30, 150, 90]}])
    assert _rows(doc) == rows


def test_merged_cells_leave_empty_cells(tmp_path: Path) -> None:
    rows = [
        ["TT", "Chỉ tiêu", "Năm 2025", ""],
        ["", "", "Kế hoạch", "Ước thực hiện"],
        ["1", "Số doanh nghiệp thành lập mới", "450", "472"],
    ]
    spans = [((2, 0), (3, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1))]
    doc = _read(tmp_path, [{"rows": rows, "spans": spans}])
    assert _rows(doc) == rows


@pytest.mark.parametrize("repeat", [0, 1])
def test_table_across_a_page_break_stays_one(tmp_path: Path, repeat: int) -> None:
    """The header printed again on the next page is read once; the rows
    run on with no other block between them."""
    body = [[str(i), f"Chỉ tiêu thứ {i} của kế hoạch", "tỷ đồng", f"{i}.250,5", f"{i}.180"]
            for i in range(1, 46)]
    path = tmp_path / "dai.pdf"
    path.write_bytes(make_flow_pdf([LONG, {"rows": [HEAD, *body], "repeat": repeat}, LONG]))
    assert len(pdfplumber.open(path).pages) >= 2
    doc = read(path)
    assert _rows(doc) == [HEAD, *body]
    assert _kinds(doc) == ["paragraph", *["table_row"] * 46, "paragraph"]


@pytest.mark.parametrize("blocks", [
    [{"rows": [[LONG]]}],  # a box drawn around a paragraph
    [{"rows": [["Ghi chú"], [LONG]]}],  # one column
], ids=["box", "one-column"])
def test_a_box_is_no_table(tmp_path: Path, blocks: list) -> None:
    doc = _read(tmp_path, blocks)
    assert BlockKind.TABLE_ROW not in {b.kind for b in doc.blocks}
    words = " ".join(c for row in blocks[0]["rows"] for c in row).split()
    assert " ".join(doc.text.split()) == " ".join(words)  # read once, as text


def test_last_row_alone_on_the_next_page(tmp_path: Path) -> None:
    """A page break that leaves one row of a table on the next page: that
    row is a table row of the same table."""
    body = [[str(i), f"Chỉ tiêu thứ {i} của kế hoạch", "tỷ đồng", f"{i}.250,5", f"{i}.180"]
            for i in range(1, 30)]
    filler = [LONG] * 4
    for rows in range(5, 30):  # the first table size that leaves one row over
        path = tmp_path / f"mot-dong-{rows}.pdf"
        path.write_bytes(make_flow_pdf([*filler, {"rows": [HEAD, *body[:rows]]}]))
        pages = pdfplumber.open(path).pages
        if len(pages) == 2 and len(pages[1].find_tables()[0].rows) == 1:
            break
    else:
        pytest.fail("no table size leaves one row on the next page")
    doc = read(path)
    assert _rows(doc) == [HEAD, *body[:rows]]


def test_footnote_mark_in_a_cell_is_no_digit_of_it(tmp_path: Path) -> None:
    mark = '<super><font size="7">1</font></super>'
    rows = [["Nguồn vốn", "Đã giải ngân"], ["Vốn ngân sách tỉnh", f"2.587{mark}"]]
    doc = _read(tmp_path, [{"rows": rows}])
    assert _rows(doc) == [["Nguồn vốn", "Đã giải ngân"], ["Vốn ngân sách tỉnh", "2.587"]]


# --- tables laid out with spaces, no ruling ----------------------------------

def _placed(tmp_path: Path, rows: list[tuple[float, list[tuple[float, str]]]]) -> Doc:
    """A page of text lines, each ``(y, [(x, text), ...])``."""
    path = tmp_path / "khong-ke.pdf"
    path.write_bytes(make_pdf([[(x, y, t, 12) for y, cells in rows for x, t in cells]]))
    return read(path)


def _grid(rows: list[list[str]], xs: list[float], top: float = 700) -> list:
    return [(top - 18 * k, list(zip(xs, r, strict=True))) for k, r in enumerate(rows)]


def test_borderless_table_with_aligned_columns(tmp_path: Path) -> None:
    rows = [["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
            ["Vốn ngân sách tỉnh", "tỷ đồng", "1.200", "516,4"],
            ["Vốn Trung ương", "tỷ đồng", "980", "402,7"],
            ["Vốn vay ODA", "triệu USD", "12,5", "3,75"]]
    lines = [(760, [(70, "Kết quả giải ngân các nguồn vốn như sau:")]),
             *_grid(rows, [70, 250, 340, 440]),
             (600, [(70, "Các nguồn vốn còn lại giải ngân chậm.")])]
    doc = _placed(tmp_path, lines)
    assert _rows(doc) == rows
    assert _kinds(doc) == ["paragraph", *["table_row"] * 4, "paragraph"]


@pytest.mark.parametrize("lines", [
    # two columns: the header block, "Nơi nhận" beside the signature
    [(780, [(70, "ỦY BAN NHÂN DÂN"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
     (764, [(80, "TỈNH LẠNG SƠN"), (330, "Độc lập - Tự do - Hạnh phúc")]),
     (740, [(70, "Số: 125/BC-UBND"), (320, "Lạng Sơn, ngày 12 tháng 7 năm 2025")])],
    [(300, [(70, "Nơi nhận:"), (340, "TM. ỦY BAN NHÂN DÂN")]),
     (286, [(70, "- Thường trực Tỉnh ủy;"), (370, "CHỦ TỊCH")]),
     (272, [(70, "- Lưu: VT, KT.")]),
     (220, [(360, "Nguyễn Văn An")])],
    # three columns over two lines only
    _grid([["Lúa", "ha", "12.345"], ["Ngô", "ha", "2.150"]], [70, 250, 400]),
    # three lines of three parts that do not line up
    [(700, [(70, "Lúa"), (200, "ha"), (400, "12.345")]),
     (682, [(70, "Ngô vụ đông năm nay"), (300, "ha"), (450, "2.150")]),
     (664, [(70, "Đậu"), (150, "tương"), (350, "ha")])],
], ids=["header-block", "signature", "two-rows", "unaligned"])
def test_no_borderless_table(tmp_path: Path, lines: list) -> None:
    doc = _placed(tmp_path, lines)
    assert BlockKind.TABLE_ROW not in {b.kind for b in doc.blocks}


def test_justified_paragraph_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "deu.pdf"
    path.write_bytes(make_flow_pdf([NAMES, LONG, NAMES], justify=True))
    doc = read(path)
    assert BlockKind.TABLE_ROW not in {b.kind for b in doc.blocks}
    assert " ".join(doc.text.split()) == " ".join(f"{NAMES} {LONG} {NAMES}".split())
