"""Round 20 (sentences written for these tests): a table row that names a count
per head of population ("Số bác sĩ/vạn dân | bác sĩ | 11,4 | 12") is a rate
whose unit is the counted noun per people, "bác sĩ/vạn dân", as seed 001
writes "bác sỹ/vạn dân"; "thấp hơn kế hoạch 3,8 điểm phần trăm" is a change on
the plan; "đạt 80,6% so với kế hoạch 85%" a rate, not a share of the plan; a
project name stops before "đoạn qua địa bàn …" and before "hoàn thiện …"."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.project_names import cut_name
from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc
from tests.support.extracting import figure_rows

_TABLE = """Các chỉ tiêu chủ yếu của ngành y tế:

| TT | Chỉ tiêu | Đơn vị | Thực hiện 2025 | Kế hoạch 2026 |
|---|---|---|---|---|
| 1 | {label} | {unit} | 9,6 | 10,2 |
"""


def _plan_meta() -> dict:
    return {"document": DocumentMeta(type="ke_hoach", period="2026", date="2025-12-20")}


PER_PEOPLE_ROWS = [
    ("Số bác sĩ/vạn dân", "bác sĩ", ("rate", "bác sĩ/vạn dân")),
    ("Số giường bệnh/vạn dân", "giường", ("rate", "giường/vạn dân")),
    ("Số bác sĩ/1 vạn dân", "bác sĩ", ("rate", "bác sĩ/1 vạn dân")),
    # no count per people: a level in the unit of its column
    ("Số trạm y tế có bác sĩ", "trạm", ("level", "trạm")),
    # the unit cell is not the noun counted per people: left as written
    ("Số bác sĩ/vạn dân", "người", ("level", "người")),
]


@pytest.mark.parametrize("label, unit, expected", PER_PEOPLE_ROWS)
def test_per_people_row_of_a_table(label: str, unit: str, expected: tuple) -> None:
    doc = build_doc(_TABLE.format(label=label, unit=unit))
    meta = _plan_meta()
    figures = [(f.kind, f.unit) for f in find_figures(doc, meta) if f.value == 9.6]
    meta["figures"] = find_figures(doc, meta)
    targets = [(t.kind, t.unit) for t in find_targets(doc, meta) if t.value == 10.2]
    assert figures == [expected]
    assert targets == [expected]


def _report(text: str) -> list[tuple]:
    """(kind, value, unit, base) of the figures of an annual báo cáo."""
    return figure_rows(text, ("kind", "value", "unit", "base"), "2025", "2025-12-10")


AGAINST_THE_PLAN = [
    # the plan named between the comparative and the number: a change on the plan
    ("Tỷ lệ phụ nữ mang thai được quản lý thai nghén ước đạt 90,5%, thấp hơn kế hoạch "
     "2,5 điểm phần trăm.",
     [("rate", 90.5, "%", None), ("change", -2.5, "điểm phần trăm", "plan")]),
    ("Tỷ lệ thu gom chất thải rắn đô thị đạt 93%, cao hơn chỉ tiêu giao 3 điểm phần trăm.",
     [("rate", 93.0, "%", None), ("change", 3.0, "điểm phần trăm", "plan")]),
    # a rate compared with its planned rate: a rate, the plan's rate after it
    ("Tỷ lệ trạm y tế có bác sĩ làm việc đạt 78,4% so với kế hoạch 82%.",
     [("rate", 78.4, "%", None), ("rate", 82.0, "%", None)]),
    # a share of the plan stays one
    ("Tỷ lệ che phủ rừng đạt 98% so với kế hoạch.", [("pct_of_plan", 98.0, "%", "plan")]),
    ("Thu ngân sách xã đạt 104% so với dự toán 12 tỷ đồng.",
     [("pct_of_plan", 104.0, "%", "plan"), ("level", 12.0, "tỷ đồng", None)]),
]


@pytest.mark.parametrize("text, expected", AGAINST_THE_PLAN)
def test_compared_with_the_plan(text: str, expected: list[tuple]) -> None:
    assert _report(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # the section "in this area" is no part of the name
    ("Dự án đường Vành đai 3 - Vùng Thủ đô đoạn qua địa bàn xã đã bàn giao 9 ha",
     "Dự án đường Vành đai 3 - Vùng Thủ đô"),
    # a section through a named place names the section: kept
    ("Dự án đường cao tốc Bắc - Nam đoạn qua tỉnh Nghệ An đạt 60% khối lượng",
     "Dự án đường cao tốc Bắc - Nam đoạn qua tỉnh Nghệ An"),
    # a verb after the proper part ends the name
    ("Khu công nghiệp Tân Phú giai đoạn 2 hoàn thiện hệ thống thoát nước mưa",
     "Khu công nghiệp Tân Phú giai đoạn 2"),
    # before a proper part, the works' description runs on
    ("Dự án hoàn thiện hạ tầng Cụm công nghiệp Đồng Lạc đạt 40%",
     "Dự án hoàn thiện hạ tầng Cụm công nghiệp Đồng Lạc"),
])
def test_project_name_ends(text: str, name: str) -> None:
    cut = cut_name(text, 0, len(text))
    assert cut is not None and cut.name == name


YEAR_END_AIMS = [
    # a directive of January: the year's end is ahead, a bound makes the number an aim
    ("chi_thi", "2026-01-15",
     "Vận động các hộ dân tham gia diệt lăng quăng, bảo đảm đến cuối năm 2026 có ít nhất "
     "90% hộ gia đình được kiểm tra định kỳ.", [("rate", 90.0, "2026")]),
    ("ke_hoach", "2026-02-10",
     "Tăng cường tiêm chủng, đến hết năm 2026 tối thiểu 95% trẻ em được tiêm đủ mũi.",
     [("rate", 95.0, "2026")]),
    # written at the year's end: a state reached, no aim
    ("bao_cao", "2026-12-10",
     "Đến cuối năm 2026 có ít nhất 90% hộ gia đình được kiểm tra định kỳ.", []),
]


@pytest.mark.parametrize("doc_type, date, text, expected", YEAR_END_AIMS)
def test_aim_by_the_end_of_this_year(doc_type: str, date: str, text: str,
                                     expected: list[tuple]) -> None:
    doc = build_doc(text)
    meta: dict = {"document": DocumentMeta(type=doc_type, date=date)}
    meta["figures"] = find_figures(doc, meta)
    assert [(t.kind, t.value, t.period) for t in find_targets(doc, meta)] == expected
