"""Round 12 (sentences written for these tests): a table's unit named by a bracket
"(Đơn vị: …)" on its caption line, wherever the bracket stands."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _rows(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit)
            for f in find_figures(build_doc(text), found(period, date)) if "|" in f.quote]


_TABLE = (
    "| STT | Dự án | Kế hoạch vốn 2021 | Giải ngân đến 30/6/2021 | Tỷ lệ (%) |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Kè chống sạt lở bờ sông Lô | 120 | 48 | 40,0 |\n"
)
_UNITS = [("level", 120.0, "tỷ đồng"), ("level", 48.0, "tỷ đồng"), ("pct_of_plan", 40.0, "%")]
_BARE = [("level", 120.0, ""), ("level", 48.0, ""), ("pct_of_plan", 40.0, "%")]

TABLES = [
    # "(Đơn vị: tỷ đồng):" closing the caption line
    ("Kết quả giải ngân các công trình (Đơn vị: tỷ đồng):\n\n" + _TABLE, _UNITS),
    # "(ĐVT: tỷ đồng)" inside the caption line, words after it
    ("Bảng 1 (ĐVT: tỷ đồng) - kết quả giải ngân các công trình\n\n" + _TABLE, _UNITS),
    # "Đơn vị tính: tỷ đồng." on its own line
    ("Kết quả giải ngân các công trình\n\nĐơn vị tính: tỷ đồng.\n\n" + _TABLE, _UNITS),
    # a bracket without "Đơn vị" that is no unit names none
    ("Kết quả giải ngân các công trình (đợt 2) - tổng hợp:\n\n" + _TABLE, _BARE),
]


@pytest.mark.parametrize("text, expected", TABLES)
def test_caption_unit_bracket(text: str, expected: list) -> None:
    assert _rows(text, "2021-H1", "2021-07-06") == expected
