"""Figures, fourth round: units and word boundaries, lists sharing a verb, periods of
clauses, indicators and elided bases met in reports of other provinces (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.pipeline import extract
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _figures(text: str, period: str | None = "2025", title: str | None = None,
             place: str | None = None) -> list:
    doc = build_doc(text)
    meta = DocumentMeta(period=period, title=title, place=place)
    return list(find_figures(doc, {"document": meta}))


def _read(text: str, period: str | None = "2025") -> list[tuple]:
    return [(f.value, f.unit, f.kind) for f in _figures(text, period)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "xếp" inside "sắp xếp", "thu xếp" is no rank; "xếp thứ", "đứng thứ" are
        ("Năm 2025, toàn tỉnh đã sắp xếp 42 lãnh đạo cấp phòng.",
         [(42.0, "lãnh đạo", "level")]),
        ("Huyện đã bố trí, sắp xếp 18 công chức dôi dư.", [(18.0, "công chức", "level")]),
        ("Chỉ số PCI xếp thứ 9/63, đứng thứ 2 khu vực.",
         [(9.0, "/63", "rank"), (2.0, "", "rank")]),
        # "chi cục" before "chi"
        ("Sở hiện có 4 chi cục trực thuộc.", [(4.0, "chi cục", "level")]),
        # an acronym after a count is its unit
        ("Toàn tỉnh hiện có 6 KCN đang hoạt động, 24 CCN và 512 HTX.",
         [(6.0, "KCN", "level"), (24.0, "CCN", "level"), (512.0, "HTX", "level")]),
        # "trên 10.000 dân" and "/m²" belong to the unit
        ("Toàn tỉnh đạt 11,2 bác sĩ và 31,5 giường bệnh trên 10.000 dân.",
         [(11.2, "bác sĩ/10.000 dân", "rate"), (31.5, "giường bệnh/10.000 dân", "rate")]),
        ("Đơn giá hỗ trợ di dời là 85.000 đồng/m<sup>2</sup> sàn xây dựng.",
         [(85000.0, "đồng/m2", "level")]),
        ("Tuổi thọ trung bình của người dân đạt 74,8 tuổi.", [(74.8, "tuổi", "level")]),
        # "bao tải" is counted; "bao gồm" is not a count noun
        ("Các xã đã chuẩn bị 36.000 bao tải và 1.200 cọc tre.",
         [(36000.0, "bao", "level"), (1200.0, "cọc", "level")]),
    ],
)
def test_units_on_whole_words(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


def test_per_head_names_its_indicator() -> None:
    figs = _figures("Toàn tỉnh đạt 11,2 bác sĩ và 31,5 giường bệnh trên 10.000 dân.")
    assert [f.indicator for f in figs] == ["bác sĩ trên 10.000 dân",
                                           "giường bệnh trên 10.000 dân"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change verb goes on over a comma list of counts
        ("Sau sắp xếp, đã giảm 5 phòng và tương đương, 2 chi cục.",
         [(-5.0, "change"), (-2.0, "change")]),
        ("Số hợp tác xã tăng 14 hợp tác xã, 260 thành viên.",
         [(14.0, "change"), (260.0, "change")]),
        # not past a base, which closes the comparison
        ("Tai nạn giao thông giảm 3 vụ so với cùng kỳ, 5 người chết.",
         [(-3.0, "change"), (5.0, "level")]),
    ],
)
def test_a_verb_shared_by_a_list(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind) for f in _figures(text, "2025")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent before a verb of doing: the thing done, each item its own
        ("Các địa phương đã chuẩn bị 152 tấn đá hộc, 36.000 bao tải, 1.200 cọc tre để "
         "phục vụ phòng, chống lụt, bão.",
         ["chuẩn bị đá hộc", "bao tải", "cọc tre"]),
        # a topic before "đã": kept when nothing follows the unit
        ("Công tác giải phóng mặt bằng đã bàn giao 586,2/612,5 ha.",
         ["Công tác giải phóng mặt bằng đã bàn giao"]),
    ],
)
def test_indicators_of_things_done(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # a year at the end of an earlier ";" part dates its event, not what follows
        ("Huyện được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2021; đến nay có "
         "98/132 xã đạt chuẩn nông thôn mới nâng cao (74,2%), 27 xã đạt chuẩn kiểu mẫu.",
         "2025-H1", [(98.0, "2025-H1"), (74.2, "2025-H1"), (27.0, "2025-H1")]),
        ("Xã Tân An được công nhận đạt chuẩn nâng cao năm 2022; hiện có 12 xã đạt chuẩn.",
         "2024", [(12.0, "2024")]),
        # ... but an opening year, or one dating a figure of its part, goes on
        ("Năm 2023, tổng thu đạt 500 tỷ đồng; tổng chi 480 tỷ đồng.", "2024",
         [(500.0, "2023"), (480.0, "2023")]),
        ("Tổng thu năm 2023 đạt 500 tỷ đồng; tổng chi 480 tỷ đồng.", "2024",
         [(500.0, "2023"), (480.0, "2023")]),
        # "từ A (năm Y) xuống B": Y is A's; A without a year is of the year before
        ("Tỷ lệ hộ nghèo giảm từ 6,12% năm 2021 xuống còn 4,35%, giảm 1,77 điểm phần trăm.",
         "2023", [(6.12, "2021"), (4.35, "2023"), (-1.77, "2023")]),
        ("Tỷ lệ hộ nghèo của huyện giảm từ 6,12% xuống còn 4,35%.", "2023",
         [(6.12, "2022"), (4.35, "2023")]),
        ("Tỷ lệ hộ nghèo giảm từ 3,4% xuống còn 3,1%.", "2025-H1",
         [(3.4, "2024"), (3.1, "2025-H1")]),
        # a comparison year is a base
        ("Xảy ra 8 vụ tai nạn giao thông, làm chết 6 người; so với năm 2022 giảm 4 vụ, giảm 3 "
         "người chết.", "2023", [(8.0, "2023"), (6.0, "2023"), (-4.0, "2023"), (-3.0, "2023")]),
    ],
)
def test_periods_of_clauses(text: str, period: str, expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text, period)] == expected


NOTES = (
    "Sản phẩm OCOP tiếp tục phát triển[^1]. Dự án đường cao tốc đoạn qua huyện (dài 24,3 km) "
    "đã bàn giao 96% mặt bằng[^2].\n\n"
    "[^1]: Gồm 17 sản phẩm đạt 3 sao, 4 sản phẩm đạt 4 sao.\n"
    "[^2]: Trong đó: xã Hòa Sơn 7,2 km; xã Hòa Lễ 6,4 km.\n"
)


def test_a_footnote_breaks_down_what_cites_it() -> None:
    """"Trong đó" opening a footnote continues the sentence citing it, not the note
    before; the parts of a size cited are sizes too (no period)."""
    figs = [f for f in _figures(NOTES, "2023") if f.unit == "km" and f.value < 10]
    assert [(f.value, f.indicator, f.period, f.place) for f in figs] == [
        (7.2, "chiều dài đường cao tốc đoạn qua huyện", None, "xã Hòa Sơn"),
        (6.4, "chiều dài đường cao tốc đoạn qua huyện", None, "xã Hòa Lễ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # static sizes: no period
        ("Diện tích tự nhiên của tỉnh là 7.942,4 km2.", [(7942.4, None)]),
        ("Toàn tỉnh có KCN Yên Lư (diện tích 382 ha) đã thu hút 18 dự án.",
         [(382.0, None), (18.0, "2023")]),
        # a part of a static total is static; what is done after ";" is not
        ("Dự án có tổng mức đầu tư 1.134 tỷ đồng, trong đó chi phí bồi thường, hỗ trợ, tái "
         "định cư 412,6 tỷ đồng; đến nay đạt 62% khối lượng.",
         [(1134.0, None), (412.6, None), (62.0, "2023")]),
    ],
)
def test_static_sizes(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text, "2023")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a size in brackets after a name takes the name; what follows the bracket too
        ("Dự án đường ven sông Hàn (tổng mức đầu tư 980 tỷ đồng) đạt 58% khối lượng.",
         ["tổng mức đầu tư Dự án đường ven sông Hàn", "khối lượng Dự án đường ven sông Hàn"]),
        ("Khu tái định cư Điện Nam (quy mô 12 ha) đạt 70% khối lượng.",
         ["quy mô Khu tái định cư Điện Nam", "khối lượng Khu tái định cư Điện Nam"]),
        # a fixed list of the genre written with commas is one subject
        ("Tổng mức đầu tư 1.134 tỷ đồng, trong đó chi phí bồi thường, hỗ trợ, tái định cư "
         "412,6 tỷ đồng.", ["Tổng mức đầu tư", "chi phí bồi thường, hỗ trợ, tái định cư"]),
    ],
)
def test_indicators_of_sizes(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text, "2024")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the items of a list elide the base their head names
        "Tổng diện tích gieo trồng cây hằng năm ước đạt 41.250 ha, bằng 99,1% so với cùng kỳ, "
        "trong đó: lúa 32.400 ha, bằng 98,6%; ngô 2.870 ha, bằng 96,3%.",
        # ... also in a "Trong đó" sentence of their own
        "Tổng diện tích gieo trồng cây hằng năm ước đạt 41.250 ha, bằng 99,1% so với cùng kỳ. "
        "Trong đó: lúa 32.400 ha, bằng 98,6%; ngô 2.870 ha, bằng 96,3%.",
    ],
)
def test_list_items_elide_the_base(text: str) -> None:
    figs = [f for f in _figures(text, "2023-Q1") if f.unit == "%"]
    assert [(f.value, f.kind, f.base) for f in figs] == [
        (99.1, "multiple", "same_period_last_year"), (98.6, "multiple", "same_period_last_year"),
        (96.3, "multiple", "same_period_last_year")]
    assert _figures(text, "2023-Q1")[0].indicator == "Tổng diện tích gieo trồng cây hằng năm"


def test_a_ratio_elsewhere_is_no_base() -> None:
    figs = _figures("Sản lượng lúa bằng 98,6% so với cùng kỳ. Tỷ lệ che phủ rừng bằng 45%.")
    assert [(f.value, f.kind) for f in figs] == [(98.6, "multiple"), (45.0, "rate")]


def test_a_provincial_benchmark_is_the_provinces() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nTHÔNG BÁO\nKết luận về giải phóng mặt bằng\n\n"
        "Đến ngày 31/7/2024, huyện Bình Sơn mới giải ngân được 52,1 tỷ đồng, đạt 35,2% kế "
        "hoạch, thấp hơn tỷ lệ giải ngân bình quân chung của tỉnh (41,9%).\n"
    )
    figs = extract(build_doc(text)).figures
    assert [(f.value, f.kind, f.place) for f in figs] == [
        (52.1, "level", "huyện Bình Sơn"), (35.2, "pct_of_plan", "huyện Bình Sơn"),
        (41.9, "pct_of_plan", "tỉnh Quảng Ngãi")]


BUDGET = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\n\nNGHỊ QUYẾT\nVề dự toán ngân sách nhà nước năm 2024\n\n"
    "Điều 1. Quyết định dự toán ngân sách nhà nước năm 2024 như sau:\n\n"
    "1. Tổng thu ngân sách nhà nước trên địa bàn: 4.850 tỷ đồng, trong đó:\n\n"
    "a) Thu nội địa: 4.100 tỷ đồng.\n\nb) Thu từ hoạt động xuất nhập khẩu: 750 tỷ đồng.\n\n"
    "2. Tổng thu ngân sách địa phương: 12.184,6 tỷ đồng, gồm:\n\n"
    "a) Thu được hưởng theo phân cấp: 3.950 tỷ đồng.\n\n"
    "b) Thu bổ sung từ ngân sách trung ương: 8.234,6 tỷ đồng.\n"
)


def test_a_list_head_states_its_total() -> None:
    figs = extract(build_doc(BUDGET)).figures
    assert [(f.value, f.indicator, f.period) for f in figs] == [
        (4850.0, "Tổng thu ngân sách nhà nước trên địa bàn", "2024"),
        (4100.0, "Thu nội địa", "2024"),
        (750.0, "Thu từ hoạt động xuất nhập khẩu", "2024"),
        (12184.6, "Tổng thu ngân sách địa phương", "2024"),
        (3950.0, "Thu được hưởng theo phân cấp", "2024"),
        (8234.6, "Thu bổ sung từ ngân sách trung ương", "2024")]


def test_a_list_head_of_a_plan_is_a_target() -> None:
    plan = (
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nKẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\n\n"
        "II. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
        "1. Tổng thu ngân sách nhà nước trên địa bàn: 4.850 tỷ đồng, trong đó:\n\n"
        "a) Thu nội địa: 4.100 tỷ đồng.\n"
    )
    x = extract(build_doc(plan))
    assert x.figures == ()
    assert [(t.value, t.period) for t in x.targets] == [(4850.0, "2025"), (4100.0, "2025")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tương ứng" names nothing: the list before, in the sentences before if need be
        ("Nông nghiệp chiếm 44,1%, công nghiệp - xây dựng chiếm 19,5%. Thương mại - dịch vụ "
         "chiếm 36,4% (năm 2022 tương ứng là 46,2%; 18,9% và 34,9%).",
         ["Nông nghiệp", "công nghiệp - xây dựng", "Thương mại - dịch vụ", "Nông nghiệp",
          "công nghiệp - xây dựng", "Thương mại - dịch vụ"]),
        # a rank without a subject of its own ranks what its part opens with
        ("Tỉnh có 28 học sinh đạt giải quốc gia, trong đó 2 giải nhì, 9 giải ba, xếp thứ 6 "
         "toàn quốc.",
         ["học sinh đạt giải quốc gia", "giải nhì", "giải ba", "học sinh đạt giải quốc gia"]),
        # a scope alone names no count
        ("Năm 2023, tỉnh đạt 28 giải.", ["giải"]),
    ],
)
def test_indicators_named_elsewhere(text: str, expected: list[str]) -> None:
    figs = _figures(text, "2023")
    assert [f.indicator for f in figs] == expected
    assert all("tương ứng" not in f.indicator for f in figs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A N và B M": each names its own
        ("Tổng mức vay 185 tỷ đồng, gồm vay để bù đắp bội chi 85 tỷ đồng và vay để trả nợ gốc "
         "100 tỷ đồng.", ["Tổng mức vay", "vay để bù đắp bội chi", "vay để trả nợ gốc"]),
        ("Bổ sung cân đối 1.058,8 tỷ đồng và bổ sung có mục tiêu 1.071,7 tỷ đồng.",
         ["Bổ sung cân đối", "bổ sung có mục tiêu"]),
        ("Tỷ lệ hộ dùng nước sạch đạt 45% và tỷ lệ thu gom rác thải đạt 60%.",
         ["Tỷ lệ hộ dùng nước sạch", "tỷ lệ thu gom rác thải"]),
        # ... not "N ha X và M ha Y"
        ("Trồng được 1.150 ha cà phê và 620 ha mắc ca.", ["Trồng cà phê", "mắc ca"]),
        # a request: what is asked for
        ("Đề nghị UBND tỉnh bố trí 45 tỷ đồng để thực hiện bồi thường.", ["bố trí"]),
        # "nâng tổng số lên N X": the total
        ("Có 14 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 112 trường.",
         ["trường được công nhận đạt chuẩn quốc gia",
          "tổng số trường được công nhận đạt chuẩn quốc gia"]),
    ],
)
def test_indicators_of_list_members(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text, "2024")] == expected


REVIEW = (
    "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU\n\nKẾ HOẠCH\nPhát triển kinh tế - xã hội 5 năm 2026 - 2030\n\n"
    "# I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH 5 NĂM 2021 - 2025\n\n"
    "Tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 6,4%/năm. Năm 2025, GRDP bình "
    "quân đầu người ước đạt 95 triệu đồng. Tỷ lệ hộ nghèo giảm còn 1,62%; tỷ lệ lao động qua "
    "đào tạo đạt 68,5%. Có 16/18 chỉ tiêu chủ yếu đạt và vượt kế hoạch.\n\n"
    "Công tác cải cách hành chính được đẩy mạnh trong năm 2023. Chỉ số hài lòng đạt 84%.\n"
)


def test_a_review_paragraph_of_one_end_year() -> None:
    """Under a heading of the five years past, a figure of no period of its own takes
    the end year every sentence before it in the paragraph named; a count of targets
    met is of the span; not after a sentence of another year."""
    figs = extract(build_doc(REVIEW)).figures
    assert [(f.value, f.period) for f in figs] == [
        (6.4, "2021/2025"), (95.0, "2025"), (1.62, "2025"), (68.5, "2025"),
        (16.0, "2021/2025"), (84.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count takes the topic its part opens with
        ("Tai nạn giao thông: xảy ra 12 vụ, làm chết 8 người.",
         ["vụ tai nạn giao thông", "người chết"]),
        ("Tình hình tai nạn giao thông được kiềm chế, xảy ra 12 vụ.", ["vụ tai nạn giao thông"]),
        # ... set apart by a colon or opened by "Về"/"Tình hình" only
        ("Xoá đói, giảm nghèo chưa vững chắc, có 1.250 hộ.", ["hộ"]),
    ],
)
def test_a_bare_count_takes_its_topic(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in _figures(text, "2023")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change verb goes on over "A, B và C"
        ("So với trước sắp xếp đã giảm 2 phòng, 1 chi cục và 4 đơn vị sự nghiệp.",
         [(-2.0, "change"), (-1.0, "change"), (-4.0, "change")]),
    ],
)
def test_a_verb_shared_up_to_the_last_member(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind) for f in _figures(text, "2025-H1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount asked for is of no period; a time of its own still dates
        ("2. Đề nghị UBND tỉnh bố trí 35 tỷ đồng để mua sắm trang thiết bị.", [(35.0, None)]),
        ("Kiến nghị Bộ hỗ trợ nâng cấp 8,6 km đê biển; năm 2025 đã giải ngân 12 tỷ đồng.",
         [(8.6, None), (12.0, "2025")]),
    ],
)
def test_requests_are_of_no_period(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text, "2025-H1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "có chiều dài từ 15 m trở lên" says which ones: no figure; a count is no size
        ("Tổng số tàu cá có chiều dài từ 15 m trở lên là 312 chiếc.", [(312.0, "chiếc", "2023")]),
        ("Có 312 tàu cá có chiều dài từ 15 m trở lên.", [(312.0, "tàu", "2023")]),
        # ... not an aim "từ 8% trở lên", nor a length of its own
        ("Đoạn tuyến có chiều dài 15 m.", [(15.0, "m", None)]),
    ],
)
def test_thresholds_from_and_up(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.unit, f.period) for f in _figures(text, "2023")] == expected
