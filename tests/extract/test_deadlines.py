"""Deadline phrases resolve to the last day of the period they name."""

from __future__ import annotations

import pytest

from ktxh.extract.deadlines import (
    BEFORE_DOCUMENT,
    RECURRING,
    find_deadlines,
    is_recurring,
    resolve_deadline,
)
from ktxh.text.normalize import fold

RESOLVE = [
    ("trong tháng 02/2024", None, "2024-02-29"),  # leap year
    ("trong tháng 02/2023", None, "2023-02-28"),
    ("trong tháng 2 năm 1900", None, "1900-02-28"),  # century, not leap
    ("trong tháng 10 năm 2019", None, "2019-10-31"),
    ("trong tháng 10 tháng 2019", None, "2019-10-31"),  # common typo
    ("quý III/2024", None, "2024-09-30"),
    ("trong quý III năm 2024", None, "2024-09-30"),
    ("quý IV-2023", None, "2023-12-31"),
    ("trước ngày 31/3/2024", None, "2024-03-31"),
    ("chậm nhất ngày 15/01/2025", None, "2025-01-15"),
    ("trước 30/6/2024", None, "2024-06-30"),
    ("trong năm 2020", None, "2020-12-31"),
    ("năm 2020", None, "2020-12-31"),
    ("6 tháng đầu năm 2024", None, "2024-06-30"),
    ("9 tháng đầu năm 2023", None, "2023-09-30"),
    ("trước ngày 20 tháng 12 năm 2019", None, "2019-12-20"),
    ("trong quý I", "2024-02-10", "2024-03-31"),  # year from the document
    ("trong quý I", "2024-11-05", "2025-03-31"),  # already past: next year's
    ("trước ngày 15/7", "2024-06", "2024-07-15"),
    ("trong quý I", None, None),  # no year anywhere
    ("trước Tết Nguyên đán", "2024-11-05", None),
    ("thường xuyên", None, None),
    ("trước ngày 31/2/2024", None, None),  # no such day
    # before a month, quarter or year: the period before it ends
    ("trước năm 2028", None, "2027-12-31"),
    ("trước tháng 6/2025", None, "2025-05-31"),
    ("trước tháng 01/2026", None, "2025-12-31"),
    ("trước quý III/2025", None, "2025-06-30"),
    ("trước quý I năm 2026", None, "2025-12-31"),
    ("trong năm 2028", None, "2028-12-31"),
    ("trước 30/6/2025", None, "2025-06-30"),
]


@pytest.mark.parametrize(("phrase", "doc_date", "iso"), RESOLVE)
def test_resolve_deadline(phrase: str, doc_date: str | None, iso: str | None) -> None:
    assert resolve_deadline(phrase, doc_date=doc_date) == iso


FIND = [
    # (clause, document date, [(words, iso, flags)])
    (
        "Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/12/2024.",
        "2024-11-20",
        [("trước ngày 15/12/2024", "2024-12-15", ())],
    ),
    (
        "Giao Sở Xây dựng hoàn thành trong quý II/2025 và tổng kết trong tháng 12/2025.",
        "2025-01-10",
        [("trong quý ii/2025", "2025-06-30", ()), ("trong tháng 12/2025", "2025-12-31", ())],
    ),
    (  # kept as written, flagged: the deadline is before the notice itself
        "Bộ Công Thương báo cáo Thủ tướng Chính phủ trong tháng 9 tháng 2021.",
        "2021-10-04",
        [("trong tháng 9 tháng 2021", "2021-09-30", (BEFORE_DOCUMENT,))],
    ),
    (
        "Các sở, ngành thường xuyên kiểm tra, đôn đốc việc thực hiện.",
        None,
        [("thường xuyên", None, (RECURRING,))],
    ),
    (  # a label gives the deadline; its words start at the date
        "Rà soát hồ sơ đất đai; thời gian hoàn thành: quý III/2024.",
        "2024-01-15",
        [("quý iii/2024", "2024-09-30", ())],
    ),
    (  # dates of citations and plan horizons are no deadlines
        "Thực hiện Quyết định số 45/QĐ-UBND ngày 12/3/2022, quy hoạch đến năm 2030.",
        "2022-05-01",
        [],
    ),
    (
        "Hoàn thành việc cấp giấy chứng nhận trước Tết Nguyên đán Giáp Thìn.",
        "2023-12-01",
        [("trước tết nguyên đán giáp thìn", None, ("unresolved",))],
    ),
    (  # a day of every month or quarter: recurring, no single date, words kept
        "Cục Thống kê tỉnh cung cấp số liệu trước ngày 10 hằng tháng.",
        "2024-01-05",
        [("trước ngày 10 hằng tháng", None, (RECURRING, "unresolved"))],
    ),
    (
        "Các sở báo cáo chậm nhất ngày 20 của tháng cuối quý.",
        "2024-01-05",
        [("chậm nhất ngày 20 của tháng cuối quý", None, (RECURRING, "unresolved"))],
    ),
    (  # a day and month of every year is no single date: recurring, its words kept
        "Tổng hợp báo cáo năm trước ngày 10/12 hằng năm.",
        "2024-03-01",
        [("trước ngày 10/12 hằng năm", None, (RECURRING, "unresolved"))],
    ),
    (  # a season names no date
        "Di dời các hộ dân ra khỏi vùng sạt lở trước mùa mưa bão.",
        "2024-03-01",
        [("trước mùa mưa bão", None, ("unresolved",))],
    ),
    (
        "Chủ đầu tư gửi hồ sơ trong thời hạn 6 tháng kể từ ngày dự án được nghiệm thu.",
        "2024-03-01",
        [("trong thời hạn 6 tháng kể từ ngày dự án được nghiệm thu", None, ("unresolved",))],
    ),
    (
        "Sở Tài chính công khai dự toán chậm nhất 30 ngày kể từ ngày được giao.",
        "2024-03-01",
        [("chậm nhất 30 ngày kể từ ngày được giao", None, ("unresolved",))],
    ),
    (  # "đến ngày D/M/Y" in an aim is a deadline to the day ...
        "Phấn đấu đến ngày 31/12/2025 giải ngân đạt 85% kế hoạch vốn.",
        "2025-11-10",
        [("đến ngày 31/12/2025", "2025-12-31", ())],
    ),
    (  # ... not the end of an extension or of a span that starts before it
        "Kiến nghị cho phép kéo dài thời gian giải ngân vốn vay của Dự án Phát triển hạ tầng "
        "giao thông kết nối các vùng kinh tế động lực phía Tây tỉnh Kon Tum cũ đến ngày "
        "31/12/2027.",
        "2025-11-10",
        [],
    ),
    (
        "Thực hiện thí điểm từ ngày 01/01/2026 đến ngày 30/6/2026.",
        "2025-11-10",
        [],
    ),
    (  # a horizon year stays none
        "Phấn đấu đến năm 2030 tỷ trọng kinh tế số đạt 30% GRDP.",
        "2025-11-10",
        [],
    ),
]


@pytest.mark.parametrize(("clause", "doc_date", "expected"), FIND)
def test_find_deadlines(clause: str, doc_date: str | None, expected: list) -> None:
    folded = fold(clause)
    found = find_deadlines(folded, doc_date=doc_date)
    assert [(d.text, d.iso, d.flags) for d in found] == expected
    for d in found:
        assert folded[d.span.start : d.span.end] == d.text


def test_find_deadlines_window_offsets() -> None:
    folded = fold("Mở đầu. Sở Y tế báo cáo trong tháng 3/2024. Hết.")
    start = folded.index("Sở".lower())
    (d,) = find_deadlines(folded, start, folded.index("Hết".lower()))
    assert folded[d.span.start : d.span.end] == "trong tháng 3/2024"
    assert find_deadlines(folded, 0, start) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("thường xuyên", True), ("báo cáo định kỳ hằng quý", True), ("trong quý I", False)],
)
def test_is_recurring(phrase: str, expected: bool) -> None:
    assert is_recurring(phrase) is expected
