"""Figures, second round: periods, indicators, kinds and units of forms met in
reports of other provinces (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figure_periods import later_than
from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _figures(text: str, period: str | None = "2025-H1", title: str | None = None) -> list:
    doc = build_doc(text)
    return list(find_figures(doc, {"document": DocumentMeta(period=period, title=title)}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline in a later clause dates the plan, not the figures before it
        ("Dự án cao tốc (qua địa bàn tỉnh dài 28,4 km) cơ bản hoàn thành phần nền đường, "
         "dự kiến thông xe trong tháng 10/2025; dự án thành phần đoạn phía Bắc đạt 82% giá "
         "trị hợp đồng.", [(28.4, None), (82.0, "2025-H1")]),  # a length: no period
        ("Công trình kè bờ sông hoàn thành 76% khối lượng, dự kiến hoàn thành trong quý "
         "II/2025.", [(76.0, "2025-H1")]),
        ("Đã hoàn thành 12,4 km mặt đường, đạt 71,5% khối lượng, chậm nhất hoàn thành "
         "trước quý IV/2025.", [(12.4, "2025-H1"), (71.5, "2025-H1")]),
        # a request's time is its deadline; the amount asked for has no period (round-4
        # held-out gold)
        ("Đề nghị Bộ Tài chính xem xét bổ sung 245 tỷ đồng vốn sự nghiệp trong quý III/2025.",
         [(245.0, None)]),
        # the plan's year: "45% kế hoạch năm 2025" in a half-year report
        ("Giải ngân đạt 2.945 tỷ đồng, bằng 45% kế hoạch năm 2025.",
         [(2945.0, "2025-H1"), (45.0, "2025-H1")]),
        # a later time right after the number is still its own ("lên 63,5% năm 2020")
        ("Độ che phủ rừng tăng từ 58% năm 2015 lên 63,5% năm 2020.",
         [(58.0, "2015"), (63.5, "2020")]),
        # a season's year after "so với" is a base, and it does not cross ";"
        ("Năng suất lúa vụ Xuân ước đạt 63,1 tạ/ha, tăng 1,8 tạ/ha so với vụ Xuân năm 2024; "
         "sản lượng ước đạt 296.400 tấn.",
         [(63.1, "2025-H1"), (1.8, "2025-H1"), (296400.0, "2025-H1")]),
        # as-of figures take the report's period
        ("Đến nay đã hoàn thành 14,2 km mặt đường bê tông nhựa.", [(14.2, "2025-H1")]),
        ("Tính đến ngày 15/6/2025 giải ngân được 3.214,6 tỷ đồng.", [(3214.6, "2025-H1")]),
        # a school year across the new year is a span; a crop season is of the report
        # (round 7)
        ("Vụ Đông Xuân 2024 - 2025 toàn tỉnh gieo cấy 42.300 ha lúa.", [(42300.0, "2025-H1")]),
        ("Năm học 2024 - 2025 toàn tỉnh có 312 trường học.", [(312.0, "2024/2025")]),
    ],
)
def test_deadlines_bases_and_as_of_periods(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text)] == expected


def test_the_base_of_a_season() -> None:
    figs = _figures("Năng suất lúa đạt 63,1 tạ/ha, tăng 1,8 tạ/ha so với vụ Xuân năm 2024.")
    assert [(f.kind, f.base) for f in figs] == [("level", None), ("change", "2024")]
    figs = _figures("Chỉ số giá tiêu dùng tăng 2,9% so với cùng tháng năm trước.")
    assert figs[0].base == "same_period_last_year"


@pytest.mark.parametrize(
    ("code", "period", "later"),
    [
        ("2025-10", "2025-H1", True),
        ("2025-Q2", "2025-H1", False),
        ("2025-Q4", "2025-M9", True),
        ("2025", "2025-H1", False),
        ("2026", "2025", True),
        ("2025-Q3", None, False),
        ("2026", "2021/2025", False),
    ],
)
def test_later_than_the_report(code: str, period: str | None, later: bool) -> None:
    assert later_than(code, period) is later


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Đến nay", "Tính đến ngày ..." and "Trong khi" are no part of the indicator
        ("Đến nay đã hoàn thành 14,2 km mặt đường bê tông nhựa.",
         ["hoàn thành mặt đường bê tông nhựa"]),
        ("Tính đến ngày 15/6/2025 giải ngân được 3.214,6 tỷ đồng.", ["giải ngân"]),
        ("Trong khi còn 18,2 triệu USD vốn vay ODA chưa giải ngân.",
         ["vốn vay ODA chưa giải ngân"]),
        # a bare count noun takes the clause that names it
        ("Tai nạn giao thông xảy ra 48 vụ, làm chết 33 người, bị thương 27 người; so với "
         "cùng kỳ giảm 6 vụ, giảm 4 người chết, tăng 3 người bị thương.",
         ["vụ tai nạn giao thông", "người chết", "người bị thương", "vụ tai nạn giao thông",
          "người chết", "người bị thương"]),
        ("Lực lượng quản lý thị trường đã kiểm tra 1.240 vụ.", ["vụ kiểm tra"]),
        ("Thành lập mới 412 doanh nghiệp.", ["doanh nghiệp thành lập mới"]),
        # each item of a list names its own thing
        ("Mưa lớn đã làm 1.142 nhà bị hư hỏng, 3.860 ha lúa và hoa màu bị ngập úng, "
         "187 điểm sạt lở đất.",
         ["nhà bị hư hỏng", "lúa và hoa màu bị ngập úng", "điểm sạt lở đất"]),
        ("Phát hiện 37 đối tượng, thu giữ 2,4 kg ma túy tổng hợp và 1.860 viên hồng phiến.",
         ["đối tượng phát hiện", "thu giữ ma túy tổng hợp", "hồng phiến"]),
        ("Trong đó đưa 1.860 người đi làm việc ở nước ngoài.",
         ["người đi làm việc ở nước ngoài"]),
        ("Vụ Xuân năm 2025 toàn tỉnh gieo cấy 51.200 ha lúa.", ["gieo cấy lúa"]),
        # a comma inside "A, B và C" or "người dân, tổ chức" does not end the subject
        ("Khu vực nông, lâm nghiệp và thủy sản chỉ tăng 1,84%.",
         ["Khu vực nông, lâm nghiệp và thủy sản"]),
        ("Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đạt 2,5% tổng chi "
         "ngân sách.", ["Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"]),
        ("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính "
         "(SIPAS) đạt 86,3%.",
         ["Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính "
          "(SIPAS)"]),
        ("Tỷ lệ lao động qua đào tạo đạt 71,2%, trong đó có bằng cấp, chứng chỉ đạt 31,5%.",
         ["Tỷ lệ lao động qua đào tạo", "bằng cấp, chứng chỉ"]),
        # ... but an adverbial phrase before the comma is not a member
        ("Về nông nghiệp, lâm nghiệp và thủy sản tăng 2,1%.", ["lâm nghiệp và thủy sản"]),
        # trailing verbs and fillers
        ("Tỷ lệ bao phủ bảo hiểm y tế đạt tỷ lệ 93,4%.", ["Tỷ lệ bao phủ bảo hiểm y tế"]),
        ("Số sản phẩm OCOP đạt 3 sao trở lên là 126 sản phẩm.",
         ["Số sản phẩm OCOP đạt 3 sao trở lên"]),
        ("Còn 52 dự án có tỷ lệ giải ngân dưới 30%.", ["dự án có tỷ lệ giải ngân dưới 30%"]),
        # "về X" after a change names X
        ("Có 412 doanh nghiệp thành lập mới, tổng vốn đăng ký 2.870 tỷ đồng, tăng 5,4% về "
         "số doanh nghiệp.",
         ["doanh nghiệp thành lập mới", "tổng vốn đăng ký", "số doanh nghiệp"]),
        # "bình quân đạt 16,4 tiêu chí/xã"
        ("Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới, bình quân đạt 16,4 tiêu chí/xã.",
         ["xã đạt chuẩn nông thôn mới", "số tiêu chí bình quân"]),
    ],
)
def test_indicator_text(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X% <a counted population>" is a rate
        ("Mạng di động 5G phủ sóng 100% xã, phường trên địa bàn tỉnh.", [(100.0, "rate")]),
        ("Có 98% hộ gia đình sử dụng nước sinh hoạt hợp vệ sinh.", [(98.0, "rate")]),
        ("Công trình kè hoàn thành 76% khối lượng.", [(76.0, "rate")]),
        ("Toàn tỉnh có 236 trường đạt chuẩn quốc gia, đạt 38,5% tổng số trường.",
         [(236.0, "level"), (38.5, "rate")]),
        # "X% kế hoạch/chỉ tiêu" after a verb of doing: of the plan
        ("Hoàn thành 100% chỉ tiêu giao quân.", [(100.0, "pct_of_plan")]),
        # "đạt X%" after an amount disbursed, collected or spent: of its plan
        ("Vốn ngân sách trung ương giải ngân 1.420,6 tỷ đồng, đạt 41,2%.",
         [(1420.6, "level"), (41.2, "pct_of_plan")]),
        ("Tỷ lệ giải ngân đạt 41,2%.", [(41.2, "rate")]),
        # "X% tổng Y", "X% GRDP": a share; not "X% tổng mức đầu tư" (disbursed so far)
        ("Chi cho khoa học và công nghệ chỉ đạt 0,71% tổng chi ngân sách địa phương.",
         [(0.71, "share")]),
        ("Kinh tế số chiếm 12,4% GRDP.", [(12.4, "share")]),
        ("Giải ngân lũy kế 1.498/1.975 tỷ đồng, đạt 75,8% tổng mức đầu tư.",
         [(1498.0, "progress"), (75.8, "rate")]),
        # the seed's "vốn dự phòng 10% kế hoạch" (no verb) stays a share
        ("Bố trí vốn dự phòng 10% kế hoạch đầu tư công.", [(10.0, "share")]),
        # a count per unit after "bình quân" is a rate; a yield per hectare a level
        ("Toàn tỉnh bình quân đạt 16,4 tiêu chí/xã.", [(16.4, "rate")]),
        ("Năng suất bình quân ước đạt 50,2 tạ/ha.", [(50.2, "level")]),
    ],
)
def test_kinds_of_per_cent_and_averages(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a benchmark in brackets copies the kind of what it is compared with
        ("Giải ngân đạt 15,8% kế hoạch, cao hơn cùng kỳ năm 2024 (10,2%).",
         [(15.8, "pct_of_plan", "2025-H1", None), (10.2, "pct_of_plan", "2024-H1", None)]),
        ("Giải ngân đạt 44,5% kế hoạch, thấp hơn bình quân cả nước (47,1%).",
         [(44.5, "pct_of_plan", "2025-H1", None), (47.1, "pct_of_plan", "2025-H1", "cả nước")]),
        # thresholds that say which ones, and idioms in quotes, are no figures
        ("Đề nghị các chủ đầu tư có tỷ lệ giải ngân dưới 30% kế hoạch đẩy nhanh tiến độ.", []),
        ("Còn 9 dự án giải ngân dưới 20% kế hoạch vốn.", [(9.0, "level", "2025-H1", None)]),
        ("Nhà thầu tổ chức thi công “3 ca 4 kíp” để đẩy nhanh tiến độ.", []),
    ],
)
def test_benchmarks_thresholds_and_quotes(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind, f.period, f.place) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # count nouns outside the lexicon, and lists of count nouns
        ("Nhà thầu đang huy động 54 mũi thi công, 386 thiết bị và 1.240 cán bộ, công nhân.",
         [(54.0, "mũi"), (386.0, "thiết bị"), (1240.0, "cán bộ, công nhân")]),
        ("Hiện còn vướng mặt bằng tại 4 vị trí.", [(4.0, "vị trí")]),
        ("Toàn tỉnh có 1.318 tổ công nghệ số cộng đồng với 8.450 thành viên.",
         [(1318.0, "tổ"), (8450.0, "thành viên")]),
        ("Toàn tỉnh có 146 thôn, bản được công nhận đạt chuẩn.", [(146.0, "thôn, bản")]),
        ("Tổ chức 42 phiên giao dịch việc làm.", [(42.0, "phiên")]),
        # a place name after a comma is no count noun
        ("Huyện Kỳ Sơn 412 nhà, huyện Tương Dương 276 nhà bị tốc mái.",
         [(412.0, "nhà"), (276.0, "nhà")]),
        # numbers in names are no figures
        ("Tổ máy số 2 đã phát điện.", []),
        ("Kỳ họp thứ 28 đã thông qua 14 nghị quyết.", [(14.0, "nghị quyết")]),
        ("Thiệt hại do bão số 3 khoảng 1.230 tỷ đồng.", [(1230.0, "tỷ đồng")]),
        ("Cung cấp dịch vụ công trực tuyến mức độ 2 trở lên.", []),
        ("Triển khai Đề án 06 tại các xã.", []),
        ("Chương trình 135 hỗ trợ các thôn đặc biệt khó khăn.", []),
        ("Đoạn Km12+300 - Km15 đã thông xe.", []),
        ("Thực hiện Nghị quyết số 57/NQ-CP của Chính phủ.", []),
        ("1. Tình hình kinh tế. 2. Văn hóa xã hội.", []),
        ("Phường 3 thành phố Sóc Trăng được công nhận văn minh đô thị.", []),
        ("Áp dụng ISO 9001 vào quản lý hành chính.", []),
        ("Kỷ niệm 80 năm Ngày thành lập.", []),
    ],
)
def test_count_nouns_and_names(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.unit) for f in _figures(text)] == expected


def test_places_of_a_list_by_district() -> None:
    figs = _figures("Huyện Kỳ Sơn 412 nhà, huyện Tương Dương 276 nhà bị tốc mái.")
    assert [f.place for f in figs] == ["huyện Kỳ Sơn", "huyện Tương Dương"]


def test_a_footnote_breaking_down_what_was_not_estimated() -> None:
    text = ("# BÁO CÁO\n\nMưa lũ làm hư hỏng nhiều nhà ở, ước tổng giá trị thiệt hại khoảng "
            "980 tỷ đồng<sup>1</sup>.\n\n<sup>1</sup> Huyện Quế Phong 214 nhà; thiệt hại "
            "giao thông 310 tỷ đồng.\n")
    figs = _figures(text)
    assert [(f.value, f.estimate) for f in figs] == [(980.0, True), (214.0, False), (310.0, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent before its verb: what is counted is named by the verb
        ("Các cơ quan hành chính đã tiếp 2.318 lượt công dân.", [("tiếp công dân", 2318.0)]),
        ("Các cơ sở khám, chữa bệnh trên địa bàn đã khám cho 1.482.600 lượt người.",
         [("khám người", 1482600.0)]),
        # "làm 2 người bị thương": the linking verb names nothing
        ("Xảy ra 27 vụ cháy, làm 2 người bị thương.",
         [("vụ cháy", 27.0), ("người bị thương", 2.0)]),
        # a fixed pair with a comma: "khám, chữa bệnh", "người bệnh, người nhà người bệnh"
        ("Chỉ số hài lòng của người bệnh, người nhà người bệnh đối với dịch vụ khám, chữa bệnh "
         "đạt 93,7%.",
         [("Chỉ số hài lòng của người bệnh, người nhà người bệnh đối với dịch vụ khám, chữa "
           "bệnh", 93.7)]),
        # a plan done by a verb names it; the bare plan word does not
        ("Hoàn thành 100% chỉ tiêu tuyển quân.", [("Hoàn thành chỉ tiêu tuyển quân", 100.0)]),
        ("Thu đạt 95% dự toán.", [("Thu", 95.0)]),
        # "dưới 3 tháng 9.060 người": no month has a thousands separator
        ("Trong đó trung cấp 2.460 người, sơ cấp và dưới 3 tháng 9.060 người.",
         [("trung cấp", 2460.0), ("sơ cấp và dưới 3 tháng", 9060.0)]),
    ],
)
def test_agents_pairs_and_plans(text: str, expected: list[tuple]) -> None:
    assert [(f.indicator, f.value) for f in _figures(text)] == expected


def test_a_footnote_takes_the_indicator_and_a_period_that_dates_no_plan() -> None:
    text = ("# BÁO CÁO\n\nDự án Bệnh viện tỉnh hoàn thành 68% khối lượng, dự kiến đưa vào sử "
            "dụng trong quý II/2026; tổng thiệt hại ước khoảng 620 tỷ đồng<sup>1</sup>.\n\n"
            "<sup>1</sup> Huyện Đà Bắc 236 tỷ đồng; huyện Mai Châu 148 tỷ đồng.\n")
    figs = _figures(text, "2025-M9")
    assert [(f.value, f.indicator, f.period, f.estimate, f.place) for f in figs[-2:]] == [
        (236.0, "tổng thiệt hại", "2025-M9", True, "huyện Đà Bắc"),
        (148.0, "tổng thiệt hại", "2025-M9", True, "huyện Mai Châu"),
    ]


def test_a_share_of_the_whole_keeps_what_it_is_of() -> None:
    text = ("Giai đoạn 2021 - 2025, kinh tế số của tỉnh tăng trưởng bình quân 12,5%/năm; năm "
            "2025 ước chiếm 11,2% GRDP.")
    figs = _figures(text, "2026/2030")
    assert [(f.indicator, f.kind, f.period) for f in figs] == [
        ("kinh tế số của tỉnh", "growth_avg", "2021/2025"),
        ("kinh tế số của tỉnh", "share", "2025"),
    ]


def test_a_heading_of_the_quarter_and_the_months_dates_by_the_months() -> None:
    text = ("# BÁO CÁO\n\n## I. TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ III VÀ 9 THÁNG NĂM 2024\n\n"
            "Tổng đàn bò 182.400 con, tăng 2,1% so với cùng kỳ. Chỉ số sản xuất công nghiệp "
            "quý III tăng 7,2% so với cùng kỳ; 9 tháng tăng 6,8%.\n\n"
            "## II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024\n\nTập trung thu hoạch vụ mùa.\n")
    figs = _figures(text, "2024-Q3")
    assert [(f.value, f.period) for f in figs] == [
        (182400.0, "2024-M9"), (2.1, "2024-M9"), (7.2, "2024-Q3"), (6.8, "2024-M9")]
