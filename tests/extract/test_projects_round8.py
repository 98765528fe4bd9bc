"""Project names of round 8: a later mention without the earlier name's unbracketed
"đoạn qua huyện"; a project to be prepared ("lập dự án …") is none yet."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.project_keys import same_project
from ktxh.text.structure import build_doc


def _names(text: str) -> list[str]:
    return [p.name for p in extract(build_doc(text)).projects]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("đường tỉnh 491 đoạn qua huyện", "đường tỉnh 491", True),
    ("đường tỉnh 491 đoạn qua huyện", "đường tỉnh 492", False),
])
def test_a_name_without_its_unbracketed_section(a: str, b: str, same: bool) -> None:
    assert same_project(a, b) is same


LATER = (
    "## I. TÌNH HÌNH\n\n"
    "Dự án đường tỉnh 491 đoạn qua huyện mới bàn giao 5,2/9,4 km mặt bằng.\n\n"
    "## II. KẾT LUẬN\n\n"
    "1. Sở Tài chính bố trí bổ sung 20 tỷ đồng cho dự án đường tỉnh 491 trong năm 2025.\n"
)


PREPARED = (
    "## II. KẾT LUẬN\n\n"
    "1. Sở Xây dựng hướng dẫn xã lập dự án nâng cấp tuyến đường Yên Thắng - Yên Lâm; hoàn "
    "thành trước ngày 30/9/2025.\n"
)


@pytest.mark.parametrize(("text", "names"), [
    (LATER, ["đường tỉnh 491 đoạn qua huyện"]),
    (PREPARED, []),
])
def test_project_mentions(text: str, names: list[str]) -> None:
    assert _names(text) == names


RESORT = (
    "## I. TÌNH HÌNH\n\n"
    "Khu du lịch sinh thái Vân Long - Kênh Gà chậm triển khai do vướng 12,5 ha đất lúa.\n"
)
VISITORS = ("## I. TÌNH HÌNH\n\nKhu du lịch sinh thái Tam Cốc đón 350 nghìn lượt khách trong "
            "6 tháng.\n")


@pytest.mark.parametrize(("text", "names"), [
    (RESORT, ["Khu du lịch sinh thái Vân Long - Kênh Gà"]),
    (VISITORS, []),
])
def test_a_resort_named_as_works(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hợp phần kè bờ sông Gianh và cầu Quảng Hải", "Kè bờ sông Gianh và cầu Quảng Hải", True),
    ("Hợp phần 2 kè bờ sông Gianh", "Kè bờ sông Gianh", False),
    ("Hợp phần kè bờ sông Gianh", "Kè bờ sông Son", False),
])
def test_a_component_repeated_by_its_works(a: str, b: str, same: bool) -> None:
    assert same_project(a, b) is same
