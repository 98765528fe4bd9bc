"""Round 21 (sentences written for these tests): the economic structure of the
base year in a footnote of "Cơ cấu kinh tế năm 2030: …" with no "chiếm" (shares,
not rates), and "nâng … lên X vào năm N" among a nghị quyết's tasks (a target)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc
from tests.support.extracting import found

_FOUND = found("2026/2030", "2025-12-10")


def _figures(text: str) -> list[tuple]:
    return [(f.kind, f.value, f.period) for f in find_figures(build_doc(text), _FOUND)]


def _targets(text: str) -> list[tuple]:
    return [(t.kind, t.value, t.period) for t in find_targets(build_doc(text), _FOUND)]


STRUCTURE_NOTES = [
    # a note of the base year under a head of shares: its bare per cents are shares
    ("Điều 1. Các chỉ tiêu chủ yếu\n\n(4) Cơ cấu kinh tế năm 2030: nông nghiệp chiếm 8%; "
     "công nghiệp - xây dựng chiếm 48%; dịch vụ chiếm 44%.[1]\n\n"
     "[1] Năm 2025 ước đạt: nông nghiệp 11,2%; công nghiệp - xây dựng 45,6%; dịch vụ 43,2%.\n",
     [("share", 11.2, "2025"), ("share", 45.6, "2025"), ("share", 43.2, "2025")]),
    ("Điều 1. Các chỉ tiêu chủ yếu\n\n- Tỷ trọng khu vực dịch vụ trong GRDP năm 2030 chiếm "
     "45%.[2]\n\n[2] Năm 2025: khu vực dịch vụ 41,5%.\n",
     [("share", 41.5, "2025")]),
    # under a head of no shares the same note stays rates
    ("Điều 1. Các chỉ tiêu chủ yếu\n\n(4) Tốc độ tăng trưởng GRDP bình quân đạt 9%/năm.[1]\n\n"
     "[1] Năm 2025 ước đạt: nông nghiệp 11,2%; công nghiệp - xây dựng 45,6%.\n",
     [("rate", 11.2, "2025"), ("rate", 45.6, "2025")]),
]


@pytest.mark.parametrize("text, expected", STRUCTURE_NOTES)
def test_structure_note_lists_shares(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


RAISED_TO = [
    # among the tasks, a level raised to by a year to come is aimed at
    ("Điều 2. Nhiệm vụ, giải pháp\n\n1. Đầu tư nâng cấp cảng biển, nâng công suất lên 12 "
     "triệu tấn/năm vào năm 2030.\n", [("level", 12.0, "2030")], []),
    ("Điều 2. Nhiệm vụ, giải pháp\n\n1. Tiếp tục nâng tỷ lệ đô thị hóa lên 45% vào năm 2030.\n",
     [("rate", 45.0, "2030")], []),
    # what was raised already is a figure
    ("Điều 2. Nhiệm vụ, giải pháp\n\n1. Năm 2024 đã nâng công suất nhà máy lên 3 triệu "
     "tấn/năm.\n", [], [("level", 3.0, "2024")]),
]


@pytest.mark.parametrize("text, targets, figures", RAISED_TO)
def test_raised_to_among_tasks(text: str, targets: list[tuple], figures: list[tuple]) -> None:
    assert _targets(text) == targets
    assert _figures(text) == figures
