"""Round 9 (sentences and tables written for these tests): as-of stocks in a
chỉ thị or thông báo ("Toàn huyện hiện có …") take no period from the year-stamped
sentences beside them."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows


def _directive(text: str, kind: str, date: str) -> list[tuple]:
    meta = DocumentMeta(type=kind, date=date)
    return [(f.value, f.period) for f in find_figures(build_doc(text), {"document": meta})]


DIRECTIVE_STOCKS = [
    # "hiện có / còn": as of the directive's date, not the year of the next sentence
    ("Toàn huyện hiện có 2.310 hộ nuôi tôm, trong đó 415 hộ nuôi công nghệ cao; còn 96 hộ "
     "chưa đăng ký. Năm 2025, sản lượng tôm nuôi đạt 18.600 tấn.\n", "chi_thi", "2026-02-10",
     [(2310.0, None), (415.0, None), (96.0, None), (18600.0, "2025")]),
    # a yearless "quý I" in a thông báo takes the year its opening lines name
    ("Ngày 08/4/2023, Chủ tịch UBND tỉnh làm việc với UBND huyện về tình hình quý I/2023.\n\n"
     "Quý I/2023, thu ngân sách trên địa bàn đạt 61,4 tỷ đồng. Cũng trong quý I, huyện có "
     "thêm 28 doanh nghiệp thành lập mới.\n\n"
     "Huyện có 11/15 xã đạt chuẩn nông thôn mới.\n", "thong_bao", "2023-04-14",
     [(61.4, "2023-Q1"), (28.0, "2023-Q1"), (11.0, None)]),
    # a công văn's paragraph opened by its period: the sentences after it share it
    ("Theo số liệu sơ bộ, trong 6 tháng đầu năm 2024, kim ngạch xuất khẩu ước đạt 412 triệu "
     "USD. Số hợp tác xã thành lập mới là 37 hợp tác xã.\n\n"
     "Toàn tỉnh hiện có 1.208 hợp tác xã.\n", "cong_van", "2024-07-12",
     [(412.0, "2024-H1"), (37.0, "2024-H1"), (1208.0, None)]),
    # a báo cáo keeps the period of its own
    ("Toàn tỉnh hiện có 1.520 hợp tác xã. Năm 2025, thành lập mới 84 hợp tác xã.\n",
     "bao_cao", "2026-01-15", [(1520.0, "2025"), (84.0, "2025")]),
]


@pytest.mark.parametrize("text, kind, date, expected", DIRECTIVE_STOCKS)
def test_directive_stocks(text: str, kind: str, date: str, expected: list) -> None:
    assert _directive(text, kind, date) == expected


def _periods(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.period) for f in find_figures(build_doc(text), found(period, date))]


AS_OF = [
    # "Lũy kế giải ngân từ đầu năm đến ngày D": the "Trong đó" parts and the next
    # paragraph on the same activity are of that day, not of the heading's year
    ("I. KẾT QUẢ GIẢI NGÂN KẾ HOẠCH VỐN NĂM 2024\n\n"
     "Lũy kế giải ngân từ đầu năm đến ngày 31/10/2024 đạt 2.915 tỷ đồng, bằng 61,3% kế "
     "hoạch. Trong đó, vốn ngân sách tỉnh giải ngân 1.870 tỷ đồng, đạt 66,2%.\n\n"
     "Có 9/31 chủ đầu tư có tỷ lệ giải ngân dưới 40%.\n", "2024-M10", "2024-11-08",
     [(2915.0, "2024-M10"), (61.3, "2024-M10"), (1870.0, "2024-M10"), (66.2, "2024-M10"),
      (9.0, "2024-M10")]),
    # "kế hoạch vốn năm Y" after "Đến ngày D": the plan's name, the figure is of D
    ("Dự án có tổng mức đầu tư 860 tỷ đồng. Đến ngày 31/10/2024 giải ngân được 97,5/150 "
     "tỷ đồng kế hoạch vốn năm 2024, đạt 65%.\n", "2024-M10", "2024-11-08",
     [(860.0, None), (97.5, "2024-M10"), (65.0, "2024-M10")]),
    # a year of its own before the figure still dates it
    ("Năm 2023 giải ngân 1.240 tỷ đồng kế hoạch vốn năm 2023, đạt 92%.\n",
     "2024-M10", "2024-11-08", [(1240.0, "2023"), (92.0, "2023")]),
]


@pytest.mark.parametrize("text, period, date, expected", AS_OF)
def test_as_of_disbursement(text: str, period: str, date: str, expected: list) -> None:
    assert _periods(text, period, date) == expected


def _kinds(text: str) -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind)
            for f in find_figures(build_doc(text), found("2024-M10", "2024-11-08"))]


KINDS = [
    # an average price against a named time: a change, not an average yearly growth
    ("Giá xi măng bình quân tăng khoảng 15% so với thời điểm phê duyệt dự toán.\n",
     [(15.0, None, "%", "change")]),
    ("Tốc độ tăng trưởng kinh tế bình quân đạt 7,2%/năm.\n",
     [(7.2, None, "%/năm", "growth_avg")]),
    # "bằng X% tổng mức đầu tư": the cost covered so far, a rate
    ("Lũy kế giải ngân từ khởi công đến nay đạt 715 tỷ đồng, bằng 48,5% tổng mức đầu tư.\n",
     [(715.0, None, "tỷ đồng", "level"), (48.5, None, "%", "rate")]),
    ("Năng suất lao động bằng khoảng 42% năng suất của khu vực FDI.\n",
     [(42.0, None, "%", "multiple")]),
    # "chậm N ngày/tháng so với tiến độ": a delay
    ("Gói thầu xây lắp số 3 chậm 60 ngày so với tiến độ hợp đồng.\n",
     [(60.0, None, "ngày", "level")]),
    ("Dự án khu dân cư chậm khoảng 5 tháng so với tiến độ được duyệt.\n",
     [(5.0, None, "tháng", "level")]),
    # a fraction of work done in an uncommon count noun
    ("Đã bàn giao 236/310 căn hộ tái định cư, đạt 76,1%; còn 74 căn chưa bàn giao.\n",
     [(236.0, 310.0, "căn hộ", "progress"), (76.1, None, "%", "rate"),
      (74.0, None, "căn", "level")]),
    ("Đã cấp 185/240 lô đất ở cho các hộ di dời.\n",
     [(185.0, 240.0, "lô", "progress")]),
]


@pytest.mark.parametrize("text, expected", KINDS)
def test_kinds(text: str, expected: list) -> None:
    assert _kinds(text) == expected


def test_delay_named() -> None:
    figs = find_figures(build_doc("Cụm công nghiệp phía Bắc chậm 9 tháng so với tiến độ cam "
                                  "kết của nhà đầu tư.\n"), found("2024-M10", "2024-11-08"))
    assert [f.indicator for f in figs] == ["thời gian chậm so với tiến độ cam kết"]


AVERAGE_AIMS = [
    # "giảm bình quân mỗi năm ít nhất X%": an average yearly fall
    ("## I. MỤC TIÊU\n\n- Giai đoạn 2025 - 2027, số tàu cá khai thác ven bờ giảm bình quân "
     "mỗi năm ít nhất 4%;\n",
     [("số tàu cá khai thác ven bờ", -4.0, "%", "growth_avg", "2025/2027")]),
]


@pytest.mark.parametrize("text, expected", AVERAGE_AIMS)
def test_average_aims(text: str, expected: list) -> None:
    assert target_rows(text, "2025", "2024-12-08") == expected


def _named(text: str, period: str = "2025-M9") -> list[tuple]:
    return [(f.value, f.indicator, f.place)
            for f in find_figures(build_doc(text), found(period, "2025-09-25"))]


LISTED_PLACES = [
    # a footnote by xã named bare (after the 2025 merger): the cited figure's indicator
    ("Mưa lớn kéo dài làm 860 ha ngô bị ngập úng¹.\n\n"
     "¹ Tập trung tại các xã: Đông Sơn 310 ha, Minh Hòa 245 ha; các xã khác 305 ha.\n", [
         (860.0, "ngô bị ngập úng", None), (310.0, "ngô bị ngập úng", "xã Đông Sơn"),
         (245.0, "ngô bị ngập úng", "xã Minh Hòa"), (305.0, "ngô bị ngập úng", None)]),
    # by market: the figure of the same unit before the mark, not the share after it
    ("Khách quốc tế ước đạt 920 nghìn lượt, chiếm 38,2% tổng lượt khách[^1].\n\n"
     "[^1]: Các thị trường lớn: Nhật Bản 305 nghìn lượt, Úc 96 nghìn lượt.\n", [
         (920.0, "Khách quốc tế", None), (38.2, "Khách quốc tế", None),
         (305.0, "Khách quốc tế", None), (96.0, "Khách quốc tế", None)]),
]


@pytest.mark.parametrize("text, expected", LISTED_PLACES)
def test_listed_places(text: str, expected: list) -> None:
    assert _named(text) == expected


NOT_COUNTS = [
    # "chính quyền địa phương 2 cấp": the name of a model, not a count
    ("Năm 2025 là năm đầu tiên tỉnh vận hành mô hình tổ chức chính quyền địa phương 2 cấp.\n",
     []),
    ("Toàn tỉnh có 102 đơn vị hành chính cấp xã.\n", [(102.0, "đơn vị hành chính cấp xã", None)]),
]


@pytest.mark.parametrize("text, expected", NOT_COUNTS)
def test_not_counts(text: str, expected: list) -> None:
    assert _named(text, "2025") == expected


def test_bound_cell_target() -> None:
    text = ("### CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n"
            "| TT | Chỉ tiêu | ĐVT | Ước thực hiện năm 2025 | Kế hoạch năm 2026 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Tỷ lệ hộ nghèo đa chiều | % | 1,85 | dưới 1,5 |\n"
            "| 2 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 94,1 | trên 95 |\n")
    assert target_rows(text, "2026", "2025-12-19", ("value", "unit", "kind", "period")) == [
        (1.5, "%", "rate", "2026"), (95.0, "%", "rate", "2026")]


CAUSED = [
    # "<event> làm N ha …": what was hit names the figure, not the event
    ("Áp thấp nhiệt đới (tháng 9/2025) làm 540 ha mía bị đổ ngã.\n",
     [(540.0, "mía bị đổ ngã", None)]),
    # "việc làm cho N lượt lao động": no cause
    ("Giải quyết việc làm cho 18.200 lượt lao động.\n",
     [(18200.0, "Giải quyết việc làm", None)]),
]


@pytest.mark.parametrize("text, expected", CAUSED)
def test_caused(text: str, expected: list) -> None:
    assert _named(text) == expected
