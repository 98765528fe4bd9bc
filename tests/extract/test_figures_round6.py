"""Round 6 of figures (sentences written for these tests): a programme named
"mục tiêu quốc gia" is no target section, percentages whose base is the plan
(an investor's list, the items of a breakdown, a province-wide disbursement
rate in brackets), a gap to a named base, and thresholds that select."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.table_cells import cell_value
from ktxh.extract.targets import find_targets
from ktxh.text.model import Span
from ktxh.text.structure import build_doc
from tests.support.extracting import found

REPORT = ("2024-M9", "2024-10-05")


def _figures(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind, f.base)
            for f in find_figures(build_doc(text), found(period, date))]


CASES = [
    # a programme's name is no heading of targets: the plan and its disbursement are figures
    ("## 3. Vốn các chương trình mục tiêu quốc gia\n\n"
     "Kế hoạch vốn các chương trình mục tiêu quốc gia năm 2024 là 540,2 tỷ đồng; đến ngày "
     "30/9/2024 giải ngân được 201,7 tỷ đồng, đạt 37,3%.\n", *REPORT, [
         (540.2, None, "tỷ đồng", "level", None),
         (201.7, None, "tỷ đồng", "level", None),
         (37.3, None, "%", "pct_of_plan", "plan")]),
    # each item of a breakdown of disbursed money is of its own plan
    ("Đến ngày 30/9/2024 giải ngân được 320,5 tỷ đồng, đạt 35,2%, gồm: Chương trình xây dựng "
     "nông thôn mới 150,1 tỷ đồng, đạt 33,4%; Chương trình giảm nghèo bền vững 90,2 tỷ đồng, "
     "đạt 38,5%.\n", *REPORT, [
         (320.5, None, "tỷ đồng", "level", None),
         (35.2, None, "%", "pct_of_plan", "plan"),
         (150.1, None, "tỷ đồng", "level", None),
         (33.4, None, "%", "pct_of_plan", "plan"),
         (90.2, None, "tỷ đồng", "level", None),
         (38.5, None, "%", "pct_of_plan", "plan")]),
    # a footnote listing investors under a sentence on disbursement: each one's rate of plan
    ("Đến ngày 30/9/2024, toàn tỉnh giải ngân được 1.250,3 tỷ đồng, đạt 40,1% kế hoạch. "
     "Có 15 chủ đầu tư giải ngân chậm¹.\n\n"
     "¹ Gồm: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh 15,2%; "
     "Sở Giáo dục và Đào tạo 9,4%; UBND huyện Ba Tơ 7,1%.\n", *REPORT, [
         (1250.3, None, "tỷ đồng", "level", None),
         (40.1, None, "%", "pct_of_plan", "plan"),
         (15.0, None, "chủ đầu tư", "level", None),
         (15.2, None, "%", "pct_of_plan", "plan"),
         (9.4, None, "%", "pct_of_plan", "plan"),
         (7.1, None, "%", "pct_of_plan", "plan")]),
    # ... but with no word on disbursement such a list stays a rate
    ("¹ Gồm: Sở Giáo dục và Đào tạo 9,4%; UBND huyện Ba Tơ 7,1%.\n", *REPORT, [
        (9.4, None, "%", "rate", None), (7.1, None, "%", "rate", None)]),
    # the province's disbursement rate in brackets is the same measure as the head
    ("Tính đến ngày 15/6/2023, các dự án trọng điểm mới giải ngân được 412,5 tỷ đồng, đạt "
     "19,8% kế hoạch, thấp hơn tỷ lệ giải ngân chung của tỉnh (24,6%).\n", "2023-M6",
     "2023-06-20", [
         (412.5, None, "tỷ đồng", "level", None),
         (19.8, None, "%", "pct_of_plan", "plan"),
         (24.6, None, "%", "pct_of_plan", "plan")]),
    # the plan of the head measure in brackets after "vượt kế hoạch đề ra"
    ("Năm 2022, tổng sản phẩm trên địa bàn ước tăng 8,45%, vượt kế hoạch đề ra (7 - 7,5%).\n",
     "2023", "2022-12-10", [
         (8.45, None, "%", "change", None), (7.0, 7.5, "%", "change", None)]),
    # a gap to a base named before the number
    ("Năm 2023, diện tích đất cây xanh đô thị bình quân 4,1 m2/người, thấp hơn tiêu chuẩn đô "
     "thị loại II khoảng 1,9 m2/người.\n", "2023", "2024-01-05", [
         (4.1, None, "m2/người", "rate", None),
         (-1.9, None, "m2/người", "change", "tiêu chuẩn đô thị loại II")]),
    ("Mực nước sông Đà tại trạm Hòa Bình ngày 12/8/2024 đạt 23,4 m, trên báo động II là "
     "0,6 m.\n", None, "2024-08-13", [
         (23.4, None, "m", "level", None), (0.6, None, "m", "change", "báo động II")]),
    # a threshold that selects the works to act on is no figure
    ("Sở Tài chính tham mưu điều chuyển vốn từ các công trình giải ngân dưới 25% sang các "
     "công trình có khối lượng.\n", None, "2023-06-05", []),
]


@pytest.mark.parametrize("text, period, date, expected", CASES)
def test_round6_figures(text: str, period: str | None, date: str | None,
                        expected: list[tuple]) -> None:
    assert _figures(text, period, date) == expected


def test_programme_name_sets_no_target() -> None:
    text = CASES[0][0]
    assert find_targets(build_doc(text), found(*REPORT)) == ()


QUALIFIERS = [
    # "trong đó X% là <noun>": the share of the head that is so
    ("Năm 2023, toàn tỉnh có 210 nghìn lao động làm việc trong các khu công nghiệp, trong đó "
     "khoảng 45% là lao động đến từ tỉnh khác.\n", "2023", "2024-01-02", [
         (210.0, None, "nghìn lao động", "level", None), (45.0, None, "%", "share", None)]),
    # the doses that define who is counted are no figures
    ("Đến ngày 31/10/2021, có 97,2% người từ 12 tuổi trở lên đã được tiêm ít nhất 1 mũi vắc "
     "xin, trong đó 88,4% đã được tiêm đủ 2 mũi.\n", "2021", "2021-11-05", [
         (97.2, None, "%", "rate", None), (88.4, None, "%", "rate", None)]),
    ("Trong tháng đã tiêm 12.400 mũi vắc xin.\n", "2021-10", "2021-11-05", [
        (12400.0, None, "mũi", "level", None)]),
]


@pytest.mark.parametrize("text, period, date, expected", QUALIFIERS)
def test_round6_qualifiers(text: str, period: str | None, date: str | None,
                           expected: list[tuple]) -> None:
    assert _figures(text, period, date) == expected


def test_result_row_sets_no_target() -> None:
    # a count in brackets after a row's label, under "CHỈ TIÊU CHỦ YẾU" of the year reported
    text = ("PHỤ LỤC\nMỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023 THEO XÃ\n\n"
            "| TT | Xã | Dân số trung bình (người) | Tỷ lệ hộ nghèo (%) |\n|---|---|---|---|\n"
            "| 1 | Xã An Bình | 8.420 | 1,25 |\n| 2 | Các xã còn lại (9 xã) | 61.300 | 1,84 |\n")
    doc = build_doc(text)
    done = found("2023", "2023-12-12")
    done["figures"] = find_figures(doc, done)
    assert len(done["figures"]) == 4
    assert find_targets(doc, done) == ()


@pytest.mark.parametrize("cell, expected", [("2025 - 2027", None), ("10 - 10,5", (10.0, 10.5))])
def test_year_span_cell_is_no_number(cell: str, expected: tuple | None) -> None:
    # a span of years in a column of time ("Thời gian hoàn thành") is a time
    doc = build_doc(f"| Nội dung | Giá trị |\n|---|---|\n| Lập đề án | {cell} |\n")
    at = doc.text.index(cell)
    got = cell_value(doc, Span(at, at + len(cell)))
    assert (got if got is None else (got.value, got.value_max)) == expected


def test_cumulative_sentence_takes_the_subject_before() -> None:
    # "Tính chung 9 tháng ước đạt …" leaves out the noun of the sentence before
    text = ("Sản lượng thủy sản khai thác tháng 9 ước đạt 6.200 tấn, tăng 2,1% so với cùng kỳ. "
            "Tính chung 9 tháng ước đạt 55.300 tấn, bằng 78,4% kế hoạch năm, tăng 3,6% so với "
            "cùng kỳ.\n")
    got = [(f.indicator, f.value, f.period)
           for f in find_figures(build_doc(text), found("2024-M9", "2024-09-28"))]
    assert got[2:] == [("Sản lượng thủy sản khai thác", 55300.0, "2024-M9"),
                       ("Sản lượng thủy sản khai thác", 78.4, "2024-M9"),
                       ("Sản lượng thủy sản khai thác", 3.6, "2024-M9")]
