"""Leftovers of held-out rounds 7-10 (tasks): a provincial force named as written.

"Bộ đội Biên phòng tỉnh" is the last words of the register's "Bộ Chỉ huy Bộ đội Biên
phòng tỉnh": the lead (or partner) keeps the words written, with the document's province;
a name written in full keeps the full name."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CASES = [
    # (place, body, [(lead, support)])
    ("Cà Mau",
     "Kết luận như sau:\n\n3. Công an tỉnh điều tra, xử lý các đường dây môi giới đưa tàu "
     "cá đi khai thác trái phép. Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Chi cục Thủy "
     "sản kiểm soát chặt chẽ tàu cá ra, vào cửa biển trong tháng 5/2024.\n",
     [("Công an tỉnh Cà Mau", []),
      ("Bộ đội Biên phòng tỉnh Cà Mau", ["Chi cục Thủy sản"])]),
    ("Sóc Trăng",
     "Kết luận như sau:\n\n2. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với "
     "Bộ đội Biên phòng tỉnh xử lý tàu cá vi phạm vùng biển nước ngoài.\n",
     [("Sở Nông nghiệp và Phát triển nông thôn", ["Bộ đội Biên phòng tỉnh Sóc Trăng"])]),
    # written in full: the full name stays
    ("Quảng Ninh",
     "Kết luận như sau:\n\n1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh tăng cường tuần tra khu vực "
     "biên giới trong quý II/2024.\n",
     [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh", [])]),
    # a name the register completes with its province only is unchanged
    ("Kiên Giang",
     "Kết luận như sau:\n\n4. Cục Thuế tỉnh đôn đốc thu hồi nợ thuế trong năm 2024.\n",
     [("Cục Thuế tỉnh Kiên Giang", [])]),
]


@pytest.mark.parametrize(("place", "body", "expected"), CASES)
def test_force_named_as_written(place: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind="thong_bao", date="2024-04-10", place=place)
    assert [(t.lead, list(t.support)) for t in found] == expected
