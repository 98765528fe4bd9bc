"""Projects, round 4 (passages written for these tests): "tổng hợp" and "đến"
inside names, size brackets outside them, counts of projects, zones and roads
named without "dự án", a name repeated without its phase."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc


def _projects(text: str) -> list[tuple[str, list[tuple[str, str, float]]]]:
    ex = extract(build_doc(text))
    return [(p.name, [(f.indicator, f.kind, f.value) for f in p.figures]) for p in ex.projects]


def _names(text: str) -> list[str]:
    return [name for name, _ in _projects(text)]


NAMES = [
    # "tổng hợp" qualifies a port or a plant before the proper part
    ("Kêu gọi đầu tư Dự án Cảng biển tổng hợp Cà Ná theo phương thức đối tác công tư (PPP).",
     ["Cảng biển tổng hợp Cà Ná"]),
    ("Dự án Khu liên hợp xử lý chất thải rắn tổng hợp Phước Nam đạt 38% khối lượng.",
     ["Khu liên hợp xử lý chất thải rắn tổng hợp Phước Nam"]),
    # ... after it, "tổng hợp" is the verb
    ("Dự án Hồ chứa nước Sông Than tổng hợp hồ sơ thanh toán khối lượng hoàn thành.",
     ["Hồ chứa nước Sông Than"]),
    # a road "nối A đến B" runs to its end
    ("Dự án Đường nối Quốc lộ 27 đến đường ven biển ĐT.701 đã bàn giao 9,6/14,2 km mặt bằng.",
     ["Đường nối Quốc lộ 27 đến đường ven biển ĐT.701"]),
    # ... not to a time
    ("Dự án Đường nối Quốc lộ 27 với cảng Cà Ná đến nay đã giải ngân 120 tỷ đồng.",
     ["Đường nối Quốc lộ 27 với cảng Cà Ná"]),
    # a bracket of size ends the name; the name again without its phase is the same project
    ("Dự án đường bộ cao tốc Vân Phong - Nha Trang giai đoạn 1 (đoạn qua huyện dài 21,3 km) "
     "đã giải ngân 215 tỷ đồng. Dự án đường bộ cao tốc Vân Phong - Nha Trang đang thi công "
     "nền đường.", ["đường bộ cao tốc Vân Phong - Nha Trang giai đoạn 1"]),
    # works named in lower case only, told apart by their size
    ("Phấn đấu hoàn thành Dự án tuyến đường bộ ven biển đoạn qua tỉnh (dài 106 km) trước năm "
     "2030.", ["tuyến đường bộ ven biển đoạn qua tỉnh"]),
    # zones and roads with a name and progress, without "dự án"
    ("Tập trung đẩy nhanh giải phóng mặt bằng KCN Phước Nam (diện tích 370 ha), đến nay đã "
     "bàn giao 254,3/370 ha.", ["KCN Phước Nam"]),
    ("Khu tái định cư Cà Ná 3 (quy mô 240 lô) phục vụ dự án mới đạt khoảng 55% khối lượng.",
     ["Khu tái định cư Cà Ná 3"]),
    ("Đẩy nhanh tiến độ thi công tuyến đường Phan Rang - Tân Sơn, phấn đấu hoàn thành trong quý "
     "IV/2025.", ["tuyến đường Phan Rang - Tân Sơn"]),
    # --- no project ---
    # counts of projects
    ("Quý I, toàn tỉnh thu hút được 27 dự án đầu tư mới và 15 lượt dự án điều chỉnh vốn với "
     "tổng vốn đăng ký 4.870 tỷ đồng.", []),
    # roads of a kind
    ("Cải tạo, nâng cấp một số tuyến đường nội thị thành phố Phan Rang.", []),
    # a resettlement area of a project named in its sentence or over it
    ("5. Về dự án Hồ chứa nước Sông Than: hoàn thành xây dựng khu tái định cư Phước Hà trong "
     "quý III/2025.", ["Hồ chứa nước Sông Than"]),
    ("## 2. Dự án Hồ chứa nước Sông Than\n\nKhu tái định cư Phước Hà mới hoàn thành 40% khối "
     "lượng.", ["Hồ chứa nước Sông Than"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES, ids=[
    "port", "plant", "verb_after", "route_to", "to_now", "size_bracket_and_phase",
    "lower_case_works", "kcn", "resettlement", "road", "counts", "kind_of_roads",
    "part_in_sentence", "part_under_heading"])
def test_project_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_a_count_gives_its_figures_to_no_project() -> None:
    text = ("Quý I, toàn tỉnh thu hút được 27 dự án đầu tư mới và 15 lượt dự án điều chỉnh vốn "
            "với tổng vốn đăng ký 4.870 tỷ đồng.")
    ex = extract(build_doc(text))
    assert ex.projects == ()
    assert 4870.0 in [f.value for f in ex.figures]


def test_the_figures_of_a_zone_go_to_it() -> None:
    text = ("Tập trung đẩy nhanh giải phóng mặt bằng KCN Phước Nam (diện tích 370 ha), đến nay "
            "đã bàn giao 254,3/370 ha.")
    ((name, figures),) = _projects(text)
    assert name == "KCN Phước Nam"
    assert ("diện tích", "level", 370.0) in figures
    assert next(f for f in figures if f[1] == "progress")[2] == 254.3
