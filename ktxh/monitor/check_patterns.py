"""Language data of the consistency checks: regexes and word lists, no logic.

All patterns run on folded text (lower case, unified tone marks).
"""

from __future__ import annotations

import re

# A list of parts follows: "trong đó" (some parts), "gồm"/"bao gồm" (all parts).
PARTS_MARKER = re.compile(r"(?<!\w)(?P<m>trong đó|bao gồm|gồm có|gồm)(?!\w)\s*:?")
ALL_PARTS = ("gồm", "bao gồm", "gồm có")
# The last words of a paragraph that open the list items after it:
# "…, tăng 8,9% so với cùng kỳ. Trong đó:"
LIST_OPENER = re.compile(r"(?<!\w)(?P<m>trong đó|bao gồm|gồm có|gồm|cụ thể)\s*:$")
# A count of things before their total and a colon: "4 dự án … với tổng mức
# đầu tư 21.600 tỷ đồng:", "ba công trình, tổng vốn …:".
NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}
COUNTED = re.compile(
    r"(?<!\w)(?P<n>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:dự án|công trình|"
    r"chương trình|gói thầu|tuyến(?: đường)?|hạng mục|nhiệm vụ|đề án|nguồn(?: vốn)?|khoản)(?!\w)"
)
# The numbered items of a list inside a sentence: "(1) …; (2) …", "a) …, b) …".
ENUMERATED = re.compile(r"(?:(?<=[\s:;,])|^)(?:\((?P<i>\d{1,2})\)|(?P<a>[a-h])\))\s+", re.MULTILINE)
# A rounded amount: "khoảng 21.600 tỷ đồng".
APPROXIMATE = re.compile(r"(?<!\w)(?:khoảng|xấp xỉ|gần)\s*$")
# Targets or criteria sorted by result: "Trong 22 chỉ tiêu …, có 14/22 chỉ tiêu
# đạt và vượt, 5 chỉ tiêu khó đạt và 4 chỉ tiêu không đạt".
TALLIED_UNITS = ("chỉ tiêu", "tiêu chí")
TALLY_TOTAL = re.compile(
    r"(?<!\w)(?:trong|trên|tổng số)\s+(?P<n>\d{1,3})\s+(?:chỉ tiêu|tiêu chí)(?!\w)"
)
# After these a count is a part of the part before, not a class of its own.
SUB_PART = re.compile(r"(?<!\w)(?:trong đó|riêng|gồm|bao gồm|nhất là|đặc biệt là)(?!\w)")
# The word that names a total: "tổng diện tích", "tổng số hộ", "có tổng cộng".
TOTAL_WORD = re.compile(r"(?<!\w)tổng(?!\w)")
# Words before a percentage that state a ratio of the amounts before it.
RATIO_WORDS = re.compile(r"(?:đạt|bằng|tương đương|tương ứng|được|là)\s*$")
# After the percentage: it is a share of the plan/estimate ("kế hoạch", "dự toán").
OF_PLAN = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|dự toán|kh\b)")
# A sentence that states a plan total: "Tổng vốn ... là 2.000 tỷ đồng",
# "kế hoạch vốn giao ...", "dự toán ... giao".
PLAN_TOTAL = re.compile(r"(?<!\w)(?:tổng|kế hoạch|dự toán|được giao|giao)(?!\w)")
# Where a part of a list ends: ";", a comma that is no decimal comma, or "và"
# before another amount ("1.210 dự án … và 242 dự án …").
ITEM_BREAK = re.compile(r";|,(?!\d)|\svà\s(?=[^,;]*\d)|$")
# An item of a parts list that comments on the previous part.
# "riêng", "chủ yếu", "nhất là" open a sub-part of the part before.
COMMENT_ITEM = re.compile(
    r"\s*(?:tăng|giảm|bằng|đạt|chiếm|so với|gấp|vượt|riêng|chủ yếu|nhất là|đặc biệt là)(?!\w)"
)
# Breakdowns by attributes that overlap (a woman may also be rural), so
# their parts need not add up to less than the total.
CROSS_CUTTING = re.compile(
    r"(?<!\w)(?:(?:lao động|người|học sinh|học viên|trẻ em|hộ|đối tượng|thành viên|cán bộ|"
    r"bệnh nhân|đảng viên)\s+(?:là\s+|ở\s+|khu vực\s+)?(?:nam|nông thôn|thành thị|đô thị|"
    r"cao tuổi|khuyết tật|nghèo|cận nghèo)|nữ|dân tộc thiểu số)(?!\w)"
)
# An item that opens a new total ends a parts list ("…; tổng chi ngân sách …").
NEW_TOTAL = re.compile(r"\s*tổng(?!\w)")
# An item that only states the share of the part before it: "chiếm 25,6%"
# (not "chiếm 25,6% tổng thu nội địa", a share of something else).
SHARE_ITEM = re.compile(r"\s*chiếm\s+(?:tỷ lệ\s+|tỷ trọng\s+|khoảng\s+)?[\d.,]+\s*%\s*\.?\s*")
# An amount stated as a change is not a total ("tăng 300 tỷ đồng so với cùng kỳ").
CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?:tăng|giảm|vượt|hụt|cao hơn|thấp hơn|chênh lệch|so với)(?!\w)[^,;]*$"
)
# After a percentage: a comparison with another base ("so với cùng kỳ"), or
# a plan that a count of units ("85/181 xã") is not the base of.
OTHER_BASE = re.compile(r"\s*(?:so với|so cùng kỳ|cùng kỳ|kế hoạch|dự toán|mục tiêu|chỉ tiêu)")
# A sentence that assigns work ("Giao Sở ... chủ trì"), not one that reports it ("đã").
ASSIGNS = re.compile(r"(?<!\w)(?:giao|chủ trì|đề nghị|yêu cầu|có trách nhiệm|tham mưu)(?!\w)")
PAST = re.compile(r"(?<!\w)đã(?!\w)")
SENTENCE_END = re.compile(r"[.!?](?=\s+[^\W\d_])|$")
# The place-and-date line of the header: "Lạng Sơn, ngày 25 tháng 3 năm 2024",
# "Hà Nội, ngày   tháng 11 năm 2024" (a draft), at a line start or after a comma.
HEADER_DATE = re.compile(
    r"(?:^|,)[ \t]*ngày[ \t]*(?P<d>\d{1,2})?[ \t]*tháng[ \t]*(?P<m>\d{1,2})?[ \t]*"
    r"năm[ \t]*(?P<y>(?:19|20)\d{2})",
    re.MULTILINE,
)
