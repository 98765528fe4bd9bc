"""Projects, round 6 (passages written for these tests): a later mention without the
section bracket of an earlier name is the same project; works named only as the point
another connects to are no project."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.project_keys import same_project
from ktxh.text.structure import build_doc


def _names(text: str) -> list[str]:
    return [p.name for p in extract(build_doc(text)).projects]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Đường tỉnh 865 (đoạn từ Quốc lộ 1 đến cầu Mỹ Lợi)", "Đường tỉnh 865", True),
    ("Quốc lộ 57 (giai đoạn từ 2025 đến 2027)", "Quốc lộ 57", True),
    ("Đường tỉnh 865 (đoạn từ Quốc lộ 1 đến cầu Mỹ Lợi)", "Đường tỉnh 866", False),
])
def test_a_name_without_its_section_bracket(a: str, b: str, same: bool) -> None:
    assert same_project(a, b) is same


SECTION = (
    "## I. TÌNH HÌNH THỰC HIỆN\n\n"
    "- Dự án Đường tỉnh 865 (đoạn từ Quốc lộ 1 đến cầu Mỹ Lợi): đã bàn giao 12,4/15 km mặt "
    "bằng, đạt 82,7%.\n\n"
    "## II. KẾT LUẬN\n\n"
    "1. Ủy ban nhân dân huyện Cai Lậy chi trả tiền bồi thường cho 45 hộ còn lại của Dự án "
    "Đường tỉnh 865 trong tháng 7/2025.\n"
)
CONNECTION = (
    "## II. KẾT LUẬN\n\n"
    "1. Giao Sở Xây dựng trình phương án kết nối nút giao giữa Đường tỉnh 865 và đường cao tốc "
    "Trung Lương - Mỹ Thuận, hoàn thành trước ngày 30/6/2025.\n"
)


@pytest.mark.parametrize(("text", "names"), [
    (SECTION, ["Đường tỉnh 865 (đoạn từ Quốc lộ 1 đến cầu Mỹ Lợi)"]),
    (CONNECTION, []),
])
def test_project_mentions(text: str, names: list[str]) -> None:
    assert _names(text) == names


PROGRESS_TABLE = (
    "| TT | Dự án | Kế hoạch vốn 2025 (tỷ đồng) | Giải ngân đến 30/6/2025 (tỷ đồng) "
    "| Giải phóng mặt bằng |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Đường trục phía Tây tỉnh | 350,0 | 120,5 | Bàn giao 14,6/21,2 km |\n"
    "| 2 | Kè chống sạt lở sông Hậu | 80,0 | 41,0 | Hoàn thành |\n"
)


def test_progress_in_a_text_cell_of_a_project_table() -> None:
    ex = extract(build_doc("## I. TIẾN ĐỘ\n\n" + PROGRESS_TABLE))
    found = [(f.value, f.value_max, f.unit, f.period) for f in ex.figures
             if f.kind == "progress"]
    assert found == [(14.6, 21.2, "km", "2025-H1")]
