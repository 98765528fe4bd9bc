"""Round 4 of targets (sentences written for these tests): milestone lists of
disbursement, and the forms of a five-year plan: points a year, counts per
10.000 people, ages, and the sizes of works named in a plan."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.target_milestones import cumulative_code
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows


def _figures(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.indicator, f.value, f.unit, f.kind, f.period)
            for f in find_figures(build_doc(text), found(period, date))]


LETTER = "Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n"
PLAN = "## II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n\n"
TASKS = "## III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n"

MILESTONES = [
    # three milestones of a letter of June: each for the months to its date
    (LETTER + "a) Các chủ đầu tư đẩy nhanh tiến độ thi công, bảo đảm đến ngày 30/6/2025 giải "
     "ngân đạt tối thiểu 35% kế hoạch vốn; đến ngày 30/9/2025 đạt tối thiểu 65%; đến ngày "
     "31/12/2025 đạt trên 97%.\n", None, "2025-06-10", [
        ("giải ngân", 35.0, "%", "rate", "2025-H1"),
        ("giải ngân", 65.0, "%", "rate", "2025-M9"),
        ("giải ngân", 97.0, "%", "rate", "2025"),
     ]),
    # the year of later dates from the first; a month that closes no quarter
    (LETTER + "b) Phấn đấu đến ngày 31/7/2024 giải ngân đạt trên 50% kế hoạch vốn; đến ngày "
     "31/10 đạt trên 80%.\n", None, "2024-05-20", [
        ("giải ngân kế hoạch vốn", 50.0, "%", "rate", "2024-M7"),
        ("giải ngân kế hoạch vốn", 80.0, "%", "rate", "2024-M10"),
     ]),
    # the next quarter's section of a quarterly report: the half-year, not the quarter
    ("## III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2023\n\n1. Các chủ đầu tư phấn đấu đến ngày "
     "30/6/2023 giải ngân đạt trên 45% kế hoạch vốn được giao.\n", "2023-Q1", "2023-03-25", [
        ("giải ngân kế hoạch vốn", 45.0, "%", "rate", "2023-H1")]),
    # a draft dated by its month; 31 January closes the year's plan
    (LETTER + "- Phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 85% kế hoạch vốn; đến ngày "
     "31/01/2026 giải ngân 100% kế hoạch vốn được giao.\n", "2025", "2025-11", [
        ("giải ngân kế hoạch vốn", 85.0, "%", "rate", "2025"),
        ("giải ngân kế hoạch vốn", 100.0, "%", "rate", "2025"),
     ]),
    # --- no milestone ---
    (LETTER + "Tính đến ngày 31/10/2025, toàn tỉnh giải ngân 8.120,4 tỷ đồng, đạt 48% kế "
     "hoạch vốn.\n", "2025", "2025-11", []),
    # a date passed: what was disbursed by then
    (LETTER + "Tính đến hết ngày 31/5/2025, toàn tỉnh giải ngân được 1.204,5 tỷ đồng, đạt 24,6% "
     "kế hoạch.\n", None, "2025-06-10", []),
    # done, or what remains
    (LETTER + "Đến ngày 30/6/2025 đã giải ngân đạt 30% kế hoạch vốn.\n", None, "2025-06-02", []),
    (LETTER + "Đến ngày 30/6/2025 còn 14 hộ chưa bàn giao mặt bằng.\n", None, "2025-05-20", []),
    # an estimate
    ("Quý II, dự kiến đến ngày 30/6/2025 giải ngân đạt khoảng 42% kế hoạch.\n", "2025-Q1",
     "2025-04-05", []),
]


@pytest.mark.parametrize(("text", "period", "date", "expected"), MILESTONES, ids=[
    "three", "later_year", "next_quarter", "january", "passed_month", "passed", "done",
    "remaining", "estimate"])
def test_milestones(text: str, period: str | None, date: str, expected: list) -> None:
    assert target_rows(text, period, date) == expected


def test_a_passed_date_stays_a_figure() -> None:
    text = (LETTER + "Tính đến hết ngày 31/5/2025, toàn tỉnh giải ngân được 1.204,5 tỷ đồng, "
            "đạt 24,6% kế hoạch.\n")
    assert [f[1] for f in _figures(text, None, "2025-06-10")] == [1204.5, 24.6]


@pytest.mark.parametrize(("iso", "code"), [
    ("2025-03-31", "2025-Q1"), ("2025-06-30", "2025-H1"), ("2025-09-30", "2025-M9"),
    ("2025-12-31", "2025"), ("2025-05-31", "2025-M5"), ("2026-01-31", "2025"),
])
def test_cumulative_code(iso: str, code: str) -> None:
    assert cumulative_code(iso) == code


FIVE_YEARS = [
    # points a year: a change, not an average growth
    (PLAN + "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 0,4 điểm phần "
     "trăm/năm.\n", [("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", -0.4, "điểm phần trăm",
                      "change", "2026/2030")]),
    # ... while a percentage a year stays growth
    (PLAN + "- Kim ngạch xuất khẩu tăng bình quân 9 - 10%/năm.\n",
     [("Kim ngạch xuất khẩu", 9.0, "%/năm", "growth_avg", "2026/2030")]),
    # counts per 10.000 people: rates, the unit as seed 001 writes "bác sỹ/vạn dân"
    (PLAN + "- Đến năm 2030 đạt 15 bác sĩ và 38 giường bệnh trên 10.000 dân.\n", [
        ("bác sĩ trên 10.000 dân", 15.0, "bác sĩ/10.000 dân", "rate", "2030"),
        ("giường bệnh trên 10.000 dân", 38.0, "giường bệnh/10.000 dân", "rate", "2030"),
    ]),
    # an age
    (PLAN + "- Tuổi thọ trung bình của người dân đạt 75,8 tuổi.\n",
     [("Tuổi thọ trung bình của người dân", 75.8, "tuổi", "level", "2030")]),
    # a size raised is aimed at
    (TASKS + "Phấn đấu đến năm 2030 nâng tổng công suất các nhà máy điện gió lên 1.200 MW.\n",
     [("nâng tổng công suất các nhà máy điện gió", 1200.0, "MW", "level", "2030")]),
    # the sizes of works named in a plan are no targets
    (TASKS + "Kêu gọi đầu tư Dự án Cảng tổng hợp Gành Hào theo phương thức PPP, tổng mức đầu "
     "tư khoảng 21.000 tỷ đồng.\n", []),
    (TASKS + "Phấn đấu hoàn thành Dự án tuyến đường ven biển đoạn qua tỉnh (dài 88 km) trước "
     "năm 2030.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), FIVE_YEARS, ids=[
    "points", "growth", "per_people", "age", "raised", "tmdt", "length"])
def test_five_year_forms(text: str, expected: list) -> None:
    assert target_rows(text, "2026/2030", "2026-01-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    (TASKS + "Kêu gọi đầu tư Dự án Cảng tổng hợp Gành Hào theo phương thức PPP, tổng mức đầu "
     "tư khoảng 21.000 tỷ đồng.\n", [("tổng mức đầu tư", 21000.0, "tỷ đồng", "level", None)]),
    (TASKS + "Phấn đấu hoàn thành Dự án tuyến đường ven biển đoạn qua tỉnh (dài 88 km) trước "
     "năm 2030.\n", [("dài", 88.0, "km", "level", None)]),
    (PLAN + "- Đầu tư Bệnh viện Đa khoa khu vực phía Nam quy mô 500 giường.\n",
     [("quy mô", 500.0, "giường", "level", None)]),
    # an age only where the clause names one
    ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 19,5%.\n", [
        ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", 19.5, "%", "rate", "2025")]),
])
def test_sizes_in_a_plan_are_figures(text: str, expected: list) -> None:
    got = _figures(text, "2026/2030" if text.startswith("#") else "2025", "2026-01-10")
    assert [(g[1], g[2], g[3], g[4]) for g in got] == [(e[1], e[2], e[3], e[4]) for e in expected]
