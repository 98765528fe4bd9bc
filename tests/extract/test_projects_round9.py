"""Project names of round 9: a road's section after a comma and its locating bracket, a link
road "nối A với B", "nối dài"; an overpass named under the road project it belongs to."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.project_keys import same_project
from ktxh.extract.project_names import cut_name
from ktxh.text.structure import build_doc


@pytest.mark.parametrize(("text", "name"), [
    ("Tuyến đường ven biển (ĐT.640), đoạn Mỹ Thành - Tam Quan đã thông xe",
     "Tuyến đường ven biển (ĐT.640), đoạn Mỹ Thành - Tam Quan"),
    ("Đường ven biển Phú Lộc - Chân Mây, đoạn Km5 - Km12 đạt 60%",
     "Đường ven biển Phú Lộc - Chân Mây, đoạn Km5 - Km12"),
    # a locating bracket at the end is an aside; a comma without a section ends the name
    ("Cầu Sông Vệ (Km1045 Quốc lộ 1) đang thi công", "Cầu Sông Vệ"),
    ("Đường ven biển Phú Lộc - Chân Mây, đã thông xe", "Đường ven biển Phú Lộc - Chân Mây"),
    ("đường nối Quốc lộ 4D với cao tốc Hà Nội - Lào Cai, phấn đấu",
     "đường nối Quốc lộ 4D với cao tốc Hà Nội - Lào Cai"),
    ("đường nối Quốc lộ 1 với đường ven biển ĐT.521 đạt 40%",
     "đường nối Quốc lộ 1 với đường ven biển ĐT.521"),
    ("Đường trục Khu kinh tế Dung Quất nối dài (giai đoạn 3) đạt 52%",
     "Đường trục Khu kinh tế Dung Quất nối dài (giai đoạn 3)"),
    ("Đường Hoàng Văn Thụ nối với vốn vay", "Đường Hoàng Văn Thụ nối"),
])
def test_road_names(text: str, name: str) -> None:
    cut = cut_name(text, 0, len(text))
    assert cut is not None and cut.name == name


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Tuyến đường ven biển (ĐT.640), đoạn Mỹ Thành - Tam Quan", "Tuyến đường ven biển", True),
    ("Đường ven biển Phú Lộc - Chân Mây, đoạn Km5 - Km12", "Đường ven biển Phú Lộc - Chân Mây",
     True),
    ("Tuyến đường ven biển (ĐT.640), đoạn Mỹ Thành - Tam Quan", "Tuyến đường ven sông", False),
])
def test_a_later_mention_without_the_section(a: str, b: str, same: bool) -> None:
    assert same_project(a, b) is same


REPORT = (
    "## II. TÌNH HÌNH CÁC DỰ ÁN TRỌNG ĐIỂM\n\n"
    "1. Dự án Tuyến đường ven biển (ĐT.640), đoạn Mỹ Thành - Tam Quan\n\n"
    "Đã hoàn thành 14,6/21 km nền đường, đạt 69,5%.\n\n"
    "2. Dự án Đường trục Khu kinh tế Dung Quất nối dài (giai đoạn 3)\n\n"
    "Đã thảm nhựa 6,1/9,8 km; cầu vượt nút giao Quốc lộ 24 dự kiến thông xe trong tháng "
    "3/2025.\n\n"
    "## III. NHIỆM VỤ\n\n"
    "1. Ủy ban nhân dân huyện Hoài Ân chi trả bồi thường cho 12 hộ còn lại thuộc Dự án "
    "Tuyến đường ven biển trước ngày 20/12/2024.\n"
)


def test_a_report_of_road_projects() -> None:
    names = [p.name for p in extract(build_doc(REPORT)).projects]
    assert names == ["Tuyến đường ven biển (ĐT.640), đoạn Mỹ Thành - Tam Quan",
                     "Đường trục Khu kinh tế Dung Quất nối dài (giai đoạn 3)"]
