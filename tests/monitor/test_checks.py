from pathlib import Path

import pytest

from ktxh.extract.records import DocumentMeta, Extraction, Reference, Task
from ktxh.monitor.checks import check_document, check_series
from ktxh.monitor.series import SeriesPoint
from ktxh.text.model import Span
from ktxh.text.readers import read
from tests.support.gold import SEEDS

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def doc_of(tmp_path, body: str):
    path = tmp_path / "doc.md"
    path.write_text(f"Lạng Sơn, ngày 20 tháng 3 năm 2024\n\n{body}\n", encoding="utf-8")
    return read(path)


def run(tmp_path, body: str, date: str | None = "2024-03-20", **records):
    doc = doc_of(tmp_path, body)
    extraction = Extraction(document=DocumentMeta(date=date), **records)
    return doc, check_document(doc, extraction)


CASES = [
    # (body, expected finding codes)
    ("Giải ngân vốn đầu tư công đạt 512,4/2.480 tỷ đồng, đạt 21,5% kế hoạch.",
     ["ratio_mismatch"]),
    ("Giải ngân vốn đầu tư công đạt 512,4/2.480 tỷ đồng, đạt 20,7% kế hoạch.", []),
    ("Thu ngân sách đạt 1.250 tỷ đồng, bằng 27% dự toán (4.800 tỷ đồng).", ["ratio_mismatch"]),
    ("Thu ngân sách đạt 1.250 tỷ đồng, bằng 26% dự toán (4.800 tỷ đồng).", []),
    ("Toàn tỉnh có 85/181 xã đạt chuẩn nông thôn mới, đạt 47,5%.", ["ratio_mismatch"]),
    ("Toàn tỉnh có 85/181 xã đạt chuẩn nông thôn mới, đạt 47%.", []),
    ("Đã bàn giao 210,5/480,2 ha, tương đương 18,2km/41km, đạt 47,3%.", ["progress_mismatch"]),
    ("Đã bàn giao 210,5/480,2 ha, tương đương 18,2km/41km, đạt 44,4%.", []),
    ("Đã bàn giao 210,5/480,2 ha, tương đương 18,2km/41km, đạt 43,8%.", []),
    # a % of another thing named after the fraction is not its ratio
    ("Dự án đã bàn giao 96,4/120 ha mặt bằng, khối lượng thi công đạt 41%.", []),
    ("Dự án đã bàn giao 96,4/120 ha mặt bằng, ước đạt 41%.", ["ratio_mismatch"]),
    ("Dự án giải ngân 96,4/120 tỷ đồng, tỷ lệ giải ngân đạt 41%.", ["ratio_mismatch"]),
    # a change after the fraction is not a ratio of it
    ("Đã giải ngân 300/1.000 tỷ đồng, tăng 12% so với cùng kỳ.", []),
    ("Tổng kim ngạch xuất nhập khẩu ước đạt 820 triệu USD, tăng 5% so với cùng kỳ; trong đó "
     "xuất khẩu 450 triệu USD, nhập khẩu 410 triệu USD.", ["parts_exceed_total"]),
    ("Tổng kim ngạch xuất nhập khẩu ước đạt 880 triệu USD, tăng 5% so với cùng kỳ; trong đó "
     "xuất khẩu 450 triệu USD, nhập khẩu 410 triệu USD.", []),
    ("Tổng vốn được giao 1.500 tỷ đồng, gồm: vốn ngân sách tỉnh 900 tỷ đồng, vốn ngân sách "
     "trung ương 550 tỷ đồng.", ["parts_mismatch"]),
    ("Tổng vốn được giao 1.500 tỷ đồng, gồm: vốn ngân sách tỉnh 900,5 tỷ đồng, vốn ngân sách "
     "trung ương 599,5 tỷ đồng.", []),
    # nested list in parentheses: 300 + 250,5 = 550,5 exceeds 449,5; the outer adds up
    ("Tổng vốn 1.000 tỷ đồng, gồm: vốn tỉnh 449,5 tỷ đồng (bao gồm: vốn xổ số 300 tỷ đồng, "
     "vốn đất 250,5 tỷ đồng); vốn trung ương 550,5 tỷ đồng.", ["parts_exceed_total"]),
    # a "Trong đó" sentence breaks down the sentence before; parts may be fewer
    ("Tổng diện tích gieo trồng ước đạt 12.300 ha. Trong đó: lúa 4.100 ha, ngô 3.200 ha.", []),
    ("Tổng diện tích gieo trồng ước đạt 12.300 ha. Trong đó: lúa 8.100 ha, ngô 5.200 ha.",
     ["parts_exceed_total"]),
    # a paragraph closing with "Trong đó:"/"Gồm:" breaks its total down in the list items
    ("Tổng thu ngân sách trên địa bàn ước đạt 3.420 tỷ đồng, bằng 51,2% dự toán. Trong đó:\n\n"
     "- Thu nội địa: 3.010 tỷ đồng, bằng 50,1% dự toán;\n\n"
     "- Thu từ hoạt động xuất nhập khẩu: 450 tỷ đồng.", ["parts_exceed_total"]),
    ("Tổng thu ngân sách trên địa bàn ước đạt 3.420 tỷ đồng, bằng 51,2% dự toán. Trong đó:\n\n"
     "- Thu nội địa: 3.010 tỷ đồng, bằng 50,1% dự toán;\n\n"
     "- Thu từ hoạt động xuất nhập khẩu: 390 tỷ đồng.", []),
    ("Tổng vốn đầu tư công năm 2025 được giao 2.150 tỷ đồng, gồm:\n\n"
     "- Vốn ngân sách trung ương: 1.200 tỷ đồng;\n\n- Vốn ngân sách địa phương: 900 tỷ đồng.",
     ["parts_mismatch"]),
    ("Tổng vốn đầu tư công năm 2025 được giao 2.150 tỷ đồng, gồm:\n\n"
     "- Vốn ngân sách trung ương: 1.250 tỷ đồng;\n\n- Vốn ngân sách địa phương: 900 tỷ đồng.",
     []),
    # "+" items under a "-" item are parts of that part, not of the total
    ("Tổng vốn đầu tư công năm 2025 được giao 2.150 tỷ đồng, gồm:\n\n"
     "- Vốn ngân sách trung ương: 1.250 tỷ đồng, trong đó:\n\n+ Vốn trong nước: 1.000 tỷ "
     "đồng;\n\n+ Vốn nước ngoài: 250 tỷ đồng;\n\n- Vốn ngân sách địa phương: 900 tỷ đồng.",
     []),
    # overlapping breakdowns ("lao động nữ") are not parts that add up
    ("Giải quyết việc làm cho 12.400 lao động. Trong đó:\n\n- Lao động nữ: 6.100 người;\n\n"
     "- Lao động nông thôn: 8.300 người.", []),
    # the list ends at the next paragraph
    ("Diện tích gieo trồng ước đạt 18.200 ha. Trong đó:\n\n- Lúa: 11.000 ha;\n\n"
     "- Ngô: 5.100 ha.\n\nSản lượng lương thực ước đạt 21.000 ha cây vụ trước.", []),
    # a counted total ("3 dự án … 9.200 tỷ đồng:") is complete: its numbered items add up
    ("Ưu tiên hoàn thành 3 dự án động lực với tổng mức đầu tư 9.200 tỷ đồng: (1) Đường ven "
     "biển đoạn phía Nam, tổng mức đầu tư 5.100 tỷ đồng; (2) Cầu Cửa Hội, quy mô 4 làn xe, "
     "tổng mức đầu tư 2.400 tỷ đồng; (3) Bệnh viện Sản Nhi, 500 giường, vốn 1.700 tỷ đồng.", []),
    ("Ưu tiên hoàn thành 3 dự án động lực với tổng mức đầu tư 9.200 tỷ đồng: (1) Đường ven "
     "biển đoạn phía Nam, tổng mức đầu tư 5.100 tỷ đồng; (2) Cầu Cửa Hội, quy mô 4 làn xe, "
     "tổng mức đầu tư 2.400 tỷ đồng; (3) Bệnh viện Sản Nhi, 500 giường, vốn 1.070 tỷ đồng.",
     ["parts_mismatch"]),
    # "khoảng" rounds the total: 0,5% of it is allowed, not a transposed 9.020
    ("Triển khai ba công trình với tổng vốn khoảng 9.200 tỷ đồng: a) Đường trục chính "
     "5.130 tỷ đồng; b) Cầu Hội 2.380 tỷ đồng; c) Kè sông Lam 1.710 tỷ đồng.", []),
    ("Triển khai ba công trình với tổng vốn khoảng 9.020 tỷ đồng: a) Đường trục chính "
     "5.130 tỷ đồng; b) Cầu Hội 2.380 tỷ đồng; c) Kè sông Lam 1.710 tỷ đồng.",
     ["parts_mismatch"]),
    # a rounded total is rounded for a "gồm" list too
    ("Tổng vốn khoảng 9.200 tỷ đồng, gồm đường trục chính 5.130 tỷ đồng, cầu Hội 2.380 tỷ "
     "đồng, kè sông Lam 1.710 tỷ đồng.", []),
    # fewer items than counted, or an item without an amount: the list may be incomplete
    ("Triển khai 4 công trình với tổng vốn 9.200 tỷ đồng: (1) Đường trục chính 5.130 tỷ "
     "đồng; (2) Cầu Hội 2.380 tỷ đồng; (3) Kè sông Lam 1.710 tỷ đồng.", []),
    ("Triển khai 3 công trình với tổng vốn 9.200 tỷ đồng: (1) Đường trục chính 5.130 tỷ "
     "đồng; (2) Cầu Hội, đang lập hồ sơ; (3) Kè sông Lam 1.710 tỷ đồng.", []),
    # the count and total close the paragraph; the items are its list
    ("Năm 2025 khởi công 3 dự án với tổng mức đầu tư 2.450 tỷ đồng:\n\n"
     "- Đường tỉnh 537: 1.200 tỷ đồng;\n\n- Cầu Bến Thủy 3: 850 tỷ đồng;\n\n"
     "- Khu tái định cư Nghi Sơn: 400 tỷ đồng.", []),
    ("Năm 2025 khởi công 3 dự án với tổng mức đầu tư 2.540 tỷ đồng:\n\n"
     "- Đường tỉnh 537: 1.200 tỷ đồng;\n\n- Cầu Bến Thủy 3: 850 tỷ đồng;\n\n"
     "- Khu tái định cư Nghi Sơn: 400 tỷ đồng.", ["parts_mismatch"]),
    # targets sorted by result: the classes add up to the number of targets
    ("Trong 20 chỉ tiêu chủ yếu, có 13/20 chỉ tiêu đạt và vượt, 4 chỉ tiêu cơ bản đạt và "
     "3 chỉ tiêu không đạt.", []),
    ("Trong 20 chỉ tiêu chủ yếu, có 13/20 chỉ tiêu đạt và vượt, 5 chỉ tiêu cơ bản đạt và "
     "3 chỉ tiêu không đạt.", ["parts_exceed_total"]),
    ("Năm 2024 có 18/21 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt.",
     ["parts_mismatch"]),
    # a part of a class ("trong đó") and an average are no classes
    ("Có 18/21 chỉ tiêu đạt và vượt kế hoạch, trong đó 9 chỉ tiêu vượt; 3 chỉ tiêu chưa đạt.",
     []),
    ("Trong 19 tiêu chí, bình quân đạt 16,5 tiêu chí/xã, không còn xã dưới 12 tiêu chí.", []),
    # parts joined by "và", one of each unit ("… dự án … vốn …"): against the totals of the
    # footnote's mark, one of each unit
    ("Lũy kế đến nay, toàn tỉnh có 1.284 dự án FDI còn hiệu lực, tổng vốn đăng ký 12,5 tỷ "
     "USD.<sup>2</sup>\n\n<sup>2</sup> Gồm 1.050 dự án trong khu công nghiệp với vốn đăng ký "
     "10,2 tỷ USD và 234 dự án ngoài khu công nghiệp với vốn đăng ký 2,3 tỷ USD.", []),
    ("Lũy kế đến nay, toàn tỉnh có 1.294 dự án FDI còn hiệu lực, tổng vốn đăng ký 12,5 tỷ "
     "USD.<sup>2</sup>\n\n<sup>2</sup> Gồm 1.050 dự án trong khu công nghiệp với vốn đăng ký "
     "10,2 tỷ USD và 234 dự án ngoài khu công nghiệp với vốn đăng ký 2,3 tỷ USD.",
     ["parts_mismatch"]),
    # the total is in the list's own clause: the area of another clause is no total
    ("Xảy ra 12 vụ cháy rừng, diện tích thiệt hại 40,5 ha; phát hiện 520 vụ vi phạm, trong "
     "đó phá rừng 160 vụ với diện tích 95,2 ha.", []),
    # a total named "tổng" and one later amount of its unit: the % is part / total
    ("Các khu công nghiệp có tổng diện tích đất cho thuê 3.150 ha, đã cho thuê 2.270 ha, "
     "tỷ lệ lấp đầy đạt 72,1%.", []),
    ("Các khu công nghiệp có tổng diện tích đất cho thuê 3.150 ha, đã cho thuê 2.270 ha, "
     "tỷ lệ lấp đầy đạt 74,1%.", ["ratio_mismatch"]),
    # two later amounts of the unit, or a % of the plan: no single part to compare
    ("Tổng diện tích 3.150 ha, đã cho thuê 2.270 ha, còn trống 880 ha, đạt 74,1%.", []),
    ("Tổng số 1.250 hộ phải di dời, đã bàn giao 980 hộ, đạt 92% kế hoạch.", []),
    # once two parts give the total the list is complete: the next clause states another total
    ("Kim ngạch xuất khẩu ước đạt 5.320 triệu USD, trong đó khu vực A đạt 4.100 triệu USD và "
     "khu vực B đạt 1.220 triệu USD; kim ngạch nhập khẩu ước đạt 4.250 triệu USD, xuất siêu "
     "1.070 triệu USD.", []),
    # "và" inside a part's name splits nothing: "riêng …" stays a sub-part
    ("Tổng chi ước 4.100 tỷ đồng. Trong đó, chi đầu tư phát triển 1.300 tỷ đồng; chi thường "
     "xuyên 2.700 tỷ đồng, riêng chi sự nghiệp giáo dục - đào tạo và dạy nghề 1.050 tỷ đồng.",
     []),
    # units are compared at their scale: 1,2 nghìn tỷ = 1.200 tỷ
    ("Tổng thu đạt 1,2 nghìn tỷ đồng, trong đó thu nội địa 700 tỷ đồng, thu khác 400 tỷ đồng.",
     []),
    # the plan total stated in the sentence before
    ("Kế hoạch vốn đầu tư công năm 2024 được giao là 3.200 tỷ đồng. Đến nay, ước giải ngân "
     "640 tỷ đồng, đạt 21% kế hoạch.", ["ratio_mismatch"]),
    ("Kế hoạch vốn đầu tư công năm 2024 được giao là 3.200 tỷ đồng. Đến nay, ước giải ngân "
     "640 tỷ đồng, đạt 20% kế hoạch.", []),
    # too far from the stated % to be its base: not compared
    ("Kế hoạch vốn đầu tư công năm 2024 được giao là 3.200 tỷ đồng. Đến nay, ước giải ngân "
     "640 tỷ đồng, đạt 35% kế hoạch.", []),
    # guards against comparing with the wrong base
    ("Đã có 85/181 xã đạt chuẩn nông thôn mới, đạt 96% kế hoạch năm.", []),
    ("Giải ngân 300/1.000 tỷ đồng, bằng 105% so với cùng kỳ.", []),
    ("Tổng thu 2.000 tỷ đồng, tăng 300 tỷ đồng so với cùng kỳ, trong đó thu nội địa 1.500 tỷ "
     "đồng, thu từ xuất nhập khẩu 400 tỷ đồng.", []),
    ("Kim ngạch đạt 1.000 triệu USD, trong đó xuất khẩu 760 triệu USD, chủ yếu sang thị trường "
     "Trung Quốc 500 triệu USD.", []),
    ("Giải quyết việc làm cho 1.500 lao động, trong đó 800 lao động nữ, 900 lao động nông thôn.",
     []),
    ("Thu ngân sách đạt 1.250 tỷ đồng, bằng 26% dự toán (tăng 120 tỷ đồng so với cùng kỳ).", []),
    ("Giải ngân 1.200/3.000 tỷ đồng, đạt 40%, trong đó vốn tỉnh 500/1.000 tỷ đồng, đạt 50%.", []),
    ("Giải ngân 1.200/3.000 tỷ đồng, đạt 40%, trong đó vốn tỉnh 500/1.000 tỷ đồng, đạt 40%.",
     ["ratio_mismatch"]),
    ("Tổng vốn đầu tư toàn xã hội ước đạt 12.500 tỷ đồng, tăng 8,2% so với cùng kỳ, trong đó vốn "
     "nhà nước 3.200 tỷ đồng, chiếm 25,6%; vốn ngoài nhà nước 8.900 tỷ đồng, chiếm 71,2%; vốn "
     "nước ngoài 400 tỷ đồng, chiếm 3,2%.", []),
    ("Tổng vốn đầu tư toàn xã hội ước đạt 12.500 tỷ đồng, trong đó vốn nhà nước 3.200 tỷ đồng, "
     "chiếm 27,6%; vốn ngoài nhà nước 9.300 tỷ đồng, chiếm 74,4%.", ["share_mismatch"]),
    # a new total after ';' ends the parts of the one before
    ("Tổng thu ngân sách nhà nước trên địa bàn 3.200 tỷ đồng, trong đó thu nội địa 2.900 tỷ "
     "đồng; tổng chi ngân sách địa phương 9.800 tỷ đồng.", []),
    ("Tổng thu ngân sách nhà nước trên địa bàn 3.200 tỷ đồng, trong đó thu nội địa 3.400 tỷ "
     "đồng; tổng chi ngân sách địa phương 9.800 tỷ đồng.", ["parts_exceed_total"]),
    # a share of something else is not compared
    ("Tổng thu 2.000 tỷ đồng, trong đó thu từ đất 500 tỷ đồng, chiếm 40% thu nội địa.", []),
    ("Đón 1.290 nghìn lượt khách, trong đó khách quốc tế 85 nghìn lượt, khách nội địa "
     "1.205 nghìn lượt.", []),
    # the shares of a structure add up to 100%, within their rounding
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 21,4%; công nghiệp - xây dựng 35,1%; dịch "
     "vụ 36,8%; thuế sản phẩm trừ trợ cấp sản phẩm 6,7%.", []),
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 21,4%; công nghiệp - xây dựng 36,1%; dịch "
     "vụ 36,8%; thuế sản phẩm trừ trợ cấp sản phẩm 6,7%.", ["shares_not_100"]),
    ("Cơ cấu các khu vực nông nghiệp - công nghiệp - dịch vụ tương ứng là 18,2% - 40,3% - "
     "41,5%.", []),
    ("Cơ cấu các khu vực nông nghiệp - công nghiệp - dịch vụ tương ứng là 18,2% - 42,3% - "
     "41,5%.", ["shares_not_100"]),
    # three sectors without the product taxes: less than 100% is no error, more is
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 21,4%; công nghiệp - xây dựng 35,1%; dịch "
     "vụ 36,8%.", []),
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 28,4%; công nghiệp - xây dựng 35,1%; dịch "
     "vụ 36,8%.", ["shares_not_100"]),
    # shares that moved, or a structure of some parts only, are not summed
    ("Cơ cấu kinh tế chuyển dịch: công nghiệp tăng 1,2%, dịch vụ giảm 0,8%.", []),
    ("Cơ cấu lao động: nông nghiệp 52%, trong đó thu hút 1.200 lao động mới.", []),
    # a plan total stated alone in the sentence before (a warning)
    ("Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 3.650 tỷ đồng. Đến ngày 15/9/2025, "
     "toàn tỉnh giải ngân 1.620 tỷ đồng, đạt 48,1% kế hoạch.", ["ratio_mismatch"]),
    ("Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 3.650 tỷ đồng. Đến ngày 15/9/2025, "
     "toàn tỉnh giải ngân 1.620 tỷ đồng, đạt 44,4% kế hoạch.", []),
    # an actual with a ratio of its own is no plan total for the sentence after
    ("Diện tích lúa Đông Xuân ước đạt 21.300 ha, bằng 51,6% kế hoạch, tăng 1,2% so với cùng kỳ. "
     "Toàn tỉnh trồng được 1.450 ha rừng tập trung, bằng 9,8% kế hoạch năm.", []),
    ("Tổng thu ngân sách ước đạt 5.930 tỷ đồng, đạt 101,2% dự toán. Thu nội địa 5.410 tỷ đồng, "
     "đạt 96,5% dự toán.", []),
    # a gap past the window: the % is of another base
    ("Tổng kế hoạch vốn năm 2025 là 3.650 tỷ đồng. Đến nay giải ngân 1.620 tỷ đồng, đạt 62% kế "
     "hoạch Trung ương giao.", []),
    # a trade balance against the exports and imports stated before it
    ("Kim ngạch xuất khẩu ước đạt 2.815 triệu USD, tăng 9,4%; kim ngạch nhập khẩu ước đạt "
     "1.930 triệu USD, tăng 6,1%; xuất siêu 985 triệu USD.", ["difference_mismatch"]),
    ("Kim ngạch xuất khẩu ước đạt 2.815 triệu USD, tăng 9,4%; kim ngạch nhập khẩu ước đạt "
     "1.930 triệu USD, tăng 6,1%; xuất siêu 885 triệu USD.", []),
    ("Kim ngạch xuất khẩu đạt 640,5 triệu USD; kim ngạch nhập khẩu đạt 702,3 triệu USD; nhập "
     "siêu 71,8 triệu USD.", ["difference_mismatch"]),
    ("Kim ngạch xuất khẩu đạt 640,5 triệu USD; kim ngạch nhập khẩu đạt 702,3 triệu USD; nhập "
     "siêu 61,8 triệu USD.", []),
    # the month's and the months' so far: the balance may be of either pair
    ("Kim ngạch xuất khẩu tháng 9 ước đạt 410 triệu USD; lũy kế 9 tháng đạt 3.620 triệu USD. "
     "Kim ngạch nhập khẩu tháng 9 ước đạt 305 triệu USD; lũy kế 9 tháng đạt 2.880 triệu USD. "
     "Cán cân thương mại 9 tháng xuất siêu 740 triệu USD.", []),
    # what is left to disburse against the plan the % confirms
    ("Tổng kế hoạch vốn năm 2025 là 1.540,6 tỷ đồng. Đến ngày 30/9/2025 giải ngân được 812,4 "
     "tỷ đồng, đạt 52,7% kế hoạch. Số vốn chưa giải ngân còn 758,2 tỷ đồng.",
     ["difference_mismatch"]),
    ("Tổng kế hoạch vốn năm 2025 là 1.540,6 tỷ đồng. Đến ngày 30/9/2025 giải ngân được 812,4 "
     "tỷ đồng, đạt 52,7% kế hoạch. Số vốn chưa giải ngân còn 728,2 tỷ đồng.", []),
    # a % of another plan: the total named before is not the one it is measured on
    ("Tổng vốn năm 2025 là 1.540,6 tỷ đồng. Đến nay giải ngân được 812,4 tỷ đồng, đạt 61,2% "
     "kế hoạch Trung ương giao. Số vốn còn lại chưa giải ngân là 758,2 tỷ đồng.", []),
    ("Tình hình an ninh trong quý V năm 2023 ổn định.", ["invalid_period"]),
    ("Số liệu tháng 14/2023 chưa được tổng hợp.", ["invalid_period"]),
    ("Đến ngày 31/11/2023, giải ngân được 300 tỷ đồng.", ["invalid_date"]),
    ("Hội nghị ngày 30 tháng 02 năm 2024 đã thống nhất.", ["invalid_date"]),
    ("Đến ngày 29/02/2024, giải ngân được 300 tỷ đồng.", []),
    ("Đã bàn giao 112/181 ha; ký hiệu 12/2023/NQ-HĐND.", []),
    ("Năm 2025, toàn tỉnh đã đạt 120 xã đạt chuẩn nông thôn mới.", ["future_year_achieved"]),
    ("Phấn đấu năm 2025 toàn tỉnh đạt 120 xã đạt chuẩn nông thôn mới.", []),
    ("Năm 2023, toàn tỉnh đã đạt 98 xã đạt chuẩn nông thôn mới.", []),
    ("Giao Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/3/2024.",
     ["deadline_before_document"]),
    ("Giao Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/4/2024.", []),
    ("Sở Tài chính đã hoàn thành báo cáo trước ngày 15/3/2024.", []),
]


@pytest.mark.parametrize(("body", "codes"), CASES)
def test_text_checks(tmp_path, body, codes):
    _, findings = run(tmp_path, body)
    assert [f.code for f in findings] == codes, [f.message for f in findings]


def test_ratio_message_and_span(tmp_path):
    doc, findings = run(tmp_path, "Giải ngân đạt 512,4/2.480 tỷ đồng, đạt 21,5% kế hoạch.")
    (f,) = findings
    assert f.severity == "error"
    assert "21,5%" in f.message and "20,66%" in f.message
    assert doc.slice(f.spans[0]) == "512,4/2.480 tỷ đồng, đạt 21,5%"


def test_period_heading_disagrees_with_title(tmp_path):
    body = ("# BÁO CÁO\n\n# Tình hình thực hiện kế hoạch quý II năm 2023\n\n"
            "## I. TÌNH HÌNH THỰC HIỆN QUÝ III NĂM 2023\n\nSản xuất ổn định.\n\n"
            "## II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2023\n\nTiếp tục chỉ đạo.")
    _, findings = run(tmp_path, body, date="2023-06-20")
    assert [f.code for f in findings] == ["period_mismatch"]


def test_records_checks(tmp_path):
    span = Span(0, 5)
    tasks = (
        Task("assignment", "Sở Y tế", "x", span, "", deadline="2024-03-10",
             deadline_text="trước ngày 10/3/2024"),
        Task("assignment", "Sở Y tế", "x", span, "", flags=("deadline_before_document",)),
        Task("assignment", "Sở Y tế", "x", span, "", deadline="2024-04-30"),
    )
    refs = (
        Reference("12/BC-UBND", "bao_cao", "k1", None, "2024-05-02", "", span),
        Reference("10/BC-UBND", "bao_cao", "k2", None, "2024-03-01", "", span),
        Reference("11/BC-UBND", "bao_cao", "k3", None, "2024-03", "", span),
    )
    _, findings = run(tmp_path, "Nội dung.", tasks=tasks, references=refs)
    codes = sorted(f.code for f in findings)
    assert codes == ["citation_after_document", "deadline_before_document",
                     "deadline_before_document"]


def test_cross_document_conflicts():
    pts = [
        SeriesPoint("budget_revenue", None, "2023", 9215, "tỷ đồng", document_id="A"),
        SeriesPoint("budget_revenue", None, "2023", 9180, "tỷ đồng", document_id="B"),
        SeriesPoint("budget_revenue", None, "2023", 9216, "tỷ đồng", document_id="C"),
        SeriesPoint("budget_revenue", None, "2023", 9000, "tỷ đồng", document_id="D",
                    estimate=True),
        SeriesPoint("budget_revenue", None, "2022", 8000, "tỷ đồng", document_id="B"),
    ]
    # one finding for the group, naming each distinct value once (it was one per pair)
    [finding] = check_series(pts, rel_tol=0.001)
    assert finding.code == "cross_document_conflict"
    assert "B nêu 9.180 tỷ đồng; A, C nêu 9.215 tỷ đồng" in finding.message
    assert "9.000" not in finding.message  # an estimate is not a conflict


EXPECTED_SAMPLES = {
    "bao-cao-quy-1-2024.md": ["parts_exceed_total", "ratio_mismatch"],
    "thong-bao-ket-luan-2024.md": ["deadline_before_document"],
    "bao-cao-quy-1-2023.md": [],
    "bao-cao-du-an-trong-diem-2023.md": [],
    "ke-hoach-5-nam-2021-2025.md": [],
}


@pytest.mark.parametrize(("name", "codes"), EXPECTED_SAMPLES.items())
def test_samples_known_findings(name, codes):
    """samples/README.md lists the deliberate errors; nothing else is flagged."""
    from ktxh import extract

    doc = read(SAMPLES / name)
    findings = check_document(doc, extract(doc))
    assert sorted(f.code for f in findings if f.severity != "info") == codes, findings


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is absent")
def test_seed_disbursement_ratio():
    from ktxh import extract

    doc = read(SEEDS / "003_cc852f9d90f3c26d.txt")
    findings = check_document(doc, extract(doc))
    ratio = [f for f in findings if f.code == "ratio_mismatch"]
    assert any("20,18%" in f.message and "20,08%" in f.message for f in ratio)


def test_cross_document_compares_across_scales():
    a = SeriesPoint("grdp", None, "2023", 45.2, "nghìn tỷ đồng", document_id="A",
                    base_value=45.2e12, base_unit="đồng")
    b = SeriesPoint("grdp", None, "2023", 45200, "tỷ đồng", document_id="B",
                    base_value=45.2e12, base_unit="đồng")
    c = SeriesPoint("grdp", None, "2023", 46100, "tỷ đồng", document_id="C",
                    base_value=46.1e12, base_unit="đồng")
    # one finding for the group (it was a–c and b–c)
    [finding] = check_series([a, b, c])
    assert finding.code == "cross_document_conflict"
    assert "A, B nêu 45,2 nghìn tỷ đồng; C nêu 46.100 tỷ đồng" in finding.message


@pytest.mark.parametrize(("header", "codes"), [
    # the header date of the document, when metadata gives none
    ("Lạng Sơn, ngày 20 tháng 3 năm 2024", ["deadline_before_document"]),
    # a draft with a blank day: the month is known
    ("Lạng Sơn, ngày    tháng 3 năm 2024", ["deadline_before_document"]),
    # a cited document's date is not the document's own
    ("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10 tháng 12 năm 2023 của HĐND tỉnh", []),
])
def test_document_date_from_header(tmp_path, header, codes):
    path = tmp_path / "doc.md"
    path.write_text(f"{header}\n\nGiao Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày "
                    "15/02/2024.\n", encoding="utf-8")
    doc = read(path)
    findings = check_document(doc, Extraction(document=DocumentMeta()))
    assert [f.code for f in findings] == codes


def _pt(period, value, unit, kind="level", doc="B", estimate=False, base=None):
    return SeriesPoint("trade_turnover", None, period, value, unit, kind, estimate=estimate,
                       document_id=doc, base=base)


@pytest.mark.parametrize(("pts", "expected"), [
    # 1.350 / 1.120 = +20,54%
    ([_pt("2023-Q1", 1120, "triệu USD", doc="A"), _pt("2024-Q1", 1350, "triệu USD"),
      _pt("2024-Q1", 20.5, "%", "change", base="same_period_last_year")], []),
    ([_pt("2023-Q1", 1120, "triệu USD", doc="A"), _pt("2024-Q1", 1350, "triệu USD"),
      _pt("2024-Q1", 25.5, "%", "change", base="same_period_last_year")],
     [("change_mismatch", "warning")]),
    # against an estimate: only info, estimates are revised
    ([_pt("2023-Q1", 1120, "triệu USD", doc="A", estimate=True), _pt("2024-Q1", 1350, "triệu USD"),
      _pt("2024-Q1", 25.5, "%", "change", base="same_period_last_year")],
     [("change_mismatch", "info")]),
    # the later actual replaces the estimate of the year before
    ([_pt("2023-Q1", 1000, "triệu USD", doc="A", estimate=True),
      _pt("2023-Q1", 1120, "triệu USD", doc="C"), _pt("2024-Q1", 1350, "triệu USD"),
      _pt("2024-Q1", 20.5, "%", "change", base="same_period_last_year")], []),
    # a change against the plan or another year is not year-on-year
    ([_pt("2023-Q1", 1120, "triệu USD", doc="A"), _pt("2024-Q1", 1350, "triệu USD"),
      _pt("2024-Q1", 35.0, "%", "change", base="2020")], []),
    # the level of the year before in another unit is not compared
    ([_pt("2023-Q1", 1.12, "tỷ USD", doc="A"), _pt("2024-Q1", 1350, "triệu USD"),
      _pt("2024-Q1", 25.5, "%", "change", base="same_period_last_year")], []),
])
def test_year_on_year_changes(pts, expected):
    from ktxh.monitor.checks import check_changes

    assert [(f.code, f.severity) for f in check_changes(pts)] == expected


def test_samples_changes_are_consistent():
    """samples/README.md: every year-on-year change agrees with its amounts."""
    from ktxh import extract
    from ktxh.monitor.checks import check_changes
    from ktxh.monitor.series import points_from_extraction

    pts = []
    for name in ("bao-cao-quy-1-2023.md", "bao-cao-quy-1-2024.md"):
        pts += points_from_extraction(extract(read(SAMPLES / name)), name)[0]
    assert sum(p.kind == "change" and p.period == "2024-Q1" for p in pts) >= 5  # compared
    assert check_changes(pts) == []
