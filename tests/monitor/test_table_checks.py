"""Totals of tables against the rows they sum (ktxh.monitor.table_checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ktxh.monitor.table_checks import table_findings
from ktxh.text.readers import read

HEAD = ("| TT | Tên dự án | Tổng mức đầu tư | Kế hoạch vốn năm 2024 | Tỷ lệ giải ngân (%) |\n"
        "|---|---|---|---|---|\n")

CASES = [
    # (table rows after the header, [(column, row label) of each finding])
    ("| 1 | Đường tỉnh 217 | 1.250 | 300 | 45,2 |\n| 2 | Cầu Hàm Rồng | 860,5 | 210 | 61,0 |\n"
     "| | **Tổng cộng** | 2.110,5 | 510 | 52,1 |\n", []),
    # the total row says 2.150,5: 40 more than its rows
    ("| 1 | Đường tỉnh 217 | 1.250 | 300 | 45,2 |\n| 2 | Cầu Hàm Rồng | 860,5 | 210 | 61,0 |\n"
     "| | **Tổng cộng** | 2.150,5 | 510 | 52,1 |\n", [("Tổng mức đầu tư", "")]),
    # within the printed precision: 3 items of one decimal each
    ("| 1 | A | 10,1 | 1 | 5 |\n| 2 | B | 10,1 | 1 | 5 |\n| 3 | C | 10,1 | 1 | 5 |\n"
     "| | Tổng số | 30,4 | 3 | 5 |\n", []),
    # group rows: the total sums the groups, each group its items
    ("| I | Giao thông | 2.000 | 500 | 40 |\n| 1 | Đường A | 1.200 | 300 | 40 |\n"
     "| 2 | Đường B | 800 | 200 | 40 |\n| II | Thủy lợi | 700 | 100 | 40 |\n"
     "| 1 | Hồ C | 450 | 60 | 40 |\n| 2 | Kênh D | 250 | 40 | 40 |\n"
     "| | Tổng cộng | 2.700 | 600 | 40 |\n", []),
    # group II's items give 700, the group row says 750 (and the total follows the group)
    ("| I | Giao thông | 2.000 | 500 | 40 |\n| 1 | Đường A | 1.200 | 300 | 40 |\n"
     "| 2 | Đường B | 800 | 200 | 40 |\n| II | Thủy lợi | 750 | 100 | 40 |\n"
     "| 1 | Hồ C | 450 | 60 | 40 |\n| 2 | Kênh D | 250 | 40 | 40 |\n"
     "| | Tổng cộng | 2.750 | 600 | 40 |\n", [("Tổng mức đầu tư", "II")]),
    # a column of words is no column of amounts; an empty cell counts as nothing
    ("| 1 | A | 1.000 | Đang lập | 5 |\n| 2 | B | 500 | | 5 |\n| 3 | C | 300 | 120 | 5 |\n"
     "| | Cộng | 1.800 | 200 | 5 |\n", []),
    # "Toàn tỉnh" sums the districts: 50 + 20 is not 75
    ("| 1 | Huyện A | 120 | 50 | 25 |\n| 2 | Huyện B | 80 | 20 | 25 |\n"
     "| | Toàn tỉnh | 200 | 75 | 25 |\n", [("Kế hoạch vốn năm 2024", "")]),
]


def _doc(tmp_path: Path, table: str, head: str = HEAD):
    path = tmp_path / "bang.md"
    path.write_text(f"Kết quả thực hiện (đơn vị: tỷ đồng):\n\n{head}{table}\nĐoạn sau bảng.\n",
                    encoding="utf-8")
    return read(path)


@pytest.mark.parametrize(("table", "expected"), CASES)
def test_table_totals(tmp_path: Path, table: str, expected: list[tuple[str, str]]) -> None:
    found = list(table_findings(_doc(tmp_path, table)))
    assert {f.code for f in found} <= {"table_total_mismatch"}
    got = [(f.message.split("«")[1].split("»")[0],
            "" if "dòng tổng" in f.message else f.message.split("dòng ")[1].split(" ")[0])
           for f in found]
    assert got == expected


def test_message_and_spans_point_at_the_cells(tmp_path: Path) -> None:
    doc = _doc(tmp_path, CASES[1][0])
    [finding] = table_findings(doc)
    assert finding.message == ("Bảng, cột «Tổng mức đầu tư»: dòng tổng ghi 2.150,5, khác tổng "
                               "các dòng 1, 2 (2.110,5).")
    total, parts = finding.spans
    assert doc.text[total.start : total.end] == "2.150,5"
    assert doc.text[parts.start : parts.end].startswith("1.250")
    assert doc.text[parts.start : parts.end].endswith("860,5")


@pytest.mark.parametrize("table", [
    # a table of indicators: its "Tổng thu" rows are indicators, not sums of rows
    "| 1 | Tổng thu ngân sách | 3.200 | 3.000 | 94 |\n| 2 | Thu nội địa | 2.900 | 2.800 | 96 |\n"
    "| 3 | Tổng chi ngân sách | 9.800 | 9.100 | 93 |\n",
    # a districts' table whose total row is "Toàn tỉnh" and adds up
    "| 1 | Huyện A | 120 | 30 | 25 |\n| 2 | Huyện B | 80 | 20 | 25 |\n"
    "| | Toàn tỉnh | 200 | 50 | 25 |\n",
])
def test_tables_that_add_up_or_hold_no_sums(tmp_path: Path, table: str) -> None:
    assert list(table_findings(_doc(tmp_path, table))) == []
