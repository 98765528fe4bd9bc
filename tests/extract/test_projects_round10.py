"""Projects of round 10: a table's total row is no project, a row that abbreviates a
project's name ("KKT", "KCN") is that project, a request's time ("sang năm 2021") and the
next sentence run on after a heading's bracket are no part of a name."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.project_keys import same_project
from ktxh.extract.project_names import cut_name
from ktxh.text.structure import build_doc


@pytest.mark.parametrize(("text", "name"), [
    ("Dự án Cầu Sông Hiếu 3 sang năm 2025.", "Cầu Sông Hiếu 3"),
    ("Đường tránh Quốc lộ 1 đoạn qua thị xã Ba Đồn sang năm 2024 để",
     "Đường tránh Quốc lộ 1 đoạn qua thị xã Ba Đồn"),
    # a heading line run on with the next sentence after its bracket
    ("Đường ven sông Lam (giai đoạn 2) Tổng mức đầu tư 900 tỷ đồng.",
     "Đường ven sông Lam (giai đoạn 2)"),
    ("Bệnh viện Đa khoa khu vực (cơ sở 2) Đã hoàn thành 70% khối lượng.",
     "Bệnh viện Đa khoa khu vực (cơ sở 2)"),
    # a proper word after the bracket is no sentence
    ("Cầu Hàm Rồng (giai đoạn 1) Thanh Hóa đạt 40%", "Cầu Hàm Rồng (giai đoạn 1) Thanh Hóa"),
])
def test_name_ends(text: str, name: str) -> None:
    cut = cut_name(text, text.index(name.split()[0]), len(text))
    assert cut is not None and cut.name == name


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hạ tầng Khu kinh tế Nghi Sơn (hạng mục đường trục chính)",
     "Hạ tầng KKT Nghi Sơn (đường trục chính)", True),
    ("Khu công nghiệp Hòa Phú", "KCN Hòa Phú", True),
    ("Cụm công nghiệp Tân Hòa", "CCN Tân Hòa", True),
    ("KCN Hòa Phú", "KCN Tâm Thắng", False),
])
def test_abbreviated_rows(a: str, b: str, same: bool) -> None:
    assert same_project(a, b) is same


TABLE_DOC = (
    "UBND TỈNH NGHỆ AN\n\nSố: 310/BC-UBND\n\nNghệ An, ngày 06 tháng 10 năm 2022\n\nBÁO CÁO\n\n"
    "Tình hình giải ngân các dự án trọng điểm 9 tháng năm 2022\n\n"
    "1. Dự án Hạ tầng Khu kinh tế Đông Nam Nghệ An (hạng mục đường trục chính)\n\n"
    "Đã giải ngân 120 tỷ đồng, đạt 60% kế hoạch vốn.\n\n"
    "2. Dự án Bệnh viện Sản Nhi tỉnh (cơ sở 2)\n\nĐã giải ngân 80 tỷ đồng.\n\n"
    "| Dự án | Kế hoạch vốn (tỷ đồng) | Giải ngân (tỷ đồng) |\n|---|---:|---:|\n"
    "| Hạ tầng KKT Đông Nam (đường trục chính) | 200 | 120 |\n"
    "| Bệnh viện Sản Nhi tỉnh (cơ sở 2) | 100 | 80 |\n"
    "| Tổng cộng | 300 | 200 |\n\n"
    "3. Kiến nghị Bộ Tài chính cho phép kéo dài thời gian giải ngân của Dự án Bệnh viện Sản Nhi "
    "tỉnh (cơ sở 2) sang năm 2023.\n"
)


def test_project_table_rows() -> None:
    names = [p.name for p in extract(build_doc(TABLE_DOC, fmt="md")).projects]
    assert names == ["Hạ tầng Khu kinh tế Đông Nam Nghệ An (hạng mục đường trục chính)",
                     "Bệnh viện Sản Nhi tỉnh (cơ sở 2)"]
