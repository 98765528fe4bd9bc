import pytest

from ktxh.text.markup import clean_line, parse_markup


@pytest.mark.parametrize(
    ("line", "text", "marks", "bold"),
    [
        ("**Tổng vốn 2.587<sup>3</sup> tỷ đồng**", "Tổng vốn 2.587 tỷ đồng", [(14, "3")], True),
        ("Tổng vốn 2.587³ tỷ đồng", "Tổng vốn 2.587 tỷ đồng", [(14, "3")], False),
        ("đất đắp 120 m<sup>3</sup>, mặt bằng 50m<sup>2</sup>", "đất đắp 120 m3, mặt bằng 50m2",
         [], False),
        ("sân bãi 300 m²", "sân bãi 300 m²", [], False),
        ("**1.** Giao Sở Tài chính chủ trì", "1. Giao Sở Tài chính chủ trì", [], False),
        ("***Nơi nhận:***", "Nơi nhận:", [], True),
        ("*Nhìn chung*, kinh tế tăng trưởng khá", "Nhìn chung, kinh tế tăng trưởng khá", [],
         False),
        ("Chỉ tiêu (*) không tính", "Chỉ tiêu (*) không tính", [], False),
        (r"Mục 2\. Thu \- chi ngân sách  ", "Mục 2. Thu - chi ngân sách", [], False),
        ("dịch vụ<sup>12</sup>; thương mại", "dịch vụ; thương mại", [(7, "12")], False),
        ("thu ngân sách[^5] tăng", "thu ngân sách tăng", [(13, "5")], False),
    ],
)
def test_clean_line(line, text, marks, bold):
    got_text, got_marks, got_bold, _ = clean_line(line)
    assert got_text == text
    assert [(m.offset, m.marker) for m in got_marks] == marks
    assert got_bold == bold


def test_lines_tables_and_footnote_texts():
    raw = (
        "## **BÁO CÁO**\n\n"
        "**TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**\n\n"
        "| Chỉ tiêu | Kết quả |\n|---|---|\n| Lúa | 5.290 ha |\n\n"
        "Dòng có\tô bảng\n\n"
        "<sup>4</sup> Trong đó vốn tỉnh 30 tỷ đồng.\n\n"
        "---\n\n"
        "**Kết luận của Chủ tịch Ủy ban nhân dân tỉnh  \ntại buổi làm việc với huyện**\n"
    )
    paras = parse_markup(raw)
    assert [(p.text, p.bold, p.heading) for p in paras if p.cells is None] == [
        ("BÁO CÁO", True, True),
        ("TM. ỦY BAN NHÂN DÂN", True, False),
        ("CHỦ TỊCH", True, False),
        ("Trong đó vốn tỉnh 30 tỷ đồng.", False, False),
        ("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với huyện", True, False),
    ]
    assert [p.cells for p in paras if p.cells] == [
        ("Chỉ tiêu", "Kết quả"), ("Lúa", "5.290 ha"), ("Dòng có", "ô bảng"),
    ]
    assert [p.footnote for p in paras if p.footnote] == ["4"]


def test_entities_and_quotes():
    paras = parse_markup("> Trích dẫn: Sở KH&amp;ĐT&nbsp;chủ trì\n")
    assert [p.text for p in paras] == ["Trích dẫn: Sở KH&ĐT chủ trì"]


@pytest.mark.parametrize(
    ("raw", "lines", "cells"),
    [
        (  # a letterhead laid out as a table: read column by column, one line per "<br>"
            "| UBND TỈNH NINH BÌNH<br>**SỞ XÂY DỰNG**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
            "| Số: 305/SXD-KHTC<br>V/v rà soát danh mục công trình | *Ninh Bình, ngày 3 tháng 4 "
            "năm 2025* |\n",
            [("UBND TỈNH NINH BÌNH", False), ("SỞ XÂY DỰNG", True), ("Số: 305/SXD-KHTC", False),
             ("V/v rà soát danh mục công trình", False),
             ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", False),
             ("Ninh Bình, ngày 3 tháng 4 năm 2025", False)],
            [],
        ),
        (  # a signature table
            "| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**"
            "<br><br>**Hồ Văn Lợi** |\n|---|---|\n",
            [("Nơi nhận:", False), ("- Như trên;", False), ("- Lưu: VT.", False),
             ("TM. ỦY BAN NHÂN DÂN", True), ("CHỦ TỊCH", True), ("Hồ Văn Lợi", True)],
            [],
        ),
        (  # a table of data keeps its rows; "<br>" in a cell is a space, not glue
            "| Chỉ tiêu | Kế hoạch<br>năm 2025 | Số: lượt |\n|---|---|---|\n"
            "| Khách du lịch | 1.200 | 3 |\n",
            [],
            [("Chỉ tiêu", "Kế hoạch năm 2025", "Số: lượt"), ("Khách du lịch", "1.200", "3")],
        ),
        (  # five rows and more: not a layout table, even with "Số:" in it
            "| Số: 1 | a |\n| b | c |\n| d | e |\n| f | g |\n| h | i |\n",
            [],
            [("Số: 1", "a"), ("b", "c"), ("d", "e"), ("f", "g"), ("h", "i")],
        ),
    ],
    ids=["letterhead", "signature", "data", "long"],
)
def test_layout_tables(raw, lines, cells):
    paras = parse_markup(raw)
    assert [(p.text, p.bold) for p in paras if p.cells is None] == lines
    assert [p.cells for p in paras if p.cells] == cells
