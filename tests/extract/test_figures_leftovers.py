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


INDICATORS = [
    # "dành X% <vốn> cho <mục đích>": what the share is set aside for, not "dành"
    ("Nguyên tắc phân bổ: dành 15% vốn ngân sách tỉnh cho các dự án đối ứng ODA.\n",
     "2025", "2024-12-10",
     [(15.0, "%", "vốn ngân sách tỉnh cho các dự án đối ứng ODA", "2025")]),
    # "<verb> tưới cho N ha <đất>": the area served, named by the verb
    ("Hồ có dung tích 6,2 triệu m³, đảm bảo tưới cho 950 ha lúa hai vụ.\n",
     "2024", "2024-12-10",
     [(6.2, "triệu m³", "Hồ có dung tích", None),
      (950.0, "ha", "diện tích lúa hai vụ được đảm bảo tưới", None)]),
    ("Nhà máy nước đã cấp nước sinh hoạt cho khoảng 12.500 người.\n", "2024", "2024-12-10",
     [(12500.0, "người", "người được cấp nước sinh hoạt", "2024")]),
    # "X trên tổng số Y <unit> <what>": what follows the total's unit names the count
    ("Toàn huyện có 11 xã trên tổng số 16 xã đạt chuẩn nông thôn mới.\n", "2024",
     "2024-12-10", [(11.0, "xã", "xã đạt chuẩn nông thôn mới", "2024")]),
    # "thiếu khoảng N m³": a need not met, no period; a count short is of the report
    ("Nguồn đất đắp cho tuyến tránh thiếu khoảng 640.000 m³.\n", "2024-M10", "2024-11-05",
     [(640000.0, "m³", "Nguồn đất đắp cho tuyến tránh thiếu", None)]),
    ("Toàn ngành còn thiếu 320 giáo viên.\n", "2024-M9", "2024-10-05",
     [(320.0, "giáo viên", "giáo viên toàn ngành còn thiếu", "2024-M9")]),
    # "kế hoạch giao N đồng": the plan's amount is of its year, the result of the months
    ("Riêng vốn ngân sách tỉnh, kế hoạch giao 1.240 tỷ đồng, đã giải ngân 310 tỷ đồng.\n",
     "2024-M5", "2024-06-03",
     [(1240.0, "tỷ đồng", "kế hoạch giao", "2024"), (310.0, "tỷ đồng", "giải ngân", "2024-M5")]),
    # "A nhưng B chỉ đạt …": the clause after "nhưng" has its own subject
    ("Dự toán giao 820 tỷ đồng nhưng số thu 6 tháng chỉ đạt 205 tỷ đồng, bằng 25% dự "
     "toán.\n", "2024-H1", "2024-07-05",
     [(820.0, "tỷ đồng", "Dự toán giao", "2024"), (205.0, "tỷ đồng", "số thu", "2024-H1"),
      (25.0, "%", "số thu", "2024-H1")]),
]


@pytest.mark.parametrize("text, period, date, expected", INDICATORS)
def test_indicators(text: str, period: str, date: str, expected: list) -> None:
    assert [(v, u, i, p) for v, u, i, p in _figures(text, period, date)] == expected


def test_market_note() -> None:
    """A note opening with its first market ("² Thị trường …") breaks the cited count
    down: each market's count is the cited indicator's."""
    text = ("Năm 2024, toàn tỉnh giải quyết việc làm cho 9.800 lao động, trong đó đưa 540 "
            "người đi làm việc ở nước ngoài theo hợp đồng².\n\n"
            "² Thị trường Hàn Quốc 310 người, Đài Loan (Trung Quốc) 180 người, các thị "
            "trường khác 50 người.\n")
    rows = {(v, i) for v, _, i, _ in _figures(text, "2024", "2024-12-20")}
    head = "người đi làm việc ở nước ngoài theo hợp đồng"
    assert {(310.0, head), (180.0, head), (50.0, head)} <= rows
