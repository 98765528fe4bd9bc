"""Round 13 (sentences written for these tests): what a figure takes from the one
before it: the estimate of a ";" list of dash items, the measure and year of a
"(cùng kỳ năm …)" bracket."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str, period: str, date: str) -> list:
    return list(find_figures(build_doc(text), found(period, date)))


ITEMS = [
    # "ước" of the first item reaches the items after its ";"
    ("Sản xuất thủy sản ổn định. Trong đó:\n\n"
     "- Sản lượng nuôi trồng ước đạt 41.200 tấn, tăng 2,5%;\n"
     "- Sản lượng khai thác 18.600 tấn;\n"
     "- Diện tích nuôi tôm 7.300 ha.\n",
     [True, True, True, True]),
    # an item closed by "." ends the sentence: the next is said as it stands
    ("Sản xuất thủy sản ổn định. Trong đó:\n\n"
     "- Sản lượng nuôi trồng ước đạt 41.200 tấn.\n"
     "- Sản lượng khai thác 18.600 tấn.\n",
     [True, False]),
    # no "ước" in the items: none is estimated
    ("Kết quả cụ thể:\n\n"
     "- Trồng mới 320 ha rừng tập trung;\n"
     "- Khoán bảo vệ 12.500 ha rừng.\n",
     [False, False]),
]


@pytest.mark.parametrize("text, expected", ITEMS)
def test_item_estimate(text: str, expected: list[bool]) -> None:
    assert [f.estimate for f in _figures(text, "2023-Q3", "2023-09-25")] == expected


BRACKETS = [
    ("Tổng thu ngân sách trên địa bàn ước đạt 2.150 tỷ đồng, tăng 6,3% so với cùng kỳ "
     "(cùng kỳ năm 2022 tăng 4,8%).",
     ("Tổng thu ngân sách trên địa bàn", "2022-Q3")),
    ("Chỉ số giá tiêu dùng bình quân 9 tháng tăng 3,2% (cùng kỳ năm trước tăng 1,9%).",
     ("Chỉ số giá tiêu dùng", "2022-M9")),
    ("Tỷ lệ giải ngân vốn đầu tư công đạt 48,5% (cùng kỳ đạt 41%).",
     ("Tỷ lệ giải ngân vốn đầu tư công", "2022-Q3")),
]


@pytest.mark.parametrize("text, expected", BRACKETS)
def test_prior_year_bracket(text: str, expected: tuple[str, str]) -> None:
    last = _figures(text, "2023-Q3", "2023-09-25")[-1]
    assert (last.indicator, last.period) == expected


SPANS = [
    # the elliptic "; … từ X% lên Y%" starts from the year the part before named
    ("Cơ cấu lao động chuyển dịch tích cực: tỷ trọng lao động nông nghiệp giảm từ 61,2% năm "
     "2015 xuống còn 52,4% năm 2020; tỷ trọng lao động công nghiệp tăng từ 14,6% lên 19,8%.",
     ["2015", "2020", "2015", "2020"]),
    # no year named anywhere: the year before the report's
    ("Tỷ lệ lao động qua đào tạo tăng từ 52,1% lên 60,3%.", ["2019", "2020"]),
]


@pytest.mark.parametrize("text, expected", SPANS)
def test_elliptic_span_years(text: str, expected: list[str]) -> None:
    assert [f.period for f in _figures(text, "2020", "2020-12-20")] == expected
