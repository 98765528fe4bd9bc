"""Figures read from small paragraphs in the genre (written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _figures(text: str, period: str | None = "2023-Q1") -> list:
    doc = build_doc(text)
    return list(find_figures(doc, {"document": DocumentMeta(period=period)}))


def _brief(text: str, period: str | None = "2023-Q1") -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind) for f in _figures(text, period)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diện tích cây vụ đông ước đạt 4.512 ha, bằng 31,2% kế hoạch, "
            "tăng 4,5% so với cùng kỳ.",
            [(4512.0, None, "ha", "level"), (31.2, None, "%", "pct_of_plan"),
             (4.5, None, "%", "change")],
        ),
        (
            "Tổng thu ngân sách trên địa bàn đạt 812 tỷ đồng, đạt 19,5% dự toán, "
            "giảm 7,2% so cùng kỳ.",
            [(812.0, None, "tỷ đồng", "level"), (19.5, None, "%", "pct_of_plan"),
             (-7.2, None, "%", "change")],
        ),
        (
            "Giai đoạn 2016 - 2020, giá trị sản xuất nông nghiệp bình quân hằng năm tăng 3,8%.",
            [(3.8, None, "%", "growth_avg")],
        ),
        (
            "Năm 2020, khu vực dịch vụ chiếm 45,6%, tăng 2,1% so với năm 2015.",
            [(45.6, None, "%", "share"), (2.1, None, "%", "change")],
        ),
        (
            "Thu nhập bình quân đầu người đạt 52 triệu đồng, gấp 1,6 lần so với năm 2015.",
            [(52.0, None, "triệu đồng", "level"), (1.6, None, "lần", "multiple")],
        ),
        ("Chỉ số PCI năm 2022 xếp thứ 41/63.", [(41.0, None, "/63", "rank")]),
        ("Toàn tỉnh có 62/181 xã đạt chuẩn nông thôn mới.", [(62.0, 181.0, "xã", "progress")]),
        ("Tỷ lệ hộ nghèo còn 9,8%.", [(9.8, None, "%", "rate")]),
        ("Đã có 45 doanh nghiệp thành lập mới.", [(45.0, None, "doanh nghiệp", "level")]),
        ("Xảy ra 5 vụ cháy rừng (giảm 3 vụ so với cùng kỳ).",
         [(5.0, None, "vụ", "level"), (-3.0, None, "vụ", "change")]),
        ("Tỷ lệ hộ nghèo giảm nhanh (bình quân giảm 2,1%/năm).",
         [(-2.1, None, "%/năm", "growth_avg")]),
        ("Sản xuất công nghiệp hằng năm tăng trên 9%.", [(9.0, None, "%", "growth_avg")]),
        ("Mật độ bình quân 180 người dân/doanh nghiệp.",
         [(180.0, None, "người dân/doanh nghiệp", "rate")]),
        ("Dành vốn dự phòng 10% tổng vốn trung hạn.", [(10.0, None, "%", "share")]),
        ("Có 98% xã có đường ô tô đến trung tâm.", [(98.0, None, "%", "rate")]),
        ("Doanh thu ước 520 tỷ đồng, đạt 61% cùng kỳ.",
         [(520.0, None, "tỷ đồng", "level"), (61.0, None, "%", "multiple")]),
        ("Tỷ lệ hộ nghèo giảm còn 7,4%.", [(7.4, None, "%", "rate")]),
        ("Nhiều sản phẩm tăng khá như gạch nung 52 triệu viên, tăng 6%.",
         [(52.0, None, "triệu viên", "level"), (6.0, None, "%", "change")]),
        # no figures: citations, dates, labels, names
        ("Theo đề nghị của BCĐ 127 Trung ương.", []),
        ("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh.", []),
        ("Triển khai Quốc lộ 4B và đường tỉnh 241 theo Chỉ thị số 08.", []),
    ],
)
def test_kinds(text: str, expected: list[tuple]) -> None:
    assert _brief(text) == expected


def test_indicator_carries_over_a_list() -> None:
    text = ("Tổng diện tích gieo trồng ước đạt 18.200 ha, bằng 40% kế hoạch. Trong đó: lúa đông "
            "xuân 6.100 ha, đạt 52% kế hoạch, giảm 1,5% so với cùng kỳ; ngô 4.020 ha, tăng 3%.")
    figs = _figures(text)
    assert [f.indicator for f in figs] == [
        "Tổng diện tích gieo trồng", "Tổng diện tích gieo trồng",
        "lúa đông xuân", "lúa đông xuân", "lúa đông xuân", "ngô", "ngô",
    ]
    # "ước đạt" covers the sentence and the "Trong đó" sentence after it
    assert all(f.estimate for f in figs)
    assert figs[-1].base == "same_period_last_year" and figs[-1].value == 3.0


@pytest.mark.parametrize(
    ("text", "estimates"),
    [
        ("Kim ngạch xuất khẩu ước đạt 320 triệu USD, tăng 8%.", [True, True]),
        ("Sản lượng lương thực dự kiến 160 nghìn tấn.", [True]),
        ("Lượng khách du lịch khoảng 900 nghìn lượt, trên 12%.", [False, False]),
        ("Thu nội địa đạt 410 tỷ đồng; ước cả năm 1.900 tỷ đồng.", [False, True]),
    ],
)
def test_estimate(text: str, estimates: list[bool]) -> None:
    assert [f.estimate for f in _figures(text)] == estimates


@pytest.mark.parametrize(
    ("text", "doc_period", "periods"),
    [
        ("Dư nợ tín dụng đạt 41.000 tỷ đồng.", "2023-Q1", ["2023-Q1"]),
        ("6 tháng đầu năm 2022, vốn huy động đạt 39.500 tỷ đồng.", "2022-H1", ["2022-H1"]),
        ("Năm 2019 có 120 hợp tác xã; 9 tháng đầu năm 2020 có 131 hợp tác xã.", None,
         ["2019", "2020-M9"]),
        ("Độ che phủ rừng từ 58% năm 2015 lên 63,5% năm 2020.", None, ["2015", "2020"]),
        ("Doanh thu du lịch giai đoạn 2016 - 2020 bình quân tăng 9%/năm.", None, ["2016/2020"]),
    ],
)
def test_periods(text: str, doc_period: str | None, periods: list[str]) -> None:
    assert [f.period for f in _figures(text, doc_period)] == periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "quý III và 9 tháng" report: "9 tháng" alone is the first nine months
        ("Tổng thu ngân sách trên địa bàn 9 tháng đạt 2.140 tỷ đồng, bằng 71% dự toán.",
         [("Tổng thu ngân sách trên địa bàn", "2024-M9"),
          ("Tổng thu ngân sách trên địa bàn", "2024-M9")]),
        ("Sản lượng cà phê nhân 9 tháng dự ước đạt 12,5 nghìn tấn.",
         [("Sản lượng cà phê nhân", "2024-M9")]),
        ("Trong 9 tháng, xảy ra 35 vụ tai nạn giao thông.",
         [("vụ tai nạn giao thông", "2024-M9")]),
        ("Lũy kế 9 tháng, cấp 215 giấy chứng nhận đăng ký doanh nghiệp.",
         [("giấy chứng nhận đăng ký doanh nghiệp", "2024-M9")]),
        ("Riêng quý III, thu ngân sách đạt 640 tỷ đồng.", [("thu ngân sách", "2024-Q3")]),
        ("Dư nợ cho vay đạt 9.200 tỷ đồng.", [("Dư nợ cho vay", "2024-Q3")]),
        # spelled-out month counts
        ("Năm tháng đầu năm 2024, diện tích lúa chiêm xuân đạt 3.100 ha.",
         [("diện tích lúa chiêm xuân", "2024-M5")]),
        ("Sáu tháng đầu năm, kim ngạch xuất khẩu đạt 95 triệu USD.",
         [("kim ngạch xuất khẩu", "2024-H1")]),
        # a length of time stays in the indicator, the period is the document's
        ("Tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn đạt 62%.",
         [("Tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn", "2024-Q3")]),
    ],
)
def test_month_count_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.indicator, f.period) for f in _figures(text, "2024-Q3")] == expected


def test_growth_list_ends_at_a_period_of_its_own() -> None:
    text = ("Xuất khẩu giai đoạn 2016 - 2019 tăng bình quân 6%/năm (6 tháng đầu năm 2020 "
            "tăng 3,5%).")
    figs = _figures(text, None)
    assert [(f.kind, f.period) for f in figs] == [("growth_avg", "2016/2019"),
                                                 ("change", "2020-H1")]


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("Toàn tỉnh hiện có 12 khu công nghiệp đang hoạt động.",
         ["khu công nghiệp đang hoạt động"]),
        ("Đàn bò ước có 41,2 nghìn con, tăng 1,5%.", ["Đàn bò", "Đàn bò"]),
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 93%, bình quân cả nước là 91%.",
         ["Tỷ lệ tham gia bảo hiểm y tế", "Tỷ lệ tham gia bảo hiểm y tế"]),
        ("Trong quý I có 25 doanh nghiệp giải thể.", ["doanh nghiệp giải thể"]),
    ],
)
def test_indicators(text: str, indicators: list[str]) -> None:
    assert [f.indicator for f in _figures(text)] == indicators


def test_places() -> None:
    figs = _figures("Tỷ lệ đô thị hóa đạt 25%, bình quân cả nước là 40%.")
    assert [f.place for f in figs] == [None, "cả nước"]
    figs = _figures("Riêng huyện Lộc Bình trồng mới 320 ha rừng.")
    assert [f.place for f in figs] == ["huyện Lộc Bình"]


def test_values_are_normalized() -> None:
    (fig,) = _figures("Lượng khách đạt 1.500 nghìn lượt.")
    assert fig.base_value == 1_500_000 and fig.base_unit == "lượt"
    assert fig.quote == "Lượng khách đạt 1.500 nghìn lượt"


def test_targets_are_not_figures() -> None:
    assert _figures("Phấn đấu đến năm 2030 có 150 xã đạt chuẩn nông thôn mới.", "2025") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("từ năm 2016 đến tháng 7/2020", [("2016/2020", False)]),
        ("Đến 2030, có", [("2030", False)]),
        ("giảm 4% so với năm 2019", [("2019", True)]),
        ("tăng 3% so với cùng kỳ năm 2022", [("2022", True)]),
        ("giai đoạn 2021 - 2025 và quý III/2024", [("2021/2025", False), ("2024-Q3", False)]),
        ("ngày 15 tháng 3 năm 2024", []),  # a date, not a period
    ],
)
def test_period_phrases(text: str, codes: list[tuple[str, bool]]) -> None:
    from ktxh.extract.timeframes import find_period_hits
    from ktxh.text.normalize import fold

    assert [(h.code, h.base) for h in find_period_hits(fold(text))] == codes


TABLE = """## **II. KẾT QUẢ THỰC HIỆN**

| Chỉ tiêu | ĐVT | Kế hoạch | Ước thực hiện | % KH | So cùng kỳ (%) |
|---|---|---|---|---|---|
| Sản lượng chè búp tươi | Tấn | 12.000 | 9.150 | 76,3 | -2,5 |
| Lượt khách du lịch | Nghìn lượt | 900 | 705,5 | 78,4 | 12,1 |
"""


def test_table_of_results() -> None:
    figs = _figures(TABLE, "2024-M9")
    assert [(f.indicator, f.value, f.unit, f.kind, f.estimate, f.period) for f in figs] == [
        # the plan the results are measured against: a level of its year
        ("Sản lượng chè búp tươi", 12000.0, "Tấn", "level", False, "2024"),
        ("Sản lượng chè búp tươi", 9150.0, "Tấn", "level", True, "2024-M9"),
        # the comparisons of an estimate are estimated ("ước đạt ..., bằng 76,3% kế hoạch")
        ("Sản lượng chè búp tươi", 76.3, "%", "pct_of_plan", True, "2024-M9"),
        ("Sản lượng chè búp tươi", -2.5, "%", "change", True, "2024-M9"),
        ("Lượt khách du lịch", 900.0, "Nghìn lượt", "level", False, "2024"),
        ("Lượt khách du lịch", 705.5, "Nghìn lượt", "level", True, "2024-M9"),
        ("Lượt khách du lịch", 78.4, "%", "pct_of_plan", True, "2024-M9"),
        ("Lượt khách du lịch", 12.1, "%", "change", True, "2024-M9"),
    ]


@pytest.mark.parametrize(
    ("text", "doc_period", "expected"),
    [
        # "bằng X% so với cùng kỳ": a ratio to the base (kind multiple, unit %)
        ("Sản lượng chè búp tươi ước đạt 41.200 tấn, bằng 96,4% so với cùng kỳ.", "2024-M9",
         [(41200.0, "tấn", "level", None), (96.4, "%", "multiple", "same_period_last_year")]),
        ("Thu từ xổ số kiến thiết đạt 45 tỷ đồng, bằng 104% so với năm 2023.", "2024",
         [(45.0, "tỷ đồng", "level", None), (104.0, "%", "multiple", "2023")]),
        ("Chi thường xuyên đạt 1.850 tỷ đồng, đạt 80,2% cùng kỳ.", "2024-M9",
         [(1850.0, "tỷ đồng", "level", None), (80.2, "%", "multiple", "same_period_last_year")]),
        # "bằng X% kế hoạch" stays a share of the plan
        ("Vốn giải ngân đạt 960 tỷ đồng, bằng 61,5% kế hoạch.", "2024-M9",
         [(960.0, "tỷ đồng", "level", None), (61.5, "%", "pct_of_plan", "plan")]),
        # the base a comparison names
        ("Riêng quý III thu 640 tỷ đồng, giảm 4,2% so với quý II.", "2024-Q3",
         [(640.0, "tỷ đồng", "level", None), (-4.2, "%", "change", "2024-Q2")]),
        ("Giá trị sản xuất nông nghiệp tăng 3,9% so với năm trước.", "2023",
         [(3.9, "%", "change", "2022")]),
        ("Xảy ra 38 vụ tai nạn giao thông, so với năm trước giảm 5 vụ.", "2023",
         [(38.0, "vụ", "level", None), (-5.0, "vụ", "change", "2022")]),
        ("Kim ngạch xuất khẩu đạt 310 triệu USD, tăng 6% so với cùng kỳ năm 2023.", "2024-H1",
         [(310.0, "triệu USD", "level", None), (6.0, "%", "change", "same_period_last_year")]),
        # a multiple and the base right after it
        ("Diện tích trồng rừng đạt 2.400 ha, gấp 1,3 lần cùng kỳ.", "2024-M9",
         [(2400.0, "ha", "level", None), (1.3, "lần", "multiple", "same_period_last_year")]),
        ("Doanh thu du lịch đạt 900 tỷ đồng, gấp 1,8 lần năm 2020.", "2024",
         [(900.0, "tỷ đồng", "level", None), (1.8, "lần", "multiple", "2020")]),
    ],
)
def test_bases(text: str, doc_period: str, expected: list[tuple]) -> None:
    assert [(f.value, f.unit, f.kind, f.base) for f in _figures(text, doc_period)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison keeps the place of the clause that names its indicator
        ("Riêng huyện Chợ Đồn trồng được 640 ha rừng, gấp 1,4 lần cùng kỳ.",
         [(640.0, "level", "huyện Chợ Đồn"), (1.4, "multiple", "huyện Chợ Đồn")]),
        ("Thành phố Bắc Kạn thu 210 tỷ đồng, bằng 70% dự toán.",
         [(210.0, "level", "thành phố Bắc Kạn"), (70.0, "pct_of_plan", "thành phố Bắc Kạn")]),
        # the whole country's rate in brackets: same measure, place "cả nước"
        ("Giải ngân vốn đầu tư công đạt 42,5% kế hoạch, thấp hơn bình quân cả nước (45,1%).",
         [(42.5, "pct_of_plan", None), (45.1, "pct_of_plan", "cả nước")]),
        ("Tỷ lệ hộ nghèo còn 8,2%, cao hơn mức bình quân của cả nước (4,3%).",
         [(8.2, "rate", None), (4.3, "rate", "cả nước")]),
        # a bracket that is not the country's stays the province's
        ("Tỷ lệ lao động qua đào tạo đạt 62% (tăng 2%).",
         [(62.0, "rate", None), (2.0, "change", None)]),
    ],
)
def test_comparison_places(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind, f.place) for f in _figures(text, "2024-M9")] == expected


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        # a clause that opens with its verb: what is done follows the number
        ("Đón 2,1 triệu lượt khách du lịch, tăng 9%.", ["lượt khách du lịch"] * 2),
        ("Trồng mới 2.600 ha rừng tập trung.", ["Trồng mới rừng tập trung"]),
        ("Thu hút 85 nghìn lượt khách.", ["lượt khách"]),
        ("Xảy ra 28 vụ tai nạn giao thông, làm chết 19 người, làm bị thương 11 người.",
         ["vụ tai nạn giao thông", "người chết", "người bị thương"]),
        ("Trồng được 4.100 ha rừng mới, 260 ha cây ăn quả.",
         ["Trồng rừng mới", "Trồng cây ăn quả"]),
        ("Đã bàn giao 42/96 ha mặt bằng cho nhà đầu tư.", ["bàn giao mặt bằng"]),
        ("Tổng thu ngân sách đạt 1.520 tỷ đồng; riêng quý III thu 540 tỷ đồng.",
         ["Tổng thu ngân sách", "Tổng thu ngân sách"]),
        ("Thu nội địa đạt 900 tỷ đồng; chi 1.300 tỷ đồng.", ["Thu nội địa", "chi"]),
        # a place the subject opens with is the figure's place, not its indicator
        ("Riêng huyện Na Rì trồng được 760 ha rừng.", ["trồng rừng"]),
        ("Xã Quang Thuận có thu nhập bình quân đầu người 38 triệu đồng.",
         ["thu nhập bình quân đầu người"]),
        # "bình quân" after a level stays; before a rate of growth it goes
        ("Năng suất lúa bình quân ước đạt 52,4 tạ/ha.", ["Năng suất lúa bình quân"]),
        ("Giá trị sản xuất bình quân tăng 6,5%/năm.", ["Giá trị sản xuất"]),
        # "Số X là N X" keeps "Số X"; a repeated count keeps what it counts
        ("Số doanh nghiệp giải thể là 41 doanh nghiệp.", ["Số doanh nghiệp giải thể"]),
        ("Xảy ra 31 vụ cháy rừng, giảm 6 vụ.", ["vụ cháy rừng", "vụ cháy rừng"]),
        # verbs and adverbs that end the subject are no part of it
        ("Tỷ lệ hộ nghèo giảm còn 6,8%.", ["Tỷ lệ hộ nghèo"]),
        ("Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi còn 19,2%.",
         ["Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi"]),
        ("Tỷ lệ che phủ rừng duy trì 73,5%.", ["Tỷ lệ che phủ rừng"]),
        ("Số vụ vi phạm trên địa bàn chỉ 4 vụ.", ["Số vụ vi phạm trên địa bàn"]),
        ("Tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 31,2%.",
         ["Tiến độ giải ngân vốn đầu tư công"]),
        # a noun phrase is kept whole
        ("Số lao động được tạo việc làm mới là 6.200 lao động.",
         ["Số lao động được tạo việc làm mới"]),
        ("Sản lượng gỗ khai thác đạt 310 nghìn m3.", ["Sản lượng gỗ khai thác"]),
    ],
)
def test_verb_and_filler_indicators(text: str, indicators: list[str]) -> None:
    assert [f.indicator for f in _figures(text)] == indicators


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of the base is not the figure's period
        ("Thu nhập bình quân đầu người đạt 48 triệu đồng/người/năm, gấp đôi năm 2018.",
         [(48.0, "triệu đồng/người", "level", "2023", None),
          (2.0, "lần", "multiple", "2023", "2018")]),
        ("Quy mô GRDP đạt 21.500 tỷ đồng, gấp rưỡi năm 2017.",
         [(21500.0, "tỷ đồng", "level", "2023", None),
          (1.5, "lần", "multiple", "2023", "2017")]),
        ("Doanh thu du lịch tăng gấp ba lần so với năm 2015.",
         [(3.0, "lần", "multiple", "2023", "2015")]),
        ("Dư nợ tín dụng đạt 8.900 tỷ đồng, tăng 11% so với cuối năm 2022.",
         [(8900.0, "tỷ đồng", "level", "2023", None),
          (11.0, "%", "change", "2023", "2022")]),
        ("Tổng đàn trâu có 75 nghìn con, so với thời điểm cuối năm 2020 giảm 4 nghìn con.",
         [(75.0, "nghìn con", "level", "2023", None),
          (-4.0, "nghìn con", "change", "2023", "2020")]),
        # a year right after the value is its period
        ("Độ che phủ rừng lên 73,2% năm 2022.", [(73.2, "%", "rate", "2022", None)]),
        # "gấp" without a multiple word is no figure
        ("Cần khẩn trương, gấp rút hoàn thành dự án.", []),
    ],
)
def test_base_years(text: str, expected: list[tuple]) -> None:
    got = [(f.value, f.unit, f.kind, f.period, f.base) for f in _figures(text, "2023")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "giảm từ A xuống còn B": A is the level before (the year before when no period
        # is said: round-4 held-out gold), B the level
        ("Tỷ lệ hộ nghèo giảm từ 12,4% xuống còn 9,7%.",
         [(12.4, None, "%", "rate", "2022"), (9.7, None, "%", "rate", "2023")]),
        ("Số vụ cháy rừng giảm từ 14 vụ xuống 9 vụ.",
         [(14.0, None, "vụ", "level", "2022"), (9.0, None, "vụ", "level", "2023")]),
        ("Tỷ lệ che phủ rừng tăng từ 60,1% năm 2020 lên 63% năm 2023.",
         [(60.1, None, "%", "rate", "2020"), (63.0, None, "%", "rate", "2023")]),
        # a change stays a change
        ("Tỷ lệ hộ nghèo giảm 2,7%.", [(-2.7, None, "%", "change", "2023")]),
        ("Số hộ nghèo giảm 1.250 hộ, còn 8.400 hộ.",
         [(-1250.0, None, "hộ", "change", "2023"), (8400.0, None, "hộ", "level", "2023")]),
        # a number that qualifies a noun is part of the indicator
        ("Còn 5 xã đạt dưới 10 tiêu chí.", [(5.0, None, "xã", "level", "2023")]),
        ("Toàn tỉnh có 1.150 hộ có thu nhập trên 100 triệu đồng/năm.",
         [(1150.0, None, "hộ", "level", "2023")]),
        ("Đã giảm số xã dưới 12 tiêu chí xuống còn 3 xã.", [(3.0, None, "xã", "level", "2023")]),
        ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng còn 17%.", [(17.0, None, "%", "rate", "2023")]),
        # ... but a number of its own after a count is a figure
        ("Có 18 doanh nghiệp vận tải với tổng số 420 xe.",
         [(18.0, None, "doanh nghiệp", "level", "2023"), (420.0, None, "xe", "level", "2023")]),
        ("Tỷ lệ nợ xấu dưới 2%.", [(2.0, None, "%", "rate", "2023")]),
        # a range with the unit at both ends
        ("Tỷ lệ hộ nghèo giảm 1,5% - 2%.", [(-1.5, -2.0, "%", "change", "2023")]),
        ("Tăng trưởng kinh tế ước đạt 6% - 6,5%.", [(6.0, 6.5, "%", "change", "2023")]),
        ("Lượng khách đạt từ 1,5 triệu đến 1,6 triệu lượt.",
         [(1.5, 1.6, "triệu lượt", "level", "2023")]),
    ],
)
def test_levels_before_thresholds_and_ranges(text: str, expected: list[tuple]) -> None:
    got = [(f.value, f.value_max, f.unit, f.kind, f.period) for f in _figures(text, "2023")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cây hằng năm" names a crop, not a level over the years
        ("Toàn tỉnh gieo trồng 51.300 ha cây hằng năm, đạt 99,2% kế hoạch.",
         [("gieo trồng cây hằng năm", "2024-H1"), ("gieo trồng cây hằng năm", "2024-H1")]),
        # a comparison after the number does not name the indicator
        ("Chỉ số sản xuất công nghiệp tăng 8,1%; riêng quý II giảm 2,3% so với quý I.",
         [("Chỉ số sản xuất công nghiệp", "2024-H1"), ("Chỉ số sản xuất công nghiệp", "2024-Q2")]),
        # counts per head of population, each its own indicator
        ("Có 10,2 bác sỹ và 30,5 giường bệnh trên 1 vạn dân.",
         [("bác sỹ trên 1 vạn dân", "2024-H1"), ("giường bệnh trên 1 vạn dân", "2024-H1")]),
    ],
)
def test_more_indicators(text: str, expected: list[tuple]) -> None:
    assert [(f.indicator, f.period) for f in _figures(text, "2024-H1")] == expected


def test_district_town_is_the_place() -> None:
    figs = _figures("Thị xã Sa Pa thu 240 tỷ đồng, bằng 80% dự toán.", "2024-M9")
    assert [(f.indicator, f.place) for f in figs] == [("thu", "thị xã Sa Pa")] * 2


RATIO_TABLE = """## **III. MỘT SỐ CHỈ TIÊU CHỦ YẾU CẢ NĂM 2024**

| Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 6 tháng | % KH | So cùng kỳ (%) |
|---|---|---|---|---|---|
| Sản lượng cà phê | Tấn | 9.000 | 4.100 | 45,6 | 103,5 |
| Khách du lịch | Nghìn lượt | 600 | 340 | 56,7 | 96,2 |
"""


def test_table_ratio_column_and_column_period() -> None:
    figs = _figures(RATIO_TABLE, "2024-H1")
    assert [(f.value, f.kind, f.period, f.base) for f in figs] == [
        (9000.0, "level", "2024", None),  # "Kế hoạch năm": the plan of the report's year
        (4100.0, "level", "2024-H1", None),
        (45.6, "pct_of_plan", "2024-H1", "plan"),
        (103.5, "multiple", "2024-H1", "same_period_last_year"),
        (600.0, "level", "2024", None),
        (340.0, "level", "2024-H1", None),
        (56.7, "pct_of_plan", "2024-H1", "plan"),
        (96.2, "multiple", "2024-H1", "same_period_last_year"),
    ]


def test_table_change_column_stays_a_change() -> None:
    # the existing results table: a "So cùng kỳ (%)" column with a fall is of changes
    kinds = [f.kind for f in _figures(TABLE, "2024-M9")]
    assert kinds.count("change") == 2 and "multiple" not in kinds


@pytest.mark.parametrize(
    ("title", "text", "periods"),
    [
        # a "quý III và 9 tháng" report: a figure with no period of its own is of the 9 months
        ("Tình hình kinh tế - xã hội quý III và 9 tháng năm 2024",
         "Tỷ lệ lao động qua đào tạo đạt 71%. Riêng quý III, thu ngân sách đạt 600 tỷ đồng.",
         ["2024-M9", "2024-Q3"]),
        ("Tình hình kinh tế - xã hội quý III năm 2024",
         "Tỷ lệ lao động qua đào tạo đạt 71%.", ["2024-Q3"]),
        # "đến hết tháng 9" is the first nine months
        ("Tình hình kinh tế - xã hội quý III năm 2024",
         "Giải ngân vốn đầu tư công đến hết tháng 9 đạt 2.100 tỷ đồng.", ["2024-M9"]),
        ("Tình hình kinh tế - xã hội quý III năm 2024",
         "Riêng tháng 9, thu ngân sách đạt 200 tỷ đồng.", ["2024-09"]),
    ],
)
def test_report_period_defaults(title: str, text: str, periods: list[str]) -> None:
    doc = build_doc(text)
    meta = DocumentMeta(period="2024-Q3", title=title)
    assert [f.period for f in find_figures(doc, {"document": meta})] == periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date is no part of the indicator
        ("Lũy kế giải ngân đến ngày 31/10/2024 đạt 2.300 tỷ đồng.",
         [("giải ngân", 2300.0, "level", "2024-M10")]),  # the months gone by that day
        ("Giải ngân vốn đầu tư công đến ngày 15 tháng 6 năm 2024 đạt 47%.",
         [("Giải ngân vốn đầu tư công", 47.0, "rate", "2024-H1")]),
        # the same measure a year before, in brackets
        ("Tỷ lệ tiêm chủng đầy đủ đạt 81%, thấp hơn cùng kỳ (88%).",
         [("Tỷ lệ tiêm chủng đầy đủ", 81.0, "rate", "2024-H1"),
          ("Tỷ lệ tiêm chủng đầy đủ", 88.0, "rate", "2023-H1")]),
        # a threshold after a count qualifies it
        ("Có 9/21 chủ đầu tư có tỷ lệ giải ngân trên 50%.",
         [("chủ đầu tư có tỷ lệ giải ngân trên 50%", 9.0, "progress", "2024-H1")]),
        ("Còn 4 chủ đầu tư giải ngân dưới 20%.",
         [("chủ đầu tư giải ngân dưới 20%", 4.0, "level", "2024-H1")]),
        # ... but "với tổng vốn trên N" states the capital
        ("Thu hút 6 dự án với tổng vốn trên 1.200 tỷ đồng.",
         [("dự án thu hút", 6.0, "level", "2024-H1"), ("tổng vốn", 1200.0, "level", "2024-H1")]),
    ],
)
def test_dates_benchmarks_thresholds(text: str, expected: list[tuple]) -> None:
    got = [(f.indicator, f.value, f.kind, f.period) for f in _figures(text, "2024-H1")]
    assert got == expected


def test_place_prefix_in_lower_case() -> None:
    (fig,) = _figures("Huyện Bình Sơn giải ngân đạt 72,4%.", "2024-M9")
    assert fig.place == "huyện Bình Sơn"


ABBREVIATED_TABLE = """| Chỉ tiêu | ĐVT | KH 2024 | TH 9 tháng | TH/KH (%) | Cùng kỳ (%) |
|---|---|---|---|---|---|
| Sản lượng điện | Triệu kWh | 4.000 | 3.050 | 76,3 | 108,1 |
"""


@pytest.mark.parametrize(
    ("header", "kinds"),
    [
        ("| Chỉ tiêu | ĐVT | KH 2024 | TH 9 tháng | TH/KH (%) | Cùng kỳ (%) |",
         [("level", "2024"), ("level", "2024-M9"), ("pct_of_plan", "2024-M9"),
          ("multiple", "2024-M9")]),
        ("| Chỉ tiêu | ĐVT | Kế hoạch | Ước TH | So KH (%) | Tăng, giảm so cùng kỳ (%) |",
         [("level", "2024"), ("level", "2024-Q3"), ("pct_of_plan", "2024-Q3"),
          ("change", "2024-Q3")]),
        # a header of no known column: no figures ("Năm 2023" would be a column of levels)
        ("| Nội dung | Ghi chú | Cột 1 | Cột 2 | Thứ tự | Khác |", []),
    ],
)
def test_table_headers(header: str, kinds: list[tuple]) -> None:
    text = ABBREVIATED_TABLE.replace(ABBREVIATED_TABLE.splitlines()[0], header)
    assert [(f.kind, f.period) for f in _figures(text, "2024-Q3")] == kinds


def test_a_sentence_opening_with_rieng_continues_the_one_before() -> None:
    text = ("Tổng thu ngân sách 9 tháng ước đạt 1.640 tỷ đồng. Riêng quý III thu 590 tỷ đồng. "
            "Chi thường xuyên đạt 2.100 tỷ đồng.")
    figs = _figures(text, "2024-Q3")
    assert [(f.indicator, f.period, f.estimate) for f in figs] == [
        ("Tổng thu ngân sách", "2024-M9", True),
        ("Tổng thu ngân sách", "2024-Q3", False),
        ("Chi thường xuyên", "2024-Q3", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "(giá hiện hành)" belongs to the subject before it
        ("Tăng trưởng kinh tế đạt 7,1%; quy mô GRDP (giá hiện hành) đạt 52.300 tỷ đồng.",
         [("Tăng trưởng kinh tế", 7.1), ("quy mô GRDP (giá hiện hành)", 52300.0)]),
        # "vượt X% dự toán" is a change on the plan (round 5) and names no indicator
        ("Thu ngân sách đạt 3.100 tỷ đồng, vượt 6% dự toán, tăng 9% so với năm 2023.",
         [("Thu ngân sách", 3100.0), ("Thu ngân sách", 6.0), ("Thu ngân sách", 9.0)]),
        # a verb with the unit of the measure before keeps that measure
        ("Thành phố Hạ Long đón 5,2 triệu lượt khách; thành phố Cẩm Phả đón 640 nghìn lượt.",
         [("lượt khách", 5.2), ("lượt khách", 640.0)]),
        # rooms and hotels are counted
        ("Toàn tỉnh có 1.300 cơ sở lưu trú với 25.100 buồng; trong đó 88 khách sạn 4 sao.",
         [("cơ sở lưu trú", 1300.0), ("buồng", 25100.0), ("khách sạn", 88.0)]),
    ],
)
def test_round_four_forms(text: str, expected: list[tuple]) -> None:
    assert [(f.indicator, f.value) for f in _figures(text, "2024")] == expected
