"""Figures, third round: cumulative periods, percent kinds, indicators, units and
lists of forms met in reports of other provinces (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _figures(text: str, period: str | None = "2025", title: str | None = None) -> list:
    doc = build_doc(text)
    return list(find_figures(doc, {"document": DocumentMeta(period=period, title=title)}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "(tính) đến (hết) ngày D/M/Y": the months gone by that day
        ("Tính đến ngày 31/10/2025, toàn tỉnh giải ngân 8.412,5 tỷ đồng, đạt 48,3% kế hoạch.",
         [(8412.5, "2025-M10"), (48.3, "2025-M10")]),
        ("Đến ngày 30/11/2024 đã giải ngân 2.845,1 tỷ đồng.", [(2845.1, "2024-M11")]),
        ("Lũy kế giải ngân đến 31/3/2025 đạt 1.200 tỷ đồng.", [(1200.0, "2025-Q1")]),
        ("Giải ngân đến ngày 30 tháng 6 năm 2025 đạt 2.040 tỷ đồng.", [(2040.0, "2025-H1")]),
        ("Giải ngân đến hết tháng 11/2024 đạt 2.900 tỷ đồng.", [(2900.0, "2024-M11")]),
        ("Đến ngày 31/12/2024 đã giải ngân 5.600 tỷ đồng.", [(5600.0, "2024")]),
        ("Tính đến ngày 01/11/2025 đã cấp 1.320 giấy chứng nhận.", [(1320.0, "2025-M10")]),
        # "từ đầu năm ... đến ngày ...", and the rest of the paragraph it opens
        ("Từ đầu năm 2025 đến ngày 31/10/2025, trên địa bàn tỉnh xảy ra 19 vụ cháy rừng, "
         "diện tích bị thiệt hại 52,3 ha. Nguyên nhân chủ yếu do đốt thực bì, trong đó 11 vụ "
         "tại rừng trồng.", [(19.0, "2025-M10"), (52.3, "2025-M10"), (11.0, "2025-M10")]),
        # not from the start of the year, or a deadline: no cumulative period
        ("Từ ngày 15/7/2025 đến ngày 30/9/2025 tiếp nhận 320 hồ sơ.", [(320.0, "2025")]),
        ("Dự án đạt 85% khối lượng, hoàn thành đến ngày 31/12/2026.", [(85.0, "2025")]),
    ],
)
def test_cumulative_periods_until_a_day(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text)] == expected


def test_a_date_mid_sentence_dates_its_sentence_only() -> None:
    figs = _figures("Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 3.402 tỷ đồng. "
                    "Dự án cầu Hòa Bình đã hoàn thành 64% khối lượng.")
    assert [(f.value, f.period) for f in figs] == [(3402.0, "2025-M11"), (64.0, "2025")]


def test_a_column_until_a_day() -> None:
    text = (
        "| TT | Chủ đầu tư | Kế hoạch vốn năm 2025 (tỷ đồng) | Giải ngân đến 31/10/2025 "
        "(tỷ đồng) | Tỷ lệ giải ngân (%) |\n|---|---|---|---|---|\n"
        "| 1 | Sở Xây dựng | 1.250,0 | 612,4 | 49,0 |\n"
        "| 2 | Ban Quản lý dự án giao thông | 2.100,5 | 1.344,3 | 64,0 |\n"
    )
    figs = _figures(text)
    assert [(f.value, f.period) for f in figs] == [
        (1250.0, "2025"), (612.4, "2025-M10"), (49.0, "2025-M10"),
        (2100.5, "2025"), (1344.3, "2025-M10"), (64.0, "2025-M10")]


def test_a_title_until_a_day_is_the_default() -> None:
    title = "Tình hình giải ngân vốn đầu tư công năm 2025 (số liệu đến ngày 30/9/2025)"
    figs = _figures("Toàn tỉnh đã giải ngân 4.120 tỷ đồng.", title=title)
    assert [f.period for f in figs] == ["2025-M9"]


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # "Cùng kỳ năm 2024, ..." states the same span a year before
        ("Tính đến ngày 31/10/2025, toàn tỉnh giải ngân đạt 50,2% kế hoạch. Cùng kỳ năm "
         "2024, toàn tỉnh giải ngân đạt 45,1% kế hoạch.", "2025",
         [(50.2, "2025-M10"), (45.1, "2024-M10")]),
        ("Thu ngân sách tăng 5,2% so với cùng kỳ năm 2024; cùng kỳ năm 2024, thu ngân sách "
         "đạt 3.100 tỷ đồng.", "2025-H1", [(5.2, "2025-H1"), (3100.0, "2024-H1")]),
        # a year in a bracket after the figure is the bracket's own
        ("Thuế sản phẩm trừ trợ cấp sản phẩm chiếm 4,6% (năm 2023 tương ứng là 4,8%).",
         "2025", [(4.6, "2025"), (4.8, "2023")]),
        # ... but a bracket holding only the time dates the figure
        ("Tỷ lệ hộ nghèo còn 2,1% (cuối năm 2024).", "2025", [(2.1, "2024")]),
        # the term in a congress's name is no period
        ("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp; 100% chi "
         "bộ trực thuộc đã tổ chức đại hội.", "2025", [(100.0, "2025")]),
        # money moved to the next year keeps the plan's year; a forecast across ";"
        ("Kéo dài thời gian giải ngân kế hoạch vốn năm 2025 sang năm 2026, số vốn khoảng 120 "
         "tỷ đồng.", "2025", [(120.0, "2025")]),
        ("Mùa khô năm 2025 - 2026 dự báo đến sớm, nắng nóng kéo dài; hiện có khoảng 142.000 ha "
         "rừng thông dễ cháy.", "2025", [(142000.0, "2025")]),
        # a body given a deadline after the figure: the deadline is not its period
        ("Kè chống sạt lở bờ sông (khoảng 1,5 km): Giao Sở Nông nghiệp và Môi trường hoàn thành "
         "trong tháng 11/2025.", "2025", [(1.5, "2025")]),
    ],
)
def test_comparison_years_brackets_and_names(text: str, period: str,
                                             expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text, period)] == expected


def test_an_average_index_of_a_year_is_a_change() -> None:
    figs = _figures("Chỉ số giá tiêu dùng (CPI) bình quân năm 2024 tăng 3,1% so với bình quân "
                    "năm 2023.", "2024")
    assert [(f.kind, f.value, f.period, f.base) for f in figs] == [
        ("change", 3.1, "2024", "2023")]


def test_respectively_names_the_list_before() -> None:
    figs = _figures("Cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 36,2%; khu vực "
                    "công nghiệp - xây dựng chiếm 23,5%; khu vực dịch vụ chiếm 35,7% (năm 2023 "
                    "tương ứng là 37,1%; 22,8% và 35,5%).", "2024")
    assert [(f.indicator, f.value, f.kind, f.period) for f in figs] == [
        ("khu vực nông, lâm nghiệp và thủy sản", 36.2, "share", "2024"),
        ("khu vực công nghiệp - xây dựng", 23.5, "share", "2024"),
        ("khu vực dịch vụ", 35.7, "share", "2024"),
        ("khu vực nông, lâm nghiệp và thủy sản", 37.1, "share", "2023"),
        ("khu vực công nghiệp - xây dựng", 22.8, "share", "2023"),
        ("khu vực dịch vụ", 35.5, "share", "2023"),
    ]


def test_a_plan_date_is_not_the_documents_period() -> None:
    from ktxh.extract.figures import document_period
    doc = build_doc("Cầu Vàm Cống 2 đã hoàn thành 78% khối lượng, dự kiến thông xe trong quý "
                    "II/2026.")
    assert document_period(doc, {}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "đạt X%" after an amount disbursed, also before "và" another item
        ("Giải ngân vốn ngân sách địa phương 7.215,4 tỷ đồng, đạt 49,8% và vốn trung ương "
         "4.800 tỷ đồng, đạt 58,1%.",
         [(7215.4, "level"), (49.8, "pct_of_plan"), (4800.0, "level"), (58.1, "pct_of_plan")]),
        # an investor's "đạt X%" in a sentence on disbursement
        ("Một số chủ đầu tư giải ngân thấp: Ban Quản lý dự án đầu tư xây dựng tỉnh đạt 24,1%; "
         "Ủy ban nhân dân phường Tân Phú đạt 16,2%.",
         [(24.1, "pct_of_plan"), (16.2, "pct_of_plan")]),
        # ... but a rate named as such stays one
        ("Tỷ lệ giải ngân của Ban Quản lý dự án tỉnh đạt 61%.", [(61.0, "rate")]),
        # the work, the ground, the contract value done: rates
        ("Dự án đường ven biển đã hoàn thành 91% khối lượng thi công.", [(91.0, "rate")]),
        ("Tỉnh đã bàn giao 100% mặt bằng cho nhà đầu tư.", [(100.0, "rate")]),
        ("Gói thầu số 5 đạt 72% giá trị hợp đồng.", [(72.0, "rate")]),
        # a part of the whole product; times another group's quantity
        ("Tổng dư nợ công bằng 28,4% GRDP.", [(28.4, "share")]),
        ("Năng suất lao động khu vực tư nhân bằng khoảng 40% năng suất lao động khu vực FDI.",
         [(40.0, "multiple")]),
        ("Diện tích lúa bằng 96,2% cùng kỳ.", [(96.2, "multiple")]),
    ],
)
def test_percent_kinds(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind) for f in _figures(text, "2025-M10")] == expected


def test_an_investors_share_in_a_footnote() -> None:
    text = ("Tính đến ngày 31/10/2025, toàn tỉnh giải ngân 12.100 tỷ đồng, đạt 50,3% kế "
            "hoạch<sup>1</sup>.\n\n<sup>1</sup> Ban Quản lý dự án giao thông đạt 61,4%; Ủy ban "
            "nhân dân xã Long Hưng đạt 33,2%.")
    assert [(f.value, f.kind) for f in _figures(text)][2:] == [
        (61.4, "pct_of_plan"), (33.2, "pct_of_plan")]


def test_percent_rows_of_a_table() -> None:
    text = (
        "| TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024 |\n|---|---|---|---|---|\n"
        "| 1 | Tốc độ tăng trưởng GRDP | % | 7,0 | 7,12 |\n"
        "| 2 | GRDP bình quân đầu người | triệu đồng | 75 | 76,4 |\n"
        "| 3 | Tỷ lệ hộ nghèo (chuẩn đa chiều) | % | 2,3 | 2,18 |\n"
    )
    assert [(f.value, f.kind, f.unit) for f in _figures(text, "2024")] == [
        (7.12, "change", "%"), (76.4, "level", "triệu đồng"), (2.18, "rate", "%")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng công suất điện mặt trời mái nhà đạt 1.820 MWp, trong đó 1.410 MWp nối lưới.",
         [(1820.0, "MWp"), (1410.0, "MWp")]),
        ("Hệ thống pin mặt trời 25 kWp.", [(25.0, "kWp")]),
        ("Diện tích tự nhiên của xã là 312,4 km².", [(312.4, "km²")]),
        ("Nhà máy nước có công suất 25.000 m³/ngày đêm.", [(25000.0, "m³/ngày đêm")]),
        ("Có 1.180 thanh niên lên đường nhập ngũ.", [(1180.0, "thanh niên")]),
        ("Được bổ sung 05 biên chế công chức.", [(5.0, "biên chế")]),
        ("Đảng bộ xã có 42 chi bộ; 11/42 chi bộ hoàn thành xuất sắc nhiệm vụ.",
         [(42.0, "chi bộ"), (11.0, "chi bộ")]),
        ("Quy mô dân số 17.900 người.", [(17900.0, "người")]),
        # "công ty" is no workday ("công"); a list of counts keeps every item
        ("Toàn tỉnh có 3 vườn quốc gia, 12 ban quản lý rừng phòng hộ, rừng đặc dụng, 8 công "
         "ty lâm nghiệp và trên 4.200 hộ gia đình nhận khoán bảo vệ rừng.",
         [(3.0, "vườn quốc gia"), (12.0, "ban quản lý"), (8.0, "công ty"),
          (4200.0, "hộ gia đình")]),
        ("Thuê 120 công lao động.", [(120.0, "công")]),
    ],
)
def test_units_of_the_lexicon(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.unit) for f in _figures(text)] == expected


def test_superscripts_fold_in_the_base_unit() -> None:
    figs = _figures("Diện tích tự nhiên của xã là 312,4 km².")
    assert figs[0].base_unit == "km2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before a count names it, after its agent too; shared by the list after it
        ("Cơ quan điều tra đã khởi tố hình sự 39 vụ.", ["vụ khởi tố hình sự"]),
        ("Công an tỉnh bắt giữ 96 vụ, 158 đối tượng.", ["vụ bắt giữ", "đối tượng bắt giữ"]),
        # ... not a noun ending in a verb's syllables, nor across ";"
        ("Giải quyết việc làm mới cho 8.741 lao động; có hơn 1.400 người đi xuất khẩu lao động.",
         ["Giải quyết việc làm mới", "người đi xuất khẩu lao động"]),
        ("Kết quả thi học sinh giỏi cấp quốc gia đạt 14 giải.",
         ["giải thi học sinh giỏi cấp quốc gia"]),
        # a compared bare count takes the count of its unit before in the paragraph
        ("Năm 2025 xảy ra 64 vụ tai nạn giao thông. So với năm 2024 giảm 11 vụ, giảm 7 người "
         "chết.", ["vụ tai nạn giao thông", "vụ tai nạn giao thông", "người chết"]),
        # "(dài N km)" after a name
        ("Dự án đường tỉnh 741 (dài 12,4 km) đã hoàn thành.", ["chiều dài đường tỉnh 741"]),
        ("Dự án cao tốc Châu Đốc - Cần Thơ (đầu tư theo phương thức PPP, loại hợp đồng BOT, dài "
         "42,8 km) đang triển khai.", ["chiều dài cao tốc Châu Đốc - Cần Thơ"]),
        # scope and "hiện có" leave; each item of "A và B" names its own thing
        ("Toàn xã hiện có 1.020 ha cà phê và 540 ha mắc ca.", ["cà phê", "mắc ca"]),
        ("Trong năm xảy ra 41 điểm sạt lở.", ["điểm sạt lở"]),
        # a long aside in brackets is no part of the subject
        ("Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh (sau hợp nhất tỉnh A và tỉnh B theo "
         "Nghị quyết số 202/2025/QH15 của Quốc hội) là 24.856,7 tỷ đồng.",
         ["Tổng kế hoạch vốn đầu tư công của tỉnh"]),
        ("Quy mô GRDP (giá hiện hành) đạt 85.000 tỷ đồng.", ["Quy mô GRDP (giá hiện hành)"]),
        ("Thu hút 23 dự án đầu tư trong nước.", ["dự án đầu tư trong nước"]),
    ],
)
def test_indicators_named_around_the_number(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text)] == expected


def test_the_second_of_a_threshold_pair_is_no_figure() -> None:
    figs = _figures("Rà soát các dự án có tổng mức đầu tư từ 80 tỷ đồng trở lên và dưới 80 tỷ "
                    "đồng.")
    assert all(f.value_span.start < 45 for f in figs)  # not "dưới 80 tỷ đồng"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province's average in brackets is the same measure
        ("Huyện Mường Chà giải ngân bằng 48,2% kế hoạch, thấp hơn bình quân chung của tỉnh "
         "(58,6%).", [(48.2, "pct_of_plan", "giải ngân"), (58.6, "pct_of_plan", "giải ngân")]),
        # the plan's value in brackets, and the rank after it keeps the measure
        ("Tăng trưởng kinh tế (GRDP) ước tăng 7,05% so với năm 2023 (kế hoạch 7,2%), xếp thứ "
         "6/13 tỉnh trong vùng.",
         [(7.05, "change", "Tăng trưởng kinh tế (GRDP)"),
          (7.2, "change", "Tăng trưởng kinh tế (GRDP)"),
          (6.0, "rank", "Tăng trưởng kinh tế (GRDP)")]),
        # idioms and denominators are no figures; "/1.000 dân" is a rate's unit
        ("Bố trí lực lượng trực 24/24 giờ tại các điểm nóng.", []),
        ("Giá trị sản xuất bình quân trên 1 ha đất trồng trọt đạt 215 triệu đồng.",
         [(215.0, "level", "Giá trị sản xuất bình quân trên 1 ha đất trồng trọt")]),
        ("Toàn tỉnh có bình quân 6 doanh nghiệp/1.000 dân.",
         [(6.0, "rate", "số doanh nghiệp bình quân")]),
        ("Đón trên 1 triệu lượt khách.", [(1.0, "level", "lượt khách")]),
        # "N X với M Y": two counts
        ("Đảng bộ xã hiện có 42 chi bộ trực thuộc với 1.080 đảng viên.",
         [(42.0, "level", "chi bộ trực thuộc"), (1080.0, "level", "đảng viên")]),
    ],
)
def test_brackets_idioms_and_pairs(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind, f.indicator) for f in _figures(text, "2024")] == expected


def test_a_unit_per_thousand_people() -> None:
    figs = _figures("Mật độ 2,5 bác sĩ/10.000 dân.", "2024")
    assert [(f.unit, f.kind) for f in figs] == [("bác sĩ/10.000 dân", "rate")]


def test_a_list_opened_under_a_day_is_of_that_day() -> None:
    text = ("Tính đến ngày 31/10/2025, toàn tỉnh giải ngân 12.100 tỷ đồng, đạt 50,3% kế hoạch, "
            "trong đó:\n\n- Vốn ngân sách địa phương giải ngân 7.215,4 tỷ đồng;\n\n"
            "- Vốn ngân sách trung ương giải ngân 4.800 tỷ đồng.\n\n"
            "Năm 2025 có 32 dự án khởi công mới.\n\n- Dự án A hoàn thành 80% khối lượng.\n")
    assert [(f.value, f.period) for f in _figures(text)] == [
        (12100.0, "2025-M10"), (50.3, "2025-M10"), (7215.4, "2025-M10"), (4800.0, "2025-M10"),
        (32.0, "2025"), (80.0, "2025")]


def test_a_paragraph_after_a_connective_and_a_breakdown() -> None:
    figs = _figures("Tuy nhiên, từ đầu năm 2025 đến ngày 31/10/2025, trên địa bàn tỉnh vẫn xảy ra "
                    "19 vụ cháy rừng. Nguyên nhân chủ yếu do đốt thực bì, trong đó 11 vụ tại rừng "
                    "trồng.")
    assert [(f.value, f.period, f.indicator) for f in figs] == [
        (19.0, "2025-M10", "vụ cháy rừng"), (11.0, "2025-M10", "vụ cháy rừng")]


def test_ratio_columns_of_an_estimate_are_estimated() -> None:
    text = (
        "| TT | Chỉ tiêu | ĐVT | Kế hoạch 2025 | Ước thực hiện 9 tháng | So với kế hoạch (%) | "
        "So với cùng kỳ (%) |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Thu ngân sách | tỷ đồng | 5.000 | 3.900 | 78,0 | 108,2 |\n"
        "| 2 | Sản lượng lúa | tấn | 90.000 | 70.100 | 77,9 | 101,4 |\n"
    )
    assert [(f.value, f.estimate) for f in _figures(text, "2025-M9")] == [
        (5000.0, False), (3900.0, True), (78.0, True), (108.2, True),
        (90000.0, False), (70100.0, True), (77.9, True), (101.4, True)]
    text = text.replace("Ước thực hiện", "Thực hiện")
    assert not any(f.estimate for f in _figures(text, "2025-M9"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chương trình mỗi xã một sản phẩm (OCOP) có 186 sản phẩm đạt từ 3 sao trở lên.",
         ["sản phẩm đạt từ 3 sao trở lên"]),
        # a programme that does not "have" the count keeps its own name
        ("Chương trình gặp gỡ đầu xuân cấp Bí thư Tỉnh ủy 04 tỉnh đã tổ chức thành công.",
         ["Chương trình gặp gỡ đầu xuân cấp Bí thư Tỉnh ủy"]),
    ],
)
def test_what_a_programme_counts(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text)] == expected


def test_a_later_paragraph_on_the_same_activity_is_of_that_day() -> None:
    text = ("## II. TÌNH HÌNH GIẢI NGÂN\n\n"
            "Tính đến ngày 15/11/2025, toàn tỉnh đã giải ngân 3.967,4 tỷ đồng, đạt 61,8% kế "
            "hoạch.\n\nTrong đó: vốn ngân sách địa phương 2.512,6 tỷ đồng.\n\n"
            "Có 14/38 chủ đầu tư giải ngân đạt trên mức bình quân chung.\n\n"
            "Dự án cầu Nhật Lệ 3 đã hoàn thành 87% khối lượng.\n\n"
            "## III. CÔNG TÁC KHÁC\n\nCó 12 chủ đầu tư giải ngân chậm.\n")
    assert [(f.value, f.period) for f in _figures(text)] == [
        (3967.4, "2025-M11"), (61.8, "2025-M11"), (2512.6, "2025-M11"), (14.0, "2025-M11"),
        (87.0, "2025"), (12.0, "2025")]


def test_a_months_title_keeps_the_month() -> None:
    # unlike "quý III và 9 tháng" (the months), a monthly report dates by its month
    title = "Tình hình hoạt động ngành Công Thương tháng 10 và 10 tháng năm 2025"
    figs = _figures("Toàn tỉnh hiện có 3 khu công nghiệp. Xuất khẩu 10 tháng đạt 650 triệu "
                    "USD.", "2025-10", title)
    assert [(f.value, f.period) for f in figs] == [(3.0, "2025-10"), (650.0, "2025-M10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "So với cùng kỳ năm 2024," is a base, not the figure's year
        ("So với cùng kỳ năm 2024, số vụ vi phạm giảm 27 vụ.", [("số vụ vi phạm", "2025")]),
        # the second comparison keeps the measure ("so với" holds no "với" of a new measure)
        ("Doanh thu tăng 5% so với cùng kỳ và tăng 2% so với tháng trước.",
         [("Doanh thu", "2025"), ("Doanh thu", "2025")]),
        ("Giao quân đạt kết quả tốt, với 1.420 thanh niên lên đường nhập ngũ.",
         [("thanh niên lên đường nhập ngũ", "2025")]),
    ],
)
def test_bases_and_verb_phrases_in_indicators(text: str, expected: list[tuple]) -> None:
    assert [(f.indicator, f.period) for f in _figures(text)] == expected
