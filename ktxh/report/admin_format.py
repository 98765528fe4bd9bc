"""Layout of administrative documents, Nghị định 30/2020/NĐ-CP, Phụ lục I.

Every constant the Word reports use for fonts, sizes, margins and the fixed
texts of the header, so that a rule is changed in one place. Sizes are in
points, lengths in millimetres, as the decree states them.
"""

from __future__ import annotations

# "phông chữ tiếng Việt Times New Roman, bộ mã Unicode TCVN 6909:2001"
FONT_NAME = "Times New Roman"

# Khổ giấy A4 (210 mm x 297 mm), trình bày theo chiều dài.
PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
# "Lề trên: cách mép trên từ 20 - 25 mm; lề dưới 20 - 25 mm;
#  lề trái 30 - 35 mm; lề phải 15 - 20 mm."
MARGIN_TOP_MM = 20
MARGIN_BOTTOM_MM = 20
MARGIN_LEFT_MM = 30
MARGIN_RIGHT_MM = 15
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM

# Header block: a borderless two-column table, agency on the left, quốc hiệu on the right.
HEADER_LEFT_MM = 65
HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # in hoa, 12-13, đứng, đậm
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"  # in thường, 13-14, đứng, đậm, gạch nối có cách chữ
QUOC_HIEU_SIZE = 12
TIEU_NGU_SIZE = 13
AGENCY_SIZE = 12  # tên cơ quan chủ quản (đứng) và cơ quan ban hành (đậm), in hoa, 12-13
NUMBER_SIZE = 13  # "Số:" 13, đứng
PLACE_DATE_SIZE = 13  # địa danh, ngày tháng: 13-14, nghiêng
TYPE_SIZE = 14  # tên loại văn bản: in hoa, 13-14, đứng, đậm
TITLE_SIZE = 14  # trích yếu: in thường, 13-14, đứng, đậm
BODY_SIZE = 14  # nội dung: 13-14
TABLE_SIZE = 12  # chữ trong bảng (phụ lục) nhỏ hơn thân văn bản
FIRST_LINE_INDENT_MM = 12.7  # lùi đầu dòng 1 - 1,27 cm
PARAGRAPH_SPACE_PT = 6  # khoảng cách giữa các đoạn tối thiểu 6 pt
LINE_SPACING = 1.15  # từ cách dòng đơn đến 1,5 dòng
PAGE_NUMBER_SIZE = 13  # số trang: 13-14, chính giữa lề trên, không đánh ở trang đầu
SIGN_AUTHORITY_SIZE = 14  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": in hoa, đậm
SIGN_NAME_SIZE = 14  # họ tên người ký: in thường, đậm
RECIPIENTS_HEAD = "Nơi nhận:"
RECIPIENTS_HEAD_SIZE = 12  # "Nơi nhận:" đậm, nghiêng, 12
RECIPIENTS_SIZE = 11  # danh sách: 11, đứng, mỗi dòng bắt đầu "-" kết thúc ";"
SIGN_COLUMN_LEFT_MM = 80
# Rules (đường kẻ ngang, nét liền): under the issuer and under the trích yếu
# 1/3 - 1/2 of the line of text above; under the tiêu ngữ as long as that line.
RULE_SHARE = 0.4
# Average width of a Times New Roman character, in em (for rule lengths).
CHAR_EM_CAPS_BOLD = 0.68
CHAR_EM_BOLD = 0.5
PT_MM = 0.3528

# Ký hiệu: "BC" báo cáo; the symbol of a report by the provincial People's Committee.
REPORT_SYMBOL = "BC-UBND"
APPENDIX_WORD = "PHỤ LỤC"
REPORT_WORD = "BÁO CÁO"
