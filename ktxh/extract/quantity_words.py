"""Language data of :mod:`ktxh.extract.quantities`: the words around a number
that tell its verb, kind, base and what it qualifies (Vietnamese phrases quoted
next to each pattern)."""

from __future__ import annotations

import re

from ktxh.extract.wordre import word_start

# ước, ước đạt, ước tính, ước có, dự kiến, dự ước: everything after is estimated
ESTIMATE_RE = re.compile(word_start("ước", "dự kiến", "dự ước", "ước tính") + r"(?![\w])")
# the verb that governs a number: the last one before it in its segment
VERB_RE = re.compile(
    # "bằng" is no verb in "giải phóng mặt bằng đạt 92%"
    "(" + word_start("tăng(?! cường| trưởng)", "giảm(?! nghèo| thiểu| thiếu)", "đạt",
                     "bằng(?<!mặt bằng)",
                     "chiếm", "gấp", "là", "có", "tương đương", "xếp") + r")(?![\w])"
)
# "bình quân hằng năm tăng", "tăng bình quân"; not "bình quân quý I", "bình quân cả nước"
# what may stand between "tăng"/"giảm" and its number ("giảm bình quân mỗi năm ít nhất 5%";
# not "Cắt giảm tối thiểu 20% thời gian …", which names what falls after the number)
VERB_TAIL_RE = re.compile(
    r"(?:\s*(?:thêm|bình quân|bq|trung bình|hằng năm|hàng năm|mỗi năm|khoảng|trên|gần|hơn|dưới"
    r"|từ|được|đạt|là|mạnh|nhẹ|xấp xỉ|ước|tương ứng|tới|đến|lên|cao|nhanh|tương đương"
    r"|(?<=năm\s)(?:ít nhất|tối thiểu)|,|:|\())*\s*$"
)
TO_LEVEL_RE = re.compile(r"\s*(?:còn|lên|xuống|xuống còn|lên mức|lên đến|lên tới)(?![\w])")
GROWTH_RE = re.compile(
    word_start("bình quân", "bq", "trung bình") + r"(?![\w])"
    # "CPI bình quân năm 2024 tăng 3,1% so với bình quân năm 2023": the year's average index
    r"(?!\s(?:quý|tháng|\d+ tháng|cùng kỳ|đầu người|cả nước|của|chung|cả năm"
    r"|năm (?:19|20)\d\d))"
)
YEARLY_RE = re.compile(word_start("hằng năm", "hàng năm", "mỗi năm") + r"(?![\w])")
AVERAGE_YEARLY_RE = re.compile(r"bình quân (?:hằng|hàng|mỗi) năm")
# what a comparison is made with: "so với cùng kỳ", "so với năm 2015", "so với quý II",
# "so với năm trước" (the year before the figure's), "so với kế hoạch"
BASES = (
    r"(?:bình quân\s)?(?P<same>cùng kỳ|cùng tháng|cùng quý|cùng vụ|cùng thời điểm)"
    r"|(?P<prev>giai đoạn trước|kỳ trước|quý trước|tháng trước)"
    r"|(?P<last>năm trước)|(?:thời điểm\s|vụ\s(?:đông xuân|hè thu|thu đông|xuân|mùa|chiêm"
    r"|thu|đông|hè)\s|bình quân\s)?(?:(?:cuối|đầu|hết)\s)?(?:năm\s)?"
    r"(?P<year>(?:19|20)\d\d)"
    r"|(?P<plan>kế hoạch|dự toán)"
    r"|(?P<period>(?:cuối\s|đầu\s|hết\s)?(?:quý|tháng|\d{1,2}\stháng)\s)"
)
BASE_RE = re.compile(rf"(?:so với|so)\s(?:{BASES})")
# "bằng 95,2% so với cùng kỳ", "đạt 70,8% cùng kỳ": a ratio to the base
RATIO_AFTER_RE = re.compile(
    rf"\s?(?:(?:so với|so)\s(?:{BASES})|(?:bình quân\s)?(?P<same2>cùng kỳ))"
)
# "gấp 1,5 lần cùng kỳ", "gấp đôi năm 2019": the base right after a multiple
MULTIPLE_BASE_RE = re.compile(
    r"\s?(?:(?:bình quân\s)?(?P<same>cùng kỳ)|(?P<last>năm trước)|năm\s(?P<year>(?:19|20)\d\d))"
)
STARTS_COMPARISON_RE = re.compile(
    r"\s*(?:\(|trong đó\s?:?)?\s*"
    r"(?:(?:chỉ|mới)\s(?:chỉ\s|mới\s)?)?"  # "…, chỉ đạt 38,5% kế hoạch", "…, mới bằng 41%"
    r"(?:bằng|đạt(?=\s[\d,.]+\s?%)|tăng|giảm|chiếm|gấp|tương đương|so với|vượt"
    r"|(?:cao|thấp|sâu|nhiều|ít|chậm|nhanh|lớn|nhỏ|dài|ngắn|kém) hơn)"
)
# "thấp hơn 12,4% so với đầu năm", "sâu hơn 9 km so với cùng thời điểm năm 2016": a change
# (falling for "thấp", "ít", "chậm" …); the base after the number is required
COMPARATIVE_RE = re.compile(
    r"(?<![\w])(?P<adj>cao|thấp|sâu|nhiều|ít|chậm|nhanh|lớn|nhỏ|dài|ngắn|kém)\shơn"
    r"(?:\s(?:khoảng|gần|trên|hơn|xấp xỉ))?\s*$"
)
FALLING_COMPARATIVES = frozenset(("thấp", "ít", "chậm", "nhỏ", "ngắn", "kém"))
# the gap to a base named between the comparative and the number: "thấp hơn tiêu chuẩn
# đô thị loại II khoảng 1,9 m2/người", "trên báo động II là 0,6 m" (a change on the base);
# "thấp hơn vụ Đông Xuân 4,8 tạ/ha", "cao hơn vụ Mùa 2 tạ/ha": another named crop season
GAP_BEFORE_RE = re.compile(
    r"(?<![\w])(?:(?P<adj>cao|thấp|nhiều|ít|lớn|nhỏ)\shơn"
    r"|(?P<adj2>trên|dưới)(?=\s(?:mức\s)?báo động))"
    r"\s(?:mức\s)?(?P<base>(?:báo động|tiêu chuẩn|quy chuẩn|định mức)(?:\s[^\s,;()\d]+){0,5}?"
    r"|vụ (?:đông xuân|hè thu|thu đông|chiêm xuân|xuân hè|mùa|chiêm|xuân|đông)"
    r"(?:\snăm\s(?:19|20)\d\d)?)"
    r"(?:\s(?:là|khoảng|gần|trên|hơn|xấp xỉ))?\s*$"
)
COMPARED_AFTER_RE = re.compile(r"\s?so(?: với)?\s")
# "cao hơn vụ trước 3,2 điểm phần trăm", "thấp hơn cùng kỳ 4,5%", "thấp hơn cùng kỳ năm
# 2017 khoảng 6 điểm phần trăm", "cao hơn mức tăng của cùng kỳ năm trước 2,9 điểm
# phần trăm": the base between the comparative and the number
COMPARED_BEFORE_RE = re.compile(
    r"(?<![\w])(?P<adj>cao|thấp|nhiều|ít)\shơn\s(?:so với\s)?"
    r"(?:(?:mức|tốc độ)\s(?:tăng trưởng|tăng|giảm)(?:\scủa)?\s)?(?:(?P<same>cùng kỳ)"
    r"(?:\snăm\s(?:(?:19|20)\d\d|trước))?"
    r"|(?P<last>năm trước)|(?:vụ|kỳ|tháng|quý) trước)(?:\slà)?(?:\s(?:khoảng|gần|trên|hơn))?\s*$"
)
# "thấp hơn kế hoạch 3,8 điểm phần trăm", "cao hơn chỉ tiêu giao 2%": a change on
# the plan named between the comparative and the number (not "... đề ra (7,5%)")
PLAN_GAP_BEFORE_RE = re.compile(
    r"(?<![\w])(?P<adj>cao|thấp)\shơn\s(?:so với\s)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)"
    r"(?:\s(?:đề ra|được giao|giao|năm))?(?:\s(?:khoảng|gần|trên|hơn))?\s*$"
)
# "cho phép điều chỉnh giảm 180 tỷ đồng kế hoạch vốn", "cắt giảm 5% chi thường xuyên": an
# adjustment compared with nothing (no default base of the same period)
ADJUSTMENT_BEFORE_RE = re.compile(
    r"(?<![\w])(?:điều chỉnh (?:tăng|giảm)|cắt giảm)(?:\s(?:khoảng|gần|trên|hơn))?\s*$")
# "vượt 5,3% so với mục tiêu kế hoạch", "vượt 6% dự toán": a change on the plan
EXCESS_BEFORE_RE = re.compile(r"(?<![\w])vượt(?:\s(?:từ|khoảng|gần|trên|hơn))?\s*$")
EXCESS_PLAN_RE = re.compile(
    r"\s?(?:so với\s)?(?:mục tiêu\s)?(?:kế hoạch|dự toán|chỉ tiêu|kh)(?![\w])")
# "... giường bệnh trên 1 vạn dân", "... trên 10.000 dân": a count per head of population
PER_PEOPLE_RE = re.compile(
    r"(?:[^;,]|,(?=\d))*?\s(?P<tail>(?:trên|/)\s?"
    r"(?:(?:1|một)\s(?P<heads>(?:vạn|nghìn|ngàn|trăm) dân)"
    r"|(?P<count>(?:1\.000|10\.000|100\.000) dân)(?![\w])))"
)
# "Số bác sĩ trên 10.000 dân đạt 16,5 bác sĩ": the ratio named before the number
PER_PEOPLE_LEAD_RE = re.compile(
    r"(?<![\w])(?:trên|/)\s?(?:(?:1|một)\s(?:vạn|nghìn|ngàn|trăm)|10\.000|100\.000|1\.000)"
    r"\s(?:dân|người dân)(?![\w])"
)
# "kế hoạch giao 3.150 tỷ đồng nhưng số thu … chỉ đạt 612 tỷ đồng": "nhưng" opens a
# clause of its own subject
# the breaks ", ", " (", ")", ": ", " nhưng ": the two opening with a space share it (re
# tests it once per space); the same matches as r",\s|\s\(|\)|:\s(?=\D)|\snhưng\s"
SEGMENT_BREAK_RE = re.compile(r",\s|\s(?:\(|nhưng\s)|\)|:\s(?=\D)")
ONLY_LABEL_RE = re.compile(r"[\s()\d.\-–+•]*")  # what may stand before a verb that opens
AVERAGE_BEFORE_RE = re.compile(
    r"(?:bình quân|trung bình)(?: của)?(?: cả nước)?(?: mỗi \w+)?(?: (?:là|đạt|ước đạt|có))?\s*$"
)
ONLY_AVERAGE_RE = re.compile(r"(?:bình quân|trung bình)(?: mỗi \w+)?")
# not "đóng góp của TFP vào tăng trưởng kinh tế đạt trên 55%" (a share)
GROWTH_WORDS_RE = re.compile(r"tốc độ tăng|(?<!vào )tăng trưởng")
# "giảm từ 17,6% xuống còn 14,9%", "tăng từ 58% (cuối) năm 2015 lên 63,5%": the level before
FROM_TAIL_RE = re.compile(r"\s*từ(?: mức)?\s*")
TO_AFTER_RE = re.compile(
    r"(?:\s(?:(?:cuối|đầu|hết)\s)?(?:năm\s)?(?:19|20)\d\d)?,?\s"
    r"(?:xuống còn|xuống mức|xuống|còn|lên mức|lên|đến|tới)\s"
    r"(?=\d)"
)
# "giảm số xã dưới 10 tiêu chí xuống còn 2 xã": the level reached, after the verb's object
TO_LEVEL_END_RE = re.compile(r"(?<![\w])(?:xuống còn|xuống mức|xuống|còn|lên mức|lên)\s*$")
# A number that qualifies a noun, part of an indicator: "Còn 6 xã đạt dưới 10 tiêu chí",
# "120 hộ có thu nhập trên 100 triệu đồng" (after a count), "giảm số xã dưới 10 tiêu chí
# xuống còn 2 xã" (before the level)
THRESHOLD = r"(?:dưới|trên|từ|hơn|không quá|tối thiểu|ít nhất)"
# what stands between a count and the threshold that qualifies it: a few words, not a
# new measure ("5 dự án với tổng vốn trên 1.000 tỷ đồng" states the capital)
QUALIFIES_COUNT_RE = re.compile(
    # "8 công ty và trên 4.200 hộ": a second count; "từ 80 tỷ đồng trở lên và dưới 80 ..."
    rf"(?:\s(?!với|và(?<!lên và)|tổng|là|bằng|chiếm|tăng|giảm|gồm)[^\s\d,;()]+){{1,6}}?"
    rf"\s{THRESHOLD}\s"
)
QUALIFIES_NOUN_RE = re.compile(r"[^\W\d]\s(?:dưới|trên)\s$")
# "các chủ đầu tư có tỷ lệ giải ngân dưới 30% kế hoạch", "các công trình giải ngân dưới
# 40%": which ones (a criterion of selection), not a figure
PLURAL_HAVING_RE = re.compile(
    r"(?<![\w])(?:các|những)\s(?:[^\s\d,;]+\s){1,6}(?:có\s(?:[^\s\d,;]+\s){1,6}"
    r"|giải ngân\s(?:đạt\s)?)(?:dưới|trên)\s$"
)
# a short phrase in quotes: "thi công “3 ca 4 kíp”"
SHORT_QUOTE_RE = re.compile(r"[\"“](?:[^\"“”\s]+\s){0,5}[^\"“”\s]+[\"”]")
LEVEL_AFTER_RE = re.compile(r"[^,;()\d]{0,40}?\s(?:xuống còn|còn|xuống|lên mức|lên)\s(?=\d)")
# "2,4 kg ma túy tổng hợp và 1.860 viên": a second item of one verb
AND_JOINED_RE = re.compile(r"[^,;\d()]*\svà\s(?:khoảng\s|gần\s|trên\s|hơn\s)?")
# "bổ sung cân đối 1.058,8 tỷ đồng và | bổ sung có mục tiêu | 1.071,7 tỷ đồng": a name of its
# own between "và" and the next number (not "… và khoảng 620 ha")
AND_NAMED_RE = re.compile(
    r"\svà\s(?P<name>(?!(?:khoảng|gần|trên|hơn|dưới|từ)\s)[^\W\d][^,;\d()]*?)\s?")
# "tăng 6,9% về số doanh nghiệp", "giảm 4% về giá trị": the measure after "về" (up to
# "nhưng/song": "giảm 2% về số lượng nhưng tăng 9% về vốn")
ABOUT_AFTER_RE = re.compile(
    r"\s?về\s((?:(?!so với|và|(?:nhưng|song)(?![\w]))[^\s,;.()]+\s?){1,6}?)"
    r"(?=\s*(?:[,;.()]|so với|và|(?:nhưng|song)(?![\w])|$))"
)
# "17 dự án có tổng vốn ..."; not "so với cùng kỳ và tăng 2%"
WITH_RE = re.compile(r"(?<![\w])(?:với(?<!so với)|có(?=\s(?:tổng|vốn)))\s")
# "bằng 55,7% kế hoạch (cùng kỳ năm 2021 đạt 49,3%)", "(cùng kỳ năm trước chỉ đạt
# 38%)": the same measure a year back, in a bracket of its own (folded)
LAST_YEAR_BRACKET_RE = re.compile(
    r"\(\s*cùng kỳ(?P<named> năm trước| năm (?:19|20)\d\d)?\s(?:chỉ |mới |cũng )?đạt\s*$")
BENCHMARK_BEFORE_RE = re.compile(
    r"(?:(?P<country>cả nước|toàn quốc)|cùng kỳ(?: năm trước| năm (?:19|20)\d\d)?"
    # "thấp hơn bình quân chung của tỉnh (61,8%)": the province's average
    # "thấp hơn tỷ lệ giải ngân chung của tỉnh (24,6%)": the same measure for the province
    r"|(?P<province>(?:bình quân|(?:tỷ|tỉ) lệ giải ngân) chung"
    r"(?: của tỉnh| toàn tỉnh| của cả tỉnh)?"
    r"|(?:của )?toàn tỉnh))"
    r"\s?\(\s*$"
)
# a programme that "has" what it counts: "Chương trình mỗi xã một sản phẩm (OCOP) có 186
# sản phẩm"; the count names itself
PROGRAMME_RE = re.compile(r"(?:chương trình|đề án|phong trào|cuộc vận động)\s")
HAS_BEFORE_RE = re.compile(r"(?<![\w])có(?:\s(?:khoảng|gần|hơn|trên))?\s*$")
# "ước tăng 7,12% so với năm 2023 (kế hoạch 7,5%)": the plan's value of the same measure
# "vượt kế hoạch đề ra (7 - 7,5%)": the plan's value of the measure before, in brackets after
PLAN_BRACKET_RE = re.compile(
    r"(?:\(\s*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?:\s(?:năm\s)?(?:19|20)\d\d)?"
    r"(?:\s(?:là|đề ra|giao|đặt ra|tăng))?"
    r"|(?<![\w])vượt\s(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)(?:\s(?:đề ra|được giao|giao|đặt ra))?"
    r"\s?\("
    # "chưa đạt mục tiêu Nghị quyết Đại hội … đề ra (8 - 8,5%/năm)", "không đạt chỉ tiêu Nghị
    # quyết Đại hội Đảng bộ tỉnh lần thứ XVI đề ra (7 - 7,5%)": a resolution's full name between
    r"|(?<![\w])(?:mục tiêu|kế hoạch|chỉ tiêu)(?:\s[^\s(),;.]+){0,14}\s(?:đề ra|đặt ra)\s?\()\s*$"
)
# "đạt 95% dự toán", "kế hoạch năm": the plan word alone names nothing done
BARE_PLAN_RE = re.compile(r"(?:kế hoạch|dự toán|chỉ tiêu)(?: (?:năm|vốn|giao|được giao))?")
# "chậm 45 ngày so với tiến độ hợp đồng": a delay, named by what it lags ("thời gian chậm
# so với tiến độ hợp đồng")
DELAY_LEAD_RE = re.compile(r"(?<![\w])chậm(?:\s(?:khoảng|hơn|gần|trên))?\s$")
DELAY_BASE_RE = re.compile(r"\sso với\s([^\W\d_]+(?:\s(?!của\s|tại\s)[^\W\d_]+){0,3})")
DELAY_UNITS = frozenset({"ngày", "tháng", "năm"})
# lengths of time ("từ 45 ngày xuống còn 28 ngày làm việc")
SPAN_UNITS = frozenset({"ngày", "ngày làm việc", "tháng"})
# "Cơn bão số 3 (tháng 7/2025) làm 1.246 ha lúa bị ngập úng": the event caused what is
# measured after the number
# (not "Giải quyết việc làm cho 265.400 lượt lao động")
CAUSED_END_RE = re.compile(r"(?<![\w])(?:làm(?<!việc làm)|gây|khiến)(?: cho)?\s$")
# "Riêng 4 xã biên giới thuộc huyện X tỷ lệ hộ nghèo vẫn còn trên 40%": the places set apart
# open the subject, the rate is named after them
PLACES_THEN_RATE_RE = re.compile(
    r"(?:(?:các|những) )?(?:xã|huyện|tỉnh|phường|thị trấn|thị xã|thôn|bản|vùng|khu vực"
    r"|địa phương)\s[^,;:]*?\s(?=(?:tỷ lệ|tỷ trọng|tốc độ)\s)"
)
# "4 xã biên giới thuộc huyện X (cũ) | tỷ lệ hộ nghèo … còn 40%": a rate named after a count
RATE_HEAD_RE = re.compile(r"(?<![\w])(?:tỷ lệ|tỷ trọng)\s")
