"""Round 14 (sentences written for these tests): periods of figures over a span
with no closing year ("từ năm 2016 đến nay"), of "năm cuối kỳ" in a review of
a 5-year span, and of "tổng … 5 năm" after a year in the same sentence."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _periods(text: str, period: str | None, date: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.period) for f in find_figures(build_doc(text), found(period, date))]


SINCE_NOW = [
    # "từ năm Y đến nay" closes at the year of writing; its "trong đó" items too
    ("Tổng vốn huy động thực hiện Chương trình từ năm 2021 đến nay đạt 845 tỷ đồng, "
     "trong đó ngân sách tỉnh 210 tỷ đồng, ngân sách huyện 95 tỷ đồng.",
     None, "2023-05-12",
     [(845.0, "2021/2023"), (210.0, "2021/2023"), (95.0, "2021/2023")]),
    ("Từ năm 2019 đến nay, toàn huyện đã cứng hóa 126 km kênh mương nội đồng.",
     "2022", "2022-12-02", [(126.0, "2019/2022")]),
    # a footnote breaking the sum down takes the span too
    ("Tổng nguồn lực huy động từ năm 2021 đến nay đạt 845 tỷ đồng, còn lại là vốn "
     "doanh nghiệp và nhân dân đóng góp[1].\n\n[1] Vốn doanh nghiệp 320 tỷ đồng; "
     "nhân dân đóng góp 125 tỷ đồng.",
     None, "2023-05-12", [(845.0, "2021/2023"), (320.0, "2021/2023"), (125.0, "2021/2023")]),
    # "từ đầu năm đến nay": the months of the report, as before
    ("Từ đầu năm đến nay, toàn tỉnh xảy ra 14 vụ cháy rừng.",
     "2024-M9", "2024-09-20", [(14.0, "2024-M9")]),
    # a year not opened by "từ" keeps its own
    ("Năm 2020 đến nay vẫn là năm có số doanh nghiệp thành lập mới cao nhất với 1.250 "
     "doanh nghiệp.", None, "2023-05-12", [(1250.0, "2020")]),
]


@pytest.mark.parametrize("text, period, date, expected", SINCE_NOW)
def test_since_now(text: str, period: str | None, date: str,
                   expected: list[tuple[float, str | None]]) -> None:
    assert _periods(text, period, date) == expected


_REVIEW = "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH 5 NĂM 2016 - 2020\n\n"

OVER_SPAN = [
    # "năm cuối kỳ": the last year of the span reviewed
    (_REVIEW + "Giá trị sản xuất công nghiệp năm cuối kỳ đạt 24.500 tỷ đồng, cao hơn "
     "9.800 tỷ đồng so với năm đầu kỳ.",
     [(24500.0, "2020"), (9800.0, "2020")]),
    # "tổng … 5 năm" after a year of the sentence: the span, not the year
    (_REVIEW + "Thu ngân sách năm 2020 ước đạt 6.120 tỷ đồng, tổng thu 5 năm đạt 27.300 tỷ "
     "đồng, vượt 4,2% so với mục tiêu kế hoạch.",
     [(6120.0, "2020"), (27300.0, "2016/2020"), (4.2, "2016/2020")]),
    # a yearly mean after the year is no sum: the items after it keep the year
    (_REVIEW + "Tổng chi ngân sách địa phương năm 2020 ước đạt 9.840 tỷ đồng, bình quân hằng "
     "năm tăng 4,1%, trong đó chi đầu tư phát triển 1.620 tỷ đồng.",
     [(9840.0, "2020"), (4.1, "2016/2020"), (1620.0, "2020")]),
    # "hằng năm" after the year is no sum: the year stays
    (_REVIEW + "Năm 2020, hằng năm trồng mới 1.500 ha rừng tập trung.",
     [(1500.0, "2020")]),
]


@pytest.mark.parametrize("text, expected", OVER_SPAN)
def test_over_span(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _periods(text, "2021/2025", "2020-12-15") == expected
