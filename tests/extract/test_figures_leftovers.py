"""Leftovers of held-out rounds 8-10 (sentences written for these tests): the period a
thông báo's sentence of praise closes with, project headings apart from their body,
and indicators named by the noun after a verb, a market or a total."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _directive(text: str, kind: str, date: str) -> list[tuple]:
    meta = DocumentMeta(type=kind, date=date)
    return [(f.value, f.period) for f in find_figures(build_doc(text), {"document": meta})]


CLOSING_PERIODS = [
    # "Ghi nhận những kết quả … trong 9 tháng đầu năm 2024.": the rest of the paragraph
    ("Ghi nhận những kết quả thị xã đạt được trong 9 tháng đầu năm 2024. Thu ngân sách "
     "trên địa bàn đạt 312 tỷ đồng, bằng 81,5% dự toán năm. Tổng lượt khách đạt 640 "
     "nghìn lượt.\n\n"
     "Thị xã hiện có 8/10 phường đạt chuẩn văn minh đô thị.\n", "thong_bao", "2024-10-18",
     [(312.0, "2024-M9"), (81.5, "2024-M9"), (640.0, "2024-M9"), (8.0, None)]),
    ("Đánh giá cao kết quả huyện đạt được trong quý I/2025: giá trị sản xuất công nghiệp "
     "ước đạt 1.420 tỷ đồng.\n", "thong_bao", "2025-04-20",
     [(1420.0, "2025-Q1")]),
    # no praise of results: the year closing the sentence dates nothing after it
    ("Ngày 10/5/2024, Chủ tịch UBND tỉnh làm việc với huyện về tình hình năm 2024. "
     "Huyện có 312 hộ nghèo.\n", "thong_bao", "2024-05-15",
     [(312.0, None)]),
    # a year in a sentence of praise that is not its close: no period for the rest
    ("Ghi nhận kết quả năm 2024 của huyện trong công tác cải cách hành chính. "
     "Huyện có 24 thủ tục được giải quyết trực tuyến.\n", "thong_bao", "2025-01-10",
     [(24.0, None)]),
]


@pytest.mark.parametrize("text, kind, date, expected", CLOSING_PERIODS)
def test_closing_periods(text: str, kind: str, date: str, expected: list) -> None:
    assert _directive(text, kind, date) == expected


def _block_texts(text: str) -> list[str]:
    doc = build_doc(text)
    return [doc.text[b.span.start : b.span.end] for b in doc.blocks]


WRAPS = [
    # a numbered heading over a body line much wider than it: no wrap, two blocks
    ("3. Dự án Trường Trung học phổ thông chuyên của tỉnh, quy mô 1.200 học sinh\n"
     "Khối lượng hoàn thành khoảng 64%; dự kiến đưa vào sử dụng trong học kỳ II năm học "
     "2025 - 2026 theo kế hoạch đã được phê duyệt.\n",
     ["3. Dự án Trường Trung học phổ thông chuyên của tỉnh, quy mô 1.200 học sinh",
      "Khối lượng hoàn thành khoảng 64%; dự kiến đưa vào sử dụng trong học kỳ II năm học "
      "2025 - 2026 theo kế hoạch đã được phê duyệt."]),
    # a real wrap: the next line's first word would not have fit, the lines join
    ("2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan và\n"
     "Sở Tài chính tham mưu bố trí vốn cho dự án.\n",
     ["2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan và "
      "Sở Tài chính tham mưu bố trí vốn cho dự án."]),
]


@pytest.mark.parametrize("text, expected", WRAPS)
def test_wraps(text: str, expected: list) -> None:
    assert _block_texts(text) == expected


def _figures(text: str, period: str, date: str) -> list[tuple]:
    meta = DocumentMeta(type="bao_cao", period=period, date=date)
    return [(f.value, f.unit, f.indicator, f.period)
            for f in find_figures(build_doc(text), {"document": meta})]


HEADING_SIZES = [
    # a project heading telling its size is read for it; the body keeps its own subject
    ("II. TIẾN ĐỘ CÁC DỰ ÁN\n\n"
     "2. Dự án Nhà máy xử lý rác thải tập trung, công suất 300 tấn/ngày\n"
     "Khối lượng hoàn thành khoảng 72%; dự kiến vận hành thử trong quý II/2025 theo "
     "hợp đồng đã ký với nhà thầu thi công.\n", "2024", "2024-12-10",
     [(300.0, "tấn/ngày", "công suất", None),
      (72.0, "%", "Khối lượng hoàn thành", "2024")]),
    # a heading with no size of its own stays a heading
    ("2. Dự án Đường trục chính nối dài (giai đoạn 2)\n\n"
     "Đã bàn giao 12 km mặt bằng.\n", "2024", "2024-12-10",
     [(12.0, "km", "bàn giao mặt bằng", "2024")]),
]


@pytest.mark.parametrize("text, period, date, expected", HEADING_SIZES)
def test_heading_sizes(text: str, period: str, date: str, expected: list) -> None:
    assert _figures(text, period, date) == expected
