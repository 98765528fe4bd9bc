"""Project names of round 15: a road named with a proper part runs on past "kết nối" when
a place follows ("đường trục Bắc - Nam kết nối vùng A - B"); "kết nối với …", "kết nối
các …" and "đấu nối vào …" still end it."""

from __future__ import annotations

import pytest

from ktxh.extract.project_names import cut_name


@pytest.mark.parametrize(("text", "name"), [
    ("đường trục Đông - Tây kết nối vùng Bắc Giang - Lạng Sơn mới giải ngân 120 tỷ đồng",
     "đường trục Đông - Tây kết nối vùng Bắc Giang - Lạng Sơn"),
    ("đường ven sông Cầu kết nối Quốc lộ 37 đạt 45% khối lượng",
     "đường ven sông Cầu kết nối Quốc lộ 37"),
    ("đường tỉnh 293 kết nối khu công nghiệp Song Khê đã giải ngân 80%",
     "đường tỉnh 293 kết nối khu công nghiệp Song Khê"),
    # no place after the link: the name stops before it
    ("cao tốc Tuyên Quang - Phú Thọ kết nối với cao tốc Nội Bài - Lào Cai đạt 70%",
     "cao tốc Tuyên Quang - Phú Thọ"),
    ("đường Vành đai 4 kết nối các khu công nghiệp đạt 30%", "đường Vành đai 4"),
    ("Trạm biến áp 110kV Yên Thế đấu nối vào lưới điện quốc gia", "Trạm biến áp 110kV Yên Thế"),
])
def test_link_in_name(text: str, name: str) -> None:
    cut = cut_name(text, 0, len(text))
    assert cut is not None and cut.name == name
