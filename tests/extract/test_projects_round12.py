"""Projects of round 12: a name that joins two works with a comma ("Trung tâm hội nghị,
triển lãm tỉnh") or ends with its district after a comma ("… xã A, huyện B:") keeps the
comma's second part; a resettlement project named in lower case ("Dự án bố trí ổn định dân
cư …") is a project; a clause after the comma is no part of the name."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.project_names import cut_name
from ktxh.text.structure import build_doc


@pytest.mark.parametrize(("text", "name"), [
    # two works joined by a comma, before an aside or a heading's colon
    ("Trung tâm văn hóa, thể thao huyện (hình thức BT): đã hoàn thành 60%",
     "Trung tâm văn hóa, thể thao huyện"),
    ("Nhà thi đấu, bể bơi tỉnh: khối lượng đạt 45%", "Nhà thi đấu, bể bơi tỉnh"),
    # a district or province after a comma, before the colon
    ("Hồ chứa nước Nà Chác, huyện Lục Yên: đã tích nước", "Hồ chứa nước Nà Chác, huyện Lục Yên"),
    ("tái định cư bản Nà Hy, xã Mường Lói, huyện Điện Biên: đã san nền",
     "tái định cư bản Nà Hy, xã Mường Lói, huyện Điện Biên"),
    ("Kè bờ sông Lô, thành phố Tuyên Quang (giai đoạn 2) đạt 50%",
     "Kè bờ sông Lô, thành phố Tuyên Quang (giai đoạn 2)"),
    # ... not a district that begins a clause, nor words that go on with a verb
    ("Cầu Pá Uôn, huyện Quỳnh Nhai đã chỉ đạo bàn giao mặt bằng", "Cầu Pá Uôn"),
    ("Trung tâm hành chính, tạo điều kiện thu hút đầu tư", "Trung tâm hành chính"),
    ("Nhà máy nước, đường ống và bể chứa: đạt 30%", "Nhà máy nước"),
    ("Bến xe khách, bãi đỗ xe của Công ty Minh Phát đạt 40%", "Bến xe khách"),
])
def test_name_ends(text: str, name: str) -> None:
    cut = cut_name(text, 0, len(text))
    assert cut is not None and cut.name == name


REPORT = (
    "UBND TỈNH LAI CHÂU\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n\nSố: 140/BC-SKHĐT\n\n"
    "Lai Châu, ngày 10 tháng 7 năm 2021\n\nBÁO CÁO\n\n"
    "Tiến độ các dự án trọng điểm 6 tháng đầu năm 2021\n\n"
    "II. TIẾN ĐỘ TỪNG DỰ ÁN\n\n"
    "1. Dự án bố trí ổn định dân cư vùng sạt lở xã Pa Tần, huyện Sìn Hồ: đã san nền 12 ha, "
    "bố trí được 80/120 hộ vào khu tái định cư.\n\n"
    "2. Dự án Trung tâm văn hóa, thể thao tỉnh (hình thức BT): khối lượng đạt 40% giá trị "
    "hợp đồng.\n\n"
    "| TT | Dự án | Kế hoạch 2021 | Giải ngân |\n|---|---|---|---|\n"
    "| 1 | Ổn định dân cư xã Pa Tần | 60 | 31 |\n"
    "| 2 | Trung tâm văn hóa, thể thao tỉnh | 120 | 48 |\n"
)


def test_a_report_of_projects() -> None:
    got = [(p.name, p.form) for p in extract(build_doc(REPORT)).projects]
    assert got == [
        ("bố trí ổn định dân cư vùng sạt lở xã Pa Tần, huyện Sìn Hồ", None),
        ("Trung tâm văn hóa, thể thao tỉnh", "BT"),
    ]
