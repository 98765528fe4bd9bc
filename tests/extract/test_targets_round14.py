"""Round 14 (sentences written for these tests): goals a thông báo kết luận
restates ("Thống nhất mục tiêu …", "mục tiêu là …"), directives whose numbers
are no aim ("tham mưu … bố trí N tỷ đồng", "hoàn thiện hồ sơ đề nghị công
nhận N xã … đạt chuẩn"), and the bound of a negated goal ("không còn xã dưới
15 tiêu chí")."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc
from tests.support.extracting import found

_DATE = "2019-08-12"


def _targets(text: str) -> list[tuple]:
    return [(t.kind, t.value, t.unit, t.period)
            for t in find_targets(build_doc(text), found(None, _DATE))]


def _figure_values(text: str) -> list[float]:
    return [f.value for f in find_figures(build_doc(text), found(None, _DATE))]


GOALS = [
    # the goal agreed, of this year and a later one
    ("Thống nhất mục tiêu đến cuối năm 2019 thị xã có thêm 2 xã đạt chuẩn nông thôn mới, "
     "đến năm 2020 có ít nhất 9 xã đạt chuẩn.",
     [("level", 2.0, "xã", "2019"), ("level", 9.0, "xã", "2020")]),
    ("Thống nhất các chỉ tiêu đến cuối năm 2019: tỷ lệ hộ nghèo còn dưới 4%.",
     [("rate", 4.0, "%", "2019")]),
    # the bound of what must not remain is no target
    ("Thống nhất mục tiêu đến năm 2020 có 12 xã đạt chuẩn; không còn xã dưới 14 tiêu chí.",
     [("level", 12.0, "xã", "2020")]),
    # directives: an amount to propose, what a dossier asks for
    ("Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan tham mưu UBND tỉnh bố trí "
     "25 tỷ đồng hỗ trợ các xã đạt chuẩn năm 2018, hoàn thành trong quý IV/2019.", []),
    ("UBND huyện khẩn trương hoàn thiện hồ sơ đề nghị công nhận 4 xã đạt chuẩn, gửi Sở Nông "
     "nghiệp và Phát triển nông thôn chậm nhất là ngày 30/10/2019.", []),
    # a directive aimed at a number before its deadline still sets a target
    ("UBND huyện chỉ đạo các chủ đầu tư giải ngân đạt 100% kế hoạch vốn trước ngày 31/12/2019.",
     [("rate", 100.0, "%", "2019")]),
]


@pytest.mark.parametrize("text, expected", GOALS)
def test_goal_targets(text: str, expected: list) -> None:
    assert _targets(text) == expected


NEGATED_BOUNDS = [
    ("Đến nay, toàn huyện không còn xã dưới 15 tiêu chí, có 8 xã đạt chuẩn.", [8.0]),
    ("Trên địa bàn không còn hộ nào có thu nhập dưới 1,5 triệu đồng/tháng.", []),
    # a bound with no negation: the count of what remains below it
    ("Toàn huyện còn 3 xã đạt dưới 12 tiêu chí.", [3.0]),
]


@pytest.mark.parametrize("text, values", NEGATED_BOUNDS)
def test_negated_bound_is_no_figure(text: str, values: list) -> None:
    assert _figure_values(text) == values
