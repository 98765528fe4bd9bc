"""Projects, round 5 (passages written for these tests): a name in a table
cell is the whole cell; "tại", "với", "Tiểu dự án" and a comma between works
inside a name of works in running text; the lender after an ODA name; a
location bracket kept in the name (as the shared gold keeps "(thành phố …)")
and read as the project's place."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc


def _projects(text: str) -> list[tuple[str, str | None, str | None]]:
    ex = extract(build_doc(text))
    return [(p.name, p.form, p.place) for p in ex.projects]


TABLE = (
    "| TT | Tên dự án | Nhà tài trợ | Kế hoạch vốn 2023 (tỷ đồng) |\n"
    "|---|---|---|---|\n"
    "| 1 | Di dời dân cư, giải phóng mặt bằng Khu vực II thành cổ Sơn Tây | WB | 140 |\n"
    "| 2 | Phát triển các đô thị ven sông tại Việt Nam - Tiểu dự án thành phố Vĩnh Long "
    "| ADB | 96 |\n"
    "| 3 | Xây dựng hệ thống cấp nước thích ứng với hạn mặn cho vùng ven biển | KfW | 58 |\n"
    "| 4 | Kè bờ sông Cổ Chiên (dài 3,4 km) | ADB | 40 |\n"
)


def test_table_cells_are_whole_names() -> None:
    assert [name for name, _, _ in _projects(TABLE)] == [
        "Di dời dân cư, giải phóng mặt bằng Khu vực II thành cổ Sơn Tây",
        "Phát triển các đô thị ven sông tại Việt Nam - Tiểu dự án thành phố Vĩnh Long",
        "Xây dựng hệ thống cấp nước thích ứng với hạn mặn cho vùng ven biển",
        "Kè bờ sông Cổ Chiên",
    ]


PROSE = [
    # the works' own description runs through "tại", "với", "cho" and "Tiểu dự án"
    ("Dự án Phát triển các đô thị ven sông tại Việt Nam - Tiểu dự án thành phố Long Xuyên "
     "đạt 72% khối lượng.",
     [("Phát triển các đô thị ven sông tại Việt Nam - Tiểu dự án thành phố Long Xuyên", None,
       "thành phố Long Xuyên")]),
    ("Dự án Xây dựng hệ thống cấp nước thích ứng với hạn mặn cho vùng ven biển phía Nam đã "
     "giải ngân 35 tỷ đồng.",
     [("Xây dựng hệ thống cấp nước thích ứng với hạn mặn cho vùng ven biển phía Nam", None,
       None)]),
    # works after works across a comma
    ("Dự án Di dời dân cư, giải phóng mặt bằng Khu vực II thành cổ Sơn Tây đã bàn giao 12/20 "
     "ha.", [("Di dời dân cư, giải phóng mặt bằng Khu vực II thành cổ Sơn Tây", None, None)]),
    # the lender ends the name and gives the form
    ("Dự án Nâng cấp đô thị vùng đồng bằng sông Cửu Long - Tiểu dự án thành phố Rạch Giá vay "
     "vốn Ngân hàng Thế giới đã giải ngân 120 tỷ đồng.",
     [("Nâng cấp đô thị vùng đồng bằng sông Cửu Long - Tiểu dự án thành phố Rạch Giá", "ODA",
       "thành phố Rạch Giá")]),
    # a location bracket stays in the name (as in the shared gold) and is the place
    ("Về đề nghị gia hạn Dự án Khu dân cư Phú Lợi (thành phố Thủ Dầu Một): thống nhất gia hạn "
     "đến hết năm 2023.", [("Khu dân cư Phú Lợi (thành phố Thủ Dầu Một)", None,
                              "thành phố Thủ Dầu Một")]),
    # a "như:" list after "Nhiều công trình", split outside brackets
    ("Nhiều công trình quan trọng được hoàn thành, đưa vào sử dụng như: cầu Cái Răng Mới, "
     "đường Nguyễn Văn Cừ (đoạn từ nút giao Cái Sơn đến Quốc lộ 91B), Bệnh viện Nhi đồng thành "
     "phố Cần Thơ Mới (quy mô 300 giường).",
     [("cầu Cái Răng Mới", None, None),
      ("đường Nguyễn Văn Cừ (đoạn từ nút giao Cái Sơn đến Quốc lộ 91B)", None, None),
      ("Bệnh viện Nhi đồng thành phố Cần Thơ Mới", None, "thành phố Cần Thơ Mới")]),
    ("Nhiều công trình chậm tiến độ do: thiếu vốn, vướng mặt bằng, thời tiết bất lợi.", []),
    # negatives: "tại" a place of the province, "với" a size, after a proper part
    ("Dự án Khu đô thị Nam Sông Hậu tại huyện Châu Thành đã giải ngân 80 tỷ đồng.",
     [("Khu đô thị Nam Sông Hậu", None, "huyện Châu Thành")]),
    ("Hoàn thành đưa vào hoạt động 01 khu công nghiệp tại huyện Phú Tân Mới.", []),
    ("Dự án xây dựng trường học với tổng mức đầu tư 50 tỷ đồng đang triển khai.", []),
    ("Dự án Cầu Rạch Miễu 2 với tổng chiều dài 17 km đạt 40% khối lượng.",
     [("Cầu Rạch Miễu 2", None, None)]),
]


@pytest.mark.parametrize("text, expected", PROSE)
def test_names_in_prose(text: str, expected: list[tuple]) -> None:
    assert _projects(text) == expected
