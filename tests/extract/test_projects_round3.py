"""Projects: commas and adjectives inside names, headings and kinds that are no
names, parts and stretches of one project, works asked for without "dự án"
(passages written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.project_names import same_project
from ktxh.text.structure import build_doc


def _projects(text: str) -> list[tuple[str, list[tuple[str, str, float]]]]:
    ex = extract(build_doc(text))
    return [(p.name, [(f.indicator, f.kind, f.value) for f in p.figures]) for p in ex.projects]


def _names(text: str) -> list[str]:
    return [name for name, _ in _projects(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma between two verbs of works stays in the name; "đường vào X" too
        ("Dự án Cải tạo, nâng cấp đường vào Khu di tích lịch sử Nà Sản đạt 72% khối lượng.",
         ["Cải tạo, nâng cấp đường vào Khu di tích lịch sử Nà Sản"]),
        ("Dự án Sửa chữa, nâng cấp Trạm bơm Yên Sở 2 đã khởi công.",
         ["Sửa chữa, nâng cấp Trạm bơm Yên Sở 2"]),
        # "tập trung", "trọng điểm" qualify a noun before the proper part
        ("Dự án Cấp nước sinh hoạt tập trung bản Púng Bánh (vốn vay Ngân hàng Thế giới) đã "
         "hoàn thành 85% khối lượng.", ["Cấp nước sinh hoạt tập trung bản Púng Bánh"]),
        ("Dự án Hồ chứa nước trọng điểm Nậm Pàn đạt 30% khối lượng.",
         ["Hồ chứa nước trọng điểm Nậm Pàn"]),
        # ... but after the proper part "tập trung" is the verb
        ("Dự án Hồ chứa nước Nậm Pàn tập trung thi công đập chính.", ["Hồ chứa nước Nậm Pàn"]),
        # a numbered part of a project is a project of its own
        ("Dự án thành phần 2 cao tốc Hòa Bình - Mộc Châu đạt 64,5% giá trị sản lượng. Dự án "
         "cao tốc Hòa Bình - Mộc Châu đã giải ngân 410 tỷ đồng.",
         ["dự án thành phần 2 cao tốc Hòa Bình - Mộc Châu", "cao tốc Hòa Bình - Mộc Châu"]),
        # a stretch through the province is the same project
        ("Dự án cao tốc Hòa Bình - Mộc Châu đoạn qua tỉnh Sơn La đã giải ngân 410 tỷ đồng. "
         "Đề nghị Bộ Xây dựng đẩy nhanh Dự án cao tốc Hòa Bình - Mộc Châu.",
         ["cao tốc Hòa Bình - Mộc Châu đoạn qua tỉnh Sơn La"]),
        # works asked for without "dự án"
        ("3.1. Về đề nghị hỗ trợ kinh phí đầu tư tuyến đường từ trung tâm xã Chiềng Khoi đi bản "
         "Nà Lốc, bản Huổi Pao (dài 9,2 km): Đề nghị Ủy ban nhân dân tỉnh xem xét bố trí vốn.",
         ["tuyến đường từ trung tâm xã Chiềng Khoi đi bản Nà Lốc"]),
        ("3.2. Về đề nghị đầu tư kè chống sạt lở suối Nậm La đoạn qua bản Cọ (khoảng 1,5 km): "
         "giao Sở Nông nghiệp và Môi trường nghiên cứu.",
         ["kè chống sạt lở suối Nậm La đoạn qua bản Cọ"]),
        # a bridge named with the river it crosses
        ("Về đề nghị bố trí vốn đầu tư xây dựng cầu Bến Gỗ trên sông Cái (dài 0,8 km): đề nghị "
         "Bộ Xây dựng xem xét.", ["cầu Bến Gỗ trên sông Cái"]),
        # --- no project ---
        # a heading over projects of a kind
        ("## III. TIẾN ĐỘ CÁC DỰ ÁN TRỌNG ĐIỂM\n\nToàn tỉnh giải ngân 2.150 tỷ đồng.", []),
        ("Tập trung đẩy nhanh các dự án Động lực của tỉnh.", []),
        # works without a proper name, or not asked for
        ("Về đề nghị đầu tư đường giao thông nông thôn: giao Ủy ban nhân dân huyện rà soát.", []),
        ("Năm 2025, toàn tỉnh đầu tư kè chống sạt lở suối Nậm La dài 1,5 km.", []),
    ],
)
def test_project_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("cao tốc Gia Nghĩa - Chơn Thành", "cao tốc Gia Nghĩa - Chơn Thành đoạn qua tỉnh Bình "
         "Phước", True),
        ("Đường Hồ Chí Minh đoạn qua địa bàn tỉnh Kon Tum", "Đường Hồ Chí Minh", True),
        ("dự án thành phần 1 cao tốc Biên Hòa - Vũng Tàu", "cao tốc Biên Hòa - Vũng Tàu", False),
        ("dự án thành phần 1 cao tốc Biên Hòa - Vũng Tàu",
         "dự án thành phần 2 cao tốc Biên Hòa - Vũng Tàu", False),
        ("Cầu qua sông Lô", "Cầu Lô", False),
    ],
)
def test_same_project_across_stretches_and_parts(a: str, b: str, same: bool) -> None:
    assert same_project(a, b) is same


def test_figures_of_a_name_with_a_comma_and_of_a_request() -> None:
    text = ("Dự án Cải tạo, nâng cấp đường vào Khu di tích lịch sử Nà Sản đạt 72% khối lượng.\n\n"
            "3.2. Về đề nghị đầu tư kè chống sạt lở suối Nậm La đoạn qua bản Cọ (khoảng 1,5 km): "
            "giao Sở Nông nghiệp và Môi trường nghiên cứu.")
    assert _projects(text) == [
        ("Cải tạo, nâng cấp đường vào Khu di tích lịch sử Nà Sản", [("khối lượng", "rate", 72.0)]),
        ("kè chống sạt lở suối Nậm La đoạn qua bản Cọ", [("chiều dài", "level", 1.5)]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital of the projects counted is named by its own words
        ("Năm 2025, thu hút mới 14 dự án có tổng vốn đăng ký 3.120 tỷ đồng.",
         [("dự án thu hút mới", 14.0), ("tổng vốn đăng ký", 3120.0)]),
        ("Năm 2025, thu hút 14 dự án với tổng vốn đăng ký 3.120 tỷ đồng.",
         [("dự án thu hút", 14.0), ("tổng vốn đăng ký", 3120.0)]),
        # the number of a part of a project is no count
        ("Dự án thành phần 2 cao tốc Hòa Bình - Mộc Châu: giá trị sản lượng đạt 64,5%.",
         [("giá trị sản lượng", 64.5)]),
        # "có" before anything else is no new measure
        ("Toàn tỉnh có 14 dự án có tiến độ chậm.", [("dự án có tiến độ chậm", 14.0)]),
    ],
)
def test_counts_of_projects_and_their_capital(text: str, expected: list[tuple]) -> None:
    assert [(f.indicator, f.value) for f in extract(build_doc(text)).figures] == expected
